"""Failed logins are throttled and logged (django-axes)."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


def attempt(client, password):
    return client.post(reverse("admin:login"), {"username": "ewa", "password": password, "next": "/admin/"})


def test_failed_logins_are_logged_with_username_and_address(client, axes_on):
    UserFactory(username="ewa", password="Poprawne-Haslo-1", is_staff=True)

    attempt(client, "zle")

    failure = AccessFailureLog.objects.get()
    assert (failure.username, failure.ip_address) == ("ewa", "127.0.0.1")


def test_logins_are_locked_after_too_many_failures_even_with_the_right_password(client, axes_on):
    UserFactory(username="ewa", password="Poprawne-Haslo-1", is_staff=True)
    for _ in range(3):
        attempt(client, "zle")

    response = attempt(client, "Poprawne-Haslo-1")

    assert response.status_code == 429
    assert AccessAttempt.objects.get(username="ewa").failures_since_start >= 3
    assert "_auth_user_id" not in client.session


def test_a_correct_login_before_the_limit_succeeds(client, axes_on):
    UserFactory(username="ewa", password="Poprawne-Haslo-1", is_staff=True)
    attempt(client, "zle")

    response = attempt(client, "Poprawne-Haslo-1")

    assert response.status_code == 302
    assert "_auth_user_id" in client.session
