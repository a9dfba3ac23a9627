"""What every public filtered listing shares: the page form, pagination, active filters, sort links and CSV.

A listing page runs its FilterSet (the same one the API uses) and shows the form with an error on the
offending filter instead of failing: an invalid filter lists nothing and says why.
"""

import codecs
import csv
import datetime
from dataclasses import dataclass, field

from django import forms
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import F, Model
from django.http import HttpResponse, QueryDict
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from partnerships.dates import format_partial_date
from partnerships.models import Region
from partnerships.templatetags.tracker import name

PAGE_SIZE = 25
# A listing counts its rows up to this many: past it the page says "more than …" instead of counting a
# million rows on every request (the count is what made /visits/ slow at benchmark scale).
COUNT_LIMIT = 1_000

# The API's labels describe the raw parameter ("slug or ISO code"); the page offers choices instead.
PAGE_LABELS = {
    "voivodeship": _("Voivodeship"),
    "partner_region": _("Partner region"),
    "country": _("Partner country"),
    "date_from": _("From"),
    "date_to": _("To"),
    "kind": _("Kind"),
    "status": _("Status"),
    "area": _("Area or sector"),
    "organization": _("Organization"),
    "person": _("Person"),
    "q": _("Search"),
    "ordering": _("Order by"),
}

PAGE_HELP = {
    "partner_region": _("A former region also finds its successors, and the reverse."),
    "q": _("Words from titles, places, people and region names in any language."),
    "date_from": _("A date known only to the month or year counts if its period reaches this day."),
}

# The filters most readers use stay in view; the rest fold under “More filters”.
PRIMARY_FILTERS = ["q", "voivodeship", "partner_region", "date_from", "date_to"]

COUNTRY_NAMES = {
    "KZ": _("Kazakhstan"),
    "PL": _("Poland"),
    "KG": _("Kyrgyzstan"),
    "UZ": _("Uzbekistan"),
    "TJ": _("Tajikistan"),
    "TM": _("Turkmenistan"),
    "CN": _("China"),
    "RU": _("Russia"),
    "UA": _("Ukraine"),
    "DE": _("Germany"),
}

# Parameters the page reads that are not filters.
NOT_FILTERS = {"page", "ordering"}


class PageOutOfRange(Exception):
    """A page number past the end (or not a number); the view answers 404 with a way back."""

    def __init__(self, last_page_url: str, num_pages: int):
        super().__init__(last_page_url)
        self.last_page_url = last_page_url
        self.num_pages = num_pages


class CappedPaginator(Paginator):
    """A paginator whose count stops at ``limit`` + 1 rows (``is_capped`` then says the true count is larger)."""

    def __init__(self, object_list, per_page, *, limit: int | None = None):
        super().__init__(object_list, per_page)
        self.limit = COUNT_LIMIT if limit is None else limit

    @cached_property
    def count(self) -> int:
        return self.object_list.order_by()[: self.limit + 1].count()

    @property
    def is_capped(self) -> bool:
        return self.count > self.limit


@dataclass
class ActiveFilter:
    name: str
    label: str
    value: str
    remove_url: str
    is_invalid: bool = False


@dataclass
class SortLink:
    url: str
    direction: str = ""  # "ascending", "descending" or "" when the column does not decide the order


@dataclass
class Listing:
    filterset: object
    form: forms.Form
    is_valid: bool
    total: int
    page: Page | None
    active_filters: list[ActiveFilter] = field(default_factory=list)
    sort_links: dict[str, SortLink] = field(default_factory=dict)
    export_url: str = ""
    clear_url: str = ""
    # True when the count stopped at COUNT_LIMIT: ``total`` is then a lower bound, shown as "more than".
    total_is_capped: bool = False
    count_limit: int = COUNT_LIMIT

    @property
    def rows(self):
        return self.page.object_list if self.page is not None else []

    @property
    def primary_fields(self):
        return [self.form[name] for name in PRIMARY_FILTERS if name in self.form.fields]

    @property
    def more_fields(self):
        return [self.form[name] for name in self.form.fields if name not in PRIMARY_FILTERS]

    @property
    def shows_more(self) -> bool:
        """Open “More filters” when one of them is in use or wrong, so nothing active is hidden."""
        return any(self.form.data.get(field.name) or field.errors for field in self.more_fields)


