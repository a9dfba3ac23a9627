"""Viewsets of the partnerships collections: regions, partnerships, agreements, trade figures, organizations,
people and sources. Agreements are written by officers; the rest is read-only reference data here.
"""

from django.db.models import F, Prefetch

from partnerships import services
from partnerships.api.common import ApiViewSet, KeysetPagedViewSet, WritableMixin, publish_as_asked, sync_items
from partnerships.api.serializers import (
    AgreementSerializer,
    AgreementWriteSerializer,
    OrganizationSerializer,
    PartnershipSerializer,
    PersonSerializer,
    RegionSerializer,
    SourceDetailSerializer,
    SourceSerializer,
    TradeFigureSerializer,
)
from partnerships.filtersets import (
    AgreementFilterSet,
    OrganizationFilterSet,
    PartnershipFilterSet,
    PersonFilterSet,
    RegionFilterSet,
    SourceFilterSet,
    TradeFigureFilterSet,
)
from partnerships.models import (
    Agreement,
    Organization,
    Partnership,
    Person,
    Region,
    RegionChange,
    Source,
    TradeFigure,
)


class RegionViewSet(ApiViewSet):
    """Regions of any country with their names, codes, aliases, statistics, predecessors and successors."""

    queryset = Region.objects.all()
    serializer_class = RegionSerializer
    filterset_class = RegionFilterSet

    def get_queryset(self):
        # A change whose predecessor is its successor (a capital move, a rename in place) is the region's own
        # history, not a predecessor or successor of it.
        changes = RegionChange.objects.prefetch_related("citations")
        between_regions = changes.exclude(predecessor=F("successor"))
        regions = Region.objects.prefetch_related(
            "aliases",
            "codes",
            "statistics__citations",
            "citations",
            Prefetch(
                "changes_as_successor",
                queryset=between_regions.select_related("predecessor"),
                to_attr="predecessor_changes",
            ),
            Prefetch(
                "changes_as_predecessor",
                queryset=between_regions.select_related("successor"),
                to_attr="successor_changes",
            ),
            Prefetch(
                "changes_as_predecessor",
                queryset=changes.filter(successor=F("predecessor")),
                to_attr="changes_in_place",
            ),
        )
        return self.readable(regions).order_by("country", "name_pl", "pk")


class PartnershipViewSet(ApiViewSet):
    """Partnerships of a Polish voivodeship with a foreign region."""

    queryset = Partnership.objects.all()
    serializer_class = PartnershipSerializer
    filterset_class = PartnershipFilterSet

    def get_queryset(self):
        partnerships = Partnership.objects.with_regions().prefetch_related("topics", "citations")
        return self.readable(partnerships).order_by("voivodeship__name_pl", "partner_region__name_pl", "pk")


class OrganizationViewSet(ApiViewSet):
    """Regional offices, embassies, ministries, universities, companies and other organizations."""

    queryset = Organization.objects.all()
    serializer_class = OrganizationSerializer
    filterset_class = OrganizationFilterSet

    def get_queryset(self):
        organizations = Organization.objects.select_related("region").prefetch_related("citations")
        return self.readable(organizations).order_by("name", "pk")


class PersonViewSet(ApiViewSet):
    """People, with the posts they held (title, organization, from–to)."""

    queryset = Person.objects.all()
    serializer_class = PersonSerializer
    filterset_class = PersonFilterSet

    def get_queryset(self):
        people = Person.objects.prefetch_related("posts__organization", "posts__citations", "citations")
        return self.readable(people).order_by("name", "pk")


class SourceViewSet(ApiViewSet):
    """The documents facts were taken from; a source's detail carries its full text."""

    queryset = Source.objects.all()
    serializer_class = SourceSerializer
    detail_serializer_class = SourceDetailSerializer
    filterset_class = SourceFilterSet

    def get_queryset(self):
        sources = Source.objects.all()
        if self.action == "list":
            sources = sources.defer("full_text")
        return self.readable(sources).order_by("key", "pk")


class TradeFigureViewSet(ApiViewSet):
    """Measured trade flows between two countries, with the value as written and normalised."""

    queryset = TradeFigure.objects.all()
    serializer_class = TradeFigureSerializer
    filterset_class = TradeFigureFilterSet

    def get_queryset(self):
        figures = TradeFigure.objects.prefetch_related("citations")
        return self.readable(figures).order_by("period_start_on", "flow", "pk")


class AgreementViewSet(WritableMixin, KeysetPagedViewSet):
    """Agreements with their parties, signatories and lifecycle steps; officers create and update their own."""

    queryset = Agreement.objects.all()
    serializer_class = AgreementSerializer
    write_serializer_class = AgreementWriteSerializer
    filterset_class = AgreementFilterSet
    default_ordering = ("-signed_on",)

    def get_queryset(self):
        agreements = (
            Agreement.objects.with_parties()
            .select_related("voivodeship")
            .prefetch_related("topics", "citations", "steps__citations")
        )
        return self.readable(agreements)

    def create_record(self, data: dict) -> Agreement:
        parties, steps = data.pop("parties", []), data.pop("steps", [])
        is_published = data.pop("is_published", False)
        agreement = services.create_agreement(**data)
        self.sync_parties(agreement, parties, current=())
        self.sync_steps(agreement, steps, current=())
        if is_published:
            services.publish(record=agreement, by=self.request.user)
        return agreement

    def update_record(self, record: Agreement, data: dict) -> Agreement:
        parties, steps = data.pop("parties", None), data.pop("steps", None)
        is_published = data.pop("is_published", None)
        many = {"topics": data.pop("topics")} if "topics" in data else {}
        agreement = services.update_validated(record=record, fields=data, many=many)
        if parties is not None:
            self.sync_parties(agreement, parties, current=agreement.parties.all())
        if steps is not None:
            self.sync_steps(agreement, steps, current=agreement.steps.all())
            services.refresh_agreement_status(agreement=agreement)
        publish_as_asked(agreement, is_published, by=self.request.user)
        return agreement

    @staticmethod
    def sync_parties(agreement: Agreement, items: list[dict], *, current):
        sync_items(
            name="parties",
            items=items,
            current=current,
            add=lambda fields: services.add_agreement_party(agreement=agreement, **fields),
            change=lambda party, fields: services.update_validated(record=party, fields=fields),
            remove=lambda party: services.delete_record(record=party),
        )

    @staticmethod
    def sync_steps(agreement: Agreement, items: list[dict], *, current):
        sync_items(
            name="steps",
            items=items,
            current=current,
            add=lambda fields: services.add_agreement_step(agreement=agreement, **fields),
            change=lambda step, fields: services.update_validated(record=step, fields=fields),
            remove=lambda step: services.delete_record(record=step),
        )
