import os
import subprocess
import sys

from django.conf import settings
from django.db import connection


def test_tests_run_on_postgresql():
    assert connection.vendor == "postgresql"


def test_polish_is_the_default_language_and_english_is_offered():
    assert settings.LANGUAGE_CODE == "pl"
    assert [code for code, _ in settings.LANGUAGES] == ["pl", "en"]


def _import_settings(env):
    return subprocess.run(
        [sys.executable, "-c", "import django; from django.conf import settings; settings.SECRET_KEY"],
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_settings_refuse_to_start_without_secret_key_when_debug_is_off():
    result = _import_settings({"DEBUG": "0"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_settings_start_with_a_dev_key_when_debug_is_on():
    result = _import_settings({"DEBUG": "1"})
    assert result.returncode == 0, result.stderr


def _manage(*args, env=None):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env={**{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
        cwd=settings.BASE_DIR,
    )


def test_production_settings_pass_the_deploy_check_without_warnings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DEBUG": "0",
            "SECURE_SSL_REDIRECT": "1",
            "SECRET_KEY": "x" * 60 + "production-like-key",
            "ALLOWED_HOSTS": "tracker.example.org",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_models_and_migrations_agree():
    result = _manage("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr


def test_constraint_names_fit_postgresqls_identifier_limit():
    from django.apps import apps

    too_long = [
        constraint.name
        for model in apps.get_models()
        for constraint in model._meta.constraints
        if len(constraint.name.encode()) > 63
    ]
    assert too_long == []


def test_a_browser_preferring_english_still_gets_polish_until_the_reader_switches(client, db):
    first = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    client.post("/i18n/setlang/", {"language": "en", "next": "/admin/login/"})
    after_switch = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert 'lang="pl"' in first.text
    assert 'lang="en"' in after_switch.text


def test_api_clients_choose_their_language_with_accept_language(client, db):
    response = client.get("/api/v1/visits/", {"voivodeship": "nowhere"}, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert "Unknown region" in response.json()["voivodeship"][0]
