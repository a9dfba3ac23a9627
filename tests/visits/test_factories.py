"""The factories make valid records, so a test changes only what it is about."""

import pytest

from tests.factories import (
    CommitmentFactory,
    DelegationFactory,
    DelegationMemberFactory,
    EventFactory,
    PartnershipFactory,
    VisitFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory",
    [EventFactory, VisitFactory, DelegationFactory, DelegationMemberFactory, CommitmentFactory],
    ids=lambda factory: factory.__name__,
)
def test_factory_makes_a_record_that_passes_full_clean(factory):
    factory().full_clean()


@pytest.mark.parametrize("factory", [EventFactory, VisitFactory, CommitmentFactory], ids=lambda f: f.__name__)
def test_publishable_factory_is_a_draft_unless_published(factory):
    assert factory().published_at is None
    assert factory(published=True).published_at is not None


def test_visit_factory_is_kept_by_its_partnerships_voivodeship():
    visit = VisitFactory()

    assert visit.voivodeship == visit.partnership.voivodeship


def test_visit_factory_without_a_partnership_still_has_a_voivodeship():
    visit = VisitFactory(partnership=None)

    visit.full_clean()
    assert visit.voivodeship.kind == "voivodeship"


def test_commitment_factory_follows_its_visits_partnership_and_voivodeship():
    commitment = CommitmentFactory()

    assert commitment.partnership == commitment.visit.partnership
    assert commitment.voivodeship == commitment.visit.voivodeship


def test_commitment_factory_follows_the_partnership_it_is_given():
    partnership = PartnershipFactory()

    commitment = CommitmentFactory(visit=None, partnership=partnership)

    assert commitment.voivodeship == partnership.voivodeship


def test_delegation_member_factory_makes_a_leader_on_request():
    assert DelegationMemberFactory(leader=True).is_leader
    assert not DelegationMemberFactory().is_leader
