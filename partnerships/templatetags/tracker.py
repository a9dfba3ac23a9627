"""Template filters of the public pages: record names in the reader's language, amounts of money."""

import datetime
from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language, gettext

from partnerships.dates import ROMAN_MONTHS, format_partial_date

register = template.Library()


def reads_english() -> bool:
    return (get_language() or "").startswith("en")


@register.filter
def name(record) -> str:
    """A record's name in the reader's language where the data has it: name_en in English, else the Polish name."""
    if record is None:
        return ""
    if getattr(getattr(record, "_meta", None), "label_lower", "") == "partnerships.partnership":
        return f"{name(record.voivodeship)} – {name(record.partner_region)}"
    english = getattr(record, "name_en", "") or ""
    polish = getattr(record, "name_pl", "") or getattr(record, "name", "") or ""
    if reads_english() and english:
        return english
    return polish or english or str(record)


@register.filter
def money(value: Decimal | None, currency: str = "") -> str:
    """759000000 USD → “759 m USD”, 314600000000 → “314.6 bn USD” (separators follow the language)."""
    if value is None:
        return ""
    value = Decimal(value)
    if value >= 1_000_000_000:
        amount, unit = value / 1_000_000_000, gettext("bn")
    elif value >= 1_000_000:
        amount, unit = value / 1_000_000, gettext("m")
    elif value >= 1_000:
        amount, unit = value / 1_000, gettext("k")
    else:
        amount, unit = value, ""
    places = 0 if amount == amount.to_integral_value() or amount >= 1000 else 1
    text = number_format(round(amount, places), decimal_pos=places, use_l10n=True, force_grouping=True)
    return " ".join(part for part in (text, unit, currency) if part)


@register.filter
def choice_label(record, field: str) -> str:
    """The translated label of a choice field (``record|choice_label:"kind"``)."""
    return getattr(record, f"get_{field}_display")()


def format_span(start: datetime.date | None, end: datetime.date | None, precision: str) -> str:
    """“1 VII 2021”, “23–24 VII 2017”, “30 VI – 2 VII 2017”: a stay of several days as compactly as is clear."""
    if start is None:
        # Only the end is known, e.g. an exhibition "closed on 10 September".
        return gettext("until %(date)s") % {"date": format_partial_date(end, "day")} if end else ""
    if end is None or end <= start or precision != "day":
        return format_partial_date(start, precision)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {ROMAN_MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {ROMAN_MONTHS[start.month - 1]} – {format_partial_date(end, 'day')}"
    return f"{format_partial_date(start, 'day')} – {format_partial_date(end, 'day')}"


@register.filter
def date_span(record) -> str:
    """A visit's or event's dates from start to end, at the precision they are known."""
    return format_span(record.start_on, record.end_on, record.date_precision)
