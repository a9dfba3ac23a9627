"""Partnerships between a Polish region and a partner region, and the areas they cover."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from partnerships.models.common import Cited, PartialDate, choice_constraint
from partnerships.models.regions import Region
from partnerships.querysets import PartnershipQuerySet


class TopicKind(models.TextChoices):
    AREA = "area", _("area of cooperation")
    SECTOR = "sector", _("economic sector")


class Topic(models.Model):
    """An area of cooperation (health, culture…) or an economic sector (dairy processing…)."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=TopicKind)
    name_pl = models.CharField(_("name (Polish)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)

    class Meta:
        verbose_name = _("area or sector")
        verbose_name_plural = _("areas and sectors")
        ordering = ["kind", "name_pl"]
        constraints = [choice_constraint("kind", TopicKind)]

    def __str__(self):
        return self.name_pl


class PartnershipStatus(models.TextChoices):
    PROSPECTIVE = "prospective", _("prospective")
    ACTIVE = "active", _("active")
    DORMANT = "dormant", _("dormant")
    ENDED = "ended", _("ended")


class Partnership(Cited, PartialDate):
    """One Polish region and one partner region."""

    date_field = "since_on"

    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    voivodeship = models.ForeignKey(
        Region, verbose_name=_("voivodeship"), on_delete=models.PROTECT, related_name="partnerships_as_voivodeship"
    )
    partner_region = models.ForeignKey(
        Region, verbose_name=_("partner region"), on_delete=models.PROTECT, related_name="partnerships_as_partner"
    )
    status = models.CharField(_("status"), max_length=12, choices=PartnershipStatus, db_index=True)
    since_on = models.DateField(_("since"), null=True, blank=True)
    topics = models.ManyToManyField(Topic, verbose_name=_("areas and sectors"), blank=True, related_name="partnerships")
    summary = models.TextField(_("summary"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = PartnershipQuerySet.as_manager()

    history = HistoricalRecords(m2m_fields=["topics"])

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["voivodeship__name_pl", "partner_region__name_pl"]
        constraints = [
            *PartialDate.partial_date_constraints(),
            choice_constraint("status", PartnershipStatus),
            models.CheckConstraint(
                condition=~Q(voivodeship=models.F("partner_region")),
                name="%(app_label)s_%(class)s_two_different_regions",
                violation_error_message=_("A region cannot be its own partner."),
            ),
            models.UniqueConstraint(
                fields=["voivodeship", "partner_region"],
                name="%(app_label)s_%(class)s_unique_pair",
                violation_error_message=_("A partnership between these two regions already exists."),
            ),
        ]

    def __str__(self):
        return f"{self.voivodeship} – {self.partner_region}"

    def get_absolute_url(self):
        return reverse("admin:partnerships_partnership_change", args=[self.pk])

    def clean(self):
        super().clean()
        voivodeship = getattr(self, "voivodeship", None)
        partner = getattr(self, "partner_region", None)
        if voivodeship is not None and (voivodeship.country != "PL" or voivodeship.kind != "voivodeship"):
            raise ValidationError({"voivodeship": _("The Polish side of a partnership must be a Polish voivodeship.")})
        if voivodeship is not None and partner is not None and partner.country == voivodeship.country:
            raise ValidationError({"partner_region": _("The partner region must be in another country.")})
