"""A partnership's timeline — first contacts, visits, agreements and their steps, events, commitments — and
what the record knows about it (sources, latest sourced fact, inferred dates), plus each partnership's
latest activity for the overview.

It lives in ``visits`` because it shows visits; ``partnerships`` never imports ``visits``.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from partnerships.charts import Lane, Mark, timeline_svg
from partnerships.dates import format_partial_date, period_end
from partnerships.models import StepKind
from partnerships.templatetags.tracker import format_span

KINDS = {
    "start": _("first contacts"),
    "visit": _("visit"),
    "agreement": _("agreement"),
    "step": _("agreement step"),
    "event": _("event"),
    "commitment": _("commitment"),
}
KIND_ORDER = list(KINDS)
LANES = [
    Lane("start", _("First contacts")),
    Lane("visit", _("Visits")),
    Lane("agreement", _("Agreements")),
    Lane("event", _("Events")),
    Lane("commitment", _("Commitments")),
]

# Nothing recorded for this long and a partnership counts as dormant on the overview.
DORMANT_AFTER_YEARS = 2


def years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclass
class Entry:
    """One line of the timeline; ``record`` carries the date's precision, inference and citations."""

    kind: str
    record: object
    title: str
    url: str
    anchor: str
    date: datetime.date | None
    date_label: str
    end: datetime.date | None = None
    agreement: object = None
    is_overdue: bool = False
    citations: list = field(default_factory=list)
    links: list = field(default_factory=list)  # (relation, title, url) of related records the reader may open

    @property
    def kind_label(self) -> str:
        return str(KINDS[self.kind])

    @property
    def is_inferred(self) -> bool:
        return bool(getattr(self.record, "is_date_inferred", False))

    @property
    def lane(self) -> str:
        return "agreement" if self.kind == "step" else self.kind

    def sort_key(self):
        return (self.date or datetime.date.max, KIND_ORDER.index(self.kind), self.title)


@dataclass
class Completeness:
    sources: list
    latest_sourced: Entry | None
    inferred: list[Entry]
    undated: list[Entry]
    unsourced: list[Entry]

    @property
    def is_thin(self) -> bool:
        return len(self.sources) <= 1


@dataclass
class Timeline:
    entries: list[Entry]
    undated: list[Entry]
    completeness: Completeness
    chart: str


def _period_end(record, date_field: str, end_field: str | None = None) -> datetime.date | None:
    start = getattr(record, date_field)
    if start is None:
        # Only the last day is known ("zakończonej 10 września"): the entry stands at its end.
        return getattr(record, end_field, None) if end_field else None
    last = period_end(start, record.date_precision)
    end = getattr(record, end_field, None) if end_field else None
    return max(last, end) if end else last


def _citations(record) -> list:
    return list(record.citations.all())


