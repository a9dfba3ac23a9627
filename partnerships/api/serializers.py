"""Serializers of the partnerships API: what a client reads, and what an officer may write for an agreement.

Related records a client needs in one call are embedded (a region's names, codes and history; an
agreement's parties, signatories and steps); others are linked by URL. Every cited record carries its
citations, and every partially known date its precision, whether it was inferred, and a display form.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from partnerships.models import (
    Agreement,
    AgreementParty,
    AgreementStep,
    Citation,
    Organization,
    Partnership,
    Person,
    Post,
    Region,
    RegionAlias,
    RegionChange,
    RegionCode,
    RegionStatistic,
    Source,
    Topic,
    TradeFigure,
)

# The fields a PartialDate model adds to its own date field, in the order clients see them.
PARTIAL_DATE_FIELDS = ["date_precision", "is_date_inferred", "date_inference_note", "date_as_written", "date_display"]
PUBLICATION_FIELDS = ["is_published", "published_at"]


def detail_view(basename: str) -> str:
    """The URL name of a collection's detail route (see config/api.py)."""
    return f"api-{basename}-detail"


class CitationSerializer(serializers.ModelSerializer):
    source_id = serializers.IntegerField(read_only=True, help_text="The cited source's id.")
    source = serializers.HyperlinkedRelatedField(view_name=detail_view("source"), read_only=True)

    class Meta:
        model = Citation
        fields = ["source_id", "source", "quote", "note"]


class CitedSerializer(serializers.ModelSerializer):
    """Gives a serializer the ``citations`` of its record (prefetch ``citations`` in the viewset)."""

    citations = CitationSerializer(many=True, read_only=True)


class PartialDateSerializer(CitedSerializer):
    """Adds ``date_display``: the date as precisely as it is known, e.g. “2015”, “IV 2018”, “1 VII 2021”."""

    date_display = serializers.CharField(
        source="display_date",
        read_only=True,
        help_text="The date as precisely as it is known, e.g. “2015”, “IV 2018”, “1 VII 2021”; empty when unknown.",
    )


class PublishedMixin(serializers.Serializer):
    is_published = serializers.BooleanField(read_only=True)


# Summaries embedded in other records ----------------------------------------------------------------


class RegionSummarySerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("region"))

    class Meta:
        model = Region
        fields = ["id", "url", "slug", "name_pl", "name_en", "country", "kind", "iso_code"]


class OrganizationSummarySerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("organization"))

    class Meta:
        model = Organization
        fields = ["id", "url", "slug", "name", "kind", "country"]


class PersonSummarySerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("person"))

    class Meta:
        model = Person
        fields = ["id", "url", "slug", "name", "name_en"]


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["code", "kind", "name_pl", "name_en"]


@extend_schema_field({"type": "string", "format": "uri", "nullable": True})
class ReadableLinkField(serializers.Field):
    """A link to a draftable record, or null when the reader may not see it (drafts never leak).

    ``flag`` names a boolean the viewset annotates with ``rights.readable()`` on the target.
    """

    def __init__(self, *, view_name: str, id_attr: str, flag: str, **kwargs):
        self.view_name, self.id_attr, self.flag = view_name, id_attr, flag
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, record):
        target_id = getattr(record, self.id_attr)
        if target_id is None or not getattr(record, self.flag, False):
            return None
        return reverse(self.view_name, kwargs={"pk": target_id}, request=self.context.get("request"))


# Regions -------------------------------------------------------------------------------------------


class RegionCodeSerializer(serializers.ModelSerializer):
    class Meta:
        model = RegionCode
        fields = ["system", "code", "adopted_on", "withdrawn_on", "note"]


class RegionAliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = RegionAlias
        fields = ["name", "language"]


class RegionStatisticSerializer(CitedSerializer):
    class Meta:
        model = RegionStatistic
        fields = [
            "kind",
            "value",
            "unit",
            "reference_year",
            "is_reference_year_inferred",
            "reference_year_note",
            "qualifier",
            "value_as_written",
            "is_suspect",
            "quality_note",
            "citations",
        ]


REGION_CHANGE_FIELDS = [
    "kind",
    "changed_on",
    *PARTIAL_DATE_FIELDS,
    "region",
    "name_before",
    "name_after",
    "capital_before",
    "capital_after",
    "note",
    "citations",
]


