"""A profile's role is officer or manager, and an officer belongs to a voivodeship — the database holds it."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import ProfileFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_database_refuses_a_profile_with_a_role_that_is_not_a_choice(database_refuses):
    profile = ProfileFactory()

    with database_refuses("accounts_profile_role_valid"):
        type(profile).objects.filter(pk=profile.pk).update(role="admin")


def test_database_refuses_an_officer_without_a_voivodeship(database_refuses):
    profile = ProfileFactory()

    with database_refuses("accounts_profile_officer_has_voivodeship"):
        type(profile).objects.filter(pk=profile.pk).update(voivodeship=None)


def test_full_clean_reports_an_officer_without_a_voivodeship_in_words():
    profile = ProfileFactory()
    profile.voivodeship = None

    with pytest.raises(ValidationError) as invalid:
        profile.full_clean()

    assert invalid.value.messages == ["An officer belongs to a voivodeship."]


def test_a_manager_needs_no_voivodeship():
    profile = ProfileFactory(manager=True)

    profile.full_clean()
    assert profile.voivodeship is None
