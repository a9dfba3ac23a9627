"""Viewsets of visits, events and commitments; officers create and update visits and commitments."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions

from accounts import rights
from accounts.models import Role
from partnerships import services
from partnerships.api.common import KeysetPagedViewSet, WritableMixin, publish_as_asked, readable_exists, sync_items
from partnerships.models import Agreement
from visits.api.serializers import (
    CommitmentSerializer,
    CommitmentWriteSerializer,
    EventSerializer,
    VisitSerializer,
    VisitWriteSerializer,
)
from visits.filtersets import CommitmentFilterSet, EventFilterSet, VisitFilterSet
from visits.models import Commitment, Event, Visit
from visits.services import add_delegation, add_delegation_member, create_commitment, create_visit


class VisitViewSet(WritableMixin, KeysetPagedViewSet):
    """Visits with their delegations, each with its members and the role each had on the day."""

    queryset = Visit.objects.all()
    serializer_class = VisitSerializer
    write_serializer_class = VisitWriteSerializer
    filterset_class = VisitFilterSet
    default_ordering = ("-start_on",)

    def get_queryset(self):
        user = self.request.user
        visits = (
            Visit.objects.with_delegations()
            .select_related("voivodeship", "region", "host")
            .prefetch_related("citations", Prefetch("agreements", queryset=self.readable(Agreement.objects.only("pk"))))
            .annotate(event_is_readable=readable_exists(Event.objects.all(), "event", user))
        )
        return self.readable(visits)

    def create_record(self, data: dict) -> Visit:
        delegations = data.pop("delegations", [])
        is_published = data.pop("is_published", False)
        visit = create_visit(**data)
        self.sync_delegations(visit, delegations, current=())
        if is_published:
            services.publish(record=visit, by=self.request.user)
        return visit

    def update_record(self, record: Visit, data: dict) -> Visit:
        delegations = data.pop("delegations", None)
        is_published = data.pop("is_published", None)
        many = {"agreements": data.pop("agreements")} if "agreements" in data else {}
        visit = services.update_validated(record=record, fields=data, many=many)
        if delegations is not None:
            self.sync_delegations(visit, delegations, current=visit.delegations.all())
        publish_as_asked(visit, is_published, by=self.request.user)
        return visit

    @classmethod
    def sync_delegations(cls, visit: Visit, items: list[dict], *, current):
        def add(fields):
            members = fields.pop("members", [])
            delegation = add_delegation(visit=visit, **fields)
            cls.sync_members(delegation, members, current=())

        def change(delegation, fields):
            members = fields.pop("members", None)
            services.update_validated(record=delegation, fields=fields)
            if members is not None:
                cls.sync_members(delegation, members, current=delegation.members.all())

        sync_items(
            name="delegations",
            items=items,
            current=current,
            add=add,
            change=change,
            remove=lambda delegation: services.delete_record(record=delegation),
        )

    @staticmethod
    def sync_members(delegation, items: list[dict], *, current):
        sync_items(
            name="members",
            items=items,
            current=current,
            add=lambda fields: add_delegation_member(delegation=delegation, **fields),
            change=lambda member, fields: services.update_validated(record=member, fields=fields),
            remove=lambda member: services.delete_record(record=member),
        )


class EventViewSet(KeysetPagedViewSet):
    """Forums, expos, fairs, commission sessions, conferences and national days."""

    queryset = Event.objects.all()
    serializer_class = EventSerializer
    filterset_class = EventFilterSet
    default_ordering = ("-start_on",)

    def get_queryset(self):
        events = (
            Event.objects.select_related("region", "organizer", "voivodeship")
            .prefetch_related("citations", Prefetch("agreements", queryset=self.readable(Agreement.objects.only("pk"))))
            .annotate(parent_is_readable=readable_exists(Event.objects.all(), "parent", self.request.user))
        )
        return self.readable(events)


class CommitmentViewSet(WritableMixin, KeysetPagedViewSet):
    """Follow-ups promised during visits: who owes them, by when, and what fulfilled them.

    Officers create and update their voivodeship's commitments; a manager changes only a commitment's status.
    """

    queryset = Commitment.objects.all()
    serializer_class = CommitmentSerializer
    write_serializer_class = CommitmentWriteSerializer
    filterset_class = CommitmentFilterSet
    default_ordering = ("due_on",)

    def get_queryset(self):
        user = self.request.user
        commitments = (
            Commitment.objects.select_related("voivodeship", "owed_by_person", "owed_by_organization", "owed_by_region")
            .prefetch_related("citations")
            .annotate(
                visit_is_readable=readable_exists(Visit.objects.all(), "visit", user),
                fulfilled_by_visit_is_readable=readable_exists(Visit.objects.all(), "fulfilled_by_visit", user),
                fulfilled_by_agreement_is_readable=readable_exists(
                    Agreement.objects.all(), "fulfilled_by_agreement", user
                ),
                fulfilled_by_event_is_readable=readable_exists(Event.objects.all(), "fulfilled_by_event", user),
            )
        )
        return self.readable(commitments)

    def check_update_allowed(self, request, record):
        if request.user.is_superuser or rights.role_of(request.user) != Role.MANAGER:
            return
        if self.action != "partial_update":
            raise exceptions.PermissionDenied(_("A manager changes only a commitment's status: send a PATCH."))
        data = request.data if isinstance(request.data, dict) else {}
        others = sorted(set(data) - {"status"})
        if others:
            raise exceptions.PermissionDenied(
                {name: [_("A manager changes only a commitment's status.")] for name in others}
            )

    def create_record(self, data: dict) -> Commitment:
        is_published = data.pop("is_published", False)
        commitment = create_commitment(**data)
        if is_published:
            services.publish(record=commitment, by=self.request.user)
        return commitment

    def update_record(self, record: Commitment, data: dict) -> Commitment:
        is_published = data.pop("is_published", None)
        commitment = services.update_validated(record=record, fields=data)
        publish_as_asked(commitment, is_published, by=self.request.user)
        return commitment
