"""Agreements, their parties and signatories, and the dated steps of their legal path."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from partnerships.models.actors import Organization, Person
from partnerships.models.common import (
    Cited,
    PartialDate,
    Publishable,
    check_owner_matches_partnership,
    choice_constraint,
    not_before_constraint,
)
from partnerships.models.partnerships import Partnership, Topic
from partnerships.models.regions import Region
from partnerships.querysets import AgreementQuerySet


class AgreementKind(models.TextChoices):
    COOPERATION_AGREEMENT = "cooperation_agreement", _("cooperation agreement")
    MEMORANDUM = "memorandum", _("memorandum")
    LETTER_OF_INTENT = "letter_of_intent", _("letter of intent")
    INSTITUTIONAL_AGREEMENT = "institutional_agreement", _("institutional agreement")
    OTHER = "other", _("other")


class AgreementStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    IN_FORCE = "in_force", _("in force")
    DORMANT = "dormant", _("dormant")
    EXPIRED = "expired", _("expired")
    TERMINATED = "terminated", _("terminated")


class Agreement(Cited, PartialDate, Publishable):
    """A signed (or planned) agreement; its status follows its latest lifecycle step."""

    date_field = "signed_on"

    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=25, choices=AgreementKind, db_index=True)
    status = models.CharField(_("status"), max_length=12, choices=AgreementStatus, db_index=True)
    voivodeship = models.ForeignKey(
        Region,
        verbose_name=_("owning voivodeship"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="owned_agreements",
        help_text=_("The voivodeship whose officers keep this record; empty for agreements between third parties."),
    )
    partnership = models.ForeignKey(
        Partnership,
        verbose_name=_("partnership"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreements",
    )
    signed_on = models.DateField(_("signed on"), null=True, blank=True, db_index=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    topics = models.ManyToManyField(Topic, verbose_name=_("areas"), blank=True, related_name="agreements")
    summary = models.TextField(_("summary"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = AgreementQuerySet.as_manager()

    history = HistoricalRecords(m2m_fields=["topics"])

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-signed_on", "title"]
        constraints = [
            *PartialDate.partial_date_constraints(),
            *Publishable.publishable_constraints(),
            choice_constraint("kind", AgreementKind),
            choice_constraint("status", AgreementStatus),
            not_before_constraint("expires_on", "signed_on", _("An agreement cannot expire before it is signed.")),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("admin:partnerships_agreement_change", args=[self.pk])

    def clean(self):
        super().clean()
        check_owner_matches_partnership(self)


class AgreementParty(models.Model):
    """A party to an agreement — a region or an organization — with who signed for it."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="parties"
    )
    region = models.ForeignKey(Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT)
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), null=True, blank=True, on_delete=models.PROTECT
    )
    signatory = models.ForeignKey(Person, verbose_name=_("signatory"), null=True, blank=True, on_delete=models.PROTECT)
    signatory_title = models.CharField(
        _("signatory's title on the day"),
        max_length=300,
        blank=True,
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("agreement party")
        verbose_name_plural = _("agreement parties")
        ordering = ["agreement", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(region__isnull=False, organization__isnull=True)
                | Q(region__isnull=True, organization__isnull=False),
                name="%(app_label)s_%(class)s_region_or_organization",
                violation_error_message=_("A party is either a region or an organization, not both and not neither."),
            ),
            models.UniqueConstraint(
                fields=["agreement", "region"],
                name="%(app_label)s_%(class)s_unique_region",
                violation_error_message=_("This region is already a party to the agreement."),
            ),
            models.UniqueConstraint(
                fields=["agreement", "organization"],
                name="%(app_label)s_%(class)s_unique_organization",
                violation_error_message=_("This organization is already a party to the agreement."),
            ),
        ]

    def __str__(self):
        return str(self.region or self.organization)


class StepKind(models.TextChoices):
    DRAFT_NEGOTIATED = "draft_negotiated", _("draft negotiated")
    CONSENT_REQUESTED = "consent_requested", _("foreign minister's consent requested")
    CONSENT_GRANTED = "consent_granted", _("foreign minister's consent granted")
    SEJMIK_RESOLUTION = "sejmik_resolution", _("sejmik resolution adopted")
    SIGNED = "signed", _("signed")
    SENT_TO_MINISTRIES = "sent_to_ministries", _("sent to the ministries of foreign affairs and of the interior")
    IN_FORCE = "in_force", _("in force")
    REAFFIRMED = "reaffirmed", _("reaffirmed as valid")
    DORMANT = "dormant", _("dormant")
    EXPIRED = "expired", _("expired")
    TERMINATED = "terminated", _("terminated")


# The status an agreement has after each step; steps absent here do not change it.
STATUS_AFTER_STEP = {
    StepKind.DRAFT_NEGOTIATED: AgreementStatus.PLANNED,
    StepKind.CONSENT_REQUESTED: AgreementStatus.PLANNED,
    StepKind.CONSENT_GRANTED: AgreementStatus.PLANNED,
    StepKind.SEJMIK_RESOLUTION: AgreementStatus.PLANNED,
    StepKind.SIGNED: AgreementStatus.IN_FORCE,
    StepKind.IN_FORCE: AgreementStatus.IN_FORCE,
    StepKind.REAFFIRMED: AgreementStatus.IN_FORCE,
    StepKind.DORMANT: AgreementStatus.DORMANT,
    StepKind.EXPIRED: AgreementStatus.EXPIRED,
    StepKind.TERMINATED: AgreementStatus.TERMINATED,
}


class AgreementStep(Cited, PartialDate):
    """One dated step of an agreement's legal path (Act on voivodeship self-government, art. 77)."""

    date_field = "occurred_on"

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="steps"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=StepKind)
    occurred_on = models.DateField(_("date"), null=True, blank=True)
    resolution_number = models.CharField(_("resolution number"), max_length=100, blank=True)
    adopted_by_absolute_majority = models.BooleanField(_("adopted by absolute majority"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("agreement step")
        verbose_name_plural = _("agreement steps")
        ordering = ["agreement", "occurred_on", "pk"]
        constraints = [
            *PartialDate.partial_date_constraints(),
            choice_constraint("kind", StepKind),
            models.CheckConstraint(
                condition=Q(kind=StepKind.SEJMIK_RESOLUTION)
                | (Q(resolution_number="") & Q(adopted_by_absolute_majority__isnull=True)),
                name="%(app_label)s_%(class)s_resolution_fields_only_on_resolution",
                violation_error_message=_("A resolution number and majority belong only to a sejmik resolution step."),
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.display_date or _('date unknown')})"
