"""Every list costs a fixed number of queries, with 1 row or 10, on a page of 2 or of 100."""

import pytest

from tests.factories import (
    AgreementPartyFactory,
    AgreementStepFactory,
    CitationFactory,
    CommitmentFactory,
    DelegationMemberFactory,
    EventFactory,
    OrganizationFactory,
    PartnershipFactory,
    PostFactory,
    RegionAliasFactory,
    RegionChangeFactory,
    RegionCodeFactory,
    SourceFactory,
    TopicFactory,
    TradeFigureFactory,
)

pytestmark = pytest.mark.django_db


def cited(record):
    CitationFactory(record=record)
    return record


def make_visit():
    member = DelegationMemberFactory(leader=True, delegation__visit__published=True)
    visit = member.delegation.visit
    visit.agreements.add(AgreementStepFactory(agreement__published=True).agreement)
    return cited(visit)


def make_agreement():
    step = AgreementStepFactory(agreement__published=True, agreement__topics=[TopicFactory()])
    AgreementPartyFactory(agreement=step.agreement)
    cited(step)
    return cited(step.agreement)


def make_event():
    event = EventFactory(published=True, parent=EventFactory(published=True))
    event.agreements.add(AgreementStepFactory(agreement__published=True).agreement)
    return cited(event)


def make_commitment():
    return cited(CommitmentFactory(published=True, owed_by_person=PostFactory().person))


def make_region():
    change = RegionChangeFactory()
    cited(RegionChangeFactory(kind="capital_move", predecessor=change.successor, successor=change.successor))
    RegionAliasFactory(region=change.successor)
    RegionCodeFactory(region=change.predecessor)
    cited(change)
    return cited(change.successor)


# collection: (make one row, pinned queries for an anonymous list)
LISTS = {
    "visits": (make_visit, 7),
    "agreements": (make_agreement, 8),
    "events": (make_event, 3),
    "commitments": (make_commitment, 2),
    "regions": (make_region, 12),
    "partnerships": (lambda: cited(PartnershipFactory(topics=[TopicFactory()])), 4),
    "trade-figures": (lambda: cited(TradeFigureFactory()), 3),
    "organizations": (lambda: cited(OrganizationFactory()), 3),
    "people": (lambda: cited(PostFactory().person), 6),
    "sources": (SourceFactory, 2),
}


@pytest.mark.parametrize("collection", LISTS)
def test_list_query_count_does_not_grow_with_rows(client, query_counts, collection):
    make, expected = LISTS[collection]

    def fetch():
        assert client.get(f"/api/v1/{collection}/").status_code == 200

    query_counts.assert_constant(fetch, make=make, expected=expected)


@pytest.mark.parametrize("collection", ["visits", "agreements", "regions"])
def test_list_query_count_does_not_grow_with_page_size(client, query_counts, collection):
    make, expected = LISTS[collection]
    for _ in range(10):
        make()

    counts = [
        query_counts.count(lambda size=size: client.get(f"/api/v1/{collection}/", {"page_size": size}))
        for size in (2, 100)
    ]

    assert counts == [expected, expected]


def test_an_officers_list_adds_only_the_queries_that_identify_them(officer_client, query_counts):
    def fetch():
        assert officer_client.get("/api/v1/visits/").status_code == 200

    query_counts.assert_constant(fetch, make=make_visit, expected=10)


def test_csv_export_query_count_does_not_grow_with_rows(client, query_counts):
    def export():
        response = client.get("/api/v1/visits/", {"format": "csv"})
        b"".join(response.streaming_content)

    query_counts.assert_constant(export, make=make_visit, expected=7)
