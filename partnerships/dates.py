"""Showing a partial date as precisely as it is known."""

import datetime

ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """“2015” for a year, “IV 2018” for a month, “1 VII 2021” for a day; empty when unknown."""
    if value is None:
        return ""
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return f"{ROMAN_MONTHS[value.month - 1]} {value.year}"
    return f"{value.day} {ROMAN_MONTHS[value.month - 1]} {value.year}"


def period_end(value: datetime.date, precision: str) -> datetime.date:
    """The last day of the period a partial date stands for (a year, a month or the day itself)."""
    if precision == "year":
        return datetime.date(value.year, 12, 31)
    if precision == "month":
        next_month = (value.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        return next_month - datetime.timedelta(days=1)
    return value
