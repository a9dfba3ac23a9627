"""What the visits models say about themselves (__str__) and the rules clean() adds to the constraints."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from tests.factories import (
    CommitmentFactory,
    DelegationFactory,
    DelegationMemberFactory,
    EventFactory,
    OrganizationFactory,
    PartnershipFactory,
    RegionFactory,
    VisitFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def errors_of(record) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as invalid:
        record.full_clean()
    return invalid.value.message_dict


# __str__


def test_event_reads_as_its_name():
    assert str(EventFactory(name="Astana International Forum")) == "Astana International Forum"


def test_visit_reads_as_its_title():
    assert str(VisitFactory(title="Wizyta akima w Lublinie")) == "Wizyta akima w Lublinie"


def test_delegation_reads_as_side_and_the_region_it_represents():
    delegation = DelegationFactory(side="guest", region=RegionFactory(name_pl="Lubelskie"))

    assert str(delegation) == "guest: Lubelskie"


def test_delegation_of_an_organization_reads_as_side_and_the_organization():
    delegation = DelegationFactory(side="host", organization=OrganizationFactory(name="Akimat"))

    assert str(delegation) == "host: Akimat"


def test_delegation_member_reads_as_person_and_role():
    member = DelegationMemberFactory(person__name="Jarosław Stawiarski", role="Marszałek")

    assert str(member) == "Jarosław Stawiarski, Marszałek"


def test_unnamed_delegation_member_reads_as_unnamed_and_role():
    assert str(DelegationMemberFactory(person=None, role="Doradca")) == "(unnamed), Doradca"


def test_commitment_reads_as_what_was_promised():
    assert str(CommitmentFactory(description="Wizyta rewizytowa")) == "Wizyta rewizytowa"


def test_commitment_with_a_long_description_is_shortened_to_eighty_characters():
    commitment = CommitmentFactory.build(description="x" * 81)

    assert str(commitment) == "x" * 77 + "…"


# The owning voivodeship and the partnership


def test_visit_in_another_voivodeships_partnership_is_reported_on_the_partnership():
    visit = VisitFactory()
    visit.partnership = PartnershipFactory()

    assert errors_of(visit) == {"partnership": ["This partnership belongs to another voivodeship."]}


def test_commitment_in_another_voivodeships_partnership_is_reported_on_the_partnership():
    commitment = CommitmentFactory()
    commitment.partnership = PartnershipFactory()

    assert errors_of(commitment) == {"partnership": ["This partnership belongs to another voivodeship."]}


def test_visit_outside_any_partnership_is_valid():
    VisitFactory(partnership=None).full_clean()


def test_visit_without_a_voivodeship_reports_the_missing_voivodeship():
    visit = VisitFactory()
    visit.voivodeship = None

    assert set(errors_of(visit)) == {"voivodeship"}


# PartialDate.clean() and display_date

DATED_FACTORIES = [
    pytest.param(EventFactory, "start_on", id="event"),
    pytest.param(VisitFactory, "start_on", id="visit"),
    pytest.param(CommitmentFactory, "due_on", id="commitment"),
]


@pytest.mark.parametrize(("factory", "date_field"), DATED_FACTORIES)
def test_date_known_to_the_month_must_be_stored_on_the_first(factory, date_field):
    record = factory.build(date_precision="month", **{date_field: datetime.date(2021, 7, 12)})

    with pytest.raises(ValidationError) as invalid:
        record.clean()

    assert invalid.value.message_dict == {
        date_field: ["A date known to the month is stored as the first day of that month."]
    }


@pytest.mark.parametrize(("factory", "date_field"), DATED_FACTORIES)
def test_date_known_to_the_year_must_be_stored_on_the_first_of_january(factory, date_field):
    record = factory.build(date_precision="year", **{date_field: datetime.date(2021, 7, 1)})

    with pytest.raises(ValidationError) as invalid:
        record.clean()

    assert invalid.value.message_dict == {
        date_field: ["A date known to the year is stored as the first of January of that year."]
    }


@pytest.mark.parametrize(
    ("day", "precision", "shown"),
    [
        (datetime.date(2015, 1, 1), "year", "2015"),
        (datetime.date(2018, 4, 1), "month", "IV 2018"),
        (datetime.date(2021, 7, 1), "day", "1 VII 2021"),
    ],
    ids=["year_as_the_year", "month_as_roman_month_and_year", "day_as_day_roman_month_and_year"],
)
def test_visit_display_date_shows_the_start_as_precisely_as_it_is_known(day, precision, shown):
    visit = VisitFactory.build(date_precision=precision, start_on=day, end_on=None)

    assert visit.display_date == shown


def test_visit_is_published_once_it_has_a_publication_time():
    assert VisitFactory(published=True).is_published
    assert not VisitFactory().is_published
