"""Regions, their codes, names, statistics and history of renames and splits."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from partnerships.models.common import (
    Cited,
    Language,
    PartialDate,
    choice_constraint,
    country_constraint,
    not_before_constraint,
)
from partnerships.querysets import RegionQuerySet


class RegionKind(models.TextChoices):
    VOIVODESHIP = "voivodeship", _("voivodeship")
    OBLAST = "oblast", _("oblast (region)")
    CITY_OF_REPUBLICAN_SIGNIFICANCE = "city_republican", _("city of republican significance")
    CITY = "city", _("city")
    OTHER = "other", _("other")


class Region(Cited):
    """An administrative unit of any country; a renamed or split region is a new row linked by RegionChange."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    country = models.CharField(_("country"), max_length=2, db_index=True, help_text=_("ISO 3166-1 alpha-2, e.g. PL"))
    kind = models.CharField(_("kind"), max_length=20, choices=RegionKind)
    name_pl = models.CharField(_("name (Polish)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_local = models.CharField(_("name (local language)"), max_length=200, blank=True)
    name_local_language = models.CharField(_("local language"), max_length=5, choices=Language, default=Language.OTHER)
    iso_code = models.CharField(
        _("current ISO 3166-2 code"),
        max_length=10,
        null=True,
        blank=True,
        unique=True,
        help_text=_("Empty for a region that no longer exists; its old codes are kept as region codes."),
    )
    teryt_code = models.CharField(_("TERYT code"), max_length=7, blank=True)
    capital = models.CharField(_("capital"), max_length=200, blank=True)
    established_on = models.DateField(_("established on"), null=True, blank=True)
    abolished_on = models.DateField(_("abolished on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    objects = RegionQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["country", "name_pl"]
        constraints = [
            country_constraint("country"),
            choice_constraint("kind", RegionKind),
            choice_constraint("name_local_language", Language),
            not_before_constraint(
                "abolished_on", "established_on", _("A region cannot be abolished before it was established.")
            ),
            models.CheckConstraint(
                condition=Q(iso_code__isnull=True) | Q(iso_code__startswith=models.F("country")),
                name="%(app_label)s_%(class)s_iso_code_matches_country",
                violation_error_message=_("An ISO 3166-2 code starts with the region's country code."),
            ),
            models.CheckConstraint(
                condition=Q(iso_code__isnull=True) | Q(abolished_on__isnull=True),
                name="%(app_label)s_%(class)s_abolished_has_no_current_code",
                violation_error_message=_("An abolished region has no current ISO code; keep it among its old codes."),
            ),
        ]

    def __str__(self):
        return self.name_pl

    def get_absolute_url(self):
        return reverse("admin:partnerships_region_change", args=[self.pk])

    @property
    def is_current(self) -> bool:
        return self.abolished_on is None


class CodeSystem(models.TextChoices):
    ISO_3166_2 = "iso_3166_2", _("ISO 3166-2")
    TERYT = "teryt", _("TERYT")
    OTHER = "other", _("other")


class RegionCode(models.Model):
    """A code a region carries or carried, so that an old code still finds its region."""

    region = models.ForeignKey(Region, verbose_name=_("region"), on_delete=models.CASCADE, related_name="codes")
    system = models.CharField(_("code system"), max_length=12, choices=CodeSystem)
    code = models.CharField(_("code"), max_length=20, db_index=True)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("region code")
        verbose_name_plural = _("region codes")
        ordering = ["region", "system", "adopted_on"]
        constraints = [
            choice_constraint("system", CodeSystem),
            not_before_constraint("withdrawn_on", "adopted_on", _("A code cannot be withdrawn before it was adopted.")),
            models.UniqueConstraint(
                fields=["region", "system", "code"],
                name="%(app_label)s_%(class)s_unique_code",
                violation_error_message=_("The region already has this code."),
            ),
        ]

    def __str__(self):
        return f"{self.code} ({self.region})"


class RegionAlias(models.Model):
    """Another spelling of a region's name, in any language, so every spelling is findable."""

    region = models.ForeignKey(Region, verbose_name=_("region"), on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("name"), max_length=200, db_index=True)
    language = models.CharField(_("language"), max_length=5, choices=Language)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("region alias")
        verbose_name_plural = _("region aliases")
        ordering = ["region", "language", "name"]
        constraints = [
            choice_constraint("language", Language),
            models.UniqueConstraint(
                fields=["region", "name"],
                name="%(app_label)s_%(class)s_unique_name",
                violation_error_message=_("The region already has this alias."),
            ),
            models.CheckConstraint(
                condition=~Q(name=""),
                name="%(app_label)s_%(class)s_name_not_empty",
                violation_error_message=_("An alias needs a name."),
            ),
        ]

    def __str__(self):
        return self.name


class RegionChangeKind(models.TextChoices):
    RENAME = "rename", _("rename")
    SPLIT = "split", _("split")
    MERGE = "merge", _("merge")
    CAPITAL_MOVE = "capital_move", _("capital move")
    BOUNDARY_CHANGE = "boundary_change", _("boundary change")


class RegionChange(Cited, PartialDate):
    """One edge of a region's history: the predecessor became (part of) the successor on a date."""

    date_field = "changed_on"

    kind = models.CharField(_("kind"), max_length=20, choices=RegionChangeKind)
    predecessor = models.ForeignKey(
        Region, verbose_name=_("predecessor"), on_delete=models.PROTECT, related_name="changes_as_predecessor"
    )
    successor = models.ForeignKey(
        Region, verbose_name=_("successor"), on_delete=models.PROTECT, related_name="changes_as_successor"
    )
    changed_on = models.DateField(_("changed on"))
    name_before = models.CharField(_("name before"), max_length=200, blank=True)
    name_after = models.CharField(_("name after"), max_length=200, blank=True)
    capital_before = models.CharField(_("capital before"), max_length=200, blank=True)
    capital_after = models.CharField(_("capital after"), max_length=200, blank=True)
    note = models.TextField(_("note"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("region change")
        verbose_name_plural = _("region changes")
        ordering = ["changed_on", "pk"]
        constraints = [
            *PartialDate.partial_date_constraints(),
            choice_constraint("kind", RegionChangeKind),
            models.CheckConstraint(
                condition=~Q(predecessor=models.F("successor"))
                | Q(
                    kind__in=[RegionChangeKind.RENAME, RegionChangeKind.CAPITAL_MOVE, RegionChangeKind.BOUNDARY_CHANGE]
                ),
                name="%(app_label)s_%(class)s_split_merge_between_two_regions",
                violation_error_message=_("A split or merge links two different regions."),
            ),
            models.UniqueConstraint(
                fields=["kind", "predecessor", "successor", "changed_on"],
                name="%(app_label)s_%(class)s_unique_edge",
                violation_error_message=_("This change is already recorded."),
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.predecessor} → {self.successor} ({self.display_date})"


class StatisticKind(models.TextChoices):
    AREA = "area", _("area")
    POPULATION = "population", _("population")


class RegionStatistic(Cited):
    """A figure about a region as a source states it: value, unit, reference year, approximation."""

    region = models.ForeignKey(Region, verbose_name=_("region"), on_delete=models.CASCADE, related_name="statistics")
    kind = models.CharField(_("kind"), max_length=12, choices=StatisticKind)
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=20, help_text=_("e.g. km² or persons"))
    reference_year = models.PositiveSmallIntegerField(_("reference year"), null=True, blank=True)
    is_reference_year_inferred = models.BooleanField(_("reference year is inferred"), default=False)
    reference_year_note = models.TextField(_("reference year note"), blank=True)
    qualifier = models.CharField(
        _("qualifier"), max_length=30, blank=True, help_text=_("As the source qualifies it: about, over, almost")
    )
    value_as_written = models.CharField(_("value as written"), max_length=100, blank=True)
    is_suspect = models.BooleanField(_("is suspect"), default=False)
    quality_note = models.TextField(_("quality note"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("region statistic")
        verbose_name_plural = _("region statistics")
        ordering = ["region", "kind", "reference_year"]
        constraints = [
            choice_constraint("kind", StatisticKind),
            models.CheckConstraint(
                condition=Q(value__gte=0),
                name="%(app_label)s_%(class)s_value_not_negative",
                violation_error_message=_("A statistic cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(is_suspect=False) | ~Q(quality_note=""),
                name="%(app_label)s_%(class)s_suspect_has_note",
                violation_error_message=_("A suspect figure needs a note explaining why."),
            ),
            models.CheckConstraint(
                condition=Q(is_reference_year_inferred=False) | ~Q(reference_year_note=""),
                name="%(app_label)s_%(class)s_inferred_year_has_reason",
                violation_error_message=_("An inferred reference year needs the reason it was inferred."),
            ),
        ]

    def __str__(self):
        return f"{self.region}: {self.get_kind_display()} {self.value_as_written or self.value}"
