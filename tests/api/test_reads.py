"""Every collection lists and shows its records, with what a client needs embedded and the rest linked."""

import datetime

import pytest

from partnerships.models import DatePrecision, RegionChangeKind
from tests.api.conftest import ids
from tests.factories import (
    AgreementPartyFactory,
    AgreementStepFactory,
    CitationFactory,
    CommitmentFactory,
    DelegationMemberFactory,
    EventFactory,
    OrganizationFactory,
    PartnershipFactory,
    PersonFactory,
    PostFactory,
    RegionAliasFactory,
    RegionChangeFactory,
    RegionCodeFactory,
    RegionFactory,
    SourceFactory,
    TradeFigureFactory,
    VisitFactory,
)

pytestmark = pytest.mark.django_db

COLLECTIONS = {
    "regions": lambda: RegionFactory(),
    "partnerships": lambda: PartnershipFactory(),
    "agreements": lambda: AgreementStepFactory(agreement__published=True).agreement,
    "visits": lambda: DelegationMemberFactory(delegation__visit__published=True).delegation.visit,
    "events": lambda: EventFactory(published=True),
    "commitments": lambda: CommitmentFactory(published=True),
    "trade-figures": lambda: TradeFigureFactory(),
    "organizations": lambda: OrganizationFactory(),
    "people": lambda: PostFactory().person,
    "sources": lambda: SourceFactory(),
}


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_list_shows_the_collections_records(client, collection):
    record = COLLECTIONS[collection]()

    response = client.get(f"/api/v1/{collection}/")

    assert record.pk in ids(response)


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_detail_shows_one_record_with_its_own_url(client, collection):
    record = COLLECTIONS[collection]()

    response = client.get(f"/api/v1/{collection}/{record.pk}/")

    assert response.status_code == 200
    assert response.json()["id"] == record.pk
    assert response.json()["url"] == f"http://testserver/api/v1/{collection}/{record.pk}/"


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_detail_of_an_unknown_id_is_a_json_404(client, collection):
    for missing in ("999999", "not-a-number", "99999999999999999999999"):
        response = client.get(f"/api/v1/{collection}/{missing}/")

        assert response.status_code == 404
        assert "detail" in response.json()


def test_api_root_lists_every_collection(client):
    response = client.get("/api/v1/")

    assert set(response.json()) == set(COLLECTIONS)


def test_visit_embeds_its_delegations_with_members_and_their_roles(client):
    leader = DelegationMemberFactory(leader=True, person__name="Jarosław Stawiarski", delegation__visit__published=True)
    DelegationMemberFactory(delegation=leader.delegation, role="Dyrektor Departamentu", person=None)

    visit = client.get(f"/api/v1/visits/{leader.delegation.visit.pk}/").json()

    (delegation,) = visit["delegations"]
    assert delegation["side"] == "guest"
    assert delegation["region"]["slug"] == leader.delegation.region.slug
    assert [
        (member["person"] and member["person"]["name"], member["role"], member["is_leader"])
        for member in delegation["members"]
    ] == [
        ("Jarosław Stawiarski", "Marszałek Województwa", True),
        (None, "Dyrektor Departamentu", False),
    ]


def test_visit_links_its_partnership_and_embeds_its_voivodeship(client):
    visit = VisitFactory(published=True)

    data = client.get(f"/api/v1/visits/{visit.pk}/").json()

    assert data["partnership"] == f"http://testserver/api/v1/partnerships/{visit.partnership.pk}/"
    assert data["voivodeship"]["slug"] == visit.voivodeship.slug
    assert data["region"]["iso_code"] == visit.partnership.partner_region.iso_code


def test_agreement_embeds_parties_signatories_and_lifecycle_steps(client):
    step = AgreementStepFactory(
        sejmik_resolution=True, agreement__published=True, occurred_on=datetime.date(2018, 3, 1)
    )
    AgreementStepFactory(agreement=step.agreement)
    party = AgreementPartyFactory(agreement=step.agreement, signatory__name="Akim", signatory_title="Akim obwodu")

    data = client.get(f"/api/v1/agreements/{step.agreement.pk}/").json()

    assert [item["kind"] for item in data["steps"]] == ["sejmik_resolution", "signed"]
    assert data["steps"][0]["resolution_number"] == step.resolution_number
    assert data["steps"][0]["adopted_by_absolute_majority"] is True
    assert data["parties"] == [
        {
            "id": party.pk,
            "region": data["parties"][0]["region"],
            "organization": None,
            "signatory": data["parties"][0]["signatory"],
            "signatory_title": "Akim obwodu",
        }
    ]
    assert data["parties"][0]["region"]["slug"] == party.region.slug
    assert data["parties"][0]["signatory"]["name"] == "Akim"


