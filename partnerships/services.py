"""Writes: every create, update and publish of partnership data goes through a function here.

Each validates with ``full_clean()`` (fields, ``clean()`` and database constraints) before saving,
so the admin, the API and the seed loader share one path and one set of messages.
"""

from collections.abc import Iterable

from django.db import models, transaction
from django.utils import timezone

from partnerships.models import (
    STATUS_AFTER_STEP,
    Agreement,
    AgreementParty,
    AgreementStatus,
    AgreementStep,
    Citation,
    Organization,
    Partnership,
    Person,
    Post,
    Publishable,
    Region,
    RegionAlias,
    RegionChange,
    RegionCode,
    RegionStatistic,
    Source,
    Topic,
    TradeFigure,
)


def save_record(*, record: models.Model, update_fields: Iterable[str] | None = None) -> models.Model:
    """Validate a record (fields, clean(), constraints) and save it; raises ValidationError instead."""
    record.full_clean()
    record.save(update_fields=update_fields)
    return record


@transaction.atomic
def update_record(*, record: models.Model, **changes) -> models.Model:
    """Change fields of an existing record and save it validated."""
    for field, value in changes.items():
        setattr(record, field, value)
    return save_record(record=record)


def create_validated(model: type[models.Model], fields: dict, many: dict | None = None) -> models.Model:
    """Build, validate and save a record, then set its many-to-many relations."""
    record = save_record(record=model(**fields))
    for name, values in (many or {}).items():
        getattr(record, name).set(values)
    return record


@transaction.atomic
def create_source(**fields) -> Source:
    return create_validated(Source, fields)


@transaction.atomic
def cite(*, record: models.Model, source: Source, quote: str, note: str = "") -> Citation:
    """Attach the exact words of ``source`` that back ``record``."""
    return create_validated(Citation, {"record": record, "source": source, "quote": quote, "note": note})


@transaction.atomic
def create_region(**fields) -> Region:
    return create_validated(Region, fields)


@transaction.atomic
def add_region_alias(*, region: Region, name: str, language: str) -> RegionAlias:
    return create_validated(RegionAlias, {"region": region, "name": name, "language": language})


@transaction.atomic
def add_region_code(*, region: Region, system: str, code: str, **fields) -> RegionCode:
    return create_validated(RegionCode, {"region": region, "system": system, "code": code, **fields})


@transaction.atomic
def record_region_change(*, kind: str, predecessor: Region, successor: Region, changed_on, **fields) -> RegionChange:
    return create_validated(
        RegionChange,
        {"kind": kind, "predecessor": predecessor, "successor": successor, "changed_on": changed_on, **fields},
    )


@transaction.atomic
def record_region_statistic(*, region: Region, kind: str, value, unit: str, **fields) -> RegionStatistic:
    return create_validated(RegionStatistic, {"region": region, "kind": kind, "value": value, "unit": unit, **fields})


@transaction.atomic
def create_organization(**fields) -> Organization:
    return create_validated(Organization, fields)


@transaction.atomic
def create_person(**fields) -> Person:
    return create_validated(Person, fields)


@transaction.atomic
def create_post(*, person: Person, title: str, **fields) -> Post:
    return create_validated(Post, {"person": person, "title": title, **fields})


@transaction.atomic
def create_topic(*, code: str, kind: str, name_pl: str, name_en: str) -> Topic:
    return create_validated(Topic, {"code": code, "kind": kind, "name_pl": name_pl, "name_en": name_en})


@transaction.atomic
def create_partnership(*, voivodeship: Region, partner_region: Region, topics=(), **fields) -> Partnership:
    return create_validated(
        Partnership, {"voivodeship": voivodeship, "partner_region": partner_region, **fields}, {"topics": topics}
    )


@transaction.atomic
def create_agreement(*, title: str, kind: str, status: str = AgreementStatus.PLANNED, topics=(), **fields) -> Agreement:
    return create_validated(Agreement, {"title": title, "kind": kind, "status": status, **fields}, {"topics": topics})


@transaction.atomic
def add_agreement_party(*, agreement: Agreement, **fields) -> AgreementParty:
    return create_validated(AgreementParty, {"agreement": agreement, **fields})


@transaction.atomic
def add_agreement_step(*, agreement: Agreement, kind: str, **fields) -> AgreementStep:
    """Record a step of the agreement's legal path; the agreement's status follows its latest step."""
    step = create_validated(AgreementStep, {"agreement": agreement, "kind": kind, **fields})
    refresh_agreement_status(agreement=agreement)
    return step


def refresh_agreement_status(*, agreement: Agreement) -> Agreement:
    """Set the agreement's status from its latest dated step that decides a status."""
    steps = agreement.steps.exclude(occurred_on__isnull=True).order_by("-occurred_on", "-pk")
    for step in steps:
        status = STATUS_AFTER_STEP.get(step.kind)
        if status is not None:
            if agreement.status != status:
                agreement.status = status
                save_record(record=agreement, update_fields=["status"])
            break
    return agreement


@transaction.atomic
def record_trade_figure(**fields) -> TradeFigure:
    return create_validated(TradeFigure, fields)


@transaction.atomic
def publish(*, record: Publishable, by=None) -> Publishable:
    """Make a draft public, recording who published it and when."""
    record.published_at = timezone.now()
    record.published_by = by
    return save_record(record=record, update_fields=["published_at", "published_by"])


@transaction.atomic
def unpublish(*, record: Publishable) -> Publishable:
    """Turn a published record back into a draft."""
    record.published_at = None
    record.published_by = None
    return save_record(record=record, update_fields=["published_at", "published_by"])


@transaction.atomic
def update_validated(*, record: models.Model, fields: dict, many: dict | None = None) -> models.Model:
    """Change fields of an existing record, save it validated, then set its many-to-many relations."""
    for field, value in fields.items():
        setattr(record, field, value)
    save_record(record=record)
    for name, values in (many or {}).items():
        getattr(record, name).set(values)
    return record


@transaction.atomic
def delete_record(*, record: models.Model) -> None:
    """Delete a dependent record (a delegation member, an agreement party or step) that nothing refers to."""
    record.delete()
