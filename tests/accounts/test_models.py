"""What users and profiles say about themselves."""

import pytest

from tests.factories import ProfileFactory, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_user_reads_as_their_full_name():
    assert str(UserFactory(first_name="Anna", last_name="Nowak")) == "Anna Nowak"


def test_user_without_a_name_reads_as_their_username():
    assert str(UserFactory(username="anowak", first_name="", last_name="")) == "anowak"


def test_profile_reads_as_user_and_role():
    profile = ProfileFactory(user__first_name="Anna", user__last_name="Nowak")

    assert str(profile) == "Anna Nowak (international-affairs officer)"
