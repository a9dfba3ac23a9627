"""Who may do what on the API: the rights of accounts/rights.py, role by role and action by action.

Records here belong to the ``voivodeship`` fixture (lubelskie); ``other_officer`` works for wielkopolskie.
"""

import pytest

from tests.api.conftest import ids
from tests.factories import AgreementFactory, CommitmentFactory, VisitFactory
from visits.models import Commitment, CommitmentStatus, Visit

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "own_officer", "other_officer", "manager", "superuser"]


@pytest.fixture
def clients(client, officer_client, other_officer_client, manager_client, superuser_client):
    return {
        "anonymous": client,
        "own_officer": officer_client,
        "other_officer": other_officer_client,
        "manager": manager_client,
        "superuser": superuser_client,
    }


RESOURCES = {
    "visits": {
        "make": lambda region, **kwargs: VisitFactory(partnership__voivodeship=region, **kwargs),
        "create": lambda region: {"title": "Wizyta studyjna", "kind": "study", "voivodeship": region.pk},
        "update": {"title": "Wizyta robocza"},
    },
    "agreements": {
        "make": lambda region, **kwargs: AgreementFactory(partnership__voivodeship=region, **kwargs),
        "create": lambda region: {"title": "List intencyjny", "kind": "letter_of_intent", "voivodeship": region.pk},
        "update": {"title": "Porozumienie o współpracy"},
    },
    "commitments": {
        "make": lambda region, **kwargs: CommitmentFactory(visit__partnership__voivodeship=region, **kwargs),
        "create": lambda region: {"description": "Spotkanie online przed 5 października", "voivodeship": region.pk},
        "update": {"description": "Spotkanie online przed 15 października"},
    },
}

READ_DRAFT = {"anonymous": 404, "own_officer": 200, "other_officer": 404, "manager": 200, "superuser": 200}
CREATE = {"anonymous": 401, "own_officer": 201, "other_officer": 403, "manager": 403, "superuser": 201}
UPDATE = {"anonymous": 401, "own_officer": 200, "other_officer": 403, "manager": 403, "superuser": 200}


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("role", ROLES)
def test_everyone_reads_a_published_record(clients, voivodeship, resource, role):
    record = RESOURCES[resource]["make"](voivodeship, published=True)

    assert clients[role].get(f"/api/v1/{resource}/{record.pk}/").status_code == 200
    assert record.pk in ids(clients[role].get(f"/api/v1/{resource}/"))


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("role", ROLES)
def test_a_draft_is_read_only_by_its_voivodeship_managers_and_superusers(clients, voivodeship, resource, role):
    draft = RESOURCES[resource]["make"](voivodeship)

    detail = clients[role].get(f"/api/v1/{resource}/{draft.pk}/")
    listed = ids(clients[role].get(f"/api/v1/{resource}/"))

    assert detail.status_code == READ_DRAFT[role]
    assert (draft.pk in listed) == (READ_DRAFT[role] == 200)


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("role", ROLES)
def test_only_the_voivodeships_officer_or_a_superuser_creates_its_records(clients, voivodeship, resource, role):
    response = clients[role].post(f"/api/v1/{resource}/", RESOURCES[resource]["create"](voivodeship), format="json")

    assert response.status_code == CREATE[role], response.content
    if response.status_code == 201:
        assert response["Location"] == response.json()["url"]
        assert response.json()["voivodeship"]["id"] == voivodeship.pk
        assert response.json()["is_published"] is False


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("role", ROLES)
def test_only_the_voivodeships_officer_or_a_superuser_updates_its_records(clients, voivodeship, resource, role):
    record = RESOURCES[resource]["make"](voivodeship, published=True)
    changes = RESOURCES[resource]["update"]

    response = clients[role].patch(f"/api/v1/{resource}/{record.pk}/", changes, format="json")

    assert response.status_code == UPDATE[role], response.content
    record.refresh_from_db()
    field, value = next(iter(changes.items()))
    assert (getattr(record, field) == value) == (UPDATE[role] == 200)


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("role", ROLES)
def test_nobody_deletes_through_the_api(clients, voivodeship, resource, role):
    record = RESOURCES[resource]["make"](voivodeship, published=True)

    response = clients[role].delete(f"/api/v1/{resource}/{record.pk}/")

    assert response.status_code == 405
    assert "detail" in response.json()
    assert type(record).objects.filter(pk=record.pk).exists()


@pytest.mark.parametrize("resource", RESOURCES)
def test_another_officer_cannot_even_find_a_draft_to_update(other_officer_client, voivodeship, resource):
    draft = RESOURCES[resource]["make"](voivodeship)

    response = other_officer_client.patch(
        f"/api/v1/{resource}/{draft.pk}/", RESOURCES[resource]["update"], format="json"
    )

    assert response.status_code == 404


def test_officer_cannot_move_their_visit_to_another_voivodeship(officer_client, voivodeship, other_voivodeship):
    visit = VisitFactory(voivodeship=voivodeship, partnership=None)

    response = officer_client.patch(f"/api/v1/visits/{visit.pk}/", {"voivodeship": other_voivodeship.pk}, format="json")

    assert response.status_code == 403
    assert list(response.json()) == ["voivodeship"]
    visit.refresh_from_db()
    assert visit.voivodeship == voivodeship


def test_officer_cannot_create_an_agreement_without_a_voivodeship(officer_client):
    response = officer_client.post("/api/v1/agreements/", {"title": "Umowa", "kind": "other"}, format="json")

    assert response.status_code == 403


def test_manager_changes_a_commitments_status(manager_client, voivodeship):
    commitment = CommitmentFactory(visit__partnership__voivodeship=voivodeship, published=True)

    response = manager_client.patch(f"/api/v1/commitments/{commitment.pk}/", {"status": "dropped"}, format="json")

    assert response.status_code == 200
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.DROPPED


def test_manager_changes_nothing_but_a_commitments_status(manager_client, voivodeship):
    commitment = CommitmentFactory(visit__partnership__voivodeship=voivodeship, published=True)

    response = manager_client.patch(
        f"/api/v1/commitments/{commitment.pk}/", {"status": "dropped", "note": "Nikt nie pamięta"}, format="json"
    )
    replaced = manager_client.put(
        f"/api/v1/commitments/{commitment.pk}/",
        {"description": commitment.description, "voivodeship": voivodeship.pk, "status": "dropped"},
        format="json",
    )

    assert response.status_code == 403
    assert list(response.json()) == ["note"]
    assert replaced.status_code == 403
    assert Commitment.objects.get(pk=commitment.pk).status == CommitmentStatus.SCHEDULED


def test_an_invalid_token_is_a_401_even_for_reading(client):
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")

    response = client.get("/api/v1/visits/")

    assert response.status_code == 401
    assert "detail" in response.json()


def test_session_login_works_for_writes_too(client, officer, voivodeship):
    client.force_login(officer)

    response = client.post("/api/v1/visits/", {"title": "Wizyta", "kind": "working", "voivodeship": voivodeship.pk})

    assert response.status_code == 201
    assert Visit.objects.filter(title="Wizyta").exists()