class PredecessorSerializer(PartialDateSerializer):
    """A change that made this region out of ``region`` (its predecessor)."""

    region = RegionSummarySerializer(source="predecessor", read_only=True)

    class Meta:
        model = RegionChange
        fields = REGION_CHANGE_FIELDS


class SuccessorSerializer(PartialDateSerializer):
    """A change that made ``region`` (its successor) out of this region."""

    region = RegionSummarySerializer(source="successor", read_only=True)

    class Meta:
        model = RegionChange
        fields = REGION_CHANGE_FIELDS


class ChangeInPlaceSerializer(PartialDateSerializer):
    """A change the region went through as itself: a rename in place, a capital move, a boundary change."""

    class Meta:
        model = RegionChange
        fields = [field for field in REGION_CHANGE_FIELDS if field != "region"]


class RegionSerializer(CitedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("region"))
    is_current = serializers.BooleanField(read_only=True)
    codes = RegionCodeSerializer(many=True, read_only=True)
    aliases = RegionAliasSerializer(many=True, read_only=True)
    statistics = RegionStatisticSerializer(many=True, read_only=True)
    # The viewset prefetches these three lists (to_attr) from the region's changes.
    predecessors = PredecessorSerializer(source="predecessor_changes", many=True, read_only=True)
    successors = SuccessorSerializer(source="successor_changes", many=True, read_only=True)
    changes = ChangeInPlaceSerializer(source="changes_in_place", many=True, read_only=True)

    class Meta:
        model = Region
        fields = [
            "id",
            "url",
            "slug",
            "country",
            "kind",
            "name_pl",
            "name_en",
            "name_local",
            "name_local_language",
            "iso_code",
            "teryt_code",
            "capital",
            "established_on",
            "abolished_on",
            "is_current",
            "note",
            "codes",
            "aliases",
            "statistics",
            "predecessors",
            "successors",
            "changes",
            "citations",
        ]


# Partnerships, organizations, people, sources, trade -------------------------------------------------


class PartnershipSerializer(PartialDateSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("partnership"))
    voivodeship = RegionSummarySerializer(read_only=True)
    partner_region = RegionSummarySerializer(read_only=True)
    topics = TopicSerializer(many=True, read_only=True)

    class Meta:
        model = Partnership
        fields = [
            "id",
            "url",
            "slug",
            "voivodeship",
            "partner_region",
            "status",
            "since_on",
            *PARTIAL_DATE_FIELDS,
            "topics",
            "summary",
            "updated_at",
            "citations",
        ]


class OrganizationSerializer(CitedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("organization"))
    region = RegionSummarySerializer(read_only=True, allow_null=True)

    class Meta:
        model = Organization
        fields = [
            "id",
            "url",
            "slug",
            "name",
            "name_en",
            "kind",
            "country",
            "region",
            "city",
            "website",
            "note",
            "citations",
        ]


class PostSerializer(CitedSerializer):
    organization = OrganizationSummarySerializer(read_only=True, allow_null=True)

    class Meta:
        model = Post
        fields = ["title", "organization", "started_on", "ended_on", "note", "citations"]


class PersonSerializer(CitedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("person"))
    posts = PostSerializer(many=True, read_only=True)

    class Meta:
        model = Person
        fields = ["id", "url", "slug", "name", "name_en", "country", "note", "posts", "citations"]


class SourceSerializer(PartialDateSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("source"))
    document_url = serializers.URLField(source="url", read_only=True, help_text="Where the document was published.")

    class Meta:
        model = Source
        fields = [
            "id",
            "url",
            "key",
            "title",
            "publisher",
            "document_url",
            "published_on",
            *PARTIAL_DATE_FIELDS,
            "language",
            "file_name",
            "is_reference",
            "note",
        ]


class SourceDetailSerializer(SourceSerializer):
    """A source with its full text, so that every quote citing it can be checked."""

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "full_text"]


class TradeFigureSerializer(PartialDateSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("trade-figure"))

    class Meta:
        model = TradeFigure
        fields = [
            "id",
            "url",
            "reporter_country",
            "partner_country",
            "flow",
            "period_start_on",
            "period_end_on",
            *PARTIAL_DATE_FIELDS,
            "value",
            "scale",
            "currency",
            "normalized_value",
            "value_as_written",
            "rank",
            "rank_among",
            "quality",
            "quality_note",
            "citations",
        ]


