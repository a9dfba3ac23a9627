"""/visits.ics and /partnerships/<slug>/visits.ics: an RFC 5545 feed an office calendar can subscribe to."""

import datetime

import pytest

from partnerships.models import DatePrecision
from tests.factories import EventFactory, VisitFactory
from visits.ical import escape_text, fold
from visits.models import HappeningStatus

pytestmark = pytest.mark.django_db


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def events_of(response) -> list[dict[str, str]]:
    """Each VEVENT as {property name (parameters included): value}."""
    events, current = [], None
    for line in unfold(response.content.decode("utf-8")):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return events


def by_summary(response) -> dict[str, dict[str, str]]:
    return {event["SUMMARY"]: event for event in events_of(response)}


def test_the_feed_is_an_icalendar_with_crlf_lines(client, world):
    response = client.get("/visits.ics")
    text = response.content.decode("utf-8")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")


def test_every_line_is_at_most_75_octets(client, world):
    text = client.get("/visits.ics").content.decode("utf-8")

    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))


def test_a_visit_of_several_days_is_an_all_day_entry_ending_the_day_after(client, world):
    visit = by_summary(client.get("/visits.ics"))["Delegacja Województwa Lubelskiego na Expo 2017 w Astanie"]

    assert visit["DTSTART;VALUE=DATE"] == "20170906"
    assert visit["DTEND;VALUE=DATE"] == "20170908"
    assert visit["UID"] == f"visit-{world.expo_delegation.pk}@testserver"
    assert visit["STATUS"] == "CONFIRMED"
    assert visit["URL"] == f"http://testserver/visits/{world.expo_delegation.pk}/"
    assert visit["LOCATION"] == "Astana\\, KZ"
    assert "DTSTAMP" in visit


def test_a_visit_known_only_to_the_month_spans_the_month_and_says_so(client, world):
    visit = by_summary(client.get("/visits.ics"))["Wizyta w obwodzie Ałmatyńskim"]

    assert visit["DTSTART;VALUE=DATE"] == "20180401"
    assert visit["DTEND;VALUE=DATE"] == "20180501"
    assert "IV 2018" in visit["DESCRIPTION"]


def test_planned_events_are_tentative(client, world):
    session = by_summary(client.get("/visits.ics"))[escape_text(world.commission.name)]

    assert session["STATUS"] == "TENTATIVE"
    assert session["DTSTART;VALUE=DATE"] == "20211005"


def test_drafts_cancelled_undated_and_year_only_records_stay_out(client):
    VisitFactory(title="Published", published=True)
    VisitFactory(title="Draft")
    VisitFactory(title="Cancelled", status=HappeningStatus.CANCELLED, published=True)
    VisitFactory(title="Undated", start_on=None, end_on=None, published=True)
    VisitFactory(
        title="Some time in 2015",
        start_on=datetime.date(2015, 1, 1),
        end_on=None,
        date_precision=DatePrecision.YEAR,
        published=True,
    )
    EventFactory(name="Draft event")

    assert list(by_summary(client.get("/visits.ics"))) == ["Published"]


def test_text_values_are_escaped(client):
    VisitFactory(title="Forum; panel, day 1", place="Astana", purpose="Line one\nline two", published=True)

    visit = events_of(client.get("/visits.ics"))[0]

    assert visit["SUMMARY"] == "Forum\\; panel\\, day 1"
    assert "Line one\\nline two" in visit["DESCRIPTION"]


def test_a_partnerships_feed_holds_its_visits_and_the_events_they_were_part_of(client, world):
    response = client.get("/partnerships/lubelskie-almaty-region/visits.ics")

    assert set(by_summary(response)) == {
        "Wizyta przedstawicieli obwodu Ałmatyńskiego w Lublinie",
        "Delegacja Województwa Lubelskiego na Expo 2017 w Astanie",
        "Wizyta w obwodzie Ałmatyńskim",
        "Polsko-Kazachstańskie Forum Gospodarcze",
    }


def test_an_unknown_partnerships_feed_is_404(client):
    assert client.get("/partnerships/nowhere/visits.ics").status_code == 404


def test_folding_never_splits_a_polish_letter():
    line = "SUMMARY:" + "Wizyta w obwodzie Ałmatyńskim, " * 5

    folded = fold(line)

    assert folded.replace("\r\n ", "") == line
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))


def test_calendar_query_count_does_not_grow_with_rows(client, query_counts):
    def make():
        visit = VisitFactory(published=True)
        EventFactory(published=True)
        return visit

    query_counts.assert_constant(lambda: client.get("/visits.ics"), make=make, expected=2)


def test_the_feed_holds_the_latest_entries_only(client, monkeypatch):
    monkeypatch.setattr("visits.views.CALENDAR_SIZE", 2)
    for year in (2019, 2020, 2021):
        VisitFactory(title=f"Visit {year}", start_on=datetime.date(year, 5, 1), end_on=None, published=True)

    assert set(by_summary(client.get("/visits.ics"))) == {"Visit 2020", "Visit 2021"}
