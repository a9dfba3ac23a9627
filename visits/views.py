"""Public pages of the visits app: the overview, visits, events, a partnership's timeline, the calendar feed.

Thin: FilterSet or lookup → readable queryset with its with_*() loaders → render. The partnership timeline
is here, not in ``partnerships``, because it shows visits and ``partnerships`` never imports ``visits``.
"""

from django.db.models import F
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from accounts.rights import readable
from partnerships.listing import (
    PageOutOfRange,
    build_listing,
    csv_response,
    ensure_stable_order,
    invalid_filters_response,
)
from partnerships.models import Agreement, AgreementStep, Partnership, TradeFigure
from partnerships.templatetags.tracker import name
from partnerships.views import page_out_of_range, trade_chart
from visits import ical
from visits.filtersets import VisitFilterSet
from visits.models import Commitment, Event, Visit
from visits.timeline import build_timeline, latest_activity

OVERDUE_SHOWN = 10
CALENDAR_SIZE = 500
VISIT_SORT_COLUMNS = {"date": "descending", "title": "ascending", "kind": "ascending", "place": "ascending"}


def home(request):
    """What a manager reads in ten seconds: partnerships and their last activity, visits, commitments, trade."""
    user, today = request.user, timezone.localdate()
    partnerships = Partnership.objects.with_regions().order_by("voivodeship__name_pl", "partner_region__name_pl")
    activity = latest_activity(
        partnerships,
        visits=readable(Visit.objects.held(), user),
        agreements=readable(Agreement.objects.all(), user),
        steps=readable(AgreementStep.objects.all(), user),
        today=today,
    )
    visits = readable(Visit.objects.all(), user).with_listing()
    commitments = readable(Commitment.objects.all(), user).with_listing()
    figures = TradeFigure.objects.filter(normalized_value__isnull=False).order_by("period_start_on", "flow")
    context = {
        "activity": activity,
        "latest_visits": visits.held().order_by(F("start_on").desc(nulls_last=True), "-pk")[:5],
        "planned_visits": visits.filter(status="planned").order_by(F("start_on").asc(nulls_last=True), "pk")[:5],
        "overdue": commitments.overdue(today).order_by("-due_on", "-pk")[:OVERDUE_SHOWN],
        "overdue_total": commitments.overdue(today).count(),
        "upcoming": commitments.upcoming(today).order_by(F("due_on").asc(nulls_last=True), "pk")[:8],
        "trade_chart": trade_chart(list(figures), title=gettext("Trade figures by period and flow"), height=240),
    }
    return render(request, "home.html", context)


def _visits(request):
    """The visits this reader may see, newest first, with what a listing row shows."""
    return readable(Visit.objects.all(), request.user).with_listing().order_by(F("start_on").desc(nulls_last=True))


def visit_list(request):
    try:
        listing = build_listing(
            request,
            VisitFilterSet,
            _visits(request),
            export_path=reverse("visits:visit_export"),
            sort_columns=VISIT_SORT_COLUMNS,
            default_ordering=["-date"],
        )
    except PageOutOfRange as error:
        return page_out_of_range(request, error)
    return render(request, "visits/visit_list.html", {"listing": listing, "visits": listing.rows})


def visit_export(request):
    filterset = VisitFilterSet(request.GET, queryset=_visits(request), request=request)
    if not filterset.is_valid():
        return invalid_filters_response(filterset.form)
    header = [
        "id",
        "title",
        "kind",
        "status",
        "date",
        "start_on",
        "end_on",
        "date_precision",
        "date_inferred",
        "place",
        "country",
        "voivodeship",
        "partner_region",
        "host",
        "event",
        "url",
    ]
    rows = (
        [
            visit.pk,
            visit.title,
            visit.get_kind_display(),
            visit.get_status_display(),
            visit.display_date,
            visit.start_on,
            visit.end_on,
            visit.date_precision,
            "yes" if visit.is_date_inferred else "no",
            visit.place,
            visit.country,
            name(visit.voivodeship),
            name(visit.partnership.partner_region if visit.partnership else visit.region),
            name(visit.host),
            visit.event.name if visit.event and visit.event.is_published else "",
            request.build_absolute_uri(reverse("visits:visit_detail", args=[visit.pk])),
        ]
        for visit in ensure_stable_order(filterset.qs, "pk")
    )
    return csv_response("visits.csv", header, rows)


