"""/agreements/: the public filtered listing of agreements, on the shared AgreementFilterSet."""

import datetime

import pytest

from partnerships.models import AgreementKind, AgreementStatus, DatePrecision
from tests.factories import (
    AgreementFactory,
    AgreementPartyFactory,
    OrganizationFactory,
    PersonFactory,
    RegionFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def listed(response) -> list:
    return list(response.context["agreements"])


def titles(response) -> list[str]:
    return [agreement.title for agreement in listed(response)]


def test_voivodeship_filter_keeps_that_voivodeships_agreements(client):
    lublin = AgreementFactory(partnership__voivodeship__slug="lubelskie", published=True)
    AgreementFactory(published=True)

    response = client.get("/agreements/", {"voivodeship": "lubelskie"})

    assert listed(response) == [lublin]


def test_partner_region_filter_follows_a_regions_history_both_ways(client, world):
    by_former = client.get("/agreements/", {"partner_region": "south-kazakhstan-region"})
    by_successor = client.get("/agreements/", {"partner_region": "turkistan-region"})

    assert titles(by_former) == ["Umowa o współpracy z Obwodem Południowo-Kazachstańskim"]
    assert titles(by_successor) == ["Umowa o współpracy z Obwodem Południowo-Kazachstańskim"]


def test_country_filter(client):
    kazakh = AgreementFactory(partnership__partner_region__country="KZ", published=True)
    AgreementFactory(partnership__partner_region__country="UZ", published=True)

    response = client.get("/agreements/", {"country": "KZ"})

    assert listed(response) == [kazakh]


def test_an_agreement_signed_in_a_known_month_counts_for_a_range_starting_inside_it(client):
    april = AgreementFactory(signed_on=datetime.date(2018, 4, 1), date_precision=DatePrecision.MONTH, published=True)
    AgreementFactory(signed_on=datetime.date(2018, 3, 30), published=True)

    response = client.get("/agreements/", {"date_from": "2018-04-15"})

    assert listed(response) == [april]


def test_kind_and_status_filters(client):
    memorandum = AgreementFactory(kind=AgreementKind.MEMORANDUM, status=AgreementStatus.IN_FORCE, published=True)
    AgreementFactory(kind=AgreementKind.MEMORANDUM, status=AgreementStatus.EXPIRED, published=True)
    AgreementFactory(kind=AgreementKind.LETTER_OF_INTENT, status=AgreementStatus.IN_FORCE, published=True)

    response = client.get("/agreements/", {"kind": "memorandum", "status": "in_force"})

    assert listed(response) == [memorandum]


def test_area_filter(client):
    health = TopicFactory(code="health")
    with_health = AgreementFactory(topics=[health], published=True)
    AgreementFactory(published=True)

    response = client.get("/agreements/", {"area": "health"})

    assert listed(response) == [with_health]


def test_organization_and_person_filters_find_parties_and_signatories(client):
    hospital = OrganizationFactory(slug="hospital")
    director = PersonFactory(slug="director")
    institutional = AgreementFactory(published=True)
    AgreementPartyFactory(agreement=institutional, organization=hospital, signatory=director)
    AgreementFactory(published=True)

    by_organization = client.get("/agreements/", {"organization": "hospital"})
    by_person = client.get("/agreements/", {"person": "director"})

    assert listed(by_organization) == [institutional]
    assert listed(by_person) == [institutional]


def test_free_text_finds_an_agreement_by_a_partys_name_without_polish_letters(client, world):
    response = client.get("/agreements/", {"q": "bialej podlaskiej"})

    assert titles(response) == ["Umowa o współpracy szpitali w Białej Podlaskiej i Tałdykorganie"]


def test_newest_first_with_undated_last_and_sortable_by_status(client):
    undated = AgreementFactory(signed_on=None, status=AgreementStatus.PLANNED, published=True)
    old = AgreementFactory(signed_on=datetime.date(2003, 1, 1), status=AgreementStatus.IN_FORCE, published=True)
    new = AgreementFactory(signed_on=datetime.date(2018, 4, 1), status=AgreementStatus.DORMANT, published=True)

    default = client.get("/agreements/")
    by_status = client.get("/agreements/", {"ordering": "status"})

    assert listed(default) == [new, old, undated]
    assert listed(by_status) == [new, old, undated]  # dormant, in_force, planned


def test_parties_and_areas_are_shown_in_the_row(client, world):
    response = client.get("/agreements/", {"q": "memorandum o współpracy między województwem"})

    assert "obwód ałmatyński (1997–2022)" in response.text
    assert "ochrona zdrowia" in response.text


def test_drafts_are_not_listed_or_counted_for_anonymous_visitors(client, world):
    response = client.get("/agreements/")

    assert world.draft_agreement not in listed(response)
    assert response.context["listing"].total == 4
    assert world.draft_agreement.title not in response.text


def test_no_results_say_so_and_suggest_loosening_the_filters(en_client):
    AgreementFactory(published=True)

    response = en_client.get("/agreements/", {"kind": "letter_of_intent"})

    assert "No agreements match these filters." in response.text
    assert response.context["listing"].active_filters[0].remove_url == "?"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"date_to": "2021-13-45"}, "date_to"),
        ({"voivodeship": "nowhere"}, "voivodeship"),
        ({"ordering": "password"}, "ordering"),
        ({"status": "signed"}, "status"),
        ({"organization": "nobody"}, "organization"),
    ],
)
def test_a_bad_filter_value_answers_200_with_a_message_on_that_filter(client, params, field):
    response = client.get("/agreements/", params)

    assert response.status_code == 200
    assert list(response.context["listing"].form.errors) == [field]
    assert f'id="id_{field}_error"' in response.text


def test_a_page_past_the_end_answers_404(client):
    response = client.get("/agreements/", {"page": 999})

    assert response.status_code == 404


def test_agreement_list_query_count_does_not_grow_with_rows(client, query_counts):
    def make():
        agreement = AgreementFactory(published=True, topics=[TopicFactory()])
        AgreementPartyFactory(agreement=agreement)

    query_counts.assert_constant(lambda: client.get("/agreements/"), make=make, expected=11)


def test_filtered_agreement_list_query_count_does_not_grow_with_rows(client, query_counts):
    region = RegionFactory(slug="lubelskie")

    def make():
        AgreementFactory(partnership__voivodeship=region, published=True)

    query_counts.assert_constant(
        lambda: client.get("/agreements/", {"voivodeship": "lubelskie", "ordering": "-title"}),
        make=make,
        expected=11,
    )
