"""FilterSets for /visits/, events and commitments — shared by the pages and /api/v1/."""

import django_filters
from django.utils.translation import gettext_lazy as _

from partnerships.filtersets import CommonFilterSet, DateRangeForm, InvolvementFilterSet
from visits.models import Commitment, CommitmentStatus, Event, EventKind, HappeningStatus, Visit, VisitKind


class VisitFilterSet(InvolvementFilterSet):
    kind = django_filters.ChoiceFilter(field_name="kind", choices=VisitKind.choices, label=_("Kind"))
    status = django_filters.ChoiceFilter(field_name="status", choices=HappeningStatus.choices, label=_("Status"))
    ordering = django_filters.OrderingFilter(
        fields=(("start_on", "date"), ("title", "title"), ("kind", "kind"), ("place", "place")),
        label=_("Order by"),
    )

    class Meta:
        model = Visit
        fields = []
        form = DateRangeForm


class EventFilterSet(CommonFilterSet):
    kind = django_filters.ChoiceFilter(field_name="kind", choices=EventKind.choices, label=_("Kind"))
    status = django_filters.ChoiceFilter(field_name="status", choices=HappeningStatus.choices, label=_("Status"))
    ordering = django_filters.OrderingFilter(fields=(("start_on", "date"), ("name", "name")), label=_("Order by"))

    class Meta:
        model = Event
        fields = []
        form = DateRangeForm


class CommitmentFilterSet(CommonFilterSet):
    status = django_filters.ChoiceFilter(field_name="status", choices=CommitmentStatus.choices, label=_("Status"))
    ordering = django_filters.OrderingFilter(fields=(("due_on", "due"), ("status", "status")), label=_("Order by"))

    class Meta:
        model = Commitment
        fields = []
        form = DateRangeForm
