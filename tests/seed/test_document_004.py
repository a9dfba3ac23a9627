"""Document 004: the undated profile of Almaty Region and of its cooperation with Lubelskie."""

import datetime
from decimal import Decimal

from partnerships.models import Organization, Partnership, RegionStatistic, Source


def test_the_partnership_with_almaty_region_dates_from_the_first_contacts_of_2015(seed):
    partnership = Partnership.objects.get(voivodeship__slug="lubelskie")

    assert partnership.partner_region.slug == "almaty-region-1997-2022"
    assert (partnership.since_on, partnership.date_precision) == (datetime.date(2015, 1, 1), "year")
    assert partnership.status == "active"
    assert "2012" in partnership.summary


def test_the_partnership_lists_the_sectors_with_most_opportunities(seed):
    codes = set(Partnership.objects.get(voivodeship__slug="lubelskie").topics.values_list("code", flat=True))

    assert {
        "machine-industry",
        "dairy-processing",
        "fruit-vegetable-processing",
        "pharmaceutical-industry",
        "furniture-industry",
    } <= codes


def test_the_area_of_almaty_region_is_224_thousand_square_kilometres(seed):
    area = RegionStatistic.objects.get(kind="area")

    assert (area.region.slug, area.value, area.unit) == ("almaty-region-1997-2022", Decimal("224000"), "km²")


def test_about_1_9_million_inhabitants_is_kept_and_flagged_against_over_2_million(seed):
    statistic = RegionStatistic.objects.get(value_as_written="ok. 1,9 mln")

    assert statistic.value == Decimal("1900000")
    assert statistic.is_suspect
    assert "ponad 2 miliony" in statistic.quality_note


def test_the_polish_community_organizations_are_recorded(seed):
    slugs = set(Organization.objects.filter(kind="ngo").values_list("slug", flat=True))

    assert slugs == {"zwiazek-polakow-w-kazachstanie", "centrum-kultury-polskiej-wiez"}


def test_the_university_in_lublin_teaches_kazakh_nursing_students(seed):
    university = Organization.objects.get(kind="university")

    assert university.name == "Wyższa Szkoła Ekonomii i Innowacji w Lublinie"
    assert university.citations.filter(quote__contains="pielęgniarskim").exists()


def test_source_004_is_undated_and_says_why(seed):
    source = Source.objects.get(key="004-07bd65875c9a76c3")

    assert source.published_on is None
    assert "April 2018" in source.date_inference_note
