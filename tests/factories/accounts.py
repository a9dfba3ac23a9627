"""Factories for the accounts app: users and their officer/manager profiles."""

import factory
from factory.django import DjangoModelFactory, Password

from accounts.models import Profile, Role, User
from tests.factories.partnerships import RegionFactory


class UserFactory(DjangoModelFactory):
    """A user without a usable password (fast); pass ``password="…"`` to log in with one."""

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Anna"
    last_name = factory.Sequence(lambda n: f"Nowak-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = Password(None)

    class Meta:
        model = User
        skip_postgeneration_save = True


class ProfileFactory(DjangoModelFactory):
    """An officer of a voivodeship; ``manager=True`` gives a manager, who belongs to none."""

    user = factory.SubFactory(UserFactory)
    role = Role.OFFICER
    voivodeship = factory.SubFactory(RegionFactory)

    class Meta:
        model = Profile

    class Params:
        manager = factory.Trait(role=Role.MANAGER, voivodeship=None)
