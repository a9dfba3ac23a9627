"""Reads for visits, events and commitments."""

import datetime

from django.db import models


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_at__isnull=False)

    def for_voivodeship(self, region):
        return self.filter(voivodeship=region)


class VisitQuerySet(PublishedQuerySet):
    def with_delegations(self):
        return self.prefetch_related("delegations__region", "delegations__organization", "delegations__members__person")


class EventQuerySet(PublishedQuerySet):
    pass


class CommitmentQuerySet(PublishedQuerySet):
    def open(self):
        return self.filter(status="scheduled")

    def overdue(self, today: datetime.date):
        return self.open().filter(due_on__lt=today)