def build_timeline(partnership, *, visits, agreements, events, commitments, today: datetime.date) -> Timeline:
    """Every record of the partnership in date order, undated ones apart; the querysets are read once each."""
    visits, agreements, events, commitments = list(visits), list(agreements), list(events), list(commitments)
    visible_visits = {visit.pk: visit for visit in visits}
    visible_agreements = {agreement.pk: agreement for agreement in agreements}
    visible_events = {event.pk: event for event in events}
    entries: list[Entry] = []

    if partnership.since_on:
        entries.append(
            Entry(
                kind="start",
                record=partnership,
                title=gettext("First contacts; the partnership dates from here"),
                url="",
                anchor="start",
                date=partnership.since_on,
                date_label=partnership.display_date,
                end=_period_end(partnership, "since_on"),
                citations=_citations(partnership),
            )
        )
    for visit in visits:
        entries.append(
            Entry(
                kind="visit",
                record=visit,
                title=visit.title,
                url=reverse("visits:visit_detail", args=[visit.pk]),
                anchor=f"visit-{visit.pk}",
                date=visit.start_on or visit.end_on,
                date_label=format_span(visit.start_on, visit.end_on, visit.date_precision),
                end=_period_end(visit, "start_on", "end_on"),
                citations=_citations(visit),
            )
        )
    for agreement in agreements:
        url = reverse("partnerships:agreement_detail", args=[agreement.pk])
        entry = Entry(
            kind="agreement",
            record=agreement,
            title=agreement.title,
            url=url,
            anchor=f"agreement-{agreement.pk}",
            date=agreement.signed_on,
            date_label=agreement.display_date,
            end=_period_end(agreement, "signed_on"),
            citations=_citations(agreement),
        )
        entries.append(entry)
        for step in agreement.steps.all():
            if step.kind == StepKind.SIGNED and step.occurred_on == agreement.signed_on and agreement.signed_on:
                # The signature is the agreement's own entry; its sources join it there.
                entry.citations += _citations(step)
                continue
            entries.append(
                Entry(
                    kind="step",
                    record=step,
                    title=f"{step.get_kind_display()}: {agreement.title}",
                    url=f"{url}#step-{step.pk}",
                    anchor=f"step-{step.pk}",
                    date=step.occurred_on,
                    date_label=step.display_date,
                    end=_period_end(step, "occurred_on"),
                    agreement=agreement,
                    citations=_citations(step),
                )
            )
    for event in events:
        entries.append(
            Entry(
                kind="event",
                record=event,
                title=event.name,
                url=reverse("visits:event_detail", args=[event.pk]),
                anchor=f"event-{event.pk}",
                date=event.start_on or event.end_on,
                date_label=format_span(event.start_on, event.end_on, event.date_precision),
                end=_period_end(event, "start_on", "end_on"),
                citations=_citations(event),
            )
        )
    for commitment in commitments:
        links = []
        # Only records this reader may see are named: a draft visit's title must not leak through a commitment.
        if commitment.visit_id in visible_visits:
            visit = visible_visits[commitment.visit_id]
            links.append((gettext("promised during"), visit.title, f"#visit-{visit.pk}"))
        fulfilment = [
            (commitment.fulfilled_by_visit_id, visible_visits, "visit", "title"),
            (commitment.fulfilled_by_agreement_id, visible_agreements, "agreement", "title"),
            (commitment.fulfilled_by_event_id, visible_events, "event", "name"),
        ]
        for pk, visible, anchor, title in fulfilment:
            if pk in visible:
                links.append((gettext("fulfilled by"), getattr(visible[pk], title), f"#{anchor}-{pk}"))
        due_end = _period_end(commitment, "due_on")
        entries.append(
            Entry(
                kind="commitment",
                record=commitment,
                title=commitment.description,
                url="",
                anchor=f"commitment-{commitment.pk}",
                date=commitment.due_on,
                date_label=commitment.display_date or gettext("no due date"),
                end=due_end,
                is_overdue=commitment.status == "scheduled" and due_end is not None and due_end < today,
                citations=_citations(commitment),
                links=links,
            )
        )

    dated = sorted((entry for entry in entries if entry.date), key=Entry.sort_key)
    undated = [entry for entry in entries if not entry.date]
    marks = [
        Mark(
            lane=entry.lane,
            start=entry.date,
            end=entry.end or entry.date,
            label=f"{entry.date_label} — {entry.kind_label}: {entry.title}",
            href=f"#{entry.anchor}",
            css="overdue" if entry.is_overdue else entry.kind,
            is_inferred=entry.is_inferred,
        )
        for entry in dated
    ]
    chart = timeline_svg(
        [Lane(lane.key, str(lane.label)) for lane in LANES],
        marks,
        today=today,
        title=gettext("Timeline of the partnership %(name)s") % {"name": str(partnership)},
    )
    return Timeline(
        entries=dated, undated=undated, completeness=completeness_of(partnership, dated + undated), chart=chart
    )


def completeness_of(partnership, entries: list[Entry]) -> Completeness:
    """What the record knows: its sources, the latest fact a source backs, and which dates are only inferred."""
    sources = {}
    for citation in [*partnership.citations.all(), *(c for entry in entries for c in entry.citations)]:
        sources.setdefault(citation.source_id, citation.source)
    sourced = [entry for entry in entries if entry.citations and entry.date]
    latest = max(sourced, key=lambda entry: (entry.date, KIND_ORDER.index(entry.kind)), default=None)
    return Completeness(
        sources=sorted(sources.values(), key=lambda source: (source.published_on or datetime.date.min, source.key)),
        latest_sourced=latest,
        inferred=[entry for entry in entries if entry.is_inferred],
        undated=[entry for entry in entries if not entry.date],
        unsourced=[entry for entry in entries if not entry.citations],
    )


@dataclass
class Activity:
    """A partnership's most recent recorded activity, for the overview."""

    partnership: object
    last_on: datetime.date | None
    last_label: str
    is_dormant: bool


def latest_activity(partnerships, *, visits, agreements, steps, today: datetime.date) -> list[Activity]:
    """For each partnership: its latest held visit, signed agreement or agreement step, and whether it is dormant.

    ``visits``, ``agreements`` and ``steps`` are the readable querysets; each is read once.
    """
    latest: dict[int, tuple[datetime.date, datetime.date, str]] = {}

    def consider(partnership_id, day, precision):
        if partnership_id is None or day is None:
            return
        candidate = (period_end(day, precision), day, precision)
        if partnership_id not in latest or candidate > latest[partnership_id]:
            latest[partnership_id] = candidate

    # The latest date per partnership and precision: a few rows per partnership, however many records.
    sources = [
        (visits.filter(start_on__lte=today), "partnership_id", "start_on"),
        (agreements.filter(signed_on__lte=today), "partnership_id", "signed_on"),
        (steps.filter(occurred_on__lte=today), "agreement__partnership_id", "occurred_on"),
    ]
    for queryset, partnership_field, date_field in sources:
        rows = (
            queryset.order_by()
            .values(partnership_field, "date_precision")
            .annotate(latest=Max(date_field))
            .values_list(partnership_field, "latest", "date_precision")
        )
        for row in rows:
            consider(*row)

    threshold = years_before(today, DORMANT_AFTER_YEARS)
    result = []
    for partnership in partnerships:
        found = latest.get(partnership.pk)
        result.append(
            Activity(
                partnership=partnership,
                last_on=found[1] if found else None,
                last_label=format_partial_date(found[1], found[2]) if found else "",
                is_dormant=found is None or found[0] < threshold,
            )
        )
    return result
