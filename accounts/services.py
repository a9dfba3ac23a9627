"""Writes for users: officers and managers are created here, by the commands and the tests alike."""

from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import Profile, Role, User


@transaction.atomic
def create_staff_user(*, username: str, password: str, role: str, voivodeship=None, email: str = "") -> User:
    """Create a staff user with a role profile and its group; the password is validated first."""
    if User.objects.filter(username=username).exists():
        raise ValidationError({"username": _("A user with that username already exists.")})
    user = User(username=username, email=email, is_staff=True)
    validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    user.save()
    profile = Profile(user=user, role=role, voivodeship=voivodeship)
    profile.full_clean()
    profile.save()
    group, _created = Group.objects.get_or_create(name=role)
    user.groups.add(group)
    return user


def create_officer(*, username: str, password: str, voivodeship, email: str = "") -> User:
    if voivodeship is None or voivodeship.kind != "voivodeship" or voivodeship.country != "PL":
        raise ValidationError({"voivodeship": _("An officer belongs to a Polish voivodeship.")})
    return create_staff_user(
        username=username, password=password, role=Role.OFFICER, voivodeship=voivodeship, email=email
    )


def create_manager(*, username: str, password: str, email: str = "") -> User:
    return create_staff_user(username=username, password=password, role=Role.MANAGER, email=email)
