import pytest


@pytest.fixture(autouse=True)
def _test_settings(settings):
    """Production settings, minus what needs HTTPS or a collectstatic run (the tests serve plain http)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.LANGUAGE_CODE = "pl"
