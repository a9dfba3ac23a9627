"""Writes go through services: they validate before saving, and a refused write leaves nothing behind."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from partnerships import services
from partnerships.models import Agreement, AgreementStep, Citation, Partnership, Region, RegionAlias, TradeFigure
from tests.factories import (
    AgreementFactory,
    AgreementStepFactory,
    PartnershipFactory,
    RegionAliasFactory,
    RegionFactory,
    SourceFactory,
    TopicFactory,
    UserFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def refused(write, **kwargs) -> dict[str, list[str]]:
    """The errors a refused service call reports."""
    with pytest.raises(ValidationError) as invalid:
        write(**kwargs)
    return invalid.value.message_dict


# Creating


def test_create_region_saves_a_valid_region():
    region = services.create_region(
        slug="lubelskie", country="PL", kind="voivodeship", name_pl="Lubelskie", name_en="Lublin", iso_code="PL-06"
    )

    assert Region.objects.get(slug="lubelskie") == region


def test_create_region_without_a_name_is_refused_on_that_field_and_writes_nothing():
    errors = refused(services.create_region, slug="lubelskie", country="PL", kind="voivodeship", name_en="Lublin")

    assert set(errors) == {"name_pl"}
    assert not Region.objects.exists()


def test_create_region_with_a_lower_case_country_is_refused_in_words_and_writes_nothing():
    errors = refused(services.create_region, slug="x", country="pl", kind="voivodeship", name_pl="X", name_en="X")

    assert errors == {"__all__": ["A country is a two-letter upper-case ISO 3166-1 code, e.g. PL or KZ."]}
    assert not Region.objects.exists()


def test_create_partnership_with_an_oblast_as_the_polish_side_is_refused_and_writes_nothing():
    errors = refused(
        services.create_partnership,
        slug="akmola-lubelskie",
        voivodeship=RegionFactory(oblast=True),
        partner_region=RegionFactory(oblast=True),
        status="active",
    )

    assert errors == {"voivodeship": ["The Polish side of a partnership must be a Polish voivodeship."]}
    assert not Partnership.objects.exists()


def test_create_partnership_sets_its_topics():
    topics = TopicFactory.create_batch(2)

    partnership = services.create_partnership(
        slug="lubelskie-akmola",
        voivodeship=RegionFactory(),
        partner_region=RegionFactory(oblast=True),
        status="active",
        topics=topics,
    )

    assert set(partnership.topics.all()) == set(topics)


def test_second_partnership_of_the_same_regions_is_refused_and_writes_nothing():
    existing = PartnershipFactory()

    errors = refused(
        services.create_partnership,
        slug="again",
        voivodeship=existing.voivodeship,
        partner_region=existing.partner_region,
        status="active",
    )

    assert errors == {"__all__": ["A partnership between these two regions already exists."]}
    assert Partnership.objects.get() == existing


def test_create_agreement_of_a_kind_that_is_not_a_choice_is_refused_on_the_kind_and_writes_nothing():
    errors = refused(services.create_agreement, title="Umowa", kind="treaty")

    assert set(errors) == {"kind"}
    assert not Agreement.objects.exists()


def test_create_agreement_is_planned_unless_told_otherwise():
    agreement = services.create_agreement(title="Porozumienie", kind="memorandum")

    assert agreement.status == "planned"


def test_add_region_alias_twice_is_refused_in_words_and_writes_nothing():
    alias = RegionAliasFactory()

    errors = refused(services.add_region_alias, region=alias.region, name=alias.name, language="ru")

    assert errors == {"__all__": ["The region already has this alias."]}
    assert RegionAlias.objects.get() == alias


def test_record_trade_figure_with_a_negative_value_is_refused_and_writes_nothing():
    errors = refused(
        services.record_trade_figure,
        reporter_country="PL",
        partner_country="KZ",
        flow="export",
        period_start_on=datetime.date(2023, 1, 1),
        period_end_on=datetime.date(2023, 12, 31),
        value=Decimal("-1"),
        currency="USD",
    )

    assert errors == {"__all__": ["A trade value cannot be negative."]}
    assert not TradeFigure.objects.exists()


def test_cite_keeps_a_verbatim_quote_on_the_record():
    source = SourceFactory(full_text="Marszałek podpisał porozumienie w Astanie.")
    partnership = PartnershipFactory()

    citation = services.cite(record=partnership, source=source, quote="podpisał porozumienie")

    assert list(partnership.citations.all()) == [citation]


def test_cite_of_words_not_in_the_source_is_refused_on_the_quote_and_writes_nothing():
    source = SourceFactory(full_text="Marszałek podpisał porozumienie w Astanie.")

    errors = refused(services.cite, record=PartnershipFactory(), source=source, quote="podpisał umowę")

    assert errors == {"quote": ["The quote does not occur word for word in the source's text."]}
    assert not Citation.objects.exists()


def test_update_record_refuses_an_invalid_change_and_leaves_the_row_as_it_was():
    region = RegionFactory(iso_code=None, established_on=datetime.date(1999, 1, 1))

    errors = refused(services.update_record, record=region, abolished_on=datetime.date(1990, 1, 1))

    assert errors == {"__all__": ["A region cannot be abolished before it was established."]}
    region.refresh_from_db()
    assert region.abolished_on is None


# The agreement's status follows its latest step


def test_signing_step_puts_a_planned_agreement_in_force():
    agreement = AgreementFactory(status="planned")

    services.add_agreement_step(agreement=agreement, kind="signed", occurred_on=datetime.date(2018, 4, 12))

    agreement.refresh_from_db()
    assert agreement.status == "in_force"


def test_a_later_step_decides_the_status():
    agreement = AgreementFactory(status="planned")
    services.add_agreement_step(agreement=agreement, kind="signed", occurred_on=datetime.date(2018, 4, 12))

    services.add_agreement_step(agreement=agreement, kind="expired", occurred_on=datetime.date(2023, 4, 12))

    agreement.refresh_from_db()
    assert agreement.status == "expired"


def test_an_earlier_step_recorded_afterwards_does_not_override_the_latest():
    agreement = AgreementFactory(status="planned")
    services.add_agreement_step(agreement=agreement, kind="terminated", occurred_on=datetime.date(2023, 4, 12))

    services.add_agreement_step(agreement=agreement, kind="signed", occurred_on=datetime.date(2018, 4, 12))

    agreement.refresh_from_db()
    assert agreement.status == "terminated"


def test_a_step_that_decides_no_status_leaves_the_status():
    agreement = AgreementFactory(status="planned")
    AgreementStepFactory(agreement=agreement, kind="consent_requested", occurred_on=datetime.date(2018, 1, 10))

    services.add_agreement_step(agreement=agreement, kind="sent_to_ministries", occurred_on=datetime.date(2018, 5, 1))

    agreement.refresh_from_db()
    assert agreement.status == "planned"


def test_an_undated_step_leaves_the_status():
    agreement = AgreementFactory(status="planned")

    services.add_agreement_step(agreement=agreement, kind="signed", occurred_on=None)

    agreement.refresh_from_db()
    assert agreement.status == "planned"


def test_an_invalid_step_is_refused_and_leaves_the_agreement_as_it_was():
    agreement = AgreementFactory(status="planned")

    errors = refused(
        services.add_agreement_step,
        agreement=agreement,
        kind="signed",
        occurred_on=datetime.date(2018, 4, 12),
        resolution_number="XL/1/18",
    )

    assert errors == {"__all__": ["A resolution number and majority belong only to a sejmik resolution step."]}
    assert not AgreementStep.objects.exists()
    agreement.refresh_from_db()
    assert agreement.status == "planned"


# Publishing


def test_publish_records_when_and_by_whom():
    agreement = AgreementFactory()
    officer = UserFactory()
    before = timezone.now()

    services.publish(record=agreement, by=officer)

    agreement.refresh_from_db()
    assert before <= agreement.published_at <= timezone.now()
    assert agreement.published_by == officer


def test_publish_without_a_publisher_records_only_when():
    agreement = AgreementFactory()

    services.publish(record=agreement)

    agreement.refresh_from_db()
    assert agreement.published_at is not None
    assert agreement.published_by is None


def test_unpublish_clears_when_and_by_whom():
    agreement = AgreementFactory(published=True, published_by=UserFactory())

    services.unpublish(record=agreement)

    agreement.refresh_from_db()
    assert (agreement.published_at, agreement.published_by) == (None, None)