# Agreements ----------------------------------------------------------------------------------------


class AgreementPartySerializer(serializers.ModelSerializer):
    region = RegionSummarySerializer(read_only=True, allow_null=True)
    organization = OrganizationSummarySerializer(read_only=True, allow_null=True)
    signatory = PersonSummarySerializer(read_only=True, allow_null=True)

    class Meta:
        model = AgreementParty
        fields = ["id", "region", "organization", "signatory", "signatory_title"]


class AgreementStepSerializer(PartialDateSerializer):
    class Meta:
        model = AgreementStep
        fields = [
            "id",
            "kind",
            "occurred_on",
            *PARTIAL_DATE_FIELDS,
            "resolution_number",
            "adopted_by_absolute_majority",
            "note",
            "citations",
        ]


class AgreementSerializer(PublishedMixin, PartialDateSerializer):
    url = serializers.HyperlinkedIdentityField(view_name=detail_view("agreement"))
    voivodeship = RegionSummarySerializer(read_only=True, allow_null=True)
    partnership = serializers.HyperlinkedRelatedField(
        view_name=detail_view("partnership"), read_only=True, allow_null=True
    )
    topics = TopicSerializer(many=True, read_only=True)
    parties = AgreementPartySerializer(many=True, read_only=True)
    steps = AgreementStepSerializer(many=True, read_only=True)

    class Meta:
        model = Agreement
        fields = [
            "id",
            "url",
            "title",
            "kind",
            "status",
            "voivodeship",
            "partnership",
            "signed_on",
            *PARTIAL_DATE_FIELDS,
            "place",
            "expires_on",
            "topics",
            "summary",
            "parties",
            "steps",
            *PUBLICATION_FIELDS,
            "updated_at",
            "citations",
        ]


# Writes --------------------------------------------------------------------------------------------


class NestedItemSerializer(serializers.ModelSerializer):
    """An item of a nested list: with ``id`` it updates that item, without it adds one."""

    id = serializers.IntegerField(required=False, help_text="An existing item's id, to change it in place.")

    def validate(self, attrs):
        # A PATCH leaves out required fields, but an item it adds still needs them.
        if attrs.get("id") is None:
            missing = [name for name, field in self.fields.items() if field.required and name not in attrs]
            if missing:
                raise serializers.ValidationError({name: [_("This field is required.")] for name in missing})
        return super().validate(attrs)


class AgreementPartyWriteSerializer(NestedItemSerializer):
    class Meta:
        model = AgreementParty
        fields = ["id", "region", "organization", "signatory", "signatory_title"]


class AgreementStepWriteSerializer(NestedItemSerializer):
    class Meta:
        model = AgreementStep
        fields = [
            "id",
            "kind",
            "occurred_on",
            "date_precision",
            "is_date_inferred",
            "date_inference_note",
            "date_as_written",
            "resolution_number",
            "adopted_by_absolute_majority",
            "note",
        ]


class PublishingWriteMixin(serializers.Serializer):
    is_published = serializers.BooleanField(
        required=False, help_text="true publishes the record (everyone can read it); false makes it a draft again."
    )


class AgreementWriteSerializer(PublishingWriteMixin, serializers.ModelSerializer):
    """An agreement with its parties and steps; on update, a given list replaces the current one.

    Items with an ``id`` are changed in place, items without one are added, and current items left out are
    removed. The status follows the latest dated step that decides one.
    """

    topics = serializers.SlugRelatedField(
        slug_field="code", queryset=Topic.objects.all(), many=True, required=False, help_text="Area or sector codes."
    )
    parties = AgreementPartyWriteSerializer(many=True, required=False)
    steps = AgreementStepWriteSerializer(many=True, required=False)

    class Meta:
        model = Agreement
        fields = [
            "title",
            "kind",
            "status",
            "voivodeship",
            "partnership",
            "signed_on",
            "date_precision",
            "is_date_inferred",
            "date_inference_note",
            "date_as_written",
            "place",
            "expires_on",
            "topics",
            "summary",
            "parties",
            "steps",
            "is_published",
        ]
        extra_kwargs = {"status": {"required": False}, "voivodeship": {"queryset": Region.objects.voivodeships()}}
