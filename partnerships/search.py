"""Conditions shared by the querysets: free text and partial-date ranges."""

import datetime
from functools import reduce
from operator import or_

from django.db import connection
from django.db.models import Q


def text_condition(value: str, fields: list[str]) -> Q:
    """Any of ``fields`` contains ``value``, ignoring case and, on PostgreSQL, diacritics ("almaty" finds "Ałmaty")."""
    lookup = "unaccent__icontains" if connection.vendor == "postgresql" else "icontains"
    return reduce(or_, (Q(**{f"{field}__{lookup}": value}) for field in fields))


def period_ends_on_or_after(day: datetime.date, *, date_field: str, end_field: str | None = None) -> Q:
    """The record's period (its date at its precision, or its end date) reaches ``day``.

    A visit known only as "2015" is stored as 2015-01-01 with year precision and so still counts for
    date_from=2015-06-01; one known as "IV 2018" counts for any day of April 2018.
    """
    condition = (
        Q(date_precision="day", **{f"{date_field}__gte": day})
        | Q(date_precision="month", **{f"{date_field}__gte": day.replace(day=1)})
        | Q(date_precision="year", **{f"{date_field}__gte": datetime.date(day.year, 1, 1)})
    )
    if end_field:
        condition |= Q(**{f"{end_field}__gte": day})
    return condition


def period_starts_on_or_before(day: datetime.date, *, date_field: str) -> Q:
    """The record's period begins no later than ``day`` (partial dates are stored as their first day)."""
    return Q(**{f"{date_field}__lte": day})
