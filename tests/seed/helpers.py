"""Helpers for the seed tests: the documents by number, and counts of every seeded kind."""

from partnerships.models import (
    Agreement,
    AgreementParty,
    AgreementStep,
    Citation,
    Organization,
    Partnership,
    Person,
    Post,
    Region,
    RegionAlias,
    RegionChange,
    RegionCode,
    RegionStatistic,
    Source,
    Topic,
    TradeFigure,
)
from visits.models import Commitment, Delegation, DelegationMember, Event, Visit

DOCUMENT = {
    "000": "000-c11dbd1de8d38628",
    "001": "001-a6df0cd98bb2def0",
    "002": "002-58f41ff584df18aa",
    "003": "003-ed7409f5442e0bda",
    "004": "004-07bd65875c9a76c3",
}

ALL_MODELS = [
    Source,
    Citation,
    Region,
    RegionCode,
    RegionAlias,
    RegionChange,
    RegionStatistic,
    Organization,
    Person,
    Post,
    Partnership,
    Agreement,
    AgreementParty,
    AgreementStep,
    Topic,
    TradeFigure,
    Event,
    Visit,
    Delegation,
    DelegationMember,
    Commitment,
]


def cites(record, document: str) -> bool:
    """Whether the record cites the given document ("000" … "004")."""
    return record.citations.filter(source__key=DOCUMENT[document]).exists()


def counts() -> dict[str, int]:
    """How many records of each seeded kind the database holds."""
    return {model.__name__: model.objects.count() for model in ALL_MODELS}