def _query(params: QueryDict, *, drop=(), **changes) -> str:
    """The query string of ``params`` without ``drop`` and empty values, with ``changes`` applied."""
    query = params.copy()
    for key in [*drop, *[k for k, v in query.lists() if not any(v)]]:
        query.pop(key, None)
    for key, value in changes.items():
        query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def _region_choices(regions, current: str):
    """(slug, name) choices; a value given some other way (ISO code, unknown) is kept so the form shows it."""
    choices = [("", gettext("any"))]
    for region in regions:
        label = name(region)
        if region.abolished_on:
            label = gettext("%(name)s (until %(year)s)") % {"name": label, "year": region.abolished_on.year}
        choices.append((region.slug, label))
    if current and current not in {value for value, _label in choices}:
        choices.append((current, current))
    return choices


# A chooser lists at most this many records; past that (benchmark-sized data) it becomes a text field.
CHOOSER_LIMIT = 300
TOO_MANY_TO_LIST = _("Too many to list: type the identifier used in the API (e.g. polpharma), or use Search.")


def _model_chooser(field: forms.ModelChoiceField, current: str) -> forms.Widget:
    """A select of the records by name (one query, at most CHOOSER_LIMIT rows read), or a text field past that."""
    records = list(field.queryset[: CHOOSER_LIMIT + 1])
    if len(records) > CHOOSER_LIMIT:
        return forms.TextInput()
    key = field.to_field_name or "pk"
    choices = [("", gettext("any"))] + sorted(
        ((str(getattr(record, key)), name(record)) for record in records), key=lambda choice: choice[1].lower()
    )
    if current and current not in {value for value, _label in choices}:
        choices.append((current, current))
    return forms.Select(choices=choices)


def prepare_page_form(form: forms.Form) -> forms.Form:
    """Give the FilterSet's form page labels and choosers (selects, date pickers); the names stay the contract."""
    data = form.data
    for field_name, bound_field in form.fields.items():
        if field_name in PAGE_LABELS:
            bound_field.label = PAGE_LABELS[field_name]
        if field_name in PAGE_HELP:
            bound_field.help_text = PAGE_HELP[field_name]
    fields = form.fields
    if "voivodeship" in fields:
        fields["voivodeship"].widget = forms.Select(
            choices=_region_choices(Region.objects.voivodeships().order_by("name_pl"), data.get("voivodeship", ""))
        )
    if "partner_region" in fields:
        regions = Region.objects.partner_candidates().order_by("country", "name_pl")
        fields["partner_region"].widget = forms.Select(choices=_region_choices(regions, data.get("partner_region", "")))
    if "country" in fields:
        codes = Region.objects.partner_candidates().order_by("country").values_list("country", flat=True).distinct()
        choices = [("", gettext("any"))] + [(code, f"{code} – {COUNTRY_NAMES.get(code, code)}") for code in codes]
        current = data.get("country", "")
        if current and current.upper() not in {code for code, _label in choices}:
            choices.append((current, current))
        fields["country"].widget = forms.Select(choices=choices)
    for date_field in ("date_from", "date_to"):
        if date_field in fields:
            fields[date_field].widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    empty_labels = {"kind": gettext("any"), "status": gettext("any"), "ordering": gettext("newest first")}
    for choice_field, empty_label in empty_labels.items():
        if choice_field in fields:
            fields[choice_field].empty_label = empty_label
            # The widget holds the choices of the class's field, not of this form's copy; hand it the copy's.
            fields[choice_field].widget.choices = fields[choice_field].choices
    for model_field in ("area", "organization", "person"):
        if model_field in fields:
            fields[model_field].widget = _model_chooser(fields[model_field], data.get(model_field, ""))
            if isinstance(fields[model_field].widget, forms.TextInput):
                fields[model_field].help_text = TOO_MANY_TO_LIST
    if "q" in fields:
        fields["q"].widget = forms.TextInput(attrs={"type": "search"})
    return form


def _value_label(form: forms.Form, field_name: str, raw: str) -> str:
    value = form.cleaned_data.get(field_name) if hasattr(form, "cleaned_data") else None
    if value is None or value == "":
        return raw
    if isinstance(value, Model):
        return name(value)
    if isinstance(value, datetime.date):
        return format_partial_date(value, "day")
    choices = dict(getattr(form.fields[field_name], "choices", []) or [])
    if value in choices:
        return str(choices[value])
    return str(value)


