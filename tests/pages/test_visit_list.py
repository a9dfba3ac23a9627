"""/visits/: the public filtered listing of visits, on the shared VisitFilterSet."""

import datetime

import pytest

from partnerships.models import DatePrecision
from tests.factories import (
    DelegationFactory,
    DelegationMemberFactory,
    OrganizationFactory,
    PartnershipFactory,
    PersonFactory,
    ProfileFactory,
    RegionFactory,
    TopicFactory,
    VisitFactory,
)
from visits.models import HappeningStatus, VisitKind

pytestmark = pytest.mark.django_db


def listed(response) -> list:
    return list(response.context["visits"])


def titles(response) -> list[str]:
    return [visit.title for visit in listed(response)]


def test_voivodeship_filter_keeps_only_that_voivodeships_visits(client):
    lublin = VisitFactory(partnership__voivodeship__slug="lubelskie", published=True)
    VisitFactory(partnership__voivodeship__slug="wielkopolskie", published=True)

    response = client.get("/visits/", {"voivodeship": "lubelskie"})

    assert listed(response) == [lublin]


def test_voivodeship_filter_takes_an_iso_code_too(client):
    lublin = VisitFactory(partnership__voivodeship__iso_code="PL-06", published=True)
    VisitFactory(published=True)

    response = client.get("/visits/", {"voivodeship": "PL-06"})

    assert listed(response) == [lublin]


def test_partner_region_filter_on_a_former_region_finds_visits_to_its_successors(client, world):
    response = client.get("/visits/", {"partner_region": "almaty-region-1997-2022"})

    assert set(titles(response)) == {
        "Wizyta przedstawicieli obwodu Ałmatyńskiego w Lublinie",
        "Delegacja Województwa Lubelskiego na Expo 2017 w Astanie",
        "Wizyta w obwodzie Ałmatyńskim",
    }


def test_partner_region_filter_on_a_successor_finds_visits_to_the_former_region(client, world):
    by_successor = client.get("/visits/", {"partner_region": "zhetisu-region"})
    by_renamed = client.get("/visits/", {"partner_region": "KZ-61"})

    assert "Wizyta w obwodzie Ałmatyńskim" in titles(by_successor)
    assert titles(by_renamed) == ["Spotkanie z Ambasadorem Kazachstanu"]


def test_country_filter_keeps_visits_involving_that_country(client):
    kazakh = VisitFactory(partnership__partner_region__country="KZ", published=True)
    VisitFactory(partnership__partner_region__country="UZ", published=True)

    response = client.get("/visits/", {"country": "kz"})

    assert listed(response) == [kazakh]


def test_date_range_keeps_visits_whose_period_overlaps_it(client):
    in_range = VisitFactory(start_on=datetime.date(2021, 7, 1), end_on=None, published=True)
    VisitFactory(start_on=datetime.date(2019, 3, 1), end_on=None, published=True)

    response = client.get("/visits/", {"date_from": "2021-01-01", "date_to": "2021-12-31"})

    assert listed(response) == [in_range]


def test_a_visit_known_only_to_the_month_counts_for_any_day_of_that_month(client):
    april = VisitFactory(
        start_on=datetime.date(2018, 4, 1), end_on=None, date_precision=DatePrecision.MONTH, published=True
    )

    response = client.get("/visits/", {"date_from": "2018-04-20", "date_to": "2018-04-30"})

    assert listed(response) == [april]


def test_a_visit_known_only_to_the_year_counts_for_a_range_inside_that_year(client):
    year = VisitFactory(
        start_on=datetime.date(2015, 1, 1), end_on=None, date_precision=DatePrecision.YEAR, published=True
    )

    response = client.get("/visits/", {"date_from": "2015-06-01", "date_to": "2015-06-30"})

    assert listed(response) == [year]


def test_kind_and_status_filters(client):
    planned_mission = VisitFactory(kind=VisitKind.ECONOMIC_MISSION, status=HappeningStatus.PLANNED, published=True)
    VisitFactory(kind=VisitKind.ECONOMIC_MISSION, status=HappeningStatus.HELD, published=True)
    VisitFactory(kind=VisitKind.COURTESY, status=HappeningStatus.PLANNED, published=True)

    response = client.get("/visits/", {"kind": "economic_mission", "status": "planned"})

    assert listed(response) == [planned_mission]


def test_area_filter_keeps_visits_of_partnerships_in_that_area(client):
    health = TopicFactory(code="health")
    with_health = VisitFactory(partnership=PartnershipFactory(topics=[health]), published=True)
    VisitFactory(published=True)

    response = client.get("/visits/", {"area": "health"})

    assert listed(response) == [with_health]


def test_organization_filter_keeps_visits_it_hosted_or_sent_a_delegation_to(client):
    embassy = OrganizationFactory(slug="embassy")
    hosted = VisitFactory(host=embassy, published=True)
    delegated = VisitFactory(published=True)
    DelegationFactory(visit=delegated, organization=embassy, region=None)
    VisitFactory(published=True)

    response = client.get("/visits/", {"organization": "embassy"})

    assert set(listed(response)) == {hosted, delegated}


