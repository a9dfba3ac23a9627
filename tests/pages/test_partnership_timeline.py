"""/partnerships/<slug>/: one partnership's timeline, its sources, and what the record knows."""

import datetime

import pytest
from django.utils import timezone

from partnerships.models import DatePrecision, StepKind
from tests.factories import (
    AgreementFactory,
    AgreementStepFactory,
    CitationFactory,
    CommitmentFactory,
    EventFactory,
    PartnershipFactory,
    ProfileFactory,
    SourceFactory,
    VisitFactory,
)

pytestmark = pytest.mark.django_db


def timeline(response):
    return response.context["timeline"]


def anchors(response) -> list[str]:
    return [entry.anchor for entry in timeline(response).entries]


def test_entries_come_in_date_order_whatever_their_kind(client, world):
    response = client.get("/partnerships/lubelskie-almaty-region/")

    assert anchors(response) == [
        "start",
        f"visit-{world.almaty_in_lublin.pk}",
        f"visit-{world.expo_delegation.pk}",
        f"event-{world.forum.pk}",
        f"visit-{world.mission_2018.pk}",
        f"agreement-{world.memorandum.pk}",
        f"agreement-{world.hospitals.pk}",
        f"commitment-{world.conference_promise.pk}",
    ]


def test_dates_are_shown_at_their_real_precision(client, world):
    response = client.get("/partnerships/lubelskie-almaty-region/")
    labels = {entry.anchor: entry.date_label for entry in timeline(response).entries}

    assert labels["start"] == "2015"
    assert labels[f"visit-{world.mission_2018.pk}"] == "IV 2018"
    assert labels[f"visit-{world.almaty_in_lublin.pk}"] == "23–24 VII 2017"
    assert labels[f"event-{world.forum.pk}"] == "6 IX 2017"


def test_an_inferred_date_is_marked_with_the_reason_and_the_documents_words(client, world):
    response = client.get("/partnerships/wielkopolskie-south-kazakhstan/")
    text = response.text

    assert "1 VII 2021" in text
    assert "1 July fell on a Thursday in 2021" in text
    assert "w czwartek 1 lipca" in text
    assert 'class="badge inferred"' in text


def test_sources_and_their_quotes_are_one_click_away(client, world):
    response = client.get("/partnerships/wielkopolskie-south-kazakhstan/")

    assert '<details class="sources">' in response.text
    assert "Strony uzgodniły, że uważają umowę o współpracy za prawnie ważną" in response.text


def test_an_agreements_lifecycle_steps_are_on_the_same_axis(client, world):
    response = client.get("/partnerships/wielkopolskie-south-kazakhstan/")
    entries = timeline(response).entries

    assert [(entry.kind, entry.date_label) for entry in entries] == [
        ("start", "2003"),
        ("agreement", "2003"),
        ("visit", "1 VII 2021"),
        ("step", "1 VII 2021"),
        ("commitment", "5 X 2021"),
    ]
    assert entries[3].record.kind == StepKind.REAFFIRMED


def test_a_signature_step_on_the_agreements_date_joins_the_agreements_entry(client, world):
    response = client.get("/partnerships/lubelskie-almaty-region/")
    memorandum = next(entry for entry in timeline(response).entries if entry.record == world.memorandum)

    assert not any(entry.kind == "step" for entry in timeline(response).entries)
    assert len(memorandum.citations) == 2


def test_each_lifecycle_step_appears_in_order(client):
    partnership = PartnershipFactory(slug="pair", since_on=None)
    agreement = AgreementFactory(partnership=partnership, signed_on=datetime.date(2018, 6, 1), published=True)
    for kind, day in [
        (StepKind.CONSENT_GRANTED, datetime.date(2018, 3, 1)),
        (StepKind.SEJMIK_RESOLUTION, datetime.date(2018, 4, 20)),
        (StepKind.SIGNED, datetime.date(2018, 6, 1)),
        (StepKind.IN_FORCE, datetime.date(2018, 7, 1)),
    ]:
        AgreementStepFactory(agreement=agreement, kind=kind, occurred_on=day)

    entries = timeline(client.get("/partnerships/pair/")).entries

    assert [(entry.kind, entry.date_label) for entry in entries] == [
        ("step", "1 III 2018"),
        ("step", "20 IV 2018"),
        ("agreement", "1 VI 2018"),
        ("step", "1 VII 2018"),
    ]


def test_an_overdue_commitment_stands_out(client, world):
    response = client.get("/partnerships/lubelskie-almaty-region/")
    conference = next(entry for entry in timeline(response).entries if entry.kind == "commitment")

    assert conference.is_overdue
    assert f'class="kind-commitment overdue" id="commitment-{world.conference_promise.pk}"' in response.text
    assert "mark-overdue" in str(timeline(response).chart)


