"""Building blocks shared by every dated, published or cited record."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import MD5, Length, Upper
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from partnerships.dates import format_partial_date


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class Language(models.TextChoices):
    POLISH = "pl", _("Polish")
    ENGLISH = "en", _("English")
    RUSSIAN = "ru", _("Russian")
    KAZAKH = "kk", _("Kazakh")
    OTHER = "other", _("other")


def choice_constraint(field: str, choices) -> models.CheckConstraint:
    """A choice field's database guard: its value is one of the choices."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": choices.values}),
        name=f"%(app_label)s_%(class)s_{field}_valid",
        violation_error_message=format_lazy(_("“{field}” must be one of the allowed choices."), field=field),
    )


def country_constraint(field: str, *, nullable: bool = False) -> models.CheckConstraint:
    """ISO 3166-1 alpha-2: two upper-case letters (checked as length and case, portable to SQLite)."""
    condition = Q(**{f"{field}__length": 2}) & Q(**{field: Upper(field)})
    if nullable:
        condition = Q(**{f"{field}__isnull": True}) | Q(**{field: ""}) | condition
    return models.CheckConstraint(
        condition=condition,
        name=f"%(app_label)s_%(class)s_{field}_iso",
        violation_error_message=_("A country is a two-letter upper-case ISO 3166-1 code, e.g. PL or KZ."),
    )


def not_before_constraint(later: str, earlier: str, message, *, rule: str = "") -> models.CheckConstraint:
    """`later` is empty, `earlier` is empty, or `later` >= `earlier`; ``rule`` names it when the default is too long."""
    return models.CheckConstraint(
        condition=Q(**{f"{later}__isnull": True})
        | Q(**{f"{earlier}__isnull": True})
        | Q(**{f"{later}__gte": models.F(earlier)}),
        name=f"%(app_label)s_%(class)s_{rule or f'{later}_not_before_{earlier}'}",
        violation_error_message=message,
    )


models.CharField.register_lookup(Length)


def check_owner_matches_partnership(record) -> None:
    """A record owned by one voivodeship cannot belong to another voivodeship's partnership."""
    partnership = getattr(record, "partnership", None)
    if partnership is not None and record.voivodeship_id and partnership.voivodeship_id != record.voivodeship_id:
        raise ValidationError({"partnership": _("This partnership belongs to another voivodeship.")})


class PartialDate(models.Model):
    """A record whose date may be known only to the month or year, or inferred.

    The date field itself (``start_on``, ``signed_on``, …) belongs to the concrete model and
    holds the first day of the known period; these fields say how much of it is known.
    """

    date_field = None

    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision, default=DatePrecision.DAY
    )
    is_date_inferred = models.BooleanField(_("date is inferred"), default=False)
    date_inference_note = models.TextField(_("why the date is inferred"), blank=True)
    date_as_written = models.CharField(
        _("date as written in the source"),
        max_length=200,
        blank=True,
        help_text=_("The document's own words, e.g. “w czwartek 1 lipca”."),
    )

    class Meta:
        abstract = True

    @staticmethod
    def partial_date_constraints() -> list[models.BaseConstraint]:
        return [
            choice_constraint("date_precision", DatePrecision),
            models.CheckConstraint(
                condition=Q(is_date_inferred=False) | ~Q(date_inference_note=""),
                name="%(app_label)s_%(class)s_inferred_date_has_reason",
                violation_error_message=_("An inferred date needs the reason it was inferred."),
            ),
        ]

    def clean(self):
        super().clean()
        value = getattr(self, self.date_field, None) if self.date_field else None
        if value is None:
            return
        if self.date_precision == DatePrecision.MONTH and value.day != 1:
            raise ValidationError(
                {self.date_field: _("A date known to the month is stored as the first day of that month.")}
            )
        if self.date_precision == DatePrecision.YEAR and (value.month, value.day) != (1, 1):
            raise ValidationError(
                {self.date_field: _("A date known to the year is stored as the first of January of that year.")}
            )

    @property
    def display_date(self) -> str:
        """The record's date as precise as it is known, e.g. “2015”, “IV 2018”, “1 VII 2021”."""
        value = getattr(self, self.date_field, None) if self.date_field else None
        return format_partial_date(value, self.date_precision)


class Publishable(models.Model):
    """A record that is a draft until an officer publishes it."""

    published_at = models.DateTimeField(_("published at"), null=True, blank=True, db_index=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    @staticmethod
    def publishable_constraints() -> list[models.BaseConstraint]:
        return [
            models.CheckConstraint(
                condition=Q(published_by__isnull=True) | Q(published_at__isnull=False),
                name="%(app_label)s_%(class)s_publisher_only_when_published",
                violation_error_message=_("Only a published record has a publisher."),
            )
        ]

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class Source(PartialDate):
    """A document that facts were taken from; its full text is kept so any quote can be checked."""

    date_field = "published_on"

    key = models.SlugField(_("key"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=300)
    publisher = models.CharField(_("publisher"), max_length=300, blank=True)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=Language, default=Language.POLISH)
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    full_text = models.TextField(_("full text"), blank=True)
    is_reference = models.BooleanField(
        _("is reference material"),
        default=False,
        help_text=_("Reference sources (ISO 3166-2, official acts) back facts that the press documents do not state."),
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["key"]
        constraints = [
            *PartialDate.partial_date_constraints(),
            choice_constraint("language", Language),
        ]

    def __str__(self):
        return self.title


class Citation(models.Model):
    """The exact words of a source that back one record."""

    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="citations")
    quote = models.TextField(_("quote"))
    note = models.CharField(_("what it supports"), max_length=300, blank=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        ordering = ["source", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="citation_record_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(quote=""),
                name="%(app_label)s_%(class)s_quote_not_empty",
                violation_error_message=_("A citation needs the quoted words."),
            ),
            # The quote's hash, not the quote, is indexed: an index entry over a long quote would not fit.
            models.UniqueConstraint(
                models.F("source"),
                models.F("content_type"),
                models.F("object_id"),
                MD5("quote"),
                name="%(app_label)s_%(class)s_unique_quote_per_record",
                violation_error_message=_("This record already cites this quote."),
            ),
        ]

    def __str__(self):
        quote = self.quote if len(self.quote) <= 60 else self.quote[:57] + "…"
        return f"{self.source.key}: “{quote}”"

    def clean(self):
        super().clean()
        source = getattr(self, "source", None)
        if source is not None and source.full_text and self.quote and self.quote not in source.full_text:
            raise ValidationError({"quote": _("The quote does not occur word for word in the source's text.")})


class Cited(models.Model):
    """Gives a model its citations (``record.citations``)."""

    citations = GenericRelation(Citation, related_query_name="%(class)s")

    class Meta:
        abstract = True
