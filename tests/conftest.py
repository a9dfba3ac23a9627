from contextlib import contextmanager

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation


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
    # The test client's login() passes no request, which django-axes refuses; its own tests turn it on.
    settings.AXES_ENABLED = False
    # A deliberately slow hash protects real passwords; tests only need a correct one.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def english():
    """Messages in English, so a test can state them word for word."""
    with translation.override("en"):
        yield


@contextmanager
def _refused_by(constraint: str):
    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        yield
    assert refused.value.__cause__.diag.constraint_name == constraint


@pytest.fixture
def database_refuses():
    """``with database_refuses("<constraint name>"): <write>`` — the database itself rejects the write, by that rule."""
    return _refused_by
