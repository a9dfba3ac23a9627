"""Officers write visits (with delegations and members), agreements (with parties and steps) and commitments.

Every write goes through the services in one transaction: a failed nested item leaves nothing behind,
and every refusal is a 4xx whose JSON names the offending field.
"""

import datetime

import pytest

from partnerships.models import Agreement, AgreementStatus, Citation
from tests.factories import (
    AgreementFactory,
    AgreementStepFactory,
    CitationFactory,
    DelegationMemberFactory,
    EventFactory,
    OrganizationFactory,
    PartnershipFactory,
    PersonFactory,
    RegionFactory,
    TopicFactory,
    VisitFactory,
)
from visits.models import Delegation, DelegationMember, Visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(db):
    return RegionFactory(oblast=True, slug="almaty-region")


def visit_payload(voivodeship, **fields):
    return {"title": "Wizyta w obwodzie ałmaty", "kind": "working", "voivodeship": voivodeship.pk, **fields}


def test_officer_creates_a_visit_with_delegations_and_members(officer_client, voivodeship, partner):
    marshal, director = PersonFactory(), PersonFactory()
    payload = visit_payload(
        voivodeship,
        start_on="2021-07-01",
        delegations=[
            {
                "side": "guest",
                "region": voivodeship.pk,
                "members": [
                    {"person": marshal.pk, "role": "Marszałek Województwa", "is_leader": True},
                    {"role": "Dyrektor Departamentu Współpracy"},
                ],
            },
            {"side": "host", "region": partner.pk, "members": [{"person": director.pk, "role": "Akim"}]},
        ],
    )

    response = officer_client.post("/api/v1/visits/", payload, format="json")

    assert response.status_code == 201, response.content
    visit = Visit.objects.get(pk=response.json()["id"])
    assert visit.voivodeship == voivodeship
    assert [(d.side, d.members.count()) for d in visit.delegations.order_by("pk")] == [("guest", 2), ("host", 1)]
    guest = response.json()["delegations"][0]
    assert [(member["role"], member["is_leader"]) for member in guest["members"]] == [
        ("Marszałek Województwa", True),
        ("Dyrektor Departamentu Współpracy", False),
    ]


def test_a_failing_member_leaves_no_visit_and_names_its_place(officer_client, voivodeship, english):
    person = PersonFactory()
    payload = visit_payload(
        voivodeship,
        delegations=[
            {"side": "guest", "region": voivodeship.pk, "members": [{"person": person.pk, "role": "Marszałek"}]},
            {
                "side": "guest",
                "region": voivodeship.pk,
                "members": [
                    {"person": person.pk, "role": "Marszałek", "is_leader": True},
                    {"role": "Wicemarszałek", "is_leader": True},
                ],
            },
        ],
    )

    response = officer_client.post("/api/v1/visits/", payload, format="json")

    assert response.status_code == 400
    assert response.json() == {
        "delegations": {"1": {"members": {"1": {"non_field_errors": ["A delegation has only one leader."]}}}}
    }
    assert not Visit.objects.exists()
    assert not Delegation.objects.exists()


def test_a_nested_field_error_is_reported_at_its_place(officer_client, voivodeship):
    payload = visit_payload(voivodeship, delegations=[{"side": "guest", "region": voivodeship.pk, "members": [{}]}])

    response = officer_client.post("/api/v1/visits/", payload, format="json")

    assert response.status_code == 400
    assert list(response.json()["delegations"]["0"]["members"]["0"]) == ["role"]
    assert not Visit.objects.exists()


def test_officer_updates_members_in_place_and_removes_those_left_out(officer_client, voivodeship):
    leader = DelegationMemberFactory(
        leader=True, delegation__visit__voivodeship=voivodeship, delegation__visit__partnership=None
    )
    dropped = DelegationMemberFactory(delegation=leader.delegation)
    delegation = leader.delegation

    response = officer_client.patch(
        f"/api/v1/visits/{delegation.visit.pk}/",
        {
            "delegations": [
                {
                    "id": delegation.pk,
                    "members": [
                        {"id": leader.pk, "role": "Wicemarszałek Województwa"},
                        {"role": "Radny Sejmiku"},
                    ],
                }
            ]
        },
        format="json",
    )

    assert response.status_code == 200, response.content
    leader.refresh_from_db()
    assert leader.role == "Wicemarszałek Województwa"
    assert leader.is_leader
    assert not DelegationMember.objects.filter(pk=dropped.pk).exists()
    assert list(delegation.members.values_list("role", flat=True)) == ["Wicemarszałek Województwa", "Radny Sejmiku"]


