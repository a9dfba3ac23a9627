"""A region's lineage runs through predecessors and successors, not across siblings; end-only dates filter sensibly."""

import datetime

import pytest

from partnerships.models import Region, RegionChangeKind
from tests.factories import EventFactory, RegionChangeFactory, RegionFactory
from visits.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def almaty_split():
    old = RegionFactory(oblast=True, slug="almaty-old", iso_code=None, abolished_on=datetime.date(2022, 6, 8))
    new = RegionFactory(oblast=True, slug="almaty-new")
    zhetisu = RegionFactory(oblast=True, slug="zhetisu")
    for successor in (new, zhetisu):
        RegionChangeFactory(kind=RegionChangeKind.SPLIT, predecessor=old, successor=successor)
    return old, new, zhetisu


def test_a_former_region_finds_all_its_successors(almaty_split):
    old, new, zhetisu = almaty_split

    assert Region.objects.lineage_ids([old.pk]) == {old.pk, new.pk, zhetisu.pk}


def test_a_successor_finds_its_predecessor_but_not_its_sibling(almaty_split):
    old, new, zhetisu = almaty_split

    assert Region.objects.lineage_ids([zhetisu.pk]) == {zhetisu.pk, old.pk}


def test_a_capital_move_within_one_region_adds_nothing():
    region = RegionFactory(oblast=True)
    RegionChangeFactory(kind=RegionChangeKind.CAPITAL_MOVE, predecessor=region, successor=region)

    assert Region.objects.lineage_ids([region.pk]) == {region.pk}


def test_an_event_known_only_by_its_last_day_is_within_a_range_that_contains_that_day():
    expo = EventFactory(start_on=None, end_on=datetime.date(2017, 9, 10))

    within = Event.objects.within_dates(datetime.date(2017, 9, 1), datetime.date(2017, 9, 30))
    before = Event.objects.within_dates(datetime.date(2017, 1, 1), datetime.date(2017, 8, 31))

    assert list(within) == [expo]
    assert list(before) == []
