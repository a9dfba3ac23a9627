"""Schemathesis drives the live schema against the app in-process: no 500s, every response as documented."""

import hypothesis
import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from rest_framework.authtoken.models import Token
from schemathesis.config import SchemathesisConfig

from tests.factories import (
    AgreementPartyFactory,
    AgreementStepFactory,
    CitationFactory,
    CommitmentFactory,
    DelegationMemberFactory,
    EventFactory,
    PostFactory,
    RegionChangeFactory,
    SourceFactory,
    TradeFigureFactory,
)

SEED = 20240601
CONFIG = {
    "seed": SEED,
    "generation": {"mode": "all", "max-examples": 10, "deterministic": True, "database": "none"},
    "checks": {
        # A schema-valid request may still be a documented 400: a filter names a region, area, organization or
        # person that does not exist, a date range ends before it starts, or a cursor was not made by the API.
        # OpenAPI cannot express those rules; everything else about positive data must still succeed.
        "positive_data_acceptance": {"expected-statuses": ["2xx", "400", "404"]},
    },
}


@pytest.fixture
def sample_records(db):
    """A little of everything, published and draft, so that lists and details have rows to show."""
    for published in (True, False):
        member = DelegationMemberFactory(leader=True, delegation__visit__published=published)
        CitationFactory(record=member.delegation.visit)
        step = AgreementStepFactory(agreement__published=published)
        AgreementPartyFactory(agreement=step.agreement)
        CommitmentFactory(published=published, visit=member.delegation.visit)
        EventFactory(published=published)
    RegionChangeFactory()
    PostFactory()
    TradeFigureFactory()
    SourceFactory()


@pytest.fixture
def app_in_test_transaction(settings):
    """Requests go straight to the WSGI app, inside the test's transaction, with throttling out of the way."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute", "user": "100000/minute"},
    }
    # As Django's test client does: a request must not close the test's connection (and its transaction).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


# The live schema, as the app serves it (its generation touches no database).
schema = schemathesis.openapi.from_wsgi(
    "/api/v1/schema/?format=json", get_wsgi_application(), config=SchemathesisConfig.from_dict(CONFIG)
)


@schema.include(method="GET").parametrize()
@hypothesis.settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_every_read_conforms_to_the_schema(case, sample_records, app_in_test_transaction):
    case.call_and_validate()


# Writes: random bodies from a superuser (past authentication and rights, into validation and the services).
WRITE_CONFIG = {
    **CONFIG,
    "generation": {**CONFIG["generation"], "max-examples": 30},
    "phases": {"coverage": {"enabled": False}},
}
write_schema = schemathesis.openapi.from_wsgi(
    "/api/v1/schema/?format=json", get_wsgi_application(), config=SchemathesisConfig.from_dict(WRITE_CONFIG)
)


@write_schema.include(method=["POST", "PUT", "PATCH"]).parametrize()
@hypothesis.settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_every_write_answers_as_documented(case, sample_records, app_in_test_transaction, superuser):
    token, _created = Token.objects.get_or_create(user=superuser)
    case.call_and_validate(headers={"Authorization": f"Token {token.key}"})