def test_region_embeds_names_codes_aliases_predecessors_and_successors(client):
    old = RegionFactory(oblast=True, slug="south-kazakhstan", iso_code=None, name_pl="Południowokazachstański")
    new = RegionFactory(oblast=True, slug="turkistan", iso_code="KZ-61", name_pl="Turkiestański")
    RegionChangeFactory(
        kind=RegionChangeKind.RENAME, predecessor=old, successor=new, changed_on=datetime.date(2018, 6, 19)
    )
    RegionAliasFactory(region=new, name="Туркестанская область", language="ru")
    RegionCodeFactory(region=old, code="KZ-YUZ")

    new_data = client.get(f"/api/v1/regions/{new.pk}/").json()
    old_data = client.get(f"/api/v1/regions/{old.pk}/").json()

    assert new_data["name_pl"] == "Turkiestański"
    assert new_data["aliases"] == [{"name": "Туркестанская область", "language": "ru"}]
    assert [change["region"]["slug"] for change in new_data["predecessors"]] == ["south-kazakhstan"]
    assert new_data["successors"] == []
    assert [change["region"]["slug"] for change in old_data["successors"]] == ["turkistan"]
    assert old_data["successors"][0]["kind"] == "rename"
    assert [code["code"] for code in old_data["codes"]] == ["KZ-YUZ"]


def test_a_capital_move_is_the_regions_own_change_not_a_predecessor(client):
    region = RegionFactory(oblast=True, slug="almaty-region-1997-2022", iso_code=None)
    RegionChangeFactory(
        kind=RegionChangeKind.CAPITAL_MOVE,
        predecessor=region,
        successor=region,
        capital_before="Ałmaty",
        capital_after="Tałdykorgan",
        changed_on=datetime.date(2001, 4, 1),
        date_precision=DatePrecision.MONTH,
    )

    data = client.get(f"/api/v1/regions/{region.pk}/").json()

    assert data["predecessors"] == data["successors"] == []
    assert [(change["kind"], change["capital_after"], change["date_display"]) for change in data["changes"]] == [
        ("capital_move", "Tałdykorgan", "IV 2001")
    ]


def test_every_cited_record_carries_its_citations_with_source_id_and_quote(client):
    visit = VisitFactory(published=True)
    citation = CitationFactory(record=visit)

    data = client.get(f"/api/v1/visits/{visit.pk}/").json()

    assert data["citations"] == [
        {
            "source_id": citation.source.pk,
            "source": f"http://testserver/api/v1/sources/{citation.source.pk}/",
            "quote": citation.quote,
            "note": "",
        }
    ]


def test_a_partial_date_carries_its_precision_inference_and_display_form(client):
    visit = VisitFactory(
        published=True,
        start_on=datetime.date(2018, 4, 1),
        end_on=None,
        date_precision=DatePrecision.MONTH,
        is_date_inferred=True,
        date_inference_note="The release is dated 5 May and speaks of “last month”.",
        date_as_written="w kwietniu",
    )

    data = client.get(f"/api/v1/visits/{visit.pk}/").json()

    assert data["start_on"] == "2018-04-01"
    assert data["date_precision"] == "month"
    assert data["is_date_inferred"] is True
    assert data["date_inference_note"] == "The release is dated 5 May and speaks of “last month”."
    assert data["date_as_written"] == "w kwietniu"
    assert data["date_display"] == "IV 2018"


def test_source_detail_has_the_full_text_and_the_list_does_not(client):
    source = SourceFactory()

    listed = client.get("/api/v1/sources/").json()["results"][0]
    detail = client.get(f"/api/v1/sources/{source.pk}/").json()

    assert "full_text" not in listed
    assert detail["full_text"] == source.full_text
    assert detail["document_url"] == source.url


def test_person_embeds_the_posts_they_held(client):
    post = PostFactory(title="Wicemarszałek", person=PersonFactory(slug="anna-nowak"))

    data = client.get(f"/api/v1/people/{post.person.pk}/").json()

    assert [(item["title"], item["organization"]["slug"]) for item in data["posts"]] == [
        ("Wicemarszałek", post.organization.slug)
    ]
