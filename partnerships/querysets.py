"""Reads: named, chainable filters and the with_*() loaders that views call once."""

import datetime

from django.apps import apps
from django.db import models
from django.db.models import Exists, OuterRef, Q

from partnerships.search import period_ends_on_or_after, period_starts_on_or_before, text_condition


def _model(name: str):
    return apps.get_model("partnerships", name)


def citations_prefetch(lookup: str = "citations") -> models.Prefetch:
    """Load a cited record's citations with their sources in one query (``lookup`` may be a path)."""
    return models.Prefetch(lookup, queryset=_model("Citation").objects.select_related("source"))


class RegionQuerySet(models.QuerySet):
    def current(self):
        return self.filter(abolished_on__isnull=True)

    def voivodeships(self):
        return self.filter(country="PL", kind="voivodeship")

    def by_identifier(self, value: str):
        """Regions whose slug, current ISO code, or any earlier code is ``value`` (case-insensitive)."""
        codes = _model("RegionCode").objects.filter(region=OuterRef("pk"), code__iexact=value)
        return self.filter(Q(slug__iexact=value) | Q(iso_code__iexact=value) | Exists(codes))

    def lineage_ids(self, region_ids) -> set[int]:
        """The given regions' ids with their predecessors and successors, transitively (one query).

        Ancestors are followed only backwards and descendants only forwards, so a region split in two
        finds both halves, but one half does not find its sibling.
        """
        successors: dict[int, set[int]] = {}
        predecessors: dict[int, set[int]] = {}
        for before, after in _model("RegionChange").objects.values_list("predecessor_id", "successor_id"):
            if before != after:
                successors.setdefault(before, set()).add(after)
                predecessors.setdefault(after, set()).add(before)
        found = set(region_ids)
        for edges in (successors, predecessors):
            frontier = list(region_ids)
            seen = set(region_ids)
            while frontier:
                for other in edges.get(frontier.pop(), ()):
                    if other not in seen:
                        seen.add(other)
                        frontier.append(other)
            found |= seen
        return found

    def search(self, text: str):
        aliases = _model("RegionAlias").objects.filter(Q(region=OuterRef("pk")) & text_condition(text, ["name"]))
        return self.filter(text_condition(text, ["name_pl", "name_en", "name_local", "iso_code"]) | Exists(aliases))

    def in_country(self, code: str):
        return self.filter(country=code)

    def with_history(self):
        return self.prefetch_related(
            "aliases", "codes", "statistics", "changes_as_predecessor__successor", "changes_as_successor__predecessor"
        )

    def partner_candidates(self):
        """Every region that can be a partner: all but the Polish voivodeships, former regions included."""
        return self.exclude(country="PL", kind="voivodeship")

    def with_sources(self):
        """The region's citations and those of its statistics and history, with their sources."""
        return self.prefetch_related(
            citations_prefetch(),
            citations_prefetch("statistics__citations"),
            citations_prefetch("changes_as_predecessor__citations"),
            citations_prefetch("changes_as_successor__citations"),
        )


def _region_alias_match(text: str, region_ref: str) -> Exists:
    aliases = _model("RegionAlias").objects.filter(Q(region=OuterRef(region_ref)) & text_condition(text, ["name"]))
    return Exists(aliases)


class PartnershipQuerySet(models.QuerySet):
    def for_voivodeship(self, region):
        return self.filter(voivodeship=region)

    def with_partner_in(self, region_ids):
        return self.filter(partner_region__in=region_ids)

    def in_country(self, code: str):
        return self.filter(partner_region__country=code)

    def with_topic(self, topic):
        return self.filter(topics=topic)

    def search(self, text: str):
        return self.filter(
            text_condition(
                text, ["summary", "voivodeship__name_pl", "partner_region__name_pl", "partner_region__name_en"]
            )
            | _region_alias_match(text, "partner_region")
        )

    def with_regions(self):
        return self.select_related("voivodeship", "partner_region")

    def involving_regions(self, region_ids):
        """Partnerships in which any of the regions is either side."""
        return self.filter(Q(voivodeship__in=region_ids) | Q(partner_region__in=region_ids))

    def with_sources(self):
        return self.prefetch_related(citations_prefetch(), "topics")


class PublishedQuerySet(models.QuerySet):
    """Reads shared by records that are drafts until published."""

    def published(self):
        return self.filter(published_at__isnull=False)

    def with_sources(self):
        """The records' citations with their sources (one query)."""
        return self.prefetch_related(citations_prefetch())


class AgreementQuerySet(PublishedQuerySet):
    def for_voivodeship(self, region):
        parties = _model("AgreementParty").objects.filter(agreement=OuterRef("pk"), region=region)
        return self.filter(Q(voivodeship=region) | Q(partnership__voivodeship=region) | Exists(parties))

    def involving_regions(self, region_ids):
        parties = _model("AgreementParty").objects.filter(agreement=OuterRef("pk"), region__in=region_ids)
        return self.filter(Q(partnership__partner_region__in=region_ids) | Exists(parties))

    def in_country(self, code: str):
        parties = _model("AgreementParty").objects.filter(
            Q(agreement=OuterRef("pk")) & (Q(region__country=code) | Q(organization__country=code))
        )
        return self.filter(Q(partnership__partner_region__country=code) | Exists(parties))

    def within_dates(self, date_from: datetime.date | None, date_to: datetime.date | None):
        queryset = self
        if date_from:
            queryset = queryset.filter(period_ends_on_or_after(date_from, date_field="signed_on"))
        if date_to:
            queryset = queryset.filter(period_starts_on_or_before(date_to, date_field="signed_on"))
        return queryset

    def with_topic(self, topic):
        return self.filter(
            Exists(_model("Agreement").topics.through.objects.filter(agreement=OuterRef("pk"), topic=topic))
        )

    def with_organization(self, organization):
        parties = _model("AgreementParty").objects.filter(agreement=OuterRef("pk"), organization=organization)
        return self.filter(Exists(parties))

    def with_person(self, person):
        parties = _model("AgreementParty").objects.filter(agreement=OuterRef("pk"), signatory=person)
        return self.filter(Exists(parties))

    def search(self, text: str):
        parties = _model("AgreementParty").objects.filter(
            Q(agreement=OuterRef("pk"))
            & (
                text_condition(text, ["region__name_pl", "region__name_en", "organization__name", "signatory__name"])
                | _region_alias_match(text, "region")
            )
        )
        return self.filter(
            text_condition(text, ["title", "summary", "place"])
            | _region_alias_match(text, "partnership__partner_region")
            | Exists(parties)
        )

    def with_parties(self):
        return self.prefetch_related("parties__region", "parties__organization", "parties__signatory")

    def with_listing(self):
        return self.select_related(
            "voivodeship", "partnership__voivodeship", "partnership__partner_region"
        ).prefetch_related("parties__region", "parties__organization", "topics")

    def for_partnership(self, partnership):
        return self.filter(partnership=partnership)

    def with_steps(self):
        """The lifecycle steps in date order, each with its citations and sources."""
        steps = _model("AgreementStep").objects.order_by("occurred_on", "pk").prefetch_related(citations_prefetch())
        return self.prefetch_related(models.Prefetch("steps", queryset=steps))

    def with_detail(self):
        """Everything an agreement's own page shows: parties with signatories, areas, steps, sources."""
        return (
            self.with_listing()
            .with_steps()
            .with_sources()
            .prefetch_related("parties__signatory", "parties__region", "parties__organization")
        )
