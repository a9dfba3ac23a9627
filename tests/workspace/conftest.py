import pytest
from django.test import Client

from tests.factories import PartnershipFactory, ProfileFactory, UserFactory


@pytest.fixture
def lublin_partnership(db):
    return PartnershipFactory()


@pytest.fixture
def other_partnership(db):
    return PartnershipFactory()


@pytest.fixture
def lublin(lublin_partnership):
    return lublin_partnership.voivodeship


@pytest.fixture
def other_voivodeship(other_partnership):
    return other_partnership.voivodeship


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def officer(lublin):
    return ProfileFactory(user__is_staff=True, voivodeship=lublin).user


@pytest.fixture
def other_officer(other_voivodeship):
    return ProfileFactory(user__is_staff=True, voivodeship=other_voivodeship).user


@pytest.fixture
def manager(db):
    return ProfileFactory(user__is_staff=True, manager=True).user


@pytest.fixture
def superuser(db):
    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def officer_client(officer):
    return _client_for(officer)


@pytest.fixture
def other_officer_client(other_officer):
    return _client_for(other_officer)


@pytest.fixture
def manager_client(manager):
    return _client_for(manager)


@pytest.fixture
def superuser_client(superuser):
    return _client_for(superuser)