def test_person_filter_keeps_visits_the_person_took_part_in(client):
    marshal = PersonFactory(slug="slawomir-sosnowski")
    visit = VisitFactory(published=True)
    DelegationMemberFactory(delegation__visit=visit, person=marshal)
    VisitFactory(published=True)

    response = client.get("/visits/", {"person": "slawomir-sosnowski"})

    assert listed(response) == [visit]


def test_free_text_ignores_case_and_polish_letters(client, world):
    response = client.get("/visits/", {"q": "ALMATYNSKIM"})

    assert "Wizyta w obwodzie Ałmatyńskim" in titles(response)


def test_free_text_finds_a_visit_by_a_region_alias_in_russian(client, world):
    response = client.get("/visits/", {"q": "Алматинская"})

    assert "Wizyta w obwodzie Ałmatyńskim" in titles(response)


def test_free_text_finds_a_visit_by_a_delegation_members_name(client, world):
    response = client.get("/visits/", {"q": "kapusta"})

    assert titles(response) == ["Delegacja Województwa Lubelskiego na Expo 2017 w Astanie"]


def test_newest_first_by_default_with_undated_visits_last(client):
    undated = VisitFactory(start_on=None, end_on=None, published=True)
    old = VisitFactory(start_on=datetime.date(2017, 7, 23), end_on=None, published=True)
    new = VisitFactory(start_on=datetime.date(2021, 7, 1), end_on=None, published=True)

    response = client.get("/visits/")

    assert listed(response) == [new, old, undated]


@pytest.mark.parametrize(
    ("ordering", "expected"), [("title", ["Alpha", "Beta", "Gamma"]), ("-title", ["Gamma", "Beta", "Alpha"])]
)
def test_ordering_by_title(client, ordering, expected):
    for title in ("Beta", "Gamma", "Alpha"):
        VisitFactory(title=title, published=True)

    response = client.get("/visits/", {"ordering": ordering})

    assert titles(response) == expected


def test_ordering_by_date_ascending_keeps_undated_visits_last(client):
    undated = VisitFactory(start_on=None, end_on=None, published=True)
    old = VisitFactory(start_on=datetime.date(2017, 7, 23), end_on=None, published=True)
    new = VisitFactory(start_on=datetime.date(2021, 7, 1), end_on=None, published=True)

    response = client.get("/visits/", {"ordering": "date"})

    assert listed(response) == [old, new, undated]


def test_column_headers_link_to_sorting_and_say_which_column_sorts(client):
    VisitFactory(published=True)

    response = client.get("/visits/", {"ordering": "title", "kind": "working"})
    links = response.context["listing"].sort_links

    assert links["title"].direction == "ascending"
    assert (
        links["title"].url == "?ordering=-title&kind=working" or links["title"].url == "?kind=working&ordering=-title"
    )
    assert links["date"].direction == ""
    assert 'aria-sort="ascending"' in response.text


def test_the_list_is_paginated_and_shows_the_total(client):
    for number in range(30):
        VisitFactory(title=f"Visit {number:02d}", published=True)

    first = client.get("/visits/", {"ordering": "title"})
    second = client.get("/visits/", {"ordering": "title", "page": 2})

    assert len(listed(first)) == 25
    assert titles(second) == [f"Visit {number:02d}" for number in range(25, 30)]
    assert first.context["listing"].total == 30
    assert "30" in first.text
    assert 'rel="next"' in first.text


def test_the_total_counts_only_the_filtered_rows(client):
    VisitFactory(partnership__voivodeship__slug="lubelskie", published=True)
    VisitFactory(published=True)

    response = client.get("/visits/", {"voivodeship": "lubelskie"})

    assert response.context["listing"].total == 1


def test_active_filters_are_shown_each_with_a_link_that_removes_only_it(client):
    region = RegionFactory(slug="lubelskie", name_pl="województwo lubelskie")
    VisitFactory(partnership__voivodeship=region, kind=VisitKind.WORKING, published=True)

    response = client.get("/visits/", {"voivodeship": "lubelskie", "kind": "working", "page": "1"})
    active = {chip.name: chip for chip in response.context["listing"].active_filters}

    assert set(active) == {"voivodeship", "kind"}
    assert active["voivodeship"].value == "województwo lubelskie"
    assert active["voivodeship"].remove_url == "?kind=working"
    assert active["kind"].remove_url == "?voivodeship=lubelskie"
    assert 'href="?kind=working"' in response.text


def test_the_filtered_view_has_a_stable_address_and_the_form_keeps_its_values(client):
    VisitFactory(partnership__voivodeship__slug="lubelskie", published=True)

    response = client.get("/visits/?voivodeship=lubelskie&date_from=2021-01-01")

    assert '<form class="filters" method="get"' in response.text
    assert '<option value="lubelskie" selected>' in response.text
    assert 'value="2021-01-01"' in response.text


def test_every_filter_has_a_label(client):
    response = client.get("/visits/")
    form = response.context["listing"].form

    for field in form:
        assert f'<label for="{field.id_for_label}">' in response.text


