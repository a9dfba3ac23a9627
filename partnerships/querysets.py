"""Reads: named, chainable filters and the with_*() loaders that views call once."""

from django.apps import apps
from django.db import models
from django.db.models import Exists, OuterRef, Q


class RegionQuerySet(models.QuerySet):
    def current(self):
        return self.filter(abolished_on__isnull=True)

    def voivodeships(self):
        return self.filter(country="PL", kind="voivodeship")

    def by_identifier(self, value: str):
        """Regions whose slug, current ISO code, or any earlier code is ``value`` (case-insensitive)."""
        codes = apps.get_model("partnerships", "RegionCode").objects.filter(region=OuterRef("pk"), code__iexact=value)
        return self.filter(Q(slug__iexact=value) | Q(iso_code__iexact=value) | Exists(codes))

    def lineage_of(self, regions):
        """The given regions with all their predecessors and successors, transitively."""
        change_model = apps.get_model("partnerships", "RegionChange")
        edges = list(change_model.objects.values_list("predecessor_id", "successor_id"))
        neighbours: dict[int, set[int]] = {}
        for before, after in edges:
            neighbours.setdefault(before, set()).add(after)
            neighbours.setdefault(after, set()).add(before)
        found = set(regions.values_list("pk", flat=True)) if hasattr(regions, "values_list") else set(regions)
        frontier = list(found)
        while frontier:
            for other in neighbours.get(frontier.pop(), ()):
                if other not in found:
                    found.add(other)
                    frontier.append(other)
        return self.filter(pk__in=found)


class PartnershipQuerySet(models.QuerySet):
    def for_voivodeship(self, region):
        return self.filter(voivodeship=region)

    def with_regions(self):
        return self.select_related("voivodeship", "partner_region")


class AgreementQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_at__isnull=False)

    def for_voivodeship(self, region):
        return self.filter(voivodeship=region)

    def with_parties(self):
        return self.prefetch_related("parties__region", "parties__organization", "parties__signatory")
