"""The managers' dashboard: the state of every partnership on one staff-only page, in a fixed number of queries."""

import datetime

from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext

from accounts import rights
from partnerships.dates import period_end
from partnerships.models import Agreement, AgreementStep, Partnership, Region
from visits.models import Commitment, Event, Visit
from visits.timeline import latest_activity

RECENT_CHANGES = datetime.timedelta(days=30)
HISTORY_MODELS = [Partnership, Agreement, Visit, Event, Commitment]


def is_overdue(commitment, today: datetime.date) -> bool:
    """An open commitment whose whole due period (day, month or year) has passed."""
    return (
        commitment.status == "scheduled"
        and commitment.due_on is not None
        and period_end(commitment.due_on, commitment.date_precision) < today
    )


def partnership_rows(user, today: datetime.date) -> list[dict]:
    """Per partnership: status, last activity (as the overview reckons it), open and overdue commitments."""
    partnerships = list(Partnership.objects.with_regions())
    activities = latest_activity(
        partnerships,
        visits=rights.readable(Visit.objects.held(), user),
        agreements=rights.readable(Agreement.objects.all(), user),
        steps=rights.readable(AgreementStep.objects.all(), user),
        today=today,
    )
    commitments = list(rights.readable(Commitment.objects.open(), user).with_listing().order_by("due_on"))
    rows = []
    for activity in activities:
        own = [c for c in commitments if c.partnership_id == activity.partnership.pk]
        rows.append(
            {
                "partnership": activity.partnership,
                "last_activity": activity.last_on,
                "last_activity_label": activity.last_label,
                "is_dormant": activity.is_dormant,
                "open_commitments": own,
                "overdue_commitments": [c for c in own if is_overdue(c, today)],
            }
        )
    return rows


# The field that names a record in the change list; partnerships are named by their two regions instead,
# looked up together, so the page's query count stays fixed.
LABEL_FIELDS = {Agreement: "title", Visit: "title", Event: "name", Commitment: "description"}


def recent_changes(user, since: datetime.datetime, limit: int = 50) -> list[dict]:
    """Who changed what since ``since`` among records ``user`` may read, newest first (one query per model)."""
    records = []
    for model in HISTORY_MODELS:
        readable = rights.readable(model._default_manager.all(), user).values("pk")
        changes = model.history.filter(history_date__gte=since, id__in=readable).select_related("history_user")
        records.extend((model, change) for change in changes.order_by("-history_date")[:limit])
    records = sorted(records, key=lambda pair: pair[1].history_date, reverse=True)[:limit]
    region_ids = {
        region_id
        for model, change in records
        if model is Partnership
        for region_id in (change.voivodeship_id, change.partner_region_id)
    }
    regions = Region.objects.in_bulk(region_ids) if region_ids else {}

    def label(model, change) -> str:
        if model is Partnership:
            return f"{regions.get(change.voivodeship_id, '?')} – {regions.get(change.partner_region_id, '?')}"
        return getattr(change, LABEL_FIELDS[model])

    return [
        {
            "at": change.history_date,
            "user": change.history_user,
            "action": change.get_history_type_display(),
            "model": model._meta.verbose_name,
            "record": label(model, change),
            "note": change.history_change_reason or "",
        }
        for model, change in records
    ]


@staff_member_required
def dashboard(request):
    today = timezone.localdate()
    context = {
        "rows": partnership_rows(request.user, today),
        "changes": recent_changes(request.user, timezone.now() - RECENT_CHANGES),
        "today": today,
        "title": gettext("Managers' dashboard"),
    }
    return render(request, "admin/dashboard.html", context)
