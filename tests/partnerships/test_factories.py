"""The factories make valid records, so a test changes only what it is about."""

import pytest

from tests.factories import (
    AgreementFactory,
    AgreementPartyFactory,
    AgreementStepFactory,
    CitationFactory,
    OrganizationFactory,
    PartnershipFactory,
    PersonFactory,
    PostFactory,
    RegionAliasFactory,
    RegionChangeFactory,
    RegionCodeFactory,
    RegionFactory,
    RegionStatisticFactory,
    SourceFactory,
    TopicFactory,
    TradeFigureFactory,
)

pytestmark = pytest.mark.django_db

FACTORIES = [
    RegionFactory,
    RegionCodeFactory,
    RegionAliasFactory,
    RegionChangeFactory,
    RegionStatisticFactory,
    OrganizationFactory,
    PersonFactory,
    PostFactory,
    TopicFactory,
    PartnershipFactory,
    AgreementFactory,
    AgreementPartyFactory,
    AgreementStepFactory,
    TradeFigureFactory,
    SourceFactory,
    CitationFactory,
]


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda factory: factory.__name__)
def test_factory_makes_a_record_that_passes_full_clean(factory):
    factory().full_clean()


@pytest.mark.parametrize(
    "factory",
    [RegionFactory, RegionFactory.build, lambda: RegionFactory(oblast=True)],
    ids=["voivodeship", "voivodeship_built", "oblast"],
)
def test_region_factory_gives_each_region_its_own_slug_and_iso_code(factory):
    first, second = factory(), factory()

    assert first.slug != second.slug
    assert first.iso_code != second.iso_code


def test_partnership_factory_pairs_a_polish_voivodeship_with_a_kazakh_oblast():
    partnership = PartnershipFactory()

    assert (partnership.voivodeship.country, partnership.voivodeship.kind) == ("PL", "voivodeship")
    assert (partnership.partner_region.country, partnership.partner_region.kind) == ("KZ", "oblast")


def test_partnership_factory_sets_the_topics_it_is_given():
    topics = TopicFactory.create_batch(2)

    partnership = PartnershipFactory(topics=topics)

    assert set(partnership.topics.all()) == set(topics)


def test_agreement_factory_is_a_draft_unless_published():
    assert AgreementFactory().published_at is None
    assert AgreementFactory(published=True).published_at is not None


def test_agreement_party_factory_takes_an_organization_instead_of_the_partner_region():
    organization = OrganizationFactory()

    party = AgreementPartyFactory(organization=organization)

    assert (party.organization, party.region) == (organization, None)


def test_citation_factory_quotes_its_source_word_for_word():
    citation = CitationFactory()

    assert citation.quote in citation.source.full_text
