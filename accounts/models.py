from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """The project's user; officers and managers are users with a profile."""

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.username


class Role(models.TextChoices):
    OFFICER = "officer", _("international-affairs officer")
    MANAGER = "manager", _("manager")


class Profile(models.Model):
    """An officer belongs to one voivodeship; a manager reads everything."""

    user = models.OneToOneField(User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="profile")
    role = models.CharField(_("role"), max_length=10, choices=Role)
    voivodeship = models.ForeignKey(
        "partnerships.Region",
        verbose_name=_("voivodeship"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officer_profiles",
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=Role.values),
                name="%(app_label)s_%(class)s_role_valid",
                violation_error_message=_("The role must be officer or manager."),
            ),
            models.CheckConstraint(
                condition=~Q(role=Role.OFFICER) | Q(voivodeship__isnull=False),
                name="%(app_label)s_%(class)s_officer_has_voivodeship",
                violation_error_message=_("An officer belongs to a voivodeship."),
            ),
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"
