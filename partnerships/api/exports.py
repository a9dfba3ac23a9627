"""CSV exports of API lists: the same rows and filters as the JSON list, every page at once, streamed."""

import csv
import json

from rest_framework import serializers
from rest_framework.renderers import BaseRenderer

# A cell starting with one of these is a formula to a spreadsheet; it is prefixed with an apostrophe.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CHUNK_SIZE = 500


def columns_of(serializer: serializers.Serializer, prefix: str = "") -> list[str]:
    """One column per field; an embedded record gives dotted columns (``voivodeship.slug``)."""
    columns = []
    for name, field in serializer.fields.items():
        if field.write_only:
            continue
        if isinstance(field, serializers.Serializer):
            columns += columns_of(field, f"{prefix}{name}.")
        else:
            columns.append(f"{prefix}{name}")
    return columns


def cell(row: dict, column: str) -> str:
    value = row
    for part in column.split("."):
        if value is None:
            return ""
        value = value.get(part)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(not isinstance(item, dict | list) for item in value):
        value = "; ".join(str(item) for item in value)
    elif isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False)
    value = str(value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


class _Lines:
    """A file-like object whose write() hands the line back, for csv.writer in a generator."""

    def write(self, line: str) -> str:
        return line


def csv_rows(*, queryset, serializer_class, context: dict):
    """The CSV text of ``queryset``, line by line: a BOM and the header first, then rows in chunks."""
    columns = columns_of(serializer_class(context=context))
    writer = csv.writer(_Lines())
    yield "\ufeff" + writer.writerow(columns)
    chunk = []
    for record in queryset.iterator(chunk_size=CHUNK_SIZE):
        chunk.append(record)
        if len(chunk) == CHUNK_SIZE:
            yield from _write(writer, columns, serializer_class(chunk, many=True, context=context).data)
            chunk = []
    if chunk:
        yield from _write(writer, columns, serializer_class(chunk, many=True, context=context).data)


def _write(writer, columns, rows):
    for row in rows:
        yield writer.writerow([cell(row, column) for column in columns])


class CSVRenderer(BaseRenderer):
    """Lets content negotiation accept ``?format=csv`` (or ``Accept: text/csv``) on lists.

    The list itself streams its rows (see ``ApiViewSet.list``); this renders anything else that ends up
    here, such as a single record, as one CSV row.
    """

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        rows = data if isinstance(data, list) else [data]
        columns = list(rows[0]) if rows and isinstance(rows[0], dict) else []
        writer = csv.writer(_Lines())
        lines = ["\ufeff" + writer.writerow(columns)]
        lines += [writer.writerow([cell(row, column) for column in columns]) for row in rows if isinstance(row, dict)]
        return "".join(lines).encode(self.charset)
