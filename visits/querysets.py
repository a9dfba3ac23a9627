"""Reads for visits, events and commitments."""

import datetime

from django.apps import apps
from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import BooleanField, Exists, F, Func, OuterRef, Q

from partnerships.querysets import PublishedQuerySet
from partnerships.search import period_ends_on_or_after, period_starts_on_or_before, text_condition


def _model(app: str, name: str):
    return apps.get_model(app, name)


def _alias_match(text: str, region_ref: str) -> Exists:
    aliases = _model("partnerships", "RegionAlias").objects.filter(
        Q(region=OuterRef(region_ref)) & text_condition(text, ["name"])
    )
    return Exists(aliases)


class EqualsAny(Func):
    """``value = ANY(array)``: with an ARRAY(subquery) the subquery runs once and its ids are looked up by index."""

    template = "(%(expressions)s))"
    arg_joiner = " = ANY("
    output_field = BooleanField()


class DatedRangeMixin:
    def within_dates(self, date_from: datetime.date | None, date_to: datetime.date | None):
        queryset = self
        if date_from:
            queryset = queryset.filter(period_ends_on_or_after(date_from, date_field="start_on", end_field="end_on"))
        if date_to:
            queryset = queryset.filter(period_starts_on_or_before(date_to, date_field="start_on", end_field="end_on"))
        return queryset


class VisitQuerySet(DatedRangeMixin, PublishedQuerySet):
    def for_voivodeship(self, region):
        return self.filter(voivodeship=region)

    def involving_regions(self, region_ids):
        """Visits with a partner in, to, or a delegation from one of the regions.

        On PostgreSQL ``id = ANY(ARRAY(… UNION …))``: three index lookups (by partnership, by region visited,
        by delegation) evaluated once, whose ids are then fetched by primary key, so that a region with few
        visits is found without reading the whole table in date order.
        """
        region_ids = list(region_ids)
        visit_model = _model("visits", "Visit")
        partnerships = _model("partnerships", "Partnership").objects.filter(partner_region__in=region_ids)
        matching = (
            visit_model.objects.filter(partnership__in=partnerships.values("pk"))
            .order_by()
            .values("pk")
            .union(
                visit_model.objects.filter(region__in=region_ids).order_by().values("pk"),
                _model("visits", "Delegation").objects.filter(region__in=region_ids).order_by().values("visit_id"),
            )
        )
        if connection.vendor == "postgresql":
            return self.filter(EqualsAny(F("pk"), ArraySubquery(matching)))
        return self.filter(pk__in=matching)

    def in_country(self, code: str):
        delegations = _model("visits", "Delegation").objects.filter(
            Q(visit=OuterRef("pk")) & (Q(region__country=code) | Q(organization__country=code))
        )
        return self.filter(Q(country=code) | Q(partnership__partner_region__country=code) | Exists(delegations))

    def with_topic(self, topic):
        partnership_topics = _model("partnerships", "Partnership").topics.through.objects.filter(
            partnership=OuterRef("partnership"), topic=topic
        )
        agreement_topics = _model("partnerships", "Agreement").topics.through.objects.filter(
            agreement__visits=OuterRef("pk"), topic=topic
        )
        return self.filter(Exists(partnership_topics) | Exists(agreement_topics))

    def with_organization(self, organization):
        delegations = _model("visits", "Delegation").objects.filter(visit=OuterRef("pk"), organization=organization)
        return self.filter(Q(host=organization) | Exists(delegations))

    def with_person(self, person):
        members = _model("visits", "DelegationMember").objects.filter(delegation__visit=OuterRef("pk"), person=person)
        return self.filter(Exists(members))

    def search(self, text: str):
        """Visits whose words, host, regions (any alias), delegations or members' names or roles contain ``text``.

        Each related match is an uncorrelated ``IN (…)`` computed once per query (from the trigram indexes of
        the names), not a subquery per visit; the visit's own words use its trigram indexes. The matching
        regions (a few among hundreds) are read first, in one query, so that the planner sees how few they are.
        """
        region_model, alias_model = _model("partnerships", "Region"), _model("partnerships", "RegionAlias")
        regions = list(
            region_model.objects.filter(
                text_condition(text, ["name_pl", "name_en"])
                | Q(pk__in=alias_model.objects.filter(text_condition(text, ["name"])).values("region_id"))
            ).values_list("pk", flat=True)
        )
        organizations = _model("partnerships", "Organization").objects.filter(text_condition(text, ["name"]))
        people = _model("partnerships", "Person").objects.filter(text_condition(text, ["name", "name_en"]))
        delegations = _model("visits", "Delegation").objects
        members = _model("visits", "DelegationMember").objects
        partnerships = _model("partnerships", "Partnership").objects.filter(partner_region__in=regions)
        return self.filter(
            text_condition(text, ["title", "purpose", "outcomes", "place"])
            | Q(host__in=organizations.values("pk"))
            | Q(region__in=regions)
            | Q(partnership__in=partnerships.values("pk"))
            | Q(pk__in=delegations.filter(organization__in=organizations.values("pk")).values("visit_id"))
            | Q(pk__in=delegations.filter(region__in=regions).values("visit_id"))
            | Q(pk__in=members.filter(person__in=people.values("pk")).values("delegation__visit_id"))
            | Q(pk__in=members.filter(text_condition(text, ["role"])).values("delegation__visit_id"))
        )

    def possible_duplicates_of(self, visit):
        """Other visits of the same partnership on the same dates: likely entered twice."""
        if visit.partnership_id is None or visit.start_on is None:
            return self.none()
        return self.filter(partnership_id=visit.partnership_id, start_on=visit.start_on, end_on=visit.end_on).exclude(
            pk=visit.pk
        )

    def with_listing(self):
        return self.select_related(
            "voivodeship", "partnership__voivodeship", "partnership__partner_region", "region", "host", "event"
        )

    def with_delegations(self):
        return self.prefetch_related("delegations__region", "delegations__organization", "delegations__members__person")

    def for_partnership(self, partnership):
        return self.filter(partnership=partnership)

    def held(self):
        return self.filter(status="held")

    def in_calendar(self):
        """Planned or held, dated at least to the month: what an office calendar can show."""
        return self.filter(status__in=["planned", "held"], start_on__isnull=False, date_precision__in=["day", "month"])

    def with_detail(self):
        """A visit's own page: its relations, delegations and sources (publishable relations are read apart)."""
        return (
            self.with_listing()
            .with_delegations()
            .with_sources()
            .select_related("event__parent", "partnership__voivodeship", "partnership__partner_region")
        )


