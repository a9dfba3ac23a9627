"""Conditions shared by the querysets: free text and partial-date ranges."""

import datetime
from functools import reduce
from operator import or_

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import DatabaseError, connection, models, transaction
from django.db.models import Func, Lookup, Q
from django.db.models.functions import Upper

# unaccent() is only STABLE (its dictionary could change), so no index may use it. tracker_unaccent() names
# the dictionary and is declared IMMUTABLE, so trigram indexes can be built on the text it folds. Where the
# database user may create a C function, it calls unaccent's C entry point directly through an inlinable SQL
# wrapper (ten times faster per row than a plain SQL wrapper around unaccent(), which is never inlined).
UNACCENT_FUNCTION = "tracker_unaccent"
CREATE_UNACCENT_C_FUNCTION = """
CREATE OR REPLACE FUNCTION tracker_unaccent_dict(regdictionary, text) RETURNS text
LANGUAGE c IMMUTABLE PARALLEL SAFE STRICT AS '$libdir/unaccent', 'unaccent_dict';
CREATE OR REPLACE FUNCTION tracker_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT tracker_unaccent_dict('unaccent'::regdictionary, $1) $$
"""
CREATE_UNACCENT_FUNCTION = """
CREATE OR REPLACE FUNCTION tracker_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$
"""
DROP_UNACCENT_FUNCTION = (
    "DROP FUNCTION IF EXISTS tracker_unaccent(text); DROP FUNCTION IF EXISTS tracker_unaccent_dict(regdictionary, text)"
)


def create_unaccent_function(apps, schema_editor):
    """tracker_unaccent(): the fast C-backed form when allowed (superuser), else the plain SQL wrapper."""
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute(CREATE_UNACCENT_C_FUNCTION)
    except DatabaseError:
        schema_editor.execute(CREATE_UNACCENT_FUNCTION)


def drop_unaccent_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_UNACCENT_FUNCTION)


class Unaccented(Func):
    function = UNACCENT_FUNCTION
    output_field = models.TextField()


def trigram_index(field: str, *, name: str) -> GinIndex:
    """A trigram index on ``field`` folded the way SearchContains folds it, so a contains-search can use it."""
    return GinIndex(OpClass(Upper(Unaccented(field)), name="gin_trgm_ops"), name=name)


@models.CharField.register_lookup
@models.TextField.register_lookup
class SearchContains(Lookup):
    """The field contains the value, ignoring case and diacritics (PostgreSQL; served by trigram_index())."""

    lookup_name = "search_contains"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        pattern = f"%{connection.ops.prep_for_like_query(self.rhs)}%"
        fold = f"UPPER({UNACCENT_FUNCTION}(%s))"
        return f"{fold % lhs} LIKE {fold % '%s'}", [*lhs_params, pattern]


def text_condition(value: str, fields: list[str]) -> Q:
    """Any of ``fields`` contains ``value``, ignoring case and, on PostgreSQL, diacritics ("almaty" finds "Ałmaty")."""
    lookup = "search_contains" if connection.vendor == "postgresql" else "icontains"
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


def period_starts_on_or_before(day: datetime.date, *, date_field: str, end_field: str | None = None) -> Q:
    """The record's period begins no later than ``day`` (partial dates are stored as their first day).

    A record known only by its last day (``end_field``) counts when that day is no later than ``day``.
    """
    condition = Q(**{f"{date_field}__lte": day})
    if end_field:
        condition |= Q(**{f"{date_field}__isnull": True, f"{end_field}__lte": day})
    return condition
