"""The `make run` path on the embedded default: SQLite, migrate, seed, demo user, a served page."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from django.conf import settings


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, check=True
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def sqlite_env(tmp_path_factory):
    database = tmp_path_factory.mktemp("run") / "db.sqlite3"
    env = {key: value for key, value in os.environ.items() if key != "SECRET_KEY"}
    return {**env, "DEBUG": "1", "DATABASE_URL": f"sqlite:///{database}", "ALLOWED_HOSTS": "127.0.0.1"}


@pytest.fixture(scope="module")
def prepared(sqlite_env):
    manage("migrate", "--no-input", env=sqlite_env)
    first = manage("seed", env=sqlite_env).stdout
    second = manage("seed", env=sqlite_env).stdout
    login = manage("create_demo_user", env=sqlite_env).stdout
    return first, second, login


def test_seed_runs_twice_on_sqlite_and_creates_nothing_the_second_time(prepared):
    first, second, _ = prepared
    assert " new" in first
    assert all(" 0 new" in line for line in second.splitlines() if " new" in line)


def test_demo_login_is_printed(prepared):
    assert "Demo login: demo / " in prepared[2]


def test_served_app_answers_the_home_page_and_the_admin_login(prepared, sqlite_env):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=sqlite_env,
        cwd=settings.BASE_DIR,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                home = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)  # noqa: S310
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        login = urllib.request.urlopen(f"http://127.0.0.1:{port}/admin/login/", timeout=5)  # noqa: S310
        assert home.status == 200
        assert login.status == 200
        assert 'lang="pl"' in login.read().decode()
    finally:
        server.terminate()
        server.wait(timeout=10)
