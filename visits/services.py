"""Writes for events, visits, delegations and commitments; validated before saving."""

from django.db import transaction
from django.utils import timezone

from partnerships.services import create_validated
from visits.models import Commitment, Delegation, DelegationMember, Event, HappeningStatus, Visit


@transaction.atomic
def create_event(*, name: str, kind: str, agreements=(), **fields) -> Event:
    return create_validated(Event, {"name": name, "kind": kind, **fields}, {"agreements": agreements})


@transaction.atomic
def create_visit(*, title: str, kind: str, voivodeship, agreements=(), **fields) -> Visit:
    """Create a visit; without a status, one that starts in the future is planned and any other held."""
    start_on = fields.get("start_on")
    if not fields.get("status"):
        upcoming = start_on is not None and start_on > timezone.localdate()
        fields["status"] = HappeningStatus.PLANNED if upcoming else HappeningStatus.HELD
    return create_validated(
        Visit, {"title": title, "kind": kind, "voivodeship": voivodeship, **fields}, {"agreements": agreements}
    )


@transaction.atomic
def add_delegation(*, visit: Visit, side: str, **fields) -> Delegation:
    return create_validated(Delegation, {"visit": visit, "side": side, **fields})


@transaction.atomic
def add_delegation_member(*, delegation: Delegation, role: str, **fields) -> DelegationMember:
    return create_validated(DelegationMember, {"delegation": delegation, "role": role, **fields})


@transaction.atomic
def create_commitment(*, description: str, voivodeship, **fields) -> Commitment:
    return create_validated(Commitment, {"description": description, "voivodeship": voivodeship, **fields})
