"""/ (the overview) and the pages of one visit, agreement and event."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    AgreementFactory,
    AgreementPartyFactory,
    AgreementStepFactory,
    CommitmentFactory,
    PartnershipFactory,
    TradeFigureFactory,
    VisitFactory,
)

pytestmark = pytest.mark.django_db


def activity_of(response, partnership):
    return next(row for row in response.context["activity"] if row.partnership == partnership)


def test_the_overview_lists_partnerships_with_status_and_last_activity(client, world):
    response = client.get("/")
    lublin = activity_of(response, world.lublin_almaty)

    assert lublin.last_label == "IV 2018"
    assert 'href="/partnerships/lubelskie-almaty-region/"' in response.text


def test_a_partnership_with_nothing_in_two_years_is_marked_dormant(client):
    today = timezone.localdate()
    recent = VisitFactory(start_on=today - datetime.timedelta(days=30), end_on=None, published=True).partnership
    old = VisitFactory(start_on=today - datetime.timedelta(days=800), end_on=None, published=True).partnership
    silent = PartnershipFactory()

    response = client.get("/")

    assert activity_of(response, recent).is_dormant is False
    assert activity_of(response, old).is_dormant is True
    assert activity_of(response, silent).is_dormant is True
    assert 'class="badge dormant"' in response.text


def test_a_recent_agreement_step_counts_as_activity(client):
    today = timezone.localdate()
    agreement = AgreementFactory(signed_on=datetime.date(2003, 1, 1), published=True)
    AgreementStepFactory(agreement=agreement, kind="reaffirmed", occurred_on=today - datetime.timedelta(days=10))

    response = client.get("/")

    assert activity_of(response, agreement.partnership).is_dormant is False


def test_a_draft_does_not_count_as_activity_for_anonymous_visitors(client):
    draft = VisitFactory(start_on=timezone.localdate(), end_on=None)

    response = client.get("/")

    assert activity_of(response, draft.partnership).last_on is None
    assert draft.title not in response.text


def test_the_overview_shows_latest_visits_and_overdue_and_upcoming_commitments(client, world):
    today = timezone.localdate()
    upcoming = CommitmentFactory(due_on=today + datetime.timedelta(days=40), published=True)

    response = client.get("/")

    assert list(response.context["latest_visits"])[0] == world.ambassador_in_poznan
    assert set(response.context["overdue"]) == {world.conference_promise, world.online_meeting}
    assert upcoming in response.context["upcoming"]
    assert world.talks_promise in response.context["upcoming"]
    assert str(response.context["trade_chart"]).startswith("<svg")


def test_overview_query_count_does_not_grow_with_rows(client, query_counts):
    def make():
        visit = VisitFactory(published=True)
        CommitmentFactory(visit=visit, published=True)
        AgreementStepFactory(agreement=AgreementFactory(partnership=visit.partnership, published=True))
        TradeFigureFactory()

    query_counts.assert_constant(lambda: client.get("/"), make=make, expected=10)


def test_a_visit_page_shows_everything_known_and_its_sources(client, world):
    response = client.get(f"/visits/{world.ambassador_in_poznan.pk}/")

    for text in [
        "Spotkanie z Ambasadorem Kazachstanu",
        "1 VII 2021",
        "Poznań",
        "Wojciech Jankowiak",
        "Ambasador Nadzwyczajny i Pełnomocny",
        "I Sekretarz Ambasady",
        "Spotkanie online Wielkopolski z partnerami z Kazachstanu",
        "W czwartek 1 lipca Wicemarszałek",
        'href="/partnerships/wielkopolskie-south-kazakhstan/"',
    ]:
        assert text in response.text


def test_a_visit_page_names_the_agreement_signed_during_it_and_its_event(client, world):
    mission = client.get(f"/visits/{world.mission_2018.pk}/")
    expo = client.get(f"/visits/{world.expo_delegation.pk}/")

    assert f'href="/agreements/{world.memorandum.pk}/"' in mission.text
    assert f'href="/events/{world.forum.pk}/"' in expo.text


def test_a_draft_visits_page_is_404_for_anonymous_visitors(client, world):
    assert client.get(f"/visits/{world.draft_visit.pk}/").status_code == 404


def test_an_agreement_page_shows_parties_signatories_lifecycle_and_sources(client, world):
    response = client.get(f"/agreements/{world.turkistan_agreement.pk}/")

    assert "obwód południowokazachstański" in response.text
    assert f'id="step-{world.turkistan_agreement.steps.last().pk}"' in response.text
    assert "Strony uznały umowę za prawnie ważną" in response.text
    assert "podpisaną od 2003 roku umowę z Obwodem Południowo-Kazachstańskim" in response.text


def test_an_agreement_page_shows_the_resolution_number(client):
    agreement = AgreementFactory(published=True)
    AgreementStepFactory(agreement=agreement, sejmik_resolution=True, resolution_number="XL/512/18")
    AgreementPartyFactory(agreement=agreement)

    response = client.get(f"/agreements/{agreement.pk}/")

    assert "XL/512/18" in response.text


def test_a_draft_agreements_page_is_404_for_anonymous_visitors(client, world):
    assert client.get(f"/agreements/{world.draft_agreement.pk}/").status_code == 404


def test_an_event_page_shows_its_parts_visits_and_agreements(client, world):
    expo = client.get(f"/events/{world.expo.pk}/")
    forum = client.get(f"/events/{world.forum.pk}/")

    assert f'href="/events/{world.forum.pk}/"' in expo.text
    assert f'href="/events/{world.national_day.pk}/"' in expo.text
    assert f'href="/visits/{world.expo_delegation.pk}/"' in forum.text
    assert f'href="/agreements/{world.polpharma.pk}/"' in forum.text
    assert f'href="/events/{world.expo.pk}/"' in forum.text


def test_a_draft_events_page_is_404_for_anonymous_visitors(client):
    from tests.factories import EventFactory

    assert client.get(f"/events/{EventFactory().pk}/").status_code == 404


def test_detail_pages_have_a_fixed_query_count(client, world, query_counts):
    assert query_counts.count(lambda: client.get(f"/visits/{world.ambassador_in_poznan.pk}/")) == 11
    assert query_counts.count(lambda: client.get(f"/agreements/{world.memorandum.pk}/")) == 10
    assert query_counts.count(lambda: client.get(f"/events/{world.expo.pk}/")) == 5
