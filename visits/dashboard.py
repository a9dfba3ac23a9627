"""The managers' dashboard: the state of every partnership on one staff-only page, in a fixed number of queries."""

import datetime

from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import OuterRef, Subquery
from django.shortcuts import render
from django.utils import timezone

from accounts import rights
from partnerships.dates import period_end
from partnerships.models import Agreement, Partnership, Region
from visits.models import Commitment, Event, Visit

DORMANT_AFTER = datetime.timedelta(days=2 * 365)
RECENT_CHANGES = datetime.timedelta(days=30)
HISTORY_MODELS = [Partnership, Agreement, Visit, Event, Commitment]


def partnership_rows(user, today: datetime.date) -> list[dict]:
    visits = rights.readable(Visit.objects.all(), user).filter(partnership=OuterRef("pk"), start_on__isnull=False)
    agreements = rights.readable(Agreement.objects.all(), user).filter(
        partnership=OuterRef("pk"), signed_on__isnull=False
    )
    partnerships = Partnership.objects.with_regions().annotate(
        last_visit_on=Subquery(visits.order_by("-start_on").values("start_on")[:1]),
        last_agreement_on=Subquery(agreements.order_by("-signed_on").values("signed_on")[:1]),
    )
    commitments = list(rights.readable(Commitment.objects.open(), user).with_listing().order_by("due_on"))
    rows = []
    for partnership in partnerships:
        dates = [d for d in (partnership.last_visit_on, partnership.last_agreement_on) if d is not None]
        last_activity = max(dates) if dates else None
        own = [c for c in commitments if c.partnership_id == partnership.pk]
        overdue = [c for c in own if c.due_on is not None and period_end(c.due_on, c.date_precision) < today]
        rows.append(
            {
                "partnership": partnership,
                "last_activity": last_activity,
                "is_dormant": last_activity is None or today - last_activity > DORMANT_AFTER,
                "open_commitments": own,
                "overdue_commitments": overdue,
            }
        )
    return rows


# The field that names a record in the change list; partnerships are named by their two regions instead,
# looked up together, so the page's query count stays fixed.
LABEL_FIELDS = {Agreement: "title", Visit: "title", Event: "name", Commitment: "description"}


def recent_changes(since: datetime.datetime, limit: int = 50) -> list[dict]:
    """Who changed what since ``since``, newest first (one query per tracked model, one for region names)."""
    records = []
    for model in HISTORY_MODELS:
        records.extend(
            (model, change)
            for change in model.history.filter(history_date__gte=since).select_related("history_user")[:limit]
        )
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
        "changes": recent_changes(timezone.now() - RECENT_CHANGES),
        "today": today,
        "title": "Dashboard",
    }
    return render(request, "admin/dashboard.html", context)