def test_a_commitment_due_this_month_is_not_yet_overdue(client):
    today = timezone.localdate()
    commitment = CommitmentFactory(
        due_on=today.replace(day=1), date_precision=DatePrecision.MONTH, visit__partnership__slug="pair", published=True
    )

    entries = timeline(client.get("/partnerships/pair/")).entries

    assert next(entry for entry in entries if entry.record == commitment).is_overdue is False


def test_undated_entries_are_listed_apart(en_client, world):
    response = en_client.get("/partnerships/lubelskie-almaty-region/")

    assert [entry.record for entry in timeline(response).undated] == [world.mission_promise]
    assert "no due date" in response.text


def test_a_fulfilled_commitment_links_to_what_fulfilled_it(en_client, world):
    response = en_client.get("/partnerships/lubelskie-almaty-region/")
    promise = timeline(response).undated[0]

    assert ("fulfilled by", "Wizyta w obwodzie Ałmatyńskim", f"#visit-{world.mission_2018.pk}") in promise.links


def test_the_compact_chart_is_drawn_on_the_server_with_links_to_the_entries(client, world):
    response = client.get("/partnerships/lubelskie-almaty-region/")
    chart = str(timeline(response).chart)

    assert chart.startswith("<svg")
    assert f'href="#visit-{world.mission_2018.pk}"' in chart
    assert "<title" in chart


def test_the_completeness_box_counts_sources_latest_fact_and_inferred_dates(en_client, world):
    response = en_client.get("/partnerships/lubelskie-almaty-region/")
    completeness = timeline(response).completeness

    assert {source.key for source in completeness.sources} == {"doc-2", "doc-3", "doc-4"}
    assert completeness.latest_sourced.record == world.conference_promise
    assert [entry.record for entry in completeness.inferred] == [world.almaty_in_lublin]
    assert "3 source documents" in response.text


def test_a_thinly_documented_partnership_is_called_thin_not_inactive(en_client, world):
    response = en_client.get("/partnerships/dolnoslaskie-east-kazakhstan/")

    assert timeline(response).completeness.is_thin
    assert "thinly documented" in response.text


def test_drafts_never_appear_on_the_timeline_nor_in_its_counts(client, world):
    response = client.get("/partnerships/lubelskie-almaty-region/")
    records = [entry.record for entry in timeline(response).entries + timeline(response).undated]

    assert world.draft_visit not in records
    assert world.draft_agreement not in records
    assert world.draft_visit.title not in response.text
    assert world.draft_agreement.title not in response.text


def test_a_commitment_does_not_name_a_draft_visit_that_fulfilled_it(client):
    partnership = PartnershipFactory(slug="pair")
    draft = VisitFactory(partnership=partnership, title="Draft follow-up")
    CommitmentFactory(
        visit=VisitFactory(partnership=partnership, published=True),
        status="met",
        fulfilled_by_visit=draft,
        published=True,
    )

    response = client.get("/partnerships/pair/")

    assert "Draft follow-up" not in response.text


def test_an_event_reached_only_through_a_draft_visit_stays_off_the_timeline(client):
    partnership = PartnershipFactory(slug="pair")
    event = EventFactory(name="Forum seen only through a draft", published=True)
    VisitFactory(partnership=partnership, event=event)

    response = client.get("/partnerships/pair/")

    assert "Forum seen only through a draft" not in response.text
    assert "Forum seen only through a draft" not in client.get("/partnerships/pair/visits.ics").text


def test_a_manager_sees_drafts_on_the_timeline(client, world):
    client.force_login(ProfileFactory(manager=True).user)

    response = client.get("/partnerships/lubelskie-almaty-region/")

    assert world.draft_visit in [entry.record for entry in timeline(response).entries]


def test_an_unknown_partnership_is_404(client):
    assert client.get("/partnerships/nowhere/").status_code == 404


def test_timeline_query_count_does_not_grow_with_its_length(client, query_counts):
    partnership = PartnershipFactory(slug="pair")
    source = SourceFactory()
    event = EventFactory(published=True)

    def make():
        visit = VisitFactory(partnership=partnership, event=event, published=True)
        CitationFactory(record=visit, source=source)
        agreement = AgreementFactory(partnership=partnership, published=True)
        CitationFactory(record=AgreementStepFactory(agreement=agreement, kind=StepKind.IN_FORCE), source=source)
        CommitmentFactory(visit=visit, published=True)

    query_counts.assert_constant(lambda: client.get("/partnerships/pair/"), make=make, expected=13)


def test_an_event_known_only_by_its_last_day_stands_at_that_day(en_client):
    partnership = PartnershipFactory(slug="pair")
    expo = EventFactory(name="Expo", start_on=None, end_on=datetime.date(2017, 9, 10), published=True)
    VisitFactory(partnership=partnership, event=expo, published=True, start_on=datetime.date(2017, 9, 6), end_on=None)

    response = en_client.get("/partnerships/pair/")

    entry = next(entry for entry in timeline(response).entries if entry.record == expo)
    assert entry.date == datetime.date(2017, 9, 10)
    assert entry.date_label == "until 10 IX 2017"
    assert expo not in [undated.record for undated in timeline(response).undated]