def _ordering_params(form: forms.Form, default: list[str]) -> list[str]:
    ordering = form.cleaned_data.get("ordering") if hasattr(form, "cleaned_data") else None
    return [param for param in (ordering or default) if param]


def _sort_links(params: QueryDict, columns: dict[str, str], current: list[str]) -> dict[str, SortLink]:
    """For each sortable column: the link that sorts by it (or flips it) and whether it decides the order now."""
    links = {}
    first = current[0] if current else ""
    for column, first_direction in columns.items():
        if first == column:
            links[column] = SortLink(_query(params, drop=["page"], ordering=f"-{column}"), "ascending")
        elif first == f"-{column}":
            links[column] = SortLink(_query(params, drop=["page"], ordering=column), "descending")
        else:
            start = f"-{column}" if first_direction == "descending" else column
            links[column] = SortLink(_query(params, drop=["page"], ordering=start))
    return links


def build_listing(
    request,
    filterset_class,
    queryset,
    *,
    export_path: str,
    sort_columns: dict[str, str],
    default_ordering: list[str],
    page_size: int = PAGE_SIZE,
) -> Listing:
    """Filter, count and paginate ``queryset`` with ``filterset_class`` from the request's query string.

    Raises PageOutOfRange for a page number past the end.
    """
    params = request.GET
    filterset = filterset_class(params, queryset=queryset, request=request)
    form = prepare_page_form(filterset.form)
    is_valid = filterset.is_valid()

    active = []
    for field_name in filterset.filters:
        raw = params.get(field_name, "").strip()
        if field_name in NOT_FILTERS or not raw:
            continue
        active.append(
            ActiveFilter(
                name=field_name,
                label=str(form.fields[field_name].label),
                value=_value_label(form, field_name, raw),
                remove_url=_query(params, drop=[field_name, "page"]),
                is_invalid=field_name in form.errors,
            )
        )
    for field_name in form.errors:
        # An error that names no filter parameter the reader gave (a range check, say) still shows.
        if field_name in NOT_FILTERS and params.get(field_name):
            active.append(
                ActiveFilter(
                    name=field_name,
                    label=str(form.fields[field_name].label),
                    value=params.get(field_name),
                    remove_url=_query(params, drop=[field_name, "page"]),
                    is_invalid=True,
                )
            )

    ordering = _ordering_params(form, default_ordering) if is_valid else default_ordering
    listing = Listing(
        filterset=filterset,
        form=form,
        is_valid=is_valid,
        total=0,
        page=None,
        active_filters=active,
        sort_links=_sort_links(params, sort_columns, ordering),
        export_url=f"{export_path}{_query(params, drop=['page'])}",
        clear_url="?",
    )
    if not is_valid:
        return listing

    rows = ensure_stable_order(filterset.qs, "pk")
    paginator = CappedPaginator(rows, page_size)
    number = params.get("page", "1")
    try:
        listing.page = paginator.page(number)
    except (EmptyPage, PageNotAnInteger) as error:
        raise PageOutOfRange(_query(params, page=str(paginator.num_pages)), paginator.num_pages) from error
    listing.total_is_capped = paginator.is_capped
    listing.count_limit = paginator.limit
    listing.total = min(paginator.count, paginator.limit)
    return listing


# A cell starting with one of these is a formula to a spreadsheet; a leading apostrophe keeps it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def csv_response(filename: str, header: list[str], rows) -> HttpResponse:
    """A CSV download in UTF-8 with a byte-order mark, so Excel shows Polish letters right."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write(codecs.BOM_UTF8)
    writer = csv.writer(response)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return response


def invalid_filters_response(form: forms.Form) -> HttpResponse:
    """Plain-text 400 naming each offending parameter, for exports a program may call directly."""
    lines = [f"{field_name}: {' '.join(messages)}" for field_name, messages in form.errors.items()]
    return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")


def ensure_stable_order(queryset, *tiebreakers: str):
    """Undated rows last in either direction, and tiebreakers so that pages never repeat or skip a row."""
    ordering = []
    for item in queryset.query.order_by or queryset.model._meta.ordering:
        if isinstance(item, str) and item.lstrip("-") not in ("pk", "?"):
            expression = F(item.lstrip("-"))
            item = expression.desc(nulls_last=True) if item.startswith("-") else expression.asc(nulls_last=True)
        ordering.append(item)
    return queryset.order_by(*ordering, *tiebreakers)
