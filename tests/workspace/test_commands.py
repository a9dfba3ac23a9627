import io

import pytest
from django.core.management import CommandError, call_command

from accounts.models import Role, User
from tests.factories import RegionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def run(monkeypatch):
    """Run a command with its password on standard input, as `--password-stdin` reads it."""

    def run_command(command, *args, password="Bardzo-Tajne-Haslo-42"):
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        stdout = io.StringIO()
        call_command(command, *args, "--password-stdin", stdout=stdout)
        return stdout.getvalue()

    return run_command


def test_createofficer_makes_a_staff_officer_of_the_voivodeship_given_by_iso_code(run):
    lublin = RegionFactory(iso_code="PL-06", slug="lubelskie")

    output = run("createofficer", "ewa", "--voivodeship", "PL-06")

    user = User.objects.get(username="ewa")
    assert (user.is_staff, user.profile.role, user.profile.voivodeship) == (True, Role.OFFICER, lublin)
    assert list(user.groups.values_list("name", flat=True)) == ["officer"]
    assert user.check_password("Bardzo-Tajne-Haslo-42")
    assert "ewa" in output


def test_createofficer_refuses_an_unknown_voivodeship_and_creates_nobody(run):
    with pytest.raises(CommandError, match="Unknown voivodeship"):
        run("createofficer", "ewa", "--voivodeship", "PL-99")

    assert not User.objects.filter(username="ewa").exists()


def test_createofficer_refuses_a_weak_password(run):
    RegionFactory(iso_code="PL-06")

    with pytest.raises(CommandError, match="hasło"):
        run("createofficer", "ewa", "--voivodeship", "PL-06", password="123")

    assert not User.objects.filter(username="ewa").exists()


def test_createmanager_makes_a_manager_without_a_voivodeship(run):
    run("createmanager", "dyrektor")

    user = User.objects.get(username="dyrektor")
    assert (user.profile.role, user.profile.voivodeship) == (Role.MANAGER, None)
    assert list(user.groups.values_list("name", flat=True)) == ["manager"]


def test_createmanager_refuses_an_existing_username(run):
    run("createmanager", "dyrektor")

    with pytest.raises(CommandError, match="już istnieje"):
        run("createmanager", "dyrektor")
