from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def seeded(django_db_setup, django_db_blocker):
    """The seed loaded once for this package's tests, and rolled back after them so other tests start empty."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def seed(seeded, db):
    """A test that reads the seeded database (each test's own writes are rolled back)."""
