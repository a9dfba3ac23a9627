"""An unreachable database is a 503 with Retry-After, never a 500 with a traceback."""

import json

import pytest
from django.db import InterfaceError, OperationalError
from django.test import RequestFactory

from config.middleware import DatabaseUnavailableMiddleware

# The middleware looks at the open connections, as it would in a real outage.
pytestmark = pytest.mark.django_db


def respond(path, exception):
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    return middleware.process_exception(RequestFactory().get(path), exception)


def test_api_request_during_an_outage_gets_a_json_503_with_retry_after():
    response = respond("/api/v1/visits/", OperationalError("connection refused"))

    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert json.loads(response.content)["code"] == "unavailable"


def test_page_request_during_an_outage_gets_a_readable_503():
    response = respond("/visits/", InterfaceError("connection already closed"))

    assert response.status_code == 503
    assert "Temporarily unavailable" in response.content.decode()
    assert "connection already closed" not in response.content.decode()


def test_other_errors_are_left_to_django():
    assert respond("/visits/", ValueError("a bug")) is None
