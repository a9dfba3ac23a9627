"""Who may read and change what: the one place the admin and the API ask.

- Anonymous users and users without a role read published records only.
- An officer reads everything published plus every record (drafts too) of their own voivodeship,
  and changes only records of their own voivodeship.
- A manager reads everything and changes only a commitment's status (and shared reference data).
- A superuser does everything.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet

from accounts.models import Role

# Where each owned model keeps the voivodeship that owns it.
OWNER_PATHS = {
    "visits.visit": "voivodeship",
    "visits.event": "voivodeship",
    "visits.commitment": "voivodeship",
    "visits.delegation": "visit__voivodeship",
    "visits.delegationmember": "delegation__visit__voivodeship",
    "partnerships.agreement": "voivodeship",
    "partnerships.agreementparty": "agreement__voivodeship",
    "partnerships.agreementstep": "agreement__voivodeship",
    "partnerships.partnership": "voivodeship",
}

# Where each owned model keeps the publication mark that decides public visibility.
PUBLISHED_PATHS = {
    "visits.visit": "published_at",
    "visits.event": "published_at",
    "visits.commitment": "published_at",
    "visits.delegation": "visit__published_at",
    "visits.delegationmember": "delegation__visit__published_at",
    "partnerships.agreement": "published_at",
    "partnerships.agreementparty": "agreement__published_at",
    "partnerships.agreementstep": "agreement__published_at",
}


def role_of(user) -> str | None:
    if user is None or not user.is_authenticated:
        return None
    profile = getattr(user, "profile", None)
    return profile.role if profile is not None else None


def voivodeship_of(user):
    """The voivodeship an officer belongs to, or None."""
    profile = getattr(user, "profile", None) if user is not None and user.is_authenticated else None
    return profile.voivodeship if profile is not None and profile.role == Role.OFFICER else None


def _label(queryset: QuerySet) -> str:
    return queryset.model._meta.label_lower


def readable(queryset: QuerySet, user) -> QuerySet:
    """The part of ``queryset`` that ``user`` may read."""
    label = _label(queryset)
    if user is not None and user.is_authenticated and (user.is_superuser or role_of(user) == Role.MANAGER):
        return queryset
    if label == "partnerships.citation":
        return _readable_citations(queryset, user)
    published_path = PUBLISHED_PATHS.get(label)
    if published_path is None:
        return queryset
    visible = Q(**{f"{published_path}__isnull": False})
    voivodeship = voivodeship_of(user)
    if voivodeship is not None:
        visible |= Q(**{OWNER_PATHS[label]: voivodeship})
    return queryset.filter(visible)


def _readable_citations(queryset: QuerySet, user) -> QuerySet:
    """Citations of records the user may read: a draft's quotes stay as private as the draft."""
    for label in PUBLISHED_PATHS:
        model = apps.get_model(label)
        everything = model._default_manager.all()
        hidden = everything.exclude(pk__in=readable(everything, user).values("pk")).values("pk")
        queryset = queryset.exclude(content_type=ContentType.objects.get_for_model(model), object_id__in=hidden)
    return queryset


def changeable(queryset: QuerySet, user) -> QuerySet:
    """The part of ``queryset`` that ``user`` may change or delete."""
    label = _label(queryset)
    if user is None or not user.is_authenticated:
        return queryset.none()
    if user.is_superuser:
        return queryset
    role = role_of(user)
    if label not in OWNER_PATHS:
        # Shared reference data: officers add it, managers correct it.
        return queryset if role == Role.MANAGER else queryset.none()
    if role == Role.MANAGER:
        return queryset if label == "visits.commitment" else queryset.none()
    voivodeship = voivodeship_of(user)
    if voivodeship is None:
        return queryset.none()
    return queryset.filter(**{OWNER_PATHS[label]: voivodeship})


def can_change(user, record) -> bool:
    return changeable(type(record)._default_manager.filter(pk=record.pk), user).exists()


def can_delete_or_publish(user, record) -> bool:
    """Deleting and publishing stay with the record's officers (and superusers); a manager only sets a status."""
    if user is not None and user.is_authenticated and not user.is_superuser and role_of(user) == Role.MANAGER:
        return type(record)._meta.label_lower not in OWNER_PATHS and can_change(user, record)
    return can_change(user, record)


def may_publish(user) -> bool:
    """Whether ``user`` may publish at all: officers and superusers, not managers."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or role_of(user) == Role.OFFICER


def can_add(user, model) -> bool:
    """Officers, managers (reference data only) and superusers may add; anyone else may not."""
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    role = role_of(user)
    if model._meta.label_lower in OWNER_PATHS:
        return role == Role.OFFICER
    return role in (Role.OFFICER, Role.MANAGER)


def owns(user, voivodeship) -> bool:
    """Whether ``user`` may put a record under ``voivodeship`` (the field cannot move a record elsewhere)."""
    if user is not None and user.is_authenticated and user.is_superuser:
        return True
    mine = voivodeship_of(user)
    return mine is not None and voivodeship is not None and mine.pk == voivodeship.pk


def may_change_some(user, model) -> bool:
    """Whether ``user`` may change at least some records of ``model`` (decided without a query)."""
    return not changeable(model._default_manager.all(), user).query.is_empty()
