"""Pagination for the API: keyset cursors for the big collections, numbered pages for the small ones.

Both refuse a page size outside 1…MAX_PAGE_SIZE with a 400 naming ``page_size`` instead of quietly
capping it, and neither ever counts rows a client may not read.
"""

import base64
import binascii
import json
from collections import OrderedDict

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Q
from django.db.models.fields.tuple_lookups import TupleGreaterThan, TupleLessThan
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.pagination import BasePagination, PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100


def requested_page_size(request, *, default: int = DEFAULT_PAGE_SIZE, maximum: int = MAX_PAGE_SIZE) -> int:
    raw = request.query_params.get("page_size")
    if raw is None or raw == "":
        return default
    if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise exceptions.ValidationError(
            {"page_size": [_("A whole number from 1 to %(maximum)d.") % {"maximum": maximum}]}
        )
    return int(raw)


def page_size_parameter(maximum: int = MAX_PAGE_SIZE) -> dict:
    return {
        "name": "page_size",
        "required": False,
        "in": "query",
        "description": str(_("Number of results per page (at most %(maximum)d).") % {"maximum": maximum}),
        "schema": {"type": "integer", "minimum": 1, "maximum": maximum, "default": DEFAULT_PAGE_SIZE},
    }


def _link_schema(example: str) -> dict:
    return {"type": "string", "nullable": True, "format": "uri", "example": example}


