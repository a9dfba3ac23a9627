"""Factories for the partnerships app: valid records by default, one per model."""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from partnerships.models import (
    Agreement,
    AgreementKind,
    AgreementParty,
    AgreementStatus,
    AgreementStep,
    Citation,
    CodeSystem,
    DatePrecision,
    Language,
    Organization,
    OrganizationKind,
    Partnership,
    PartnershipStatus,
    Person,
    Post,
    Region,
    RegionAlias,
    RegionChange,
    RegionChangeKind,
    RegionCode,
    RegionKind,
    RegionStatistic,
    Scale,
    Source,
    StatisticKind,
    StepKind,
    Topic,
    TopicKind,
    TradeFigure,
    TradeFlow,
)


class PublishableFactory(DjangoModelFactory):
    """Base for factories of Publishable models: ``published=True`` gives a published record."""

    class Meta:
        abstract = True

    class Params:
        published = factory.Trait(published_at=factory.LazyFunction(timezone.now))


class RegionFactory(DjangoModelFactory):
    """A current Polish voivodeship; ``oblast=True`` gives a Kazakh oblast instead."""

    country = "PL"
    kind = RegionKind.VOIVODESHIP
    slug = factory.LazyAttributeSequence(lambda region, n: f"{region.kind}-{n}")
    name_pl = factory.LazyAttributeSequence(lambda region, n: f"Region {region.country} {n}")
    name_en = factory.LazyAttribute(lambda region: region.name_pl)
    iso_code = factory.LazyAttributeSequence(lambda region, n: f"{region.country}-T{n}")

    class Meta:
        model = Region

    class Params:
        oblast = factory.Trait(country="KZ", kind=RegionKind.OBLAST, name_local_language=Language.KAZAKH)


class RegionCodeFactory(DjangoModelFactory):
    """An earlier ISO 3166-2 code of a region, withdrawn when its current one was adopted."""

    region = factory.SubFactory(RegionFactory, oblast=True)
    system = CodeSystem.ISO_3166_2
    code = factory.LazyAttributeSequence(lambda code, n: f"{code.region.country}-OLD{n}")
    adopted_on = datetime.date(1997, 1, 1)
    withdrawn_on = datetime.date(2022, 6, 8)

    class Meta:
        model = RegionCode


class RegionAliasFactory(DjangoModelFactory):
    region = factory.SubFactory(RegionFactory, oblast=True)
    name = factory.Sequence(lambda n: f"Alias {n}")
    language = Language.ENGLISH

    class Meta:
        model = RegionAlias


class RegionChangeFactory(DjangoModelFactory):
    """A rename of one oblast into another, known to the day."""

    kind = RegionChangeKind.RENAME
    predecessor = factory.SubFactory(RegionFactory, oblast=True)
    successor = factory.SubFactory(RegionFactory, oblast=True)
    changed_on = datetime.date(2022, 6, 8)
    name_before = factory.SelfAttribute("predecessor.name_pl")
    name_after = factory.SelfAttribute("successor.name_pl")

    class Meta:
        model = RegionChange


class RegionStatisticFactory(DjangoModelFactory):
    region = factory.SubFactory(RegionFactory, oblast=True)
    kind = StatisticKind.POPULATION
    value = Decimal("1500000")
    unit = "persons"
    reference_year = 2021

    class Meta:
        model = RegionStatistic


class OrganizationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organization {n}")
    slug = factory.Sequence(lambda n: f"organization-{n}")
    kind = OrganizationKind.REGIONAL_OFFICE
    country = "PL"

    class Meta:
        model = Organization


class PersonFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Jan Kowalski {n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    country = "PL"

    class Meta:
        model = Person


class PostFactory(DjangoModelFactory):
    person = factory.SubFactory(PersonFactory)
    organization = factory.SubFactory(OrganizationFactory)
    title = "Marszałek Województwa"
    started_on = datetime.date(2019, 1, 1)

