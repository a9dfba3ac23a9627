"""Serializers of visits, events and commitments: read with delegations and members embedded; written by officers.

Links to records that may be drafts (an event, an agreement, a visit) are shown only when the reader may
read their target, so drafts never leak through a published record.
"""

from rest_framework import serializers

from accounts import rights
from partnerships.api.serializers import (
    PARTIAL_DATE_FIELDS,
    PUBLICATION_FIELDS,
    NestedItemSerializer,
    OrganizationSummarySerializer,
    PartialDateSerializer,
    PersonSummarySerializer,
    PublishedMixin,
    PublishingWriteMixin,
    ReadableLinkField,
    RegionSummarySerializer,
    detail_view,
)
from partnerships.models import Agreement, Region
from visits.models import Commitment, Delegation, DelegationMember, Event, Visit

WRITE_DATE_FIELDS = ["date_precision", "is_date_inferred", "date_inference_note", "date_as_written"]


class AgreementLinksField(serializers.HyperlinkedRelatedField):
    """Links to the agreements the viewset prefetched as readable by the client."""

    def __init__(self, **kwargs):
        super().__init__(view_name=detail_view("agreement"), read_only=True, **kwargs)


# Reads ---------------------------------------------------------------------------------------------


class DelegationMemberSerializer(serializers.ModelSerializer):
    person = PersonSummarySerializer(read_only=True, allow_null=True)

    class Meta:
        model = DelegationMember
        fields = ["id", "person", "role", "is_leader"]


class DelegationSerializer(serializers.ModelSerializer):
    region = RegionSummarySerializer(read_only=True, allow_null=True)
    organization = OrganizationSummarySerializer(read_only=True, allow_null=True)
    members = DelegationMemberSerializer(many=True, read_only=True)

    class Meta:
        model = Delegation
        fields = ["id", "side", "region", "organization", "description", "members"]


class VisitSerializer(PublishedMixin, PartialDateSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("visit"))
    voivodeship = RegionSummarySerializer(read_only=True)
    partnership = serializers.HyperlinkedRelatedField(
        view_name=detail_view("partnership"), read_only=True, allow_null=True
    )
    region = RegionSummarySerializer(read_only=True, allow_null=True)
    host = OrganizationSummarySerializer(read_only=True, allow_null=True)
    event = ReadableLinkField(view_name=detail_view("event"), id_attr="event_id", flag="event_is_readable")
    agreements = AgreementLinksField(many=True)
    delegations = DelegationSerializer(many=True, read_only=True)

    class Meta:
        model = Visit
        fields = [
            "id",
            "url",
            "title",
            "kind",
            "status",
            "voivodeship",
            "partnership",
            "start_on",
            "end_on",
            *PARTIAL_DATE_FIELDS,
            "place",
            "country",
            "region",
            "host",
            "event",
            "purpose",
            "outcomes",
            "agreements",
            "delegations",
            *PUBLICATION_FIELDS,
            "updated_at",
            "citations",
        ]


class EventSerializer(PublishedMixin, PartialDateSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("event"))
    parent = ReadableLinkField(view_name=detail_view("event"), id_attr="parent_id", flag="parent_is_readable")
    region = RegionSummarySerializer(read_only=True, allow_null=True)
    organizer = OrganizationSummarySerializer(read_only=True, allow_null=True)
    voivodeship = RegionSummarySerializer(read_only=True, allow_null=True)
    agreements = AgreementLinksField(many=True)

    class Meta:
        model = Event
        fields = [
            "id",
            "url",
            "name",
            "kind",
            "status",
            "parent",
            "start_on",
            "end_on",
            *PARTIAL_DATE_FIELDS,
            "place",
            "country",
            "region",
            "organizer",
            "voivodeship",
            "agreements",
            "description",
            *PUBLICATION_FIELDS,
            "updated_at",
            "citations",
        ]


