"""Measured trade flows between countries or regions."""

from decimal import Decimal

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from partnerships.models.common import Cited, PartialDate, choice_constraint, country_constraint, not_before_constraint


class TradeFlow(models.TextChoices):
    TURNOVER = "turnover", _("turnover")
    EXPORT = "export", _("export")
    IMPORT = "import", _("import")


class Scale(models.IntegerChoices):
    UNITS = 1, _("units")
    THOUSANDS = 1_000, _("thousands")
    MILLIONS = 1_000_000, _("millions")
    BILLIONS = 1_000_000_000, _("billions")


class TradeQuality(models.TextChoices):
    OK = "ok", _("consistent")
    SUSPECT = "suspect", _("suspect")


class TradeFigure(Cited, PartialDate):
    """A trade flow over a period, its value as written (value × scale, currency) and normalised.

    ``reporter`` is the country whose flow it is (for an export: the exporter); ``partner`` the other side.
    A rank-only figure ("16th among exporters") has a rank and no value.
    """

    date_field = "period_start_on"

    reporter_country = models.CharField(_("reporter country"), max_length=2)
    partner_country = models.CharField(_("partner country"), max_length=2)
    flow = models.CharField(_("flow"), max_length=10, choices=TradeFlow, db_index=True)
    period_start_on = models.DateField(_("period start"))
    period_end_on = models.DateField(_("period end"))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=3, null=True, blank=True)
    scale = models.PositiveBigIntegerField(_("scale"), choices=Scale, default=Scale.UNITS)
    currency = models.CharField(_("currency"), max_length=3, blank=True, help_text=_("ISO 4217, e.g. USD"))
    normalized_value = models.DecimalField(
        _("value in units of the currency"), max_digits=24, decimal_places=2, null=True, blank=True, editable=False
    )
    value_as_written = models.CharField(_("value as written"), max_length=100, blank=True)
    rank = models.PositiveSmallIntegerField(_("rank"), null=True, blank=True)
    rank_among = models.CharField(_("rank among"), max_length=200, blank=True)
    quality = models.CharField(_("quality"), max_length=10, choices=TradeQuality, default=TradeQuality.OK)
    quality_note = models.TextField(_("quality note"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("trade figure")
        verbose_name_plural = _("trade figures")
        ordering = ["period_start_on", "flow"]
        constraints = [
            *PartialDate.partial_date_constraints(),
            choice_constraint("flow", TradeFlow),
            choice_constraint("scale", Scale),
            choice_constraint("quality", TradeQuality),
            country_constraint("reporter_country"),
            country_constraint("partner_country"),
            not_before_constraint(
                "period_end_on", "period_start_on", _("A period cannot end before it starts."), rule="period_in_order"
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__gte=0),
                name="%(app_label)s_%(class)s_value_not_negative",
                violation_error_message=_("A trade value cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(rank__isnull=True) | Q(rank__gte=1),
                name="%(app_label)s_%(class)s_rank_positive",
                violation_error_message=_("A rank starts at 1."),
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=False) | Q(rank__isnull=False),
                name="%(app_label)s_%(class)s_value_or_rank",
                violation_error_message=_("A trade figure needs a value or a rank."),
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(currency__length=3),
                name="%(app_label)s_%(class)s_value_has_currency",
                violation_error_message=_("A value needs its three-letter currency code."),
            ),
            models.CheckConstraint(
                condition=Q(quality=TradeQuality.OK) | ~Q(quality_note=""),
                name="%(app_label)s_%(class)s_suspect_has_note",
                violation_error_message=_("A suspect figure needs a note explaining why."),
            ),
        ]

    def __str__(self):
        what = self.value_as_written or (f"#{self.rank}" if self.rank else "")
        return f"{self.reporter_country}→{self.partner_country} {self.get_flow_display()} {self.display_date}: {what}"

    def save(self, *args, **kwargs):
        self.normalized_value = (
            None if self.value is None else (self.value * Decimal(self.scale)).quantize(Decimal("0.01"))
        )
        super().save(*args, **kwargs)
