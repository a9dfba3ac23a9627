"""Each rule that must always hold is a database constraint: the database refuses a row that breaks it,
and ``full_clean()`` reports the rule in words before a service saves anything.

A case builds a valid record with the factories and names the changes that break exactly one rule.
"""

import datetime

import pytest

from tests.constraint_cases import change, constraint_tests
from tests.factories import (
    CommitmentFactory,
    DelegationFactory,
    DelegationMemberFactory,
    EventFactory,
    UserFactory,
    VisitFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

JAN_2000 = datetime.date(2000, 1, 1)
JAN_1990 = datetime.date(1990, 1, 1)


def event_that_is_part_of_itself():
    event = EventFactory()
    return event, {"parent": event}


def person_twice_in_one_delegation():
    first = DelegationMemberFactory()
    second = DelegationMemberFactory(delegation=first.delegation)
    return second, {"person": first.person}


def second_leader_of_one_delegation():
    leader = DelegationMemberFactory(leader=True)
    member = DelegationMemberFactory(delegation=leader.delegation)
    return member, {"is_leader": True}


def scheduled_commitment_fulfilled_by_a_visit():
    commitment = CommitmentFactory()
    return commitment, {"fulfilled_by_visit": VisitFactory(partnership=commitment.partnership)}


# (constraint, case, the message full_clean() shows — None where a field's own check speaks first)
CASES = [
    # Event
    pytest.param(
        "visits_event_date_precision_valid",
        change(EventFactory, date_precision="week"),
        None,
        id="event_with_a_date_precision_that_is_not_a_choice",
    ),
    pytest.param(
        "visits_event_inferred_date_has_reason",
        change(EventFactory, is_date_inferred=True, date_inference_note=""),
        "An inferred date needs the reason it was inferred.",
        id="event_with_an_inferred_date_and_no_reason",
    ),
    pytest.param(
        "visits_event_publisher_only_when_published",
        lambda: (EventFactory(), {"published_by": UserFactory()}),
        "Only a published record has a publisher.",
        id="draft_event_with_a_publisher",
    ),
    pytest.param(
        "visits_event_kind_valid",
        change(EventFactory, kind="party"),
        None,
        id="event_of_a_kind_that_is_not_a_choice",
    ),
    pytest.param(
        "visits_event_status_valid",
        change(EventFactory, status="moved"),
        None,
        id="event_with_a_status_that_is_not_a_choice",
    ),
    pytest.param(
        "visits_event_country_iso",
        change(EventFactory, country="kz"),
        "A country is a two-letter upper-case ISO 3166-1 code, e.g. PL or KZ.",
        id="event_in_a_lower_case_country",
    ),
    pytest.param(
        "visits_event_end_on_not_before_start_on",
        change(EventFactory, start_on=JAN_2000, end_on=JAN_1990),
        "An event cannot end before it starts.",
        id="event_ending_before_it_starts",
    ),
    pytest.param(
        "visits_event_not_its_own_part",
        event_that_is_part_of_itself,
        "An event cannot be part of itself.",
        id="event_that_is_part_of_itself",
    ),
    # Visit
    pytest.param(
        "visits_visit_date_precision_valid",
        change(VisitFactory, date_precision="week"),
        None,
        id="visit_with_a_date_precision_that_is_not_a_choice",
    ),
    pytest.param(
        "visits_visit_inferred_date_has_reason",
        change(VisitFactory, is_date_inferred=True, date_inference_note=""),
        "An inferred date needs the reason it was inferred.",
        id="visit_with_an_inferred_date_and_no_reason",
    ),
    pytest.param(
        "visits_visit_publisher_only_when_published",
        lambda: (VisitFactory(), {"published_by": UserFactory()}),
        "Only a published record has a publisher.",
        id="draft_visit_with_a_publisher",
    ),
    pytest.param(
        "visits_visit_kind_valid",
        change(VisitFactory, kind="holiday"),
        None,
        id="visit_of_a_kind_that_is_not_a_choice",
    ),
    pytest.param(
        "visits_visit_status_valid",
        change(VisitFactory, status="moved"),
        None,
        id="visit_with_a_status_that_is_not_a_choice",
    ),
    pytest.param(
        "visits_visit_country_iso",
        change(VisitFactory, country="K"),
        "A country is a two-letter upper-case ISO 3166-1 code, e.g. PL or KZ.",
        id="visit_to_a_one_letter_country",
    ),
    pytest.param(
        "visits_visit_end_on_not_before_start_on",
        change(VisitFactory, start_on=JAN_2000, end_on=JAN_1990),
        "A visit cannot end before it starts.",
        id="visit_ending_before_it_starts",
    ),
    # Delegation, DelegationMember
    pytest.param(
        "visits_delegation_side_valid",
        change(DelegationFactory, side="third"),
        None,
        id="delegation_on_a_side_that_is_not_a_choice",
    ),
    pytest.param(
        "visits_delegation_represents_someone",
        change(DelegationFactory, region=None, organization=None),
        "A delegation represents a region or an organization.",
        id="delegation_representing_no_one",
    ),
    pytest.param(
        "visits_delegationmember_role_not_empty",
        change(DelegationMemberFactory, role=""),
        None,
        id="delegation_member_without_a_role",
    ),
    pytest.param(
        "visits_delegationmember_unique_person",
        person_twice_in_one_delegation,
        "This person is already a member of the delegation.",
        id="person_twice_in_one_delegation",
    ),
    pytest.param(
        "visits_delegationmember_one_leader",
        second_leader_of_one_delegation,
        "A delegation has only one leader.",
        id="second_leader_of_one_delegation",
    ),
    # Commitment
    pytest.param(
        "visits_commitment_date_precision_valid",
        change(CommitmentFactory, date_precision="week"),
        None,
        id="commitment_with_a_date_precision_that_is_not_a_choice",
    ),
    pytest.param(
        "visits_commitment_inferred_date_has_reason",
        change(CommitmentFactory, is_date_inferred=True, date_inference_note=""),
        "An inferred date needs the reason it was inferred.",
        id="commitment_with_an_inferred_date_and_no_reason",
    ),
    pytest.param(
        "visits_commitment_publisher_only_when_published",
        lambda: (CommitmentFactory(), {"published_by": UserFactory()}),
        "Only a published record has a publisher.",
        id="draft_commitment_with_a_publisher",
    ),
    pytest.param(
        "visits_commitment_status_valid",
        change(CommitmentFactory, status="postponed"),
        None,
        id="commitment_with_a_status_that_is_not_a_choice",
    ),
    pytest.param(
        "visits_commitment_description_not_empty",
        change(CommitmentFactory, description=""),
        None,
        id="commitment_without_a_description",
    ),
    pytest.param(
        "visits_commitment_fulfilment_only_when_met",
        scheduled_commitment_fulfilled_by_a_visit,
        "Only a met or partially met commitment names what fulfilled it.",
        id="scheduled_commitment_fulfilled_by_a_visit",
    ),
]

test_database_refuses, test_full_clean_reports_in_words, test_every_constraint_has_a_case = constraint_tests(
    "visits", CASES
)


@pytest.mark.parametrize("status", ["met", "partially_met"], ids=["met_commitment", "partially_met_commitment"])
def test_met_commitment_may_name_what_fulfilled_it(status):
    commitment = CommitmentFactory(status=status)
    commitment.fulfilled_by_visit = VisitFactory(partnership=commitment.partnership)

    commitment.full_clean()
    commitment.save()


def test_delegation_may_have_many_members_who_are_not_leaders():
    leader = DelegationMemberFactory(leader=True)

    DelegationMemberFactory.create_batch(2, delegation=leader.delegation)

    assert leader.delegation.members.count() == 3


def test_delegation_may_keep_several_unnamed_members():
    delegation = DelegationFactory()

    DelegationMemberFactory.create_batch(2, delegation=delegation, person=None, role="Doradca")

    assert delegation.members.filter(person=None).count() == 2