def test_the_export_link_carries_the_same_filters(client):
    VisitFactory(partnership__voivodeship__slug="lubelskie", published=True)

    response = client.get("/visits/", {"voivodeship": "lubelskie", "q": "", "page": "1"})

    assert response.context["listing"].export_url == "/visits.csv?voivodeship=lubelskie"


def test_no_results_say_so_and_suggest_loosening_the_filters(en_client):
    VisitFactory(published=True)

    response = en_client.get("/visits/", {"q": "nothing-like-this"})

    assert response.status_code == 200
    assert listed(response) == []
    assert "No visits match these filters." in response.text
    assert "Try removing a filter" in response.text


def test_drafts_are_not_listed_or_counted_for_anonymous_visitors(client):
    published = VisitFactory(published=True)
    VisitFactory(title="Secret draft")

    response = client.get("/visits/")

    assert listed(response) == [published]
    assert response.context["listing"].total == 1
    assert "Secret draft" not in response.text


def test_an_officer_sees_their_own_voivodeships_drafts_marked_as_drafts(en_client):
    officer = ProfileFactory().user
    draft = VisitFactory(partnership__voivodeship=officer.profile.voivodeship, title="Our draft")
    VisitFactory(title="Someone else's draft")
    en_client.force_login(officer)

    response = en_client.get("/visits/")

    assert listed(response) == [draft]
    assert '<span class="badge draft">draft</span>' in response.text


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"date_from": "yesterday"}, "date_from"),
        ({"voivodeship": "nowhere"}, "voivodeship"),
        ({"partner_region": "atlantis"}, "partner_region"),
        ({"country": "Kazakhstan"}, "country"),
        ({"ordering": "password"}, "ordering"),
        ({"kind": "picnic"}, "kind"),
        ({"area": "no-such-area"}, "area"),
        ({"person": "nobody"}, "person"),
        ({"date_from": "2021-12-31", "date_to": "2021-01-01"}, "date_to"),
    ],
)
def test_a_bad_filter_value_answers_200_with_a_message_on_that_filter(en_client, params, field):
    VisitFactory(published=True)

    response = en_client.get("/visits/", params)
    form = response.context["listing"].form

    assert response.status_code == 200
    assert list(form.errors) == [field]
    assert f'id="id_{field}_error"' in response.text
    assert "Some filters could not be understood" in response.text
    assert listed(response) == []


def test_a_page_past_the_end_answers_404_with_a_link_to_the_last_page(client):
    VisitFactory(published=True)

    response = client.get("/visits/", {"page": 999, "kind": "working"})

    assert response.status_code == 404
    assert 'href="?page=1&amp;kind=working"' in response.text


def test_a_page_that_is_not_a_number_answers_404(client):
    response = client.get("/visits/", {"page": "last; drop table"})

    assert response.status_code == 404


def test_a_null_character_in_the_search_is_a_message_not_a_crash(client):
    response = client.get("/visits/", {"q": "almaty\x00"})

    assert response.status_code == 200
    assert "q" in response.context["listing"].form.errors


def test_visit_list_query_count_does_not_grow_with_rows(client, query_counts):
    query_counts.assert_constant(lambda: client.get("/visits/"), make=lambda: VisitFactory(published=True), expected=8)


def test_filtered_visit_list_query_count_does_not_grow_with_rows(client, query_counts):
    region = RegionFactory(slug="lubelskie")

    def make():
        VisitFactory(partnership__voivodeship=region, published=True)

    query_counts.assert_constant(
        lambda: client.get("/visits/", {"voivodeship": "lubelskie", "q": "visit", "date_from": "2020-01-01"}),
        make=make,
        # The search reads the matching regions first (one query), so the planner sees how few they are.
        expected=10,
    )


def test_the_page_form_offers_exactly_the_filtersets_parameters(client):
    from partnerships.filtersets import AgreementFilterSet
    from visits.filtersets import VisitFilterSet

    visits = client.get("/visits/").context["listing"].form
    agreements = client.get("/agreements/").context["listing"].form

    assert set(visits.fields) == set(VisitFilterSet.base_filters)
    assert set(agreements.fields) == set(AgreementFilterSet.base_filters)


def test_organizations_and_people_are_chosen_by_name(client):
    PersonFactory(slug="slawomir-sosnowski", name="Sławomir Sosnowski")

    response = client.get("/visits/")

    assert '<option value="slawomir-sosnowski">Sławomir Sosnowski</option>' in response.text


def test_past_a_few_hundred_people_the_person_filter_is_typed_not_listed(client, monkeypatch):
    monkeypatch.setattr("partnerships.listing.CHOOSER_LIMIT", 2)
    marshal = PersonFactory(slug="slawomir-sosnowski")
    PersonFactory.create_batch(2)
    visit = VisitFactory(published=True)
    DelegationMemberFactory(delegation__visit=visit, person=marshal)

    response = client.get("/visits/", {"person": "slawomir-sosnowski"})

    assert '<input type="text" name="person" value="slawomir-sosnowski"' in response.text
    assert listed(response) == [visit]