def visit_detail(request, pk: int):
    user = request.user
    visit = get_object_or_404(readable(Visit.objects.all(), user).with_detail(), pk=pk)
    context = {
        "visit": visit,
        "event": readable(Event.objects.filter(pk=visit.event_id), user).first() if visit.event_id else None,
        "agreements": readable(visit.agreements.all(), user).order_by("signed_on"),
        "commitments": readable(visit.commitments.all(), user).with_sources().order_by("due_on", "pk"),
        "fulfilled": readable(Commitment.objects.filter(fulfilled_by_visit=visit), user).order_by("due_on", "pk"),
    }
    return render(request, "visits/visit_detail.html", context)


def event_detail(request, pk: int):
    user = request.user
    event = get_object_or_404(readable(Event.objects.all(), user).with_detail(), pk=pk)
    context = {
        "event": event,
        "parent": readable(Event.objects.filter(pk=event.parent_id), user).first() if event.parent_id else None,
        "parts": readable(event.parts.all(), user).order_by("start_on", "name"),
        "visits": readable(event.visits.all(), user).with_listing().order_by("start_on", "pk"),
        "agreements": readable(event.agreements.all(), user).order_by("signed_on"),
    }
    return render(request, "visits/event_detail.html", context)


def partnership_detail(request, slug: str):
    user = request.user
    partnership = get_object_or_404(Partnership.objects.with_regions().with_sources(), slug=slug)
    visits = readable(Visit.objects.for_partnership(partnership), user)
    agreements = readable(Agreement.objects.for_partnership(partnership), user)
    events = readable(Event.objects.linked_to(visits=visits, agreements=agreements), user)
    timeline = build_timeline(
        partnership,
        visits=visits.with_listing().with_sources(),
        agreements=agreements.with_steps().with_sources(),
        events=events.with_listing().with_sources(),
        commitments=readable(Commitment.objects.for_partnership(partnership), user).with_listing().with_sources(),
        today=timezone.localdate(),
    )
    return render(request, "visits/partnership_detail.html", {"partnership": partnership, "timeline": timeline})


def calendar_feed(request, slug: str | None = None):
    """Planned and held visits and events, published ones only, as iCalendar for an office calendar.

    Holds the CALENDAR_SIZE latest visits and as many events (dated ones; upcoming first come latest).
    """
    visits = Visit.objects.published().in_calendar().with_listing()
    events = Event.objects.published().in_calendar().with_listing()
    title = gettext("Partnership visits and events")
    if slug is not None:
        partnership = get_object_or_404(Partnership.objects.with_regions(), slug=slug)
        visits = visits.for_partnership(partnership)
        agreements = Agreement.objects.published().for_partnership(partnership)
        events = events.linked_to(visits=Visit.objects.published().for_partnership(partnership), agreements=agreements)
        title = f"{title}: {name(partnership)}"
    # The most recent and upcoming entries only: a calendar needs what is near, not years of history.
    visits = visits.order_by(F("start_on").desc())[:CALENDAR_SIZE]
    events = events.order_by(F("start_on").desc())[:CALENDAR_SIZE]
    host = request.get_host().split(":")[0]
    items = [
        ical.visit_item(
            visit, url=request.build_absolute_uri(reverse("visits:visit_detail", args=[visit.pk])), host=host
        )
        for visit in visits
    ] + [
        ical.event_item(
            event, url=request.build_absolute_uri(reverse("visits:event_detail", args=[event.pk])), host=host
        )
        for event in events
    ]
    response = HttpResponse(ical.render_calendar(title=title, items=items), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="visits.ics"'
    return response