class EventQuerySet(DatedRangeMixin, PublishedQuerySet):
    def for_voivodeship(self, region):
        return self.filter(voivodeship=region)

    def involving_regions(self, region_ids):
        return self.filter(region__in=region_ids)

    def in_country(self, code: str):
        return self.filter(country=code)

    def search(self, text: str):
        return self.filter(text_condition(text, ["name", "description", "place", "organizer__name"]))

    def with_listing(self):
        return self.select_related("parent", "region", "organizer", "voivodeship")

    def for_partnership(self, partnership):
        """Events of a partnership: one of its visits was part of it, or one of its agreements was signed at it."""
        visits = _model("visits", "Visit").objects.filter(event=OuterRef("pk"), partnership=partnership)
        agreements = _model("visits", "Event").agreements.through.objects.filter(
            event=OuterRef("pk"), agreement__partnership=partnership
        )
        return self.filter(Exists(visits) | Exists(agreements))

    def linked_to(self, *, visits, agreements):
        """Events that one of ``visits`` was part of, or at which one of ``agreements`` was signed.

        Pass the visits and agreements the reader may see, so a draft never pulls its event into view.
        """
        signed_at = _model("visits", "Event").agreements.through.objects.filter(
            event=OuterRef("pk"), agreement__in=agreements
        )
        return self.filter(Exists(visits.filter(event=OuterRef("pk"))) | Exists(signed_at))

    def in_calendar(self):
        """Planned or held, dated at least to the month: what an office calendar can show."""
        return self.filter(status__in=["planned", "held"], start_on__isnull=False, date_precision__in=["day", "month"])

    def with_detail(self):
        return self.with_listing().with_sources()


class CommitmentQuerySet(PublishedQuerySet):
    def for_voivodeship(self, region):
        return self.filter(voivodeship=region)

    def involving_regions(self, region_ids):
        return self.filter(Q(partnership__partner_region__in=region_ids) | Q(owed_by_region__in=region_ids))

    def in_country(self, code: str):
        return self.filter(partnership__partner_region__country=code)

    def open(self):
        return self.filter(status="scheduled")

    def overdue(self, today: datetime.date):
        """Open commitments whose whole due period (day, month or year) has passed."""
        return self.open().filter(
            Q(date_precision="day", due_on__lt=today)
            | Q(date_precision="month", due_on__lt=today.replace(day=1))
            | Q(date_precision="year", due_on__lt=datetime.date(today.year, 1, 1))
        )

    def within_dates(self, date_from: datetime.date | None, date_to: datetime.date | None):
        queryset = self
        if date_from:
            queryset = queryset.filter(period_ends_on_or_after(date_from, date_field="due_on"))
        if date_to:
            queryset = queryset.filter(period_starts_on_or_before(date_to, date_field="due_on"))
        return queryset

    def search(self, text: str):
        return self.filter(text_condition(text, ["description", "note"]))

    def for_partnership(self, partnership):
        return self.filter(partnership=partnership)

    def upcoming(self, today: datetime.date):
        """Open commitments whose due period has not passed yet (or that have no due date)."""
        return self.open().exclude(pk__in=self.overdue(today).values("pk"))

    def with_listing(self):
        return self.select_related(
            "voivodeship",
            "visit",
            "partnership__partner_region",
            "owed_by_person",
            "owed_by_organization",
            "owed_by_region",
        )
