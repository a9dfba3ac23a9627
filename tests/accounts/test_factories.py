"""The factories make valid users and profiles."""

import pytest

from tests.factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_user_factory_makes_a_user_without_a_usable_password():
    user = UserFactory()

    user.full_clean()
    assert not user.has_usable_password()


def test_user_factory_sets_a_password_it_is_given():
    assert UserFactory(password="correct horse").check_password("correct horse")


def test_profile_factory_makes_an_officer_of_a_voivodeship():
    profile = ProfileFactory()

    profile.full_clean()
    assert (profile.role, profile.voivodeship.kind) == ("officer", "voivodeship")


def test_profile_factory_makes_a_manager_of_no_voivodeship():
    profile = ProfileFactory(manager=True)

    profile.full_clean()
    assert (profile.role, profile.voivodeship) == ("manager", None)
