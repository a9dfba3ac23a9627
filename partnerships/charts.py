"""Server-rendered SVG: a partnership's compact timeline and the trade bar chart.

Both are plain markup built on the server, so they show without JavaScript; colours come from
site.css classes. Every number and label drawn is also in the page's list or table next to the chart.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from partnerships.dates import ROMAN_MONTHS, format_partial_date, period_end


def _number(value: float) -> str:
    """Coordinates with at most one decimal, so the markup stays short and stable."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def period_label(start: datetime.date, end: datetime.date) -> str:
    """“2016”, “2016–2017”, “IV 2018”, “I–VI 2017”, or two days, as precisely as the period allows."""
    whole_years = (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31)
    if whole_years:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    whole_months = start.day == 1 and end == period_end(end.replace(day=1), "month")
    if whole_months:
        first, last = ROMAN_MONTHS[start.month - 1], ROMAN_MONTHS[end.month - 1]
        if start.year != end.year:
            return f"{first} {start.year} – {last} {end.year}"
        return f"{first} {start.year}" if start.month == end.month else f"{first}–{last} {start.year}"
    if start == end:
        return format_partial_date(start, "day")
    return f"{format_partial_date(start, 'day')} – {format_partial_date(end, 'day')}"


# --- the partnership timeline -------------------------------------------------------------------


@dataclass
class Lane:
    key: str
    label: str


@dataclass
class Mark:
    """One record on the timeline: a point for a known day, a band for a month or a year."""

    lane: str
    start: datetime.date
    end: datetime.date  # the last day of the period the date stands for (== start for a known day)
    label: str
    href: str
    css: str  # "visit", "agreement", "step", "event", "commitment", "start"; "overdue" stands out
    is_inferred: bool = False


SHAPES = {
    "start": "star",
    "visit": "circle",
    "agreement": "diamond",
    "step": "small-diamond",
    "event": "square",
    "commitment": "triangle",
    "overdue": "triangle",
}


def _shape(kind: str, x: float, y: float) -> str:
    if kind == "circle":
        return f'<circle cx="{_number(x)}" cy="{_number(y)}" r="6"/>'
    if kind in ("diamond", "small-diamond"):
        r = 7 if kind == "diamond" else 5
        corners = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
        points = " ".join(f"{_number(cx)},{_number(cy)}" for cx, cy in corners)
        return f'<polygon points="{points}"/>'
    if kind == "square":
        return f'<rect x="{_number(x - 5.5)}" y="{_number(y - 5.5)}" width="11" height="11"/>'
    if kind == "triangle":
        points = f"{_number(x)},{_number(y - 7)} {_number(x + 7)},{_number(y + 6)} {_number(x - 7)},{_number(y + 6)}"
        return f'<polygon points="{points}"/>'
    # star: the partnership's beginning
    points = " ".join(
        f"{_number(x + dx)},{_number(y + dy)}"
        for dx, dy in [
            (0, -8),
            (2.4, -2.6),
            (8, -2.4),
            (3.6, 1.6),
            (5, 7.6),
            (0, 4.2),
            (-5, 7.6),
            (-3.6, 1.6),
            (-8, -2.4),
            (-2.4, -2.6),
        ]
    )
    return f'<polygon points="{points}"/>'