class KeysetPagination(BasePagination):
    """Cursor (keyset) pagination: each page continues strictly after the last row of the previous one.

    The order is the FilterSet's ``ordering`` (or the view's ``default_ordering``) plus the primary key as
    a tie-breaker, so it is total even where dates repeat or are unknown; an unknown date sorts as the
    latest (last going up, first in a newest-first list, as on the pages). Going deep into a large table
    costs the same as the first page: there is no OFFSET and no COUNT.
    """

    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = requested_page_size(request, maximum=self.max_page_size)
        self.model = queryset.model
        self.keys = self.ordering_keys(queryset, view)
        position = self.decode_cursor(request)
        backwards = position is not None and position["backwards"]
        queryset = self._order_by_keys(queryset, backwards=backwards)
        if position is not None:
            queryset = queryset.filter(self.after(position["values"], backwards=backwards))
        rows = list(queryset[: self.page_size + 1])
        has_more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        if backwards:
            rows.reverse()
        self.rows = rows
        self.has_next = bool(rows) and (has_more if not backwards else True)
        self.has_previous = bool(rows) and (position is not None if not backwards else has_more)
        return rows

    # Ordering ---------------------------------------------------------------------------------------

    def ordering_keys(self, queryset, view) -> list[tuple[str, bool, bool]]:
        """``(field name, descending, nullable)`` for each sort key, ending with the primary key."""
        model = queryset.model
        requested = [item for item in queryset.query.order_by if isinstance(item, str)]
        if not requested:
            requested = list(getattr(view, "default_ordering", ()) or ())
        keys = []
        for item in requested:
            descending, name = item.startswith("-"), item.lstrip("-")
            if name == "pk":
                name = model._meta.pk.name
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if not field.concrete or field.is_relation or any(key[0] == field.attname for key in keys):
                continue
            keys.append((field.attname, descending, field.null))
        pk_name = model._meta.pk.attname
        if not any(name == pk_name for name, _descending, _null in keys):
            keys.append((pk_name, keys[-1][1] if keys else False, False))
        return keys

    def order(self, queryset, view):
        """``queryset`` in the order its pages have (used by the CSV export, which is not paged)."""
        self.keys = self.ordering_keys(queryset, view)
        return self._order_by_keys(queryset, backwards=False)

    def _order_by_keys(self, queryset, *, backwards: bool):
        """The page order, reversed when walking backwards.

        An empty value sorts as the largest (last going up, first going down), which is how a plain
        PostgreSQL index is ordered, so every page is an index range scan however deep it lies.
        """
        expressions = []
        for name, descending, _nullable in self.keys:
            if descending != backwards:
                expressions.append(F(name).desc(nulls_first=True))
            else:
                expressions.append(F(name).asc(nulls_last=True))
        return queryset.order_by(*expressions)

    def after(self, values: list, *, backwards: bool) -> Q:
        """Rows strictly after ``values`` in the (possibly reversed) page order."""
        directions = {descending != backwards for _name, descending, _nullable in self.keys}
        only_first_nullable = not any(nullable for _name, _descending, nullable in self.keys[1:])
        if len(directions) == 1 and only_first_nullable and None not in values:
            return self._after_row(values, descending=directions.pop())
        condition = Q(pk__in=[])
        equal_so_far = Q()
        for (name, descending, nullable), value in zip(self.keys, values, strict=True):
            descending = descending != backwards
            condition |= equal_so_far & self._beyond(name, value, descending, nullable)
            equal_so_far &= Q(**{f"{name}__isnull": True}) if value is None else Q(**{name: value})
        return condition

    def _after_row(self, values: list, *, descending: bool) -> Q:
        """The same condition as one row-value comparison, ``(start_on, id) < (%s, %s)``, which PostgreSQL
        answers with a range scan of an index on those columns, so a deep page costs what the first does.

        Only for keys that all run one way and a position without empty values; an empty value sorts as
        the largest, so going up the rows with an empty first key still follow.
        """
        columns = tuple(F(name) for name, _descending, _nullable in self.keys)
        if descending:
            return Q(TupleLessThan(columns, tuple(values)))
        condition = Q(TupleGreaterThan(columns, tuple(values)))
        first, _descending, nullable = self.keys[0]
        return condition | Q(**{f"{first}__isnull": True}) if nullable else condition

    @staticmethod
    def _beyond(name: str, value, descending: bool, nullable: bool) -> Q:
        """Rows whose ``name`` comes strictly after ``value``; an empty value is larger than any other."""
        if value is None:
            return Q(**{f"{name}__isnull": False}) if descending else Q(pk__in=[])
        if descending:
            return Q(**{f"{name}__lt": value})
        beyond = Q(**{f"{name}__gt": value})
        return beyond | Q(**{f"{name}__isnull": True}) if nullable else beyond

    # Cursors ----------------------------------------------------------------------------------------

    def _ordering_signature(self) -> list[str]:
        return [("-" if descending else "") + name for name, descending, _nullable in self.keys]

    def encode_cursor(self, row, *, backwards: bool) -> str:
        values = []
        for name, _descending, _nullable in self.keys:
            value = getattr(row, name)
            values.append(None if value is None else str(value))
        payload = {"o": self._ordering_signature(), "v": values, "b": backwards}
        return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")

    def decode_cursor(self, request):
        raw = request.query_params.get(self.cursor_query_param)
        if raw is None or raw == "":
            return None
        invalid = exceptions.ValidationError(
            {self.cursor_query_param: [_("Invalid cursor: use the next or previous link of a page.")]}
        )
        try:
            padded = raw + "=" * (-len(raw) % 4)
            payload = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode())
            ordering, raw_values, backwards = payload["o"], payload["v"], payload["b"]
        except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error):
            raise invalid from None
        if not isinstance(backwards, bool) or not isinstance(raw_values, list):
            raise invalid
        if ordering != self._ordering_signature():
            raise exceptions.ValidationError(
                {self.cursor_query_param: [_("This cursor belongs to another ordering: start again without it.")]}
            )
        if len(raw_values) != len(self.keys):
            raise invalid
        values = []
        for (name, _descending, nullable), value in zip(self.keys, raw_values, strict=True):
            if value is None:
                if not nullable:
                    raise invalid
                values.append(None)
                continue
            if not isinstance(value, str):
                raise invalid
            field = next(field for field in self.model._meta.concrete_fields if field.attname == name)
            try:
                values.append(field.to_python(value))
            except (DjangoValidationError, ValueError, TypeError, OverflowError):
                raise invalid from None
        return {"values": values, "backwards": backwards}

    # Response ---------------------------------------------------------------------------------------

    def get_next_link(self):
        if not self.has_next:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.cursor_query_param, self.encode_cursor(self.rows[-1], backwards=False))

    def get_previous_link(self):
        if not self.has_previous:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.cursor_query_param, self.encode_cursor(self.rows[0], backwards=True))

    def get_paginated_response(self, data):
        return Response(
            OrderedDict([("next", self.get_next_link()), ("previous", self.get_previous_link()), ("results", data)])
        )

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {
                "next": _link_schema("https://example.org/api/v1/visits/?cursor=eyJvIjpb"),
                "previous": _link_schema("https://example.org/api/v1/visits/?cursor=eyJvIjpb"),
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": str(_("Opaque position from a page's next or previous link.")),
                "schema": {"type": "string"},
            },
            page_size_parameter(self.max_page_size),
        ]


class NumberedPagination(PageNumberPagination):
    """Numbered pages with the total count, for the small reference collections (no drafts among them)."""

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        return requested_page_size(request, maximum=self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get(self.page_query_param)
        if raw not in (None, "") and (not raw.isascii() or not raw.isdigit() or int(raw) < 1):
            raise exceptions.ValidationError({self.page_query_param: [_("A whole number from 1.")]})
        try:
            return super().paginate_queryset(queryset, request, view)
        except exceptions.NotFound:
            raise exceptions.NotFound(_("There is no such page.")) from None

    def get_paginated_response_schema(self, schema):
        base = super().get_paginated_response_schema(schema)
        base["required"] = ["count", "next", "previous", "results"]
        return base

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "description": str(_("Page number, from 1.")),
                "schema": {"type": "integer", "minimum": 1},
            },
            page_size_parameter(self.max_page_size),
        ]
