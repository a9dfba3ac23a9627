"""Factories for the visits app: events, visits, delegations, members and commitments."""

import datetime

import factory
from factory.django import DjangoModelFactory

from tests.factories.partnerships import (
    OrganizationFactory,
    PartnershipFactory,
    PersonFactory,
    PublishableFactory,
    RegionFactory,
)
from visits.models import (
    Commitment,
    CommitmentStatus,
    Delegation,
    DelegationMember,
    DelegationSide,
    Event,
    EventKind,
    HappeningStatus,
    Visit,
    VisitKind,
)


class EventFactory(PublishableFactory):
    """A two-day forum held in Kazakhstan, kept by a voivodeship."""

    name = factory.Sequence(lambda n: f"Economic forum {n}")
    kind = EventKind.FORUM
    status = HappeningStatus.HELD
    start_on = datetime.date(2023, 6, 1)
    end_on = datetime.date(2023, 6, 2)
    place = "Astana"
    country = "KZ"
    organizer = factory.SubFactory(OrganizationFactory)
    voivodeship = factory.SubFactory(RegionFactory)

    class Meta:
        model = Event
        skip_postgeneration_save = True

    @factory.post_generation
    def agreements(self, create, extracted, **kwargs):
        if create and extracted:
            self.agreements.set(extracted)


class VisitFactory(PublishableFactory):
    """A working visit to the partner region, kept by the partnership's voivodeship."""

    title = factory.Sequence(lambda n: f"Working visit {n}")
    kind = VisitKind.WORKING
    status = HappeningStatus.HELD
    partnership = factory.SubFactory(PartnershipFactory)
    voivodeship = factory.Maybe(
        "partnership", factory.SelfAttribute("partnership.voivodeship"), factory.SubFactory(RegionFactory)
    )
    region = factory.Maybe("partnership", factory.SelfAttribute("partnership.partner_region"), None)
    country = factory.Maybe("partnership", factory.SelfAttribute("partnership.partner_region.country"), "")
    start_on = datetime.date(2021, 7, 1)
    end_on = datetime.date(2021, 7, 3)
    place = "Astana"

    class Meta:
        model = Visit
        skip_postgeneration_save = True

    @factory.post_generation
    def agreements(self, create, extracted, **kwargs):
        if create and extracted:
            self.agreements.set(extracted)


class DelegationFactory(DjangoModelFactory):
    """The guest side of a visit, representing the visit's voivodeship."""

    visit = factory.SubFactory(VisitFactory)
    side = DelegationSide.GUEST
    region = factory.SelfAttribute("visit.voivodeship")

    class Meta:
        model = Delegation


class DelegationMemberFactory(DjangoModelFactory):
    """A named member; ``leader=True`` makes them the delegation's leader."""

    delegation = factory.SubFactory(DelegationFactory)
    person = factory.SubFactory(PersonFactory)
    role = "Członek Zarządu Województwa"
    is_leader = False

    class Meta:
        model = DelegationMember

    class Params:
        leader = factory.Trait(is_leader=True, role="Marszałek Województwa")


class CommitmentFactory(PublishableFactory):
    """A follow-up promised during a visit, in the visit's partnership and voivodeship."""

    description = factory.Sequence(lambda n: f"Send a trade mission {n}")
    status = CommitmentStatus.SCHEDULED
    visit = factory.SubFactory(VisitFactory)
    partnership = factory.Maybe("visit", factory.SelfAttribute("visit.partnership"), None)
    voivodeship = factory.Maybe(
        "partnership",
        factory.SelfAttribute("partnership.voivodeship"),
        factory.Maybe("visit", factory.SelfAttribute("visit.voivodeship"), factory.SubFactory(RegionFactory)),
    )
    due_on = datetime.date(2021, 12, 31)

    class Meta:
        model = Commitment