def timeline_svg(lanes: list[Lane], marks: list[Mark], *, today: datetime.date, title: str) -> SafeString:
    """A horizontal timeline, one lane per kind of record, years along the bottom, today marked.

    Each mark links to its entry in the list below (``href``); inferred dates are drawn hollow and dashed.
    """
    width, gutter, right, top, lane_height, axis = 820, 150, 16, 12, 30, 30
    if not marks:
        return mark_safe("")
    first_year = min(mark.start.year for mark in marks)
    last_year = max(max(mark.end.year for mark in marks), today.year)
    start, end = datetime.date(first_year, 1, 1), datetime.date(last_year + 1, 1, 1)
    span = (end - start).days
    plot = width - gutter - right

    def x(day: datetime.date) -> float:
        return gutter + (day - start).days / span * plot

    used = [lane for lane in lanes if any(mark.lane == lane.key for mark in marks)]
    height = top + lane_height * len(used) + axis
    rows = {lane.key: top + lane_height * index + lane_height / 2 for index, lane in enumerate(used)}
    parts = [
        f'<svg class="timeline-chart" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" '
        f'role="img" aria-labelledby="timeline-chart-title">',
        f'<title id="timeline-chart-title">{escape(title)}</title>',
    ]
    years = last_year - first_year + 1
    step = 1 if years <= 12 else 2 if years <= 24 else 5
    for year in range(first_year, last_year + 2):
        tick = x(datetime.date(year, 1, 1))
        parts.append(
            f'<line class="grid" x1="{_number(tick)}" y1="{top}" x2="{_number(tick)}" y2="{height - axis + 4}"/>'
        )
        if year <= last_year and (year - first_year) % step == 0:
            middle = x(datetime.date(year, 7, 1)) if step == 1 else tick + 2
            anchor = "middle" if step == 1 else "start"
            parts.append(
                f'<text class="axis-label" x="{_number(middle)}" y="{height - 10}" text-anchor="{anchor}">{year}</text>'
            )
    for lane in used:
        y = rows[lane.key]
        parts.append(f'<line class="lane" x1="{gutter}" y1="{_number(y)}" x2="{width - right}" y2="{_number(y)}"/>')
        parts.append(
            f'<text class="lane-label" x="{gutter - 10}" y="{_number(y + 4)}" text-anchor="end">'
            f"{escape(lane.label)}</text>"
        )
    now = x(today)
    parts.append(
        f'<line class="today" x1="{_number(now)}" y1="{top - 4}" x2="{_number(now)}" y2="{height - axis + 4}"/>'
        f'<text class="today-label" x="{_number(now - 3)}" y="{top + 2}" text-anchor="end">'
        f"{escape(gettext('today'))}</text>"
    )
    for mark in sorted(marks, key=lambda m: (m.start, m.css == "overdue")):
        if mark.lane not in rows:
            continue
        y = rows[mark.lane]
        left, right_edge = x(mark.start), x(mark.end + datetime.timedelta(days=1))
        classes = f"mark mark-{mark.css}" + (" inferred" if mark.is_inferred else "")
        parts.append(
            f'<a href="{escape(mark.href)}" class="{classes}" tabindex="-1"><title>{escape(mark.label)}</title>'
        )
        if right_edge - left > 4:
            parts.append(
                f'<rect class="band" x="{_number(left)}" y="{_number(y - 5)}" '
                f'width="{_number(right_edge - left)}" height="10" rx="3"/>'
            )
            centre = (left + right_edge) / 2 if mark.end - mark.start > datetime.timedelta(days=31) else left
        else:
            centre = left
        parts.append(_shape(SHAPES.get(mark.css, "circle"), centre, y))
        parts.append("</a>")
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 — every text above is escaped


# --- the trade chart ------------------------------------------------------------------------------


@dataclass
class Bar:
    group: str  # the label under the bars (a period)
    series: str  # which colour (a flow)
    value: Decimal
    value_label: str  # the value as shown above the bar
    label: str  # the full description, for the tooltip
    href: str = ""
    is_suspect: bool = False


GROUP_WIDTH = 150