class CommitmentSerializer(PublishedMixin, PartialDateSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("commitment"))
    voivodeship = RegionSummarySerializer(read_only=True)
    visit = ReadableLinkField(view_name=detail_view("visit"), id_attr="visit_id", flag="visit_is_readable")
    partnership = serializers.HyperlinkedRelatedField(
        view_name=detail_view("partnership"), read_only=True, allow_null=True
    )
    owed_by_person = PersonSummarySerializer(read_only=True, allow_null=True)
    owed_by_organization = OrganizationSummarySerializer(read_only=True, allow_null=True)
    owed_by_region = RegionSummarySerializer(read_only=True, allow_null=True)
    fulfilled_by_visit = ReadableLinkField(
        view_name=detail_view("visit"), id_attr="fulfilled_by_visit_id", flag="fulfilled_by_visit_is_readable"
    )
    fulfilled_by_agreement = ReadableLinkField(
        view_name=detail_view("agreement"),
        id_attr="fulfilled_by_agreement_id",
        flag="fulfilled_by_agreement_is_readable",
    )
    fulfilled_by_event = ReadableLinkField(
        view_name=detail_view("event"), id_attr="fulfilled_by_event_id", flag="fulfilled_by_event_is_readable"
    )

    class Meta:
        model = Commitment
        fields = [
            "id",
            "url",
            "description",
            "status",
            "voivodeship",
            "visit",
            "partnership",
            "owed_by_person",
            "owed_by_organization",
            "owed_by_region",
            "due_on",
            *PARTIAL_DATE_FIELDS,
            "fulfilled_by_visit",
            "fulfilled_by_agreement",
            "fulfilled_by_event",
            "note",
            *PUBLICATION_FIELDS,
            "updated_at",
            "citations",
        ]


# Writes --------------------------------------------------------------------------------------------


class ReadableChoicesMixin:
    """Limits the choices of fields that point to draftable records to what the writer may read."""

    readable_fields: dict[str, type] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        user = request.user if request is not None else None
        for name, model in self.readable_fields.items():
            field = self.fields[name]
            field = getattr(field, "child_relation", field)
            field.queryset = rights.readable(model.objects.all(), user)


class DelegationMemberWriteSerializer(NestedItemSerializer):
    class Meta:
        model = DelegationMember
        fields = ["id", "person", "role", "is_leader"]


class DelegationWriteSerializer(NestedItemSerializer):
    members = DelegationMemberWriteSerializer(many=True, required=False)

    class Meta:
        model = Delegation
        fields = ["id", "side", "region", "organization", "description", "members"]


class VisitWriteSerializer(ReadableChoicesMixin, PublishingWriteMixin, serializers.ModelSerializer):
    """A visit with its delegations and their members; on update, a given list replaces the current one.

    Items with an ``id`` are changed in place, items without one are added, and current items left out are
    removed (for delegations and, inside each, for members).
    """

    readable_fields = {"event": Event, "agreements": Agreement}
    delegations = DelegationWriteSerializer(many=True, required=False)

    class Meta:
        model = Visit
        fields = [
            "title",
            "kind",
            "status",
            "voivodeship",
            "partnership",
            "start_on",
            "end_on",
            *WRITE_DATE_FIELDS,
            "place",
            "country",
            "region",
            "host",
            "event",
            "purpose",
            "outcomes",
            "agreements",
            "delegations",
            "is_published",
        ]
        extra_kwargs = {
            "voivodeship": {"queryset": Region.objects.voivodeships()},
            "agreements": {"required": False},
        }


class CommitmentWriteSerializer(ReadableChoicesMixin, PublishingWriteMixin, serializers.ModelSerializer):
    readable_fields = {
        "visit": Visit,
        "fulfilled_by_visit": Visit,
        "fulfilled_by_agreement": Agreement,
        "fulfilled_by_event": Event,
    }

    class Meta:
        model = Commitment
        fields = [
            "description",
            "status",
            "voivodeship",
            "visit",
            "partnership",
            "owed_by_person",
            "owed_by_organization",
            "owed_by_region",
            "due_on",
            *WRITE_DATE_FIELDS,
            "fulfilled_by_visit",
            "fulfilled_by_agreement",
            "fulfilled_by_event",
            "note",
            "is_published",
        ]
        extra_kwargs = {"voivodeship": {"queryset": Region.objects.voivodeships()}}
