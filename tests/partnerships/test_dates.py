"""Partial dates: shown as precisely as they are known, and the period each one stands for."""

import datetime

import pytest

from partnerships.dates import format_partial_date, period_end


@pytest.mark.parametrize(
    ("day", "precision", "shown"),
    [
        (datetime.date(2015, 1, 1), "year", "2015"),
        (datetime.date(2018, 4, 1), "month", "IV 2018"),
        (datetime.date(2018, 12, 1), "month", "XII 2018"),
        (datetime.date(2021, 7, 1), "day", "1 VII 2021"),
        (datetime.date(2021, 1, 31), "day", "31 I 2021"),
        (None, "year", ""),
    ],
    ids=[
        "year_as_the_year",
        "month_as_roman_month_and_year",
        "december_as_xii",
        "day_as_day_roman_month_and_year",
        "january_as_i",
        "unknown_as_empty",
    ],
)
def test_format_partial_date(day, precision, shown):
    assert format_partial_date(day, precision) == shown


@pytest.mark.parametrize(
    ("day", "precision", "end"),
    [
        (datetime.date(2023, 1, 1), "year", datetime.date(2023, 12, 31)),
        (datetime.date(2024, 2, 1), "month", datetime.date(2024, 2, 29)),
        (datetime.date(2023, 2, 1), "month", datetime.date(2023, 2, 28)),
        (datetime.date(2023, 12, 1), "month", datetime.date(2023, 12, 31)),
        (datetime.date(2023, 4, 12), "day", datetime.date(2023, 4, 12)),
    ],
    ids=[
        "year_ends_on_the_31st_of_december",
        "february_of_a_leap_year_ends_on_the_29th",
        "february_of_a_common_year_ends_on_the_28th",
        "december_ends_within_its_year",
        "day_is_its_own_end",
    ],
)
def test_period_end_is_the_last_day_the_partial_date_stands_for(day, precision, end):
    assert period_end(day, precision) == end
