"""Clients and users for the API tests: anonymous, officers of two voivodeships, a manager, a superuser."""

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import translation
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import ProfileFactory, RegionFactory, UserFactory
from tests.querycounts import query_counts  # noqa: F401  (the fixture, for tests/api)


@pytest.fixture(autouse=True)
def _fresh_throttles():
    """Throttle counters live in the cache; every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _content_types_cached(db):
    """Citations are a generic relation: load the content types once, so query counts do not depend on order."""
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*apps.get_models())


@pytest.fixture
def client():
    """Anonymous REST framework client."""
    return APIClient()


def client_for(user) -> APIClient:
    """A client that sends ``user``'s token, as partners' systems do."""
    api_client = APIClient()
    token, _created = Token.objects.get_or_create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return api_client


@pytest.fixture
def voivodeship(db):
    return RegionFactory(slug="lubelskie", iso_code="PL-06", name_pl="lubelskie", name_en="Lublin")


@pytest.fixture
def other_voivodeship(db):
    return RegionFactory(slug="wielkopolskie", iso_code="PL-30", name_pl="wielkopolskie", name_en="Greater Poland")


@pytest.fixture
def officer(voivodeship):
    return ProfileFactory(voivodeship=voivodeship).user


@pytest.fixture
def other_officer(other_voivodeship):
    return ProfileFactory(voivodeship=other_voivodeship).user


@pytest.fixture
def manager(db):
    return ProfileFactory(manager=True).user


@pytest.fixture
def superuser(db):
    return UserFactory(is_superuser=True, is_staff=True)


@pytest.fixture
def officer_client(officer):
    return client_for(officer)


@pytest.fixture
def other_officer_client(other_officer):
    return client_for(other_officer)


@pytest.fixture
def manager_client(manager):
    return client_for(manager)


@pytest.fixture
def superuser_client(superuser):
    return client_for(superuser)


def ids(response) -> list[int]:
    """The ids of a list response's results, in order."""
    assert response.status_code == 200, response.content
    return [record["id"] for record in response.json()["results"]]


@pytest.fixture
def english(settings):
    """Messages in English (the API's language follows Accept-Language, Polish by default)."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield
