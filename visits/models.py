"""What happens in time between people: events, visits, their delegations, and promised follow-ups."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from partnerships.models import (
    Agreement,
    Cited,
    Organization,
    PartialDate,
    Partnership,
    Person,
    Publishable,
    Region,
    check_owner_matches_partnership,
    choice_constraint,
    country_constraint,
    not_before_constraint,
)
from partnerships.search import trigram_index
from visits.querysets import CommitmentQuerySet, EventQuerySet, VisitQuerySet


class HappeningStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    HELD = "held", _("held")
    CANCELLED = "cancelled", _("cancelled")


class EventKind(models.TextChoices):
    FORUM = "forum", _("forum")
    EXPO = "expo", _("expo")
    FAIR = "fair", _("fair")
    COMMISSION_SESSION = "commission_session", _("intergovernmental commission session")
    CONFERENCE = "conference", _("conference")
    NATIONAL_DAY = "national_day", _("national day")
    SESSION = "session", _("thematic session")
    MEETING = "meeting", _("meeting")
    OTHER = "other", _("other")


class Event(Cited, PartialDate, Publishable):
    """A forum, expo, fair, commission session, conference or national day; may be part of a larger event."""

    date_field = "start_on"

    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=HappeningStatus, default=HappeningStatus.HELD)
    parent = models.ForeignKey(
        "self", verbose_name=_("part of"), null=True, blank=True, on_delete=models.PROTECT, related_name="parts"
    )
    start_on = models.DateField(_("start"), null=True, blank=True, db_index=True)
    end_on = models.DateField(_("end"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    organizer = models.ForeignKey(
        Organization,
        verbose_name=_("organizer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organized_events",
    )
    voivodeship = models.ForeignKey(
        Region,
        verbose_name=_("owning voivodeship"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="owned_events",
    )
    agreements = models.ManyToManyField(
        Agreement, verbose_name=_("agreements signed at it"), blank=True, related_name="events"
    )
    description = models.TextField(_("description"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EventQuerySet.as_manager()

    history = HistoricalRecords(m2m_fields=["agreements"])

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_on", "name"]
        constraints = [
            *PartialDate.partial_date_constraints(),
            *Publishable.publishable_constraints(),
            choice_constraint("kind", EventKind),
            choice_constraint("status", HappeningStatus),
            country_constraint("country", nullable=True),
            not_before_constraint("end_on", "start_on", _("An event cannot end before it starts.")),
            models.CheckConstraint(
                condition=~Q(parent=models.F("pk")),
                name="%(app_label)s_%(class)s_not_its_own_part",
                violation_error_message=_("An event cannot be part of itself."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("admin:visits_event_change", args=[self.pk])


class VisitKind(models.TextChoices):
    COURTESY = "courtesy", _("courtesy / introductory")
    WORKING = "working", _("working")
    ECONOMIC_MISSION = "economic_mission", _("economic mission")
    STUDY = "study", _("study")
    DELEGATION = "delegation", _("delegation to an event")
    OTHER = "other", _("other")


class Visit(Cited, PartialDate, Publishable):
    """A meeting or trip between the people of two sides, owned by one voivodeship's office."""

    date_field = "start_on"

    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=VisitKind, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=HappeningStatus, default=HappeningStatus.HELD)
    voivodeship = models.ForeignKey(
        Region, verbose_name=_("owning voivodeship"), on_delete=models.PROTECT, related_name="owned_visits"
    )
    partnership = models.ForeignKey(
        Partnership,
        verbose_name=_("partnership"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="visits",
    )
    start_on = models.DateField(_("start"), null=True, blank=True, db_index=True)
    end_on = models.DateField(_("end"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region visited"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="visits_hosted",
    )
    host = models.ForeignKey(
        Organization,
        verbose_name=_("host"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hosted_visits",
    )
    event = models.ForeignKey(
        Event, verbose_name=_("part of event"), null=True, blank=True, on_delete=models.PROTECT, related_name="visits"
    )
    purpose = models.TextField(_("purpose"), blank=True)
    outcomes = models.TextField(_("outcomes"), blank=True)
    agreements = models.ManyToManyField(
        Agreement, verbose_name=_("agreements signed during it"), blank=True, related_name="visits"
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = VisitQuerySet.as_manager()

    history = HistoricalRecords(m2m_fields=["agreements"])

    class Meta:
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        ordering = ["-start_on", "title"]
        indexes = [
            # The API's newest-first keyset order (read backwards) and the pages' order (undated last).
            models.Index(fields=["start_on", "id"], name="visit_start_id_idx"),
            models.Index(F("start_on").desc(nulls_last=True), F("id"), name="visit_page_order_idx"),
            models.Index(fields=["voivodeship", "start_on", "id"], name="visit_voivodeship_start_id_idx"),
            # Free-text search (VisitQuerySet.search) on the visit's own words.
            trigram_index("title", name="visit_title_trgm"),
            trigram_index("purpose", name="visit_purpose_trgm"),
            trigram_index("outcomes", name="visit_outcomes_trgm"),
            trigram_index("place", name="visit_place_trgm"),
        ]
        constraints = [
            *PartialDate.partial_date_constraints(),
            *Publishable.publishable_constraints(),
            choice_constraint("kind", VisitKind),
            choice_constraint("status", HappeningStatus),
            country_constraint("country", nullable=True),
            not_before_constraint("end_on", "start_on", _("A visit cannot end before it starts.")),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("admin:visits_visit_change", args=[self.pk])

    def clean(self):
        super().clean()
        check_owner_matches_partnership(self)
        if self.status == HappeningStatus.HELD and self.start_on is not None and self.start_on > timezone.localdate():
            raise ValidationError({"status": _("A visit that has not started yet cannot have been held.")})


class DelegationSide(models.TextChoices):
    HOST = "host", _("host")
    GUEST = "guest", _("guest")


class Delegation(models.Model):
    """One side of a visit: whom it represents and who was in it."""

    visit = models.ForeignKey(Visit, verbose_name=_("visit"), on_delete=models.CASCADE, related_name="delegations")
    side = models.CharField(_("side"), max_length=5, choices=DelegationSide)
    region = models.ForeignKey(
        Region,
        verbose_name=_("represents region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="delegations",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("represents organization"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="delegations",
    )
    description = models.TextField(_("description"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")
        ordering = ["visit", "side", "pk"]
        constraints = [
            choice_constraint("side", DelegationSide),
            models.CheckConstraint(
                condition=Q(region__isnull=False) | Q(organization__isnull=False),
                name="%(app_label)s_%(class)s_represents_someone",
                violation_error_message=_("A delegation represents a region or an organization."),
            ),
        ]

    def __str__(self):
        return f"{self.get_side_display()}: {self.organization or self.region}"


class DelegationMember(models.Model):
    """A member of a delegation with the role they had on the day; unnamed members are kept by role."""

    delegation = models.ForeignKey(
        Delegation, verbose_name=_("delegation"), on_delete=models.CASCADE, related_name="members"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), null=True, blank=True, on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(_("role on the day"), max_length=300)
    is_leader = models.BooleanField(_("leads the delegation"), default=False)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("delegation member")
        verbose_name_plural = _("delegation members")
        ordering = ["delegation", "-is_leader", "pk"]
        indexes = [trigram_index("role", name="delegation_member_role_trgm")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(role=""),
                name="%(app_label)s_%(class)s_role_not_empty",
                violation_error_message=_("A member needs the role they had on the day."),
            ),
            models.UniqueConstraint(
                fields=["delegation", "person"],
                name="%(app_label)s_%(class)s_unique_person",
                violation_error_message=_("This person is already a member of the delegation."),
            ),
            models.UniqueConstraint(
                fields=["delegation"],
                condition=Q(is_leader=True),
                name="%(app_label)s_%(class)s_one_leader",
                violation_error_message=_("A delegation has only one leader."),
            ),
        ]

    def __str__(self):
        return f"{self.person or _('(unnamed)')}, {self.role}"


class CommitmentStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("scheduled")
    MET = "met", _("met")
    PARTIALLY_MET = "partially_met", _("partially met")
    NOT_MET = "not_met", _("not met")
    DROPPED = "dropped", _("dropped")


class Commitment(Cited, PartialDate, Publishable):
    """A follow-up promised during a visit, who owes it, by when, and what fulfilled it."""

    date_field = "due_on"

    description = models.TextField(_("what was promised"))
    status = models.CharField(
        _("status"), max_length=15, choices=CommitmentStatus, default=CommitmentStatus.SCHEDULED, db_index=True
    )
    voivodeship = models.ForeignKey(
        Region, verbose_name=_("owning voivodeship"), on_delete=models.PROTECT, related_name="owned_commitments"
    )
    visit = models.ForeignKey(
        Visit,
        verbose_name=_("made during visit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="commitments",
    )
    partnership = models.ForeignKey(
        Partnership,
        verbose_name=_("partnership"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="commitments",
    )
    owed_by_person = models.ForeignKey(
        Person, verbose_name=_("owed by (person)"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    owed_by_organization = models.ForeignKey(
        Organization,
        verbose_name=_("owed by (organization)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    owed_by_region = models.ForeignKey(
        Region, verbose_name=_("owed by (region)"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    due_on = models.DateField(_("due"), null=True, blank=True, db_index=True)
    fulfilled_by_visit = models.ForeignKey(
        Visit, verbose_name=_("fulfilled by visit"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    fulfilled_by_agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("fulfilled by agreement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    fulfilled_by_event = models.ForeignKey(
        Event, verbose_name=_("fulfilled by event"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = CommitmentQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["due_on", "pk"]
        constraints = [
            *PartialDate.partial_date_constraints(),
            *Publishable.publishable_constraints(),
            choice_constraint("status", CommitmentStatus),
            models.CheckConstraint(
                condition=~Q(description=""),
                name="%(app_label)s_%(class)s_description_not_empty",
                violation_error_message=_("A commitment needs a description of what was promised."),
            ),
            models.CheckConstraint(
                condition=Q(status__in=[CommitmentStatus.MET, CommitmentStatus.PARTIALLY_MET])
                | (
                    Q(fulfilled_by_visit__isnull=True)
                    & Q(fulfilled_by_agreement__isnull=True)
                    & Q(fulfilled_by_event__isnull=True)
                ),
                name="%(app_label)s_%(class)s_fulfilment_only_when_met",
                violation_error_message=_("Only a met or partially met commitment names what fulfilled it."),
            ),
        ]

    def __str__(self):
        return self.description if len(self.description) <= 80 else self.description[:77] + "…"

    def clean(self):
        super().clean()
        check_owner_matches_partnership(self)
        visit = getattr(self, "visit", None)
        if visit is not None and self.voivodeship_id and visit.voivodeship_id != self.voivodeship_id:
            raise ValidationError({"visit": _("This visit belongs to another voivodeship.")})
