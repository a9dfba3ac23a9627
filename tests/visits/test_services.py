"""Writes go through services: they validate before saving, and a refused write leaves nothing behind."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from partnerships.services import publish, unpublish
from tests.factories import (
    AgreementFactory,
    CommitmentFactory,
    DelegationFactory,
    DelegationMemberFactory,
    PartnershipFactory,
    RegionFactory,
    UserFactory,
    VisitFactory,
)
from visits import services
from visits.models import Commitment, Delegation, DelegationMember, Event, Visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def refused(write, **kwargs) -> dict[str, list[str]]:
    """The errors a refused service call reports."""
    with pytest.raises(ValidationError) as invalid:
        write(**kwargs)
    return invalid.value.message_dict


# Events


def test_create_event_links_the_agreements_signed_at_it():
    agreement = AgreementFactory()

    event = services.create_event(name="Forum", kind="forum", agreements=[agreement])

    assert list(event.agreements.all()) == [agreement]


def test_create_event_of_a_kind_that_is_not_a_choice_is_refused_on_the_kind_and_writes_nothing():
    errors = refused(services.create_event, name="Forum", kind="party")

    assert set(errors) == {"kind"}
    assert not Event.objects.exists()


# Visits


def test_create_visit_saves_a_visit_of_its_partnerships_voivodeship():
    partnership = PartnershipFactory()

    visit = services.create_visit(
        title="Wizyta", kind="working", voivodeship=partnership.voivodeship, partnership=partnership
    )

    assert Visit.objects.get() == visit


def test_create_visit_in_another_voivodeships_partnership_is_refused_on_the_partnership_and_writes_nothing():
    errors = refused(
        services.create_visit,
        title="Wizyta",
        kind="working",
        voivodeship=RegionFactory(),
        partnership=PartnershipFactory(),
    )

    assert errors == {"partnership": ["This partnership belongs to another voivodeship."]}
    assert not Visit.objects.exists()


def test_create_visit_ending_before_it_starts_is_refused_in_words_and_writes_nothing():
    errors = refused(
        services.create_visit,
        title="Wizyta",
        kind="working",
        voivodeship=RegionFactory(),
        start_on=datetime.date(2021, 7, 3),
        end_on=datetime.date(2021, 7, 1),
    )

    assert errors == {"__all__": ["A visit cannot end before it starts."]}
    assert not Visit.objects.exists()


# Delegations


def test_add_delegation_representing_no_one_is_refused_in_words_and_writes_nothing():
    errors = refused(services.add_delegation, visit=VisitFactory(), side="guest")

    assert errors == {"__all__": ["A delegation represents a region or an organization."]}
    assert not Delegation.objects.exists()


def test_add_delegation_member_without_a_role_is_refused_on_the_role_and_writes_nothing():
    errors = refused(services.add_delegation_member, delegation=DelegationFactory(), role="")

    assert set(errors) == {"role"}
    assert not DelegationMember.objects.exists()


def test_add_second_leader_to_a_delegation_is_refused_in_words_and_writes_nothing():
    leader = DelegationMemberFactory(leader=True)

    errors = refused(services.add_delegation_member, delegation=leader.delegation, role="Wicemarszałek", is_leader=True)

    assert errors == {"__all__": ["A delegation has only one leader."]}
    assert DelegationMember.objects.get() == leader


# Commitments


def test_create_commitment_in_another_voivodeships_partnership_is_refused_on_the_partnership_and_writes_nothing():
    errors = refused(
        services.create_commitment,
        description="Rewizyta",
        voivodeship=RegionFactory(),
        partnership=PartnershipFactory(),
    )

    assert errors == {"partnership": ["This partnership belongs to another voivodeship."]}
    assert not Commitment.objects.exists()


def test_create_commitment_fulfilled_while_still_scheduled_is_refused_in_words_and_writes_nothing():
    visit = VisitFactory()

    errors = refused(
        services.create_commitment,
        description="Rewizyta",
        voivodeship=visit.voivodeship,
        status="scheduled",
        fulfilled_by_visit=visit,
    )

    assert errors == {"__all__": ["Only a met or partially met commitment names what fulfilled it."]}
    assert not Commitment.objects.exists()


# Publishing


@pytest.mark.parametrize("factory", [VisitFactory, CommitmentFactory], ids=["visit", "commitment"])
def test_publish_records_when_and_by_whom(factory):
    record = factory()
    officer = UserFactory()
    before = timezone.now()

    publish(record=record, by=officer)

    record.refresh_from_db()
    assert before <= record.published_at <= timezone.now()
    assert record.published_by == officer


@pytest.mark.parametrize("factory", [VisitFactory, CommitmentFactory], ids=["visit", "commitment"])
def test_unpublish_clears_when_and_by_whom(factory):
    record = factory(published=True, published_by=UserFactory())

    unpublish(record=record)

    record.refresh_from_db()
    assert (record.published_at, record.published_by) == (None, None)


def test_a_visit_created_without_status_in_the_future_is_planned():
    visit = services.create_visit(
        title="Misja gospodarcza",
        kind="economic_mission",
        voivodeship=RegionFactory(),
        start_on=datetime.date.today() + datetime.timedelta(days=30),
    )

    assert visit.status == "planned"


def test_a_future_visit_cannot_be_recorded_as_held():
    with pytest.raises(ValidationError) as invalid:
        services.create_visit(
            title="Misja gospodarcza",
            kind="economic_mission",
            voivodeship=RegionFactory(),
            status="held",
            start_on=datetime.date.today() + datetime.timedelta(days=30),
        )

    assert "status" in invalid.value.message_dict
