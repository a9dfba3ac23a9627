"""FilterSets for /visits/, events and commitments — shared by the pages and /api/v1/."""

import django_filters
from django.utils.translation import gettext_lazy as _

from partnerships.filtersets import CommonFilterSet, DateRangeForm
from partnerships.models import Organization, Person, Topic
from visits.models import Commitment, CommitmentStatus, Event, EventKind, HappeningStatus, Visit, VisitKind


class VisitFilterSet(CommonFilterSet):
    kind = django_filters.ChoiceFilter(field_name="kind", choices=VisitKind.choices, label=_("Kind"))
    status = django_filters.ChoiceFilter(field_name="status", choices=HappeningStatus.choices, label=_("Status"))
    area = django_filters.ModelChoiceFilter(
        queryset=Topic.objects.all(), to_field_name="code", method="filter_area", label=_("Area or sector (code)")
    )
    organization = django_filters.ModelChoiceFilter(
        queryset=Organization.objects.all(),
        to_field_name="slug",
        method="filter_organization",
        label=_("Organization (slug)"),
    )
    person = django_filters.ModelChoiceFilter(
        queryset=Person.objects.all(), to_field_name="slug", method="filter_person", label=_("Person (slug)")
    )
    ordering = django_filters.OrderingFilter(
        fields=(("start_on", "date"), ("title", "title"), ("kind", "kind"), ("place", "place")),
        label=_("Order by"),
    )

    class Meta:
        model = Visit
        fields = []
        form = DateRangeForm

    def filter_area(self, queryset, name, value: Topic):
        return queryset.with_topic(value)

    def filter_organization(self, queryset, name, value: Organization):
        return queryset.with_organization(value)

    def filter_person(self, queryset, name, value: Person):
        return queryset.with_person(value)


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
