import pytest
from django.conf import settings

from tests.pages.world import build_documents_world


@pytest.fixture
def world(db):
    """The documents' partnerships, visits, agreements, commitments and trade figures (see world.py)."""
    return build_documents_world()


@pytest.fixture
def en_client(client):
    """A visitor who chose English: assertions on interface wording then hold however Polish is worded."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client