def test_a_nested_id_of_another_record_is_a_400(officer_client, voivodeship):
    visit = VisitFactory(voivodeship=voivodeship, partnership=None)
    elsewhere = DelegationMemberFactory().delegation

    response = officer_client.patch(
        f"/api/v1/visits/{visit.pk}/", {"delegations": [{"id": elsewhere.pk, "side": "host"}]}, format="json"
    )

    assert response.status_code == 400
    assert list(response.json()["delegations"]["0"]) == ["id"]


def test_a_new_item_in_a_patch_still_needs_its_required_fields(officer_client, voivodeship):
    visit = VisitFactory(voivodeship=voivodeship, partnership=None)

    response = officer_client.patch(
        f"/api/v1/visits/{visit.pk}/", {"delegations": [{"region": voivodeship.pk}]}, format="json"
    )

    assert response.status_code == 400
    assert list(response.json()["delegations"]["0"]) == ["side"]


def test_officer_creates_an_agreement_whose_status_follows_its_latest_step(officer_client, voivodeship, partner):
    response = officer_client.post(
        "/api/v1/agreements/",
        {
            "title": "Porozumienie o współpracy",
            "kind": "cooperation_agreement",
            "voivodeship": voivodeship.pk,
            "signed_on": "2018-04-12",
            "parties": [
                {"region": voivodeship.pk, "signatory": PersonFactory().pk, "signatory_title": "Marszałek"},
                {"region": partner.pk, "signatory_title": "Akim"},
            ],
            "steps": [
                {
                    "kind": "sejmik_resolution",
                    "occurred_on": "2018-03-26",
                    "resolution_number": "XXXVII/612/18",
                    "adopted_by_absolute_majority": True,
                },
                {"kind": "signed", "occurred_on": "2018-04-12"},
            ],
        },
        format="json",
    )

    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == AgreementStatus.IN_FORCE
    assert [party["region"]["id"] for party in data["parties"]] == [voivodeship.pk, partner.pk]
    assert [step["kind"] for step in data["steps"]] == ["sejmik_resolution", "signed"]


def test_updating_steps_keeps_a_steps_citations_and_refreshes_the_status(officer_client, voivodeship):
    signed = AgreementStepFactory(agreement__voivodeship=voivodeship, agreement__partnership=None)
    agreement = signed.agreement
    cited = AgreementStepFactory(agreement=agreement, kind="sejmik_resolution", occurred_on=datetime.date(2018, 3, 1))
    CitationFactory(record=cited)

    response = officer_client.patch(
        f"/api/v1/agreements/{agreement.pk}/",
        {"steps": [{"id": cited.pk, "note": "Uchwała sejmiku"}, {"kind": "terminated", "occurred_on": "2024-01-31"}]},
        format="json",
    )

    assert response.status_code == 200, response.content
    agreement.refresh_from_db()
    assert agreement.status == AgreementStatus.TERMINATED
    assert list(agreement.steps.values_list("kind", flat=True)) == ["sejmik_resolution", "terminated"]
    assert Citation.objects.filter(object_id=cited.pk, content_type__model="agreementstep").exists()


