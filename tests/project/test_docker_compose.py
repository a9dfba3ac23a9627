"""No Docker engine runs here, so the compose file is checked for structure and for agreeing with the settings."""

import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def variables_read_by_settings() -> set[str]:
    source = (ROOT / "config" / "settings.py").read_text()
    return set(re.findall(r"""(?:os\.environ\.get|env_bool|env_list)\(\s*["']([A-Z_]+)["']""", source))


def test_compose_runs_a_postgres_database_with_a_named_volume_and_healthcheck(compose):
    db = compose["services"]["db"]
    assert db["image"].startswith("postgres:")
    volume = db["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_compose_web_is_built_here_and_waits_for_a_healthy_database(compose):
    web = compose["services"]["web"]
    assert web["build"] == "."
    assert web["depends_on"]["db"]["condition"] == "service_healthy"


def test_compose_web_sets_only_variables_that_the_settings_read(compose):
    set_by_compose = set(compose["services"]["web"]["environment"])
    assert set_by_compose <= variables_read_by_settings()
    assert {"DATABASE_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"} <= set_by_compose


def test_compose_database_url_points_at_the_db_service(compose):
    url = compose["services"]["web"]["environment"]["DATABASE_URL"]
    db_env = compose["services"]["db"]["environment"]
    assert url.startswith(f"postgres://{db_env['POSTGRES_USER']}:")
    assert url.endswith(f"@db:5432/{db_env['POSTGRES_DB']}")


def test_dockerfile_migrates_on_start_and_serves_with_gunicorn():
    dockerfile = (ROOT / "Dockerfile").read_text()
    cmd = next(line for line in dockerfile.splitlines() if line.startswith("CMD"))
    assert "migrate" in cmd
    assert "gunicorn config.wsgi:application" in cmd
    assert "collectstatic" in dockerfile


def test_static_files_are_served_by_whitenoise():
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in settings.MIDDLEWARE