def _nice_step(maximum: float, ticks: int = 4) -> float:
    raw = maximum / ticks
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def bar_chart_svg(
    bars: list[Bar],
    series: list[Lane],
    *,
    title: str,
    axis_format,
    height: int = 280,
    suspect_label: str = "",
) -> SafeString:
    """Bars grouped by period; the scale ignores suspect values, which are hatched and drawn broken at the top.

    ``axis_format`` turns a tick value into its label (e.g. “500 m USD”).
    """
    if not bars:
        return mark_safe("")
    groups: list[str] = []
    for bar in bars:
        if bar.group not in groups:
            groups.append(bar.group)
    trusted = [float(bar.value) for bar in bars if not bar.is_suspect] or [float(bar.value) for bar in bars]
    step = _nice_step(max(trusted) * 1.1 or 1)
    top_value = step * max(1, -(-max(trusted) * 1.1 // step))

    gutter, right, top, bottom, legend = 86, 12, 26, 40, 22
    present = [lane for lane in series if any(bar.series == lane.key for bar in bars)]
    legend_labels = [lane.label for lane in present]
    if suspect_label and any(bar.is_suspect for bar in bars):
        legend_labels.append(suspect_label)
    # Sized to its content, so a chart of two periods stays legible on a phone instead of shrinking.
    legend_width = sum(26 + 7 * len(label) for label in legend_labels)
    width = max(gutter + right + GROUP_WIDTH * len(groups), gutter + legend_width + right, 360)
    group_width = (width - gutter - right) / len(groups)
    plot_height = height - top - bottom - legend
    base = top + plot_height

    def y(value: float) -> float:
        return base - min(value, top_value) / top_value * plot_height

    parts = [
        f'<svg class="bar-chart" viewBox="0 0 {_number(width)} {height}" xmlns="http://www.w3.org/2000/svg" '
        f'role="img" aria-labelledby="bar-chart-title" style="max-width: {round(width * 1.5)}px; '
        f'min-width: {round(min(width, 720) * 0.6)}px">',
        f'<title id="bar-chart-title">{escape(title)}</title>',
        '<defs><pattern id="suspect-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/>'
        '<line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>',
    ]
    tick = 0.0
    while tick <= top_value + 1e-9:
        ty = y(tick)
        parts.append(
            f'<line class="grid" x1="{gutter}" y1="{_number(ty)}" x2="{_number(width - right)}" y2="{_number(ty)}"/>'
        )
        parts.append(
            f'<text class="axis-label" x="{gutter - 6}" y="{_number(ty + 4)}" text-anchor="end">'
            f"{escape(axis_format(Decimal(str(tick))))}</text>"
        )
        tick += step
    order = {lane.key: index for index, lane in enumerate(series)}
    for index, group in enumerate(groups):
        in_group = sorted((bar for bar in bars if bar.group == group), key=lambda bar: order.get(bar.series, 99))
        slot = (group_width - 16) / max(len(in_group), 1)
        bar_width = min(slot - 6, 56)
        left = gutter + group_width * index + 8
        for position, bar in enumerate(in_group):
            bx = left + slot * position + (slot - bar_width) / 2
            value = float(bar.value)
            by = y(value)
            classes = f"bar bar-{bar.series}" + (" suspect" if bar.is_suspect else "")
            opening = f'<a href="{escape(bar.href)}" class="{classes}">' if bar.href else f'<g class="{classes}">'
            parts.append(f"{opening}<title>{escape(bar.label)}</title>")
            parts.append(
                f'<rect x="{_number(bx)}" y="{_number(by)}" width="{_number(bar_width)}" '
                f'height="{_number(max(base - by, 1))}"/>'
            )
            if value > top_value:
                # Off the scale: a zigzag break says the bar is not drawn to size.
                zy = top + 14
                parts.append(
                    f'<polyline class="break" points="{_number(bx - 2)},{zy} {_number(bx + bar_width / 4)},{zy - 5} '
                    f"{_number(bx + bar_width / 2)},{zy} {_number(bx + 3 * bar_width / 4)},{zy - 5} "
                    f'{_number(bx + bar_width + 2)},{zy}"/>'
                )
            text = bar.value_label + (" ⚠" if bar.is_suspect else "")
            parts.append(
                f'<text class="value-label{" suspect-label" if bar.is_suspect else ""}" '
                f'x="{_number(bx + bar_width / 2)}" '
                f'y="{_number(max(by - 5, top - 8))}" text-anchor="middle">{escape(text)}</text>'
            )
            parts.append("</a>" if bar.href else "</g>")
        parts.append(
            f'<text class="axis-label group-label" x="{_number(gutter + group_width * index + group_width / 2)}" '
            f'y="{base + 18}" text-anchor="middle">{escape(group)}</text>'
        )
    parts.append(
        f'<line class="axis" x1="{gutter}" y1="{_number(base)}" x2="{_number(width - right)}" y2="{_number(base)}"/>'
    )
    lx = gutter
    ly = height - 8
    for lane in present:
        parts.append(
            f'<rect class="bar-{lane.key}" x="{lx}" y="{ly - 10}" width="12" height="12"/>'
            f'<text class="legend" x="{lx + 16}" y="{ly}">{escape(lane.label)}</text>'
        )
        lx += 26 + 7 * len(lane.label)
    if suspect_label and any(bar.is_suspect for bar in bars):
        parts.append(
            f'<rect class="suspect" x="{lx}" y="{ly - 10}" width="12" height="12" fill="url(#suspect-hatch)"/>'
            f'<text class="legend" x="{lx + 16}" y="{ly}">{escape(suspect_label)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 — every text above is escaped
