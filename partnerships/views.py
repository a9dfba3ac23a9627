"""Public pages of the partnerships app: agreements, regions, trade. Thin: FilterSet → queryset → render."""

from django.db.models import F
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext

from accounts.rights import readable
from partnerships.charts import Bar, Lane, bar_chart_svg, period_label
from partnerships.dates import format_partial_date
from partnerships.filtersets import AgreementFilterSet
from partnerships.listing import (
    PageOutOfRange,
    build_listing,
    csv_response,
    ensure_stable_order,
    invalid_filters_response,
)
from partnerships.models import Agreement, Partnership, Region, TradeFigure, TradeFlow, TradeQuality
from partnerships.querysets import citations_prefetch
from partnerships.templatetags.tracker import money, name

AGREEMENT_SORT_COLUMNS = {"date": "descending", "title": "ascending", "kind": "ascending", "status": "ascending"}


def page_out_of_range(request, error: PageOutOfRange):
    return render(request, "partials/page_out_of_range.html", {"error": error}, status=404)


def _agreements(request):
    """The agreements this reader may see, newest first, undated last, with what a listing row shows."""
    queryset = readable(Agreement.objects.all(), request.user).with_listing()
    return queryset.order_by(F("signed_on").desc(nulls_last=True), "title")


def agreement_list(request):
    try:
        listing = build_listing(
            request,
            AgreementFilterSet,
            _agreements(request),
            export_path=reverse("partnerships:agreement_export"),
            sort_columns=AGREEMENT_SORT_COLUMNS,
            default_ordering=["-date"],
        )
    except PageOutOfRange as error:
        return page_out_of_range(request, error)
    return render(request, "partnerships/agreement_list.html", {"listing": listing, "agreements": listing.rows})


def agreement_export(request):
    filterset = AgreementFilterSet(request.GET, queryset=_agreements(request), request=request)
    if not filterset.is_valid():
        return invalid_filters_response(filterset.form)
    rows = (
        [
            agreement.pk,
            agreement.title,
            agreement.get_kind_display(),
            agreement.get_status_display(),
            agreement.display_date,
            agreement.signed_on,
            agreement.date_precision,
            "yes" if agreement.is_date_inferred else "no",
            agreement.place,
            name(agreement.voivodeship),
            name(agreement.partnership.partner_region) if agreement.partnership else "",
            "; ".join(name(party.region or party.organization) for party in agreement.parties.all()),
            "; ".join(name(topic) for topic in agreement.topics.all()),
            request.build_absolute_uri(reverse("partnerships:agreement_detail", args=[agreement.pk])),
        ]
        for agreement in ensure_stable_order(filterset.qs, "pk")
    )
    header = [
        "id",
        "title",
        "kind",
        "status",
        "signed",
        "signed_on",
        "date_precision",
        "date_inferred",
        "place",
        "voivodeship",
        "partner_region",
        "parties",
        "areas",
        "url",
    ]
    return csv_response("agreements.csv", header, rows)


def agreement_detail(request, pk: int):
    agreement = get_object_or_404(readable(Agreement.objects.all(), request.user).with_detail(), pk=pk)
    context = {
        "agreement": agreement,
        # Visits and events are the visits app's; their reverse relations need no import from it.
        "visits": readable(agreement.visits.all(), request.user).order_by("start_on"),
        "events": readable(agreement.events.all(), request.user).order_by("start_on"),
    }
    return render(request, "partnerships/agreement_detail.html", context)


def region_detail(request, slug: str):
    region = get_object_or_404(Region.objects.with_history().with_sources(), slug=slug)
    lineage = Region.objects.lineage_ids([region.pk])
    partnerships = Partnership.objects.involving_regions(lineage).with_regions().order_by("since_on")
    context = {
        "region": region,
        "partnerships": partnerships,
        "lineage": lineage,
        "statistics": sorted(region.statistics.all(), key=lambda s: (s.kind, s.reference_year or 0)),
    }
    return render(request, "partnerships/region_detail.html", context)


FLOW_LANES = [
    Lane(TradeFlow.TURNOVER, TradeFlow.TURNOVER.label),
    Lane(TradeFlow.EXPORT, TradeFlow.EXPORT.label),
    Lane(TradeFlow.IMPORT, TradeFlow.IMPORT.label),
]


def trade_chart(figures, *, title: str, height: int = 300):
    """Bars for the figures that have a value (ranks only go to the table); suspect ones hatched."""
    bars = [
        Bar(
            group=period_label(figure.period_start_on, figure.period_end_on),
            series=figure.flow,
            value=figure.normalized_value,
            value_label=money(figure.normalized_value),
            label=" · ".join(
                part
                for part in [
                    f"{figure.reporter_country}–{figure.partner_country}",
                    figure.get_flow_display(),
                    period_label(figure.period_start_on, figure.period_end_on),
                    money(figure.normalized_value, figure.currency),
                    figure.quality_note if figure.quality == TradeQuality.SUSPECT else "",
                ]
                if part
            ),
            href=f"{reverse('partnerships:trade')}#figure-{figure.pk}",
            is_suspect=figure.quality == TradeQuality.SUSPECT,
        )
        for figure in figures
        if figure.normalized_value is not None
    ]
    currencies = sorted({figure.currency for figure in figures if figure.normalized_value is not None})
    lanes = [Lane(lane.key, str(lane.label)) for lane in FLOW_LANES]
    return bar_chart_svg(
        bars,
        lanes,
        title=title,
        axis_format=lambda value: money(value, currencies[0] if len(currencies) == 1 else ""),
        height=height,
        suspect_label=gettext("suspect figure, not to scale"),
    )


def trade(request):
    figures = list(
        TradeFigure.objects.prefetch_related(citations_prefetch()).order_by("period_start_on", "period_end_on", "flow")
    )
    rows = [
        {
            "figure": figure,
            "period": period_label(figure.period_start_on, figure.period_end_on),
            "value": money(figure.normalized_value, figure.currency),
            "is_suspect": figure.quality == TradeQuality.SUSPECT,
            "as_of": format_partial_date(figure.period_start_on, figure.date_precision),
        }
        for figure in figures
    ]
    context = {
        "rows": rows,
        "chart": trade_chart(figures, title=gettext("Trade figures by period and flow")),
        "suspect": [row for row in rows if row["is_suspect"]],
    }
    return render(request, "partnerships/trade.html", context)
