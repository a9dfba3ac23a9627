"""Loads the events, visits, delegations and commitments of the document fixtures, and orchestrates the seed.

The reference data, sources, organizations, people, partnerships, agreements and trade figures are
loaded by ``partnerships.loaders`` first; the records here refer to them by their natural keys.
"""

from pathlib import Path

from partnerships.loaders import PARTIAL_DATE, Entry, Kind, Loader, load_partnership_data
from visits.models import Commitment, Delegation, DelegationMember, Event, Visit
from visits.services import add_delegation, add_delegation_member, create_commitment, create_event, create_visit

EVENT = Kind(
    "events",
    Event,
    ("name",),
    fields=("name", "kind", "status", "start_on", "end_on", "place", "country", "description", *PARTIAL_DATE),
    refs=(("parent", "events"), ("region", "regions"), ("organizer", "organizations"), ("voivodeship", "regions")),
    many=(("agreements", "agreements"),),
)
VISIT = Kind(
    "visits",
    Visit,
    ("title", "voivodeship"),
    fields=("title", "kind", "status", "start_on", "end_on", "place", "country", "purpose", "outcomes", *PARTIAL_DATE),
    refs=(
        ("voivodeship", "regions"),
        ("partnership", "partnerships"),
        ("region", "regions"),
        ("host", "organizations"),
        ("event", "events"),
    ),
    many=(("agreements", "agreements"),),
    nested=("delegations",),
)
DELEGATION = Kind(
    "delegations",
    Delegation,
    ("visit", "side", "region", "organization"),
    fields=("side", "description"),
    refs=(("region", "regions"), ("organization", "organizations")),
    nested=("members",),
)
DELEGATION_MEMBER = Kind(
    "delegation members",
    DelegationMember,
    ("delegation", "person", "role"),
    fields=("role", "is_leader"),
    refs=(("person", "people"),),
)
COMMITMENT = Kind(
    "commitments",
    Commitment,
    ("description", "voivodeship"),
    fields=("description", "status", "due_on", "note", *PARTIAL_DATE),
    refs=(
        ("voivodeship", "regions"),
        ("visit", "visits"),
        ("partnership", "partnerships"),
        ("owed_by_person", "people"),
        ("owed_by_organization", "organizations"),
        ("owed_by_region", "regions"),
        ("fulfilled_by_visit", "visits"),
        ("fulfilled_by_agreement", "agreements"),
        ("fulfilled_by_event", "events"),
    ),
)


def load_events(loader: Loader) -> None:
    # A part refers to its parent, so the fixtures list parents first.
    for entry in loader.fact_entries("events", "event"):
        loader.load(entry, EVENT, create_event)


def load_visits(loader: Loader) -> None:
    for entry in loader.fact_entries("visits", "visit"):
        visit = loader.load(entry, VISIT, create_visit)
        for number, delegation in enumerate(entry.data.get("delegations") or [], start=1):
            delegation_entry = Entry(entry.path, "delegation", delegation, f"{entry.key} #{number}")
            record = loader.load(delegation_entry, DELEGATION, add_delegation, extra={"visit": visit}, register=False)
            for place, member in enumerate(delegation.get("members") or [], start=1):
                member_entry = Entry(entry.path, "delegation member", member, f"{entry.key} #{number}.{place}")
                loader.load(
                    member_entry, DELEGATION_MEMBER, add_delegation_member, extra={"delegation": record}, register=False
                )


def load_commitments(loader: Loader) -> None:
    for entry in loader.fact_entries("commitments", "commitment"):
        loader.load(entry, COMMITMENT, create_commitment)


def load_all(fixtures_dir: Path | None = None) -> dict[str, tuple[int, int]]:
    """Load every fixture; returns, per kind, how many records were created and how many the fixtures hold.

    The caller wraps this in one transaction, so a FixtureError leaves the database as it was.
    """
    loader = Loader(fixtures_dir)
    load_partnership_data(loader)
    load_events(loader)
    load_visits(loader)
    load_commitments(loader)
    # Citations last: they belong to every kind above.
    kinds = sorted(loader.counts, key=lambda kind: kind == "citations")
    return {kind: tuple(loader.counts[kind]) for kind in kinds}
