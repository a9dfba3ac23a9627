"""Each filter of each list keeps the records it names and drops the others; a bad value is a 400 naming it."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from partnerships.models import OrganizationKind, RegionChangeKind, TradeQuality
from tests.api.conftest import ids
from tests.factories import (
    AgreementFactory,
    AgreementPartyFactory,
    CommitmentFactory,
    DelegationMemberFactory,
    EventFactory,
    OrganizationFactory,
    PartnershipFactory,
    RegionAliasFactory,
    RegionChangeFactory,
    RegionFactory,
    SourceFactory,
    TopicFactory,
    TradeFigureFactory,
    VisitFactory,
)

pytestmark = pytest.mark.django_db


@dataclass
class Case:
    collection: str
    params: dict
    match: Callable
    other: Callable

    def __str__(self):
        return f"{self.collection}-{'-'.join(self.params)}"


def lubelskie():
    return RegionFactory(slug="lubelskie", iso_code="PL-06")


def uzbek_oblast():
    return RegionFactory(oblast=True, country="UZ")


def topic():
    return TopicFactory(code="health")


def organization():
    return OrganizationFactory(slug="kazakh-invest")


CASES = [
    # visits
    Case(
        "visits",
        {"voivodeship": "lubelskie"},
        lambda: VisitFactory(published=True, partnership__voivodeship=lubelskie()),
        lambda: VisitFactory(published=True),
    ),
    Case(
        "visits",
        {"voivodeship": "PL-06"},
        lambda: VisitFactory(published=True, partnership__voivodeship=lubelskie()),
        lambda: VisitFactory(published=True),
    ),
    Case(
        "visits",
        {"partner_region": "almaty"},
        lambda: VisitFactory(published=True, partnership__partner_region__slug="almaty"),
        lambda: VisitFactory(published=True),
    ),
    Case(
        "visits",
        {"country": "uz"},
        lambda: VisitFactory(published=True, partnership__partner_region=uzbek_oblast()),
        lambda: VisitFactory(published=True),
    ),
    Case(
        "visits",
        {"date_from": "2023-01-01"},
        lambda: VisitFactory(published=True, start_on=datetime.date(2023, 5, 1), end_on=None),
        lambda: VisitFactory(published=True),
    ),
    Case(
        "visits",
        {"date_to": "2022-01-01"},
        lambda: VisitFactory(published=True),
        lambda: VisitFactory(published=True, start_on=datetime.date(2023, 5, 1), end_on=None),
    ),
    Case(
        "visits",
        {"date_from": "2021-07-02", "date_to": "2021-07-02"},
        lambda: VisitFactory(published=True),
        lambda: VisitFactory(published=True, start_on=datetime.date(2021, 7, 3), end_on=None),
    ),
    Case(
        "visits",
        {"kind": "study"},
        lambda: VisitFactory(published=True, kind="study"),
        lambda: VisitFactory(published=True),
    ),
    Case(
        "visits",
        {"status": "planned"},
        lambda: VisitFactory(published=True, status="planned"),
        lambda: VisitFactory(published=True),
    ),
    Case(
        "visits",
        {"area": "health"},
        lambda: VisitFactory(published=True, partnership__topics=[topic()]),
        lambda: VisitFactory(published=True),
    ),
    Case(
        "visits",
        {"organization": "kazakh-invest"},
        lambda: VisitFactory(published=True, host=organization()),
        lambda: VisitFactory(published=True),
    ),
    Case(
        "visits",
        {"person": "jan"},
        lambda: DelegationMemberFactory(person__slug="jan", delegation__visit__published=True).delegation.visit,
        lambda: DelegationMemberFactory(delegation__visit__published=True).delegation.visit,
    ),
    Case(
        "visits",
        {"q": "almaty"},
        lambda: VisitFactory(published=True, title="Misja gospodarcza do Ałmaty"),
        lambda: VisitFactory(published=True),
    ),
    # agreements
    Case(
        "agreements",
        {"voivodeship": "lubelskie"},
        lambda: AgreementFactory(published=True, partnership__voivodeship=lubelskie()),
        lambda: AgreementFactory(published=True),
    ),
    Case(
        "agreements",
        {"partner_region": "almaty"},
        lambda: AgreementFactory(published=True, partnership__partner_region__slug="almaty"),
        lambda: AgreementFactory(published=True),
    ),
    Case(
        "agreements",
        {"country": "UZ"},
        lambda: AgreementFactory(published=True, partnership__partner_region=uzbek_oblast()),
        lambda: AgreementFactory(published=True),
    ),
    Case(
        "agreements",
        {"date_from": "2020-01-01"},
        lambda: AgreementFactory(published=True, signed_on=datetime.date(2021, 7, 1)),
        lambda: AgreementFactory(published=True),
    ),
    Case(
        "agreements",
        {"date_to": "2019-01-01"},
        lambda: AgreementFactory(published=True),
        lambda: AgreementFactory(published=True, signed_on=datetime.date(2021, 7, 1)),
    ),
    Case(
        "agreements",
        {"kind": "memorandum"},
        lambda: AgreementFactory(published=True, kind="memorandum"),
        lambda: AgreementFactory(published=True),
    ),
    Case(
        "agreements",
        {"status": "dormant"},
        lambda: AgreementFactory(published=True, status="dormant"),
        lambda: AgreementFactory(published=True),
    ),
    Case(
        "agreements",
        {"area": "health"},
        lambda: AgreementFactory(published=True, topics=[topic()]),
        lambda: AgreementFactory(published=True),
    ),
    Case(
        "agreements",
        {"organization": "kazakh-invest"},
        lambda: AgreementPartyFactory(agreement__published=True, organization=organization()).agreement,
        lambda: AgreementPartyFactory(agreement__published=True).agreement,
    ),
    Case(
        "agreements",
        {"person": "jan"},
        lambda: AgreementPartyFactory(agreement__published=True, signatory__slug="jan").agreement,
        lambda: AgreementPartyFactory(agreement__published=True).agreement,
    ),
    Case(
        "agreements",
        {"q": "memorandum"},
        lambda: AgreementFactory(published=True, title="Memorandum o współpracy"),
        lambda: AgreementFactory(published=True),
    ),
    # events
    Case(
        "events",
        {"voivodeship": "lubelskie"},
        lambda: EventFactory(published=True, voivodeship=lubelskie()),
        lambda: EventFactory(published=True),
    ),
    Case(
        "events",
        {"partner_region": "almaty"},
        lambda: EventFactory(published=True, region=RegionFactory(oblast=True, slug="almaty")),
        lambda: EventFactory(published=True),
    ),
    Case(
        "events",
        {"country": "UZ"},
        lambda: EventFactory(published=True, country="UZ"),
        lambda: EventFactory(published=True),
    ),
    Case(
        "events",
        {"date_from": "2024-01-01"},
        lambda: EventFactory(published=True, start_on=datetime.date(2024, 2, 1), end_on=None),
        lambda: EventFactory(published=True),
    ),
    Case(
        "events",
        {"date_to": "2024-01-01"},
        lambda: EventFactory(published=True),
        lambda: EventFactory(published=True, start_on=datetime.date(2024, 2, 1), end_on=None),
    ),
    Case(
        "events",
        {"kind": "expo"},
        lambda: EventFactory(published=True, kind="expo"),
        lambda: EventFactory(published=True),
    ),
    Case(
        "events",
        {"status": "cancelled"},
        lambda: EventFactory(published=True, status="cancelled"),
        lambda: EventFactory(published=True),
    ),
    Case(
        "events",
        {"q": "international"},
        lambda: EventFactory(published=True, name="Astana International Forum"),
        lambda: EventFactory(published=True),
    ),
    # commitments
    Case(
        "commitments",
        {"voivodeship": "lubelskie"},
        lambda: CommitmentFactory(published=True, visit__partnership__voivodeship=lubelskie()),
        lambda: CommitmentFactory(published=True),
    ),
    Case(
        "commitments",
        {"partner_region": "almaty"},
        lambda: CommitmentFactory(published=True, visit__partnership__partner_region__slug="almaty"),
        lambda: CommitmentFactory(published=True),
    ),
    Case(
        "commitments",
        {"country": "UZ"},
        lambda: CommitmentFactory(published=True, visit__partnership__partner_region=uzbek_oblast()),
        lambda: CommitmentFactory(published=True),
    ),
    Case(
        "commitments",
        {"date_from": "2022-01-01"},
        lambda: CommitmentFactory(published=True, due_on=datetime.date(2022, 10, 5)),
        lambda: CommitmentFactory(published=True),
    ),
    Case(
        "commitments",
        {"date_to": "2022-01-01"},
        lambda: CommitmentFactory(published=True),
        lambda: CommitmentFactory(published=True, due_on=datetime.date(2022, 10, 5)),
    ),
    Case(
        "commitments",
        {"status": "dropped"},
        lambda: CommitmentFactory(published=True, status="dropped"),
        lambda: CommitmentFactory(published=True),
    ),
    Case(
        "commitments",
        {"q": "online"},
        lambda: CommitmentFactory(published=True, description="An online meeting before 5 October"),
        lambda: CommitmentFactory(published=True),
    ),
    # partnerships
    Case(
        "partnerships",
        {"voivodeship": "lubelskie"},
        lambda: PartnershipFactory(voivodeship=lubelskie()),
        lambda: PartnershipFactory(),
    ),
    Case(
        "partnerships",
        {"partner_region": "almaty"},
        lambda: PartnershipFactory(partner_region__slug="almaty"),
        lambda: PartnershipFactory(),
    ),
    Case(
        "partnerships",
        {"country": "UZ"},
        lambda: PartnershipFactory(partner_region=uzbek_oblast()),
        lambda: PartnershipFactory(),
    ),
    Case(
        "partnerships",
        {"status": "dormant"},
        lambda: PartnershipFactory(status="dormant"),
        lambda: PartnershipFactory(),
    ),
    Case(
        "partnerships", {"area": "health"}, lambda: PartnershipFactory(topics=[topic()]), lambda: PartnershipFactory()
    ),
    Case(
        "partnerships",
        {"q": "sectors"},
        lambda: PartnershipFactory(summary="Dairy sectors and tourism"),
        lambda: PartnershipFactory(),
    ),
    # regions
    Case("regions", {"country": "KZ"}, lambda: RegionFactory(oblast=True), lambda: RegionFactory()),
    Case("regions", {"kind": "oblast"}, lambda: RegionFactory(oblast=True), lambda: RegionFactory()),
    Case(
        "regions",
        {"q": "алматы"},
        lambda: RegionAliasFactory(name="Алматы облысы", language="kk").region,
        lambda: RegionFactory(oblast=True),
    ),
    # reference collections
    Case(
        "organizations",
        {"kind": "embassy"},
        lambda: OrganizationFactory(kind=OrganizationKind.EMBASSY),
        lambda: OrganizationFactory(),
    ),
    Case("organizations", {"country": "kz"}, lambda: OrganizationFactory(country="KZ"), lambda: OrganizationFactory()),
    Case(
        "people",
        {"country": "KZ"},
        lambda: DelegationMemberFactory(person__country="KZ").person,
        lambda: DelegationMemberFactory().person,
    ),
    Case("sources", {"language": "en"}, lambda: SourceFactory(language="en"), lambda: SourceFactory()),
    Case("trade-figures", {"flow": "export"}, lambda: TradeFigureFactory(flow="export"), lambda: TradeFigureFactory()),
    Case(
        "trade-figures",
        {"quality": "suspect"},
        lambda: TradeFigureFactory(quality=TradeQuality.SUSPECT, quality_note="Contradicts the annual figure."),
        lambda: TradeFigureFactory(),
    ),
    Case(
        "trade-figures",
        {"reporter_country": "KZ"},
        lambda: TradeFigureFactory(reporter_country="KZ", partner_country="PL"),
        lambda: TradeFigureFactory(),
    ),
    Case(
        "trade-figures",
        {"partner_country": "UZ"},
        lambda: TradeFigureFactory(partner_country="UZ"),
        lambda: TradeFigureFactory(),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_filter_keeps_the_records_it_names_and_drops_the_others(client, case):
    match, other = case.match(), case.other()

    found = ids(client.get(f"/api/v1/{case.collection}/", case.params))

    assert match.pk in found
    assert other.pk not in found


def test_partner_region_filter_finds_a_former_regions_records_by_its_successor(client):
    old = RegionFactory(oblast=True, slug="south-kazakhstan", iso_code=None)
    new = RegionFactory(oblast=True, slug="turkistan", iso_code="KZ-61")
    RegionChangeFactory(kind=RegionChangeKind.RENAME, predecessor=old, successor=new)
    signed_with_old = AgreementFactory(published=True, partnership__partner_region=old)

    assert signed_with_old.pk in ids(client.get("/api/v1/agreements/", {"partner_region": "turkistan"}))
    assert signed_with_old.pk in ids(client.get("/api/v1/agreements/", {"partner_region": "KZ-61"}))


BAD_VALUES = [
    ("visits", "kind", "picnic"),
    ("visits", "status", "done"),
    ("visits", "voivodeship", "atlantis"),
    ("visits", "partner_region", "atlantis"),
    ("visits", "country", "Poland"),
    ("visits", "date_from", "2021-13-01"),
    ("visits", "date_to", "yesterday"),
    ("visits", "area", "no-such-area"),
    ("visits", "organization", "no-such-organization"),
    ("visits", "person", "nobody"),
    ("visits", "ordering", "color"),
    ("agreements", "kind", "treaty"),
    ("agreements", "status", "signed"),
    ("events", "kind", "party"),
    ("commitments", "status", "late"),
    ("partnerships", "status", "friendly"),
    ("regions", "kind", "county"),
    ("organizations", "country", "Kazakhstan"),
    ("sources", "language", "xx"),
    ("trade-figures", "flow", "smuggling"),
]


@pytest.mark.parametrize(("collection", "parameter", "value"), BAD_VALUES)
def test_a_bad_filter_value_is_a_400_naming_the_parameter(client, collection, parameter, value):
    response = client.get(f"/api/v1/{collection}/", {parameter: value})

    assert response.status_code == 400
    assert list(response.json()) == [parameter]


def test_a_date_range_that_ends_before_it_starts_is_a_400_on_date_to(client, english):
    response = client.get("/api/v1/visits/", {"date_from": "2022-01-01", "date_to": "2021-01-01"})

    assert response.status_code == 400
    assert response.json() == {"date_to": ["The end of the date range is before its start."]}


def test_an_unknown_region_is_named_in_the_message(client, english):
    response = client.get("/api/v1/visits/", {"voivodeship": "atlantis"})

    assert "atlantis" in response.json()["voivodeship"][0]


@pytest.mark.parametrize("path", ["/api/v1/visits/", "/api/v1/regions/", "/api/v1/visits/1/"])
def test_unknown_query_parameters_are_a_400_naming_each(client, path):
    VisitFactory(published=True, pk=1)

    response = client.get(path, {"colour": "red", "sort": "date"})

    assert response.status_code == 400
    assert sorted(response.json()) == ["colour", "sort"]


def test_a_detail_refuses_list_filters(client):
    visit = VisitFactory(published=True)

    response = client.get(f"/api/v1/visits/{visit.pk}/", {"kind": "working"})

    assert response.status_code == 400
    assert list(response.json()) == ["kind"]