def test_a_party_that_is_neither_region_nor_organization_is_a_400(officer_client, voivodeship, english):
    response = officer_client.post(
        "/api/v1/agreements/",
        {"title": "Umowa", "kind": "other", "voivodeship": voivodeship.pk, "parties": [{"signatory_title": "?"}]},
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["parties"]["0"]["non_field_errors"] == [
        "A party is either a region or an organization, not both and not neither."
    ]
    assert not Agreement.objects.exists()


def test_officer_publishes_a_record_by_writing_is_published(officer_client, client, voivodeship):
    visit = VisitFactory(voivodeship=voivodeship, partnership=None)
    assert client.get(f"/api/v1/visits/{visit.pk}/").status_code == 404

    response = officer_client.patch(f"/api/v1/visits/{visit.pk}/", {"is_published": True}, format="json")

    assert response.json()["is_published"] is True
    assert client.get(f"/api/v1/visits/{visit.pk}/").status_code == 200


def test_officer_creates_and_completes_a_commitment(officer_client, voivodeship):
    visit = VisitFactory(voivodeship=voivodeship, partnership=None, published=True)
    created = officer_client.post(
        "/api/v1/commitments/",
        {
            "description": "Misja gospodarcza",
            "voivodeship": voivodeship.pk,
            "visit": visit.pk,
            "due_on": "2022-01-01",
            "date_precision": "year",
        },
        format="json",
    )
    later = VisitFactory(voivodeship=voivodeship, partnership=None, published=True)

    met = officer_client.patch(created.json()["url"], {"status": "met", "fulfilled_by_visit": later.pk}, format="json")

    assert created.status_code == 201, created.content
    assert created.json()["date_display"] == "2022"
    assert met.status_code == 200, met.content
    assert met.json()["fulfilled_by_visit"] == f"http://testserver/api/v1/visits/{later.pk}/"


def test_a_draft_of_another_voivodeship_cannot_be_referred_to(officer_client, voivodeship, other_voivodeship):
    hidden = EventFactory(voivodeship=other_voivodeship)

    response = officer_client.post("/api/v1/visits/", visit_payload(voivodeship, event=hidden.pk), format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["event"]


# Bad input: always a 4xx with a JSON body that names the problem, never a 500, never a partial write.


def test_dates_out_of_order_are_a_400(officer_client, voivodeship, english):
    response = officer_client.post(
        "/api/v1/visits/", visit_payload(voivodeship, start_on="2021-07-03", end_on="2021-07-01"), format="json"
    )

    assert response.status_code == 400
    assert response.json() == {"non_field_errors": ["A visit cannot end before it starts."]}


def test_a_month_precision_date_must_be_the_first_of_the_month(officer_client, voivodeship):
    response = officer_client.post(
        "/api/v1/visits/", visit_payload(voivodeship, start_on="2018-04-12", date_precision="month"), format="json"
    )

    assert response.status_code == 400
    assert list(response.json()) == ["start_on"]


def test_wrong_types_are_named_field_by_field(officer_client, voivodeship):
    response = officer_client.post(
        "/api/v1/visits/",
        visit_payload(voivodeship, title=["a"], start_on="yesterday", is_date_inferred="perhaps", region="almaty"),
        format="json",
    )

    assert response.status_code == 400
    assert set(response.json()) == {"title", "start_on", "is_date_inferred", "region"}


def test_an_unknown_enum_value_is_a_400_naming_the_field(officer_client, voivodeship):
    response = officer_client.post("/api/v1/visits/", visit_payload(voivodeship, kind="holiday"), format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["kind"]


def test_a_partnership_of_another_voivodeship_is_a_400(officer_client, voivodeship):
    response = officer_client.post(
        "/api/v1/visits/", visit_payload(voivodeship, partnership=PartnershipFactory().pk), format="json"
    )

    assert response.status_code == 400
    assert list(response.json()) == ["partnership"]


def test_malformed_json_is_a_400_with_a_detail(officer_client):
    response = officer_client.post("/api/v1/visits/", data='{"title": ', content_type="application/json")

    assert response.status_code == 400
    assert "JSON" in response.json()["detail"]


@pytest.mark.parametrize("body", ["[]", '"visit"', "null", "12"])
def test_a_json_body_that_is_not_an_object_is_a_400(officer_client, body):
    response = officer_client.post("/api/v1/visits/", data=body, content_type="application/json")

    assert response.status_code == 400
    assert response.json()


def test_a_form_encoded_body_is_a_415(officer_client, voivodeship):
    response = officer_client.post("/api/v1/visits/", {"title": "x"}, format="multipart")

    assert response.status_code == 415
    assert "detail" in response.json()


def test_an_oversized_body_is_a_413_and_writes_nothing(officer_client, voivodeship, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000

    response = officer_client.post("/api/v1/visits/", visit_payload(voivodeship, purpose="x" * 20_000), format="json")

    assert response.status_code == 413
    assert "10000" in response.json()["detail"]
    assert not Visit.objects.exists()


def test_a_host_organization_and_a_null_character_are_checked(officer_client, voivodeship):
    response = officer_client.post(
        "/api/v1/visits/", visit_payload(voivodeship, host=OrganizationFactory().pk, place="Ast\x00ana"), format="json"
    )

    assert response.status_code == 400
    assert list(response.json()) == ["place"]


def test_agreement_topics_are_written_by_code(officer_client, voivodeship):
    agreement = AgreementFactory(voivodeship=voivodeship, partnership=None)
    TopicFactory(code="health")

    response = officer_client.patch(f"/api/v1/agreements/{agreement.pk}/", {"topics": ["health"]}, format="json")
    unknown = officer_client.patch(f"/api/v1/agreements/{agreement.pk}/", {"topics": ["magic"]}, format="json")

    assert [topic["code"] for topic in response.json()["topics"]] == ["health"]
    assert unknown.status_code == 400
    assert list(unknown.json()) == ["topics"]


def test_an_api_write_is_in_the_records_history_under_the_officers_name(officer_client, officer, voivodeship):
    response = officer_client.post("/api/v1/visits/", visit_payload(voivodeship), format="json")

    visit = Visit.objects.get(pk=response.json()["id"])
    assert visit.history.get().history_user == officer
