"""The server-rendered SVG helpers and the display helpers of the public pages (no database)."""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import translation

from partnerships.charts import Bar, Lane, Mark, bar_chart_svg, period_label, timeline_svg
from partnerships.templatetags.tracker import format_span, money

D = datetime.date


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (D(2016, 1, 1), D(2016, 12, 31), "2016"),
        (D(2016, 1, 1), D(2017, 12, 31), "2016–2017"),
        (D(2018, 4, 1), D(2018, 4, 30), "IV 2018"),
        (D(2017, 1, 1), D(2017, 6, 30), "I–VI 2017"),
        (D(2017, 11, 1), D(2018, 2, 28), "XI 2017 – II 2018"),
        (D(2021, 7, 1), D(2021, 7, 1), "1 VII 2021"),
        (D(2021, 7, 1), D(2021, 7, 15), "1 VII 2021 – 15 VII 2021"),
    ],
)
def test_period_label_is_as_precise_as_the_period(start, end, label):
    assert period_label(start, end) == label


@pytest.mark.parametrize(
    ("start", "end", "precision", "label"),
    [
        (D(2017, 7, 23), D(2017, 7, 24), "day", "23–24 VII 2017"),
        (D(2017, 6, 30), D(2017, 7, 2), "day", "30 VI – 2 VII 2017"),
        (D(2017, 12, 30), D(2018, 1, 2), "day", "30 XII 2017 – 2 I 2018"),
        (D(2021, 7, 1), None, "day", "1 VII 2021"),
        (D(2018, 4, 1), D(2018, 4, 20), "month", "IV 2018"),
        (None, None, "day", ""),
    ],
)
def test_format_span_shows_a_stay_compactly(start, end, precision, label):
    assert format_span(start, end, precision) == label


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("759000000"), "759 m USD"),
        (Decimal("314600000000"), "314.6 bn USD"),
        (Decimal("1234000000"), "1.2 bn USD"),
        (Decimal("0"), "0 USD"),
        (None, ""),
    ],
)
def test_money_is_short_and_readable(value, text):
    assert money(value, "USD") == text


def test_money_uses_the_languages_decimal_separator():
    with translation.override("pl"):
        assert money(Decimal("314600000000"), "USD").startswith("314,6 ")


LANES = [Lane("visit", "Visits"), Lane("agreement", "Agreements"), Lane("commitment", "Commitments")]


def test_timeline_draws_one_lane_per_kind_present_and_a_year_axis():
    marks = [
        Mark("visit", D(2017, 7, 23), D(2017, 7, 24), "visit", "#visit-1", "visit"),
        Mark("agreement", D(2018, 4, 1), D(2018, 4, 30), "memorandum", "#agreement-2", "agreement"),
    ]

    svg = str(timeline_svg(LANES, marks, today=D(2019, 5, 1), title="Timeline"))

    assert svg.startswith("<svg")
    assert svg.endswith("</svg>")
    assert "Visits" in svg
    assert "Agreements" in svg
    assert "Commitments" not in svg
    assert [int(year) for year in re.findall(r">(\d{4})</text>", svg)] == [2017, 2018, 2019]
    assert 'href="#visit-1"' in svg
    assert 'href="#agreement-2"' in svg


def test_a_date_known_to_the_year_is_a_band_and_an_inferred_one_is_marked():
    marks = [Mark("visit", D(2015, 1, 1), D(2015, 12, 31), "2015", "#start", "visit", is_inferred=True)]

    svg = str(timeline_svg(LANES, marks, today=D(2016, 1, 1), title="Timeline"))

    assert 'class="band"' in svg
    assert 'class="mark mark-visit inferred"' in svg


def test_timeline_escapes_every_text():
    marks = [Mark("visit", D(2020, 1, 1), D(2020, 1, 1), "<script>alert(1)</script>", '#x"y', "visit")]

    svg = str(timeline_svg(LANES, marks, today=D(2020, 6, 1), title="A & B"))

    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert "A &amp; B" in svg
    assert 'href="#x&quot;y"' in svg


def test_an_empty_timeline_draws_nothing():
    assert timeline_svg(LANES, [], today=D(2020, 1, 1), title="Empty") == ""


def bars():
    return [
        Bar("2016", "turnover", Decimal("759000000"), "759 m", "2016 turnover"),
        Bar("I–VI 2017", "turnover", Decimal("314600000000"), "314.6 bn", "half a year", is_suspect=True),
    ]


def test_the_scale_follows_the_trusted_figures_and_the_suspect_one_is_broken_off():
    svg = str(
        bar_chart_svg(
            bars(),
            [Lane("turnover", "turnover")],
            title="Trade",
            axis_format=lambda value: money(value),
            suspect_label="suspect",
        )
    )

    assert ">1 bn</text>" in svg  # the axis tops out just above 759 m, not at 314.6 bn
    assert 'class="bar bar-turnover suspect"' in svg
    assert 'class="break"' in svg
    assert "314.6 bn ⚠" in svg
    assert "suspect</text>" in svg


def test_a_chart_without_suspect_figures_has_no_break_and_no_suspect_legend():
    svg = str(
        bar_chart_svg(
            bars()[:1], [Lane("turnover", "turnover")], title="Trade", axis_format=str, suspect_label="suspect"
        )
    )

    assert 'class="break"' not in svg
    assert "suspect</text>" not in svg


def test_an_empty_bar_chart_draws_nothing():
    assert bar_chart_svg([], [], title="Trade", axis_format=str) == ""