    class Meta:
        model = Post


class TopicFactory(DjangoModelFactory):
    code = factory.Sequence(lambda n: f"topic-{n}")
    kind = TopicKind.AREA
    name_pl = factory.Sequence(lambda n: f"Obszar {n}")
    name_en = factory.Sequence(lambda n: f"Area {n}")

    class Meta:
        model = Topic


class PartnershipFactory(DjangoModelFactory):
    """An active partnership of a Polish voivodeship with a Kazakh oblast, known since a year."""

    slug = factory.Sequence(lambda n: f"partnership-{n}")
    voivodeship = factory.SubFactory(RegionFactory)
    partner_region = factory.SubFactory(RegionFactory, oblast=True)
    status = PartnershipStatus.ACTIVE
    since_on = datetime.date(2015, 1, 1)
    date_precision = DatePrecision.YEAR

    class Meta:
        model = Partnership
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class AgreementFactory(PublishableFactory):
    """An agreement in force, signed within a partnership and kept by its voivodeship."""

    title = factory.Sequence(lambda n: f"Cooperation agreement {n}")
    kind = AgreementKind.COOPERATION_AGREEMENT
    status = AgreementStatus.IN_FORCE
    partnership = factory.SubFactory(PartnershipFactory)
    voivodeship = factory.Maybe(
        "partnership", factory.SelfAttribute("partnership.voivodeship"), factory.SubFactory(RegionFactory)
    )
    signed_on = datetime.date(2018, 4, 12)
    place = "Astana"

    class Meta:
        model = Agreement
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class AgreementPartyFactory(DjangoModelFactory):
    """The agreement's partner region as a party; pass ``organization=…`` for an organization instead."""

    agreement = factory.SubFactory(AgreementFactory)
    organization = None
    region = factory.Maybe("organization", None, factory.SelfAttribute("agreement.partnership.partner_region"))
    signatory = factory.SubFactory(PersonFactory)
    signatory_title = "Akim"

    class Meta:
        model = AgreementParty


class AgreementStepFactory(DjangoModelFactory):
    """The signing of an agreement; ``sejmik_resolution=True`` gives a resolution with its number."""

    agreement = factory.SubFactory(AgreementFactory)
    kind = StepKind.SIGNED
    occurred_on = datetime.date(2018, 4, 12)

    class Meta:
        model = AgreementStep

    class Params:
        sejmik_resolution = factory.Trait(
            kind=StepKind.SEJMIK_RESOLUTION,
            resolution_number=factory.Sequence(lambda n: f"XL/{n}/18"),
            adopted_by_absolute_majority=True,
        )


class TradeFigureFactory(DjangoModelFactory):
    """Poland's turnover with Kazakhstan over a year: 1.234 billion USD."""

    reporter_country = "PL"
    partner_country = "KZ"
    flow = TradeFlow.TURNOVER
    period_start_on = datetime.date(2023, 1, 1)
    period_end_on = datetime.date(2023, 12, 31)
    date_precision = DatePrecision.YEAR
    value = Decimal("1.234")
    scale = Scale.BILLIONS
    currency = "USD"
    value_as_written = "1,234 mld USD"

    class Meta:
        model = TradeFigure


class SourceFactory(DjangoModelFactory):
    key = factory.Sequence(lambda n: f"source-{n}")
    title = factory.Sequence(lambda n: f"Press release {n}")
    publisher = "Urząd Marszałkowski"
    url = factory.LazyAttribute(lambda source: f"https://example.org/{source.key}")
    published_on = datetime.date(2021, 7, 2)
    full_text = (
        "W czwartek 1 lipca marszałek podpisał porozumienie o współpracy. "
        "Strony zapowiedziały wizytę gospodarczą jesienią."
    )

    class Meta:
        model = Source


class CitationFactory(DjangoModelFactory):
    """The first sentence of a source, backing a partnership."""

    source = factory.SubFactory(SourceFactory)
    quote = factory.LazyAttribute(lambda citation: citation.source.full_text.split(".")[0] or "Quoted words")
    record = factory.SubFactory(PartnershipFactory)

    class Meta:
        model = Citation
