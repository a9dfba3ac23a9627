import pytest

from tests.pages.world import build_documents_world


@pytest.fixture
def world(db):
    """The documents' partnerships, visits, agreements, commitments and trade figures (see world.py)."""
    return build_documents_world()


@pytest.fixture
def en_client(client):
    """A visitor whose browser asks for English: assertions on interface wording then hold however Polish is worded."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client
