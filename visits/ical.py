"""An iCalendar (RFC 5545) feed of visits and events, written by hand: an office calendar subscribes to it.

All entries are all-day: the documents give days, not hours. A date known only to the month spans the
month and says so; one known only to the year is left out (a year-long entry helps no calendar).
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext

from partnerships.dates import format_partial_date, period_end
from partnerships.templatetags.tracker import name

PRODID = "-//Partnership tracker//Visits and events//PL"


@dataclass
class CalendarItem:
    uid: str
    start: datetime.date
    end: datetime.date  # inclusive last day
    summary: str
    location: str
    description: str
    url: str
    is_tentative: bool
    last_modified: datetime.datetime | None


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Content lines longer than 75 octets are folded (§3.1), never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    pieces, current, limit = [], b"", 75
    for char in line:
        octets = char.encode("utf-8")
        if len(current) + len(octets) > limit:
            pieces.append(current.decode("utf-8"))
            current, limit = b"", 74  # continuation lines start with a space
        current += octets
    pieces.append(current.decode("utf-8"))
    return "\r\n ".join(pieces)


def _date(value: datetime.date) -> str:
    return value.strftime("%Y%m%d")


def _utc(value: datetime.datetime) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _span(record, start: datetime.date, end: datetime.date | None) -> tuple[datetime.date, datetime.date]:
    if record.date_precision == "day":
        return start, end if end and end >= start else start
    return start, period_end(start, record.date_precision)


def _precision_note(record, start) -> str:
    if record.date_precision == "day":
        return ""
    return gettext("The exact day is not known: %(date)s.") % {
        "date": format_partial_date(start, record.date_precision)
    }


def visit_item(visit, *, url: str, host: str) -> CalendarItem:
    start, end = _span(visit, visit.start_on, visit.end_on)
    partner = visit.partnership.partner_region if visit.partnership else visit.region
    lines = [
        f"{visit.get_kind_display()} · {visit.get_status_display()}",
        gettext("Voivodeship: %(name)s") % {"name": name(visit.voivodeship)},
    ]
    if partner:
        lines.append(gettext("Partner region: %(name)s") % {"name": name(partner)})
    if visit.purpose:
        lines.append(visit.purpose)
    lines += [note for note in [_precision_note(visit, start)] if note]
    return CalendarItem(
        uid=f"visit-{visit.pk}@{host}",
        start=start,
        end=end,
        summary=visit.title,
        location=", ".join(part for part in [visit.place, visit.country] if part),
        description="\n".join(lines),
        url=url,
        is_tentative=visit.status == "planned",
        last_modified=visit.updated_at,
    )


def event_item(event, *, url: str, host: str) -> CalendarItem:
    start, end = _span(event, event.start_on, event.end_on)
    lines = [f"{event.get_kind_display()} · {event.get_status_display()}"]
    if event.organizer:
        lines.append(gettext("Organizer: %(name)s") % {"name": name(event.organizer)})
    if event.description:
        lines.append(event.description)
    lines += [note for note in [_precision_note(event, start)] if note]
    return CalendarItem(
        uid=f"event-{event.pk}@{host}",
        start=start,
        end=end,
        summary=event.name,
        location=", ".join(part for part in [event.place, event.country] if part),
        description="\n".join(lines),
        url=url,
        is_tentative=event.status == "planned",
        last_modified=event.updated_at,
    )


def render_calendar(*, title: str, items: list[CalendarItem], now: datetime.datetime | None = None) -> str:
    """The whole VCALENDAR, CRLF line endings, folded lines."""
    stamp = _utc(now or timezone.now())
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(title)}",
        "X-WR-TIMEZONE:Europe/Warsaw",
    ]
    for item in sorted(items, key=lambda item: (item.start, item.uid)):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{item.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_date(item.start)}",
            # DTEND of an all-day entry is the day after its last day (§3.6.1).
            f"DTEND;VALUE=DATE:{_date(item.end + datetime.timedelta(days=1))}",
            f"SUMMARY:{escape_text(item.summary)}",
        ]
        if item.location:
            lines.append(f"LOCATION:{escape_text(item.location)}")
        if item.description:
            lines.append(f"DESCRIPTION:{escape_text(item.description)}")
        lines.append(f"URL:{item.url}")
        lines.append(f"STATUS:{'TENTATIVE' if item.is_tentative else 'CONFIRMED'}")
        lines.append("TRANSP:TRANSPARENT")
        if item.last_modified:
            lines.append(f"LAST-MODIFIED:{_utc(item.last_modified)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
