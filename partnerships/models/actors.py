"""Organizations, people and the posts people hold."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from partnerships.models.common import Cited, choice_constraint, country_constraint, not_before_constraint
from partnerships.models.regions import Region
from partnerships.search import trigram_index


class OrganizationKind(models.TextChoices):
    REGIONAL_OFFICE = "regional_office", _("regional office")
    REGIONAL_GOVERNMENT = "regional_government", _("regional government")
    GOVERNMENT_OFFICE = "government_office", _("government office")
    EMBASSY = "embassy", _("embassy")
    CONSULATE = "consulate", _("consulate")
    MINISTRY = "ministry", _("ministry")
    INTERGOVERNMENTAL_BODY = "intergovernmental", _("intergovernmental body")
    HOSPITAL = "hospital", _("hospital")
    UNIVERSITY = "university", _("university")
    COMPANY = "company", _("company")
    CHAMBER_OF_COMMERCE = "chamber", _("chamber of commerce")
    EXHIBITION_OPERATOR = "exhibition_operator", _("exhibition operator")
    INVESTMENT_AGENCY = "investment_agency", _("investment agency")
    NGO = "ngo", _("non-governmental organization")
    BUSINESS_ASSOCIATION = "business_association", _("business association")
    OTHER = "other", _("other")


class Organization(Cited):
    name = models.CharField(_("name"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=25, choices=OrganizationKind)
    country = models.CharField(_("country"), max_length=2, blank=True, db_index=True)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT, related_name="organizations"
    )
    city = models.CharField(_("city"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)
    note = models.TextField(_("note"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]
        # By name: the page's organization chooser reads the first few hundred in this order.
        indexes = [
            models.Index(fields=["name"], name="organization_name_idx"),
            trigram_index("name", name="organization_name_trgm"),
        ]
        constraints = [
            choice_constraint("kind", OrganizationKind),
            country_constraint("country", nullable=True),
        ]

    def __str__(self):
        return self.name


class Person(Cited):
    name = models.CharField(_("full name"), max_length=200, help_text=_("As the documents spell it"))
    name_en = models.CharField(_("name (Latin transliteration)"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    note = models.TextField(_("note"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]
        indexes = [
            models.Index(fields=["name"], name="person_name_idx"),
            trigram_index("name", name="person_name_trgm"),
            trigram_index("name_en", name="person_name_en_trgm"),
        ]
        constraints = [country_constraint("country", nullable=True)]

    def __str__(self):
        return self.name

    def post_on(self, day):
        """The post this person held on ``day``, if one is recorded."""
        for post in self.posts.all():
            if (post.started_on is None or post.started_on <= day) and (post.ended_on is None or post.ended_on >= day):
                return post
        return None


class Post(Cited):
    """A title a person holds in an organization from–to (Popolo's Membership/Post)."""

    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="posts")
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="posts",
    )
    title = models.CharField(_("title"), max_length=300)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["person", "started_on"]
        constraints = [
            not_before_constraint("ended_on", "started_on", _("A post cannot end before it starts.")),
            models.CheckConstraint(
                condition=~Q(title=""),
                name="%(app_label)s_%(class)s_title_not_empty",
                violation_error_message=_("A post needs a title."),
            ),
        ]

    def __str__(self):
        return f"{self.person}, {self.title}"
