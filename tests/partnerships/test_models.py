"""What the partnership models say about themselves (__str__) and the rules clean() adds to the constraints."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from partnerships.models import Citation, Partnership
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

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def errors_of(record) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as invalid:
        record.full_clean()
    return invalid.value.message_dict


# __str__


def test_region_reads_as_its_polish_name():
    assert str(RegionFactory(name_pl="Lubelskie")) == "Lubelskie"


def test_region_code_reads_as_the_code_and_its_region():
    code = RegionCodeFactory(code="KZ-VOS", region__name_pl="Wschodniokazachstański")

    assert str(code) == "KZ-VOS (Wschodniokazachstański)"


def test_region_alias_reads_as_the_alias():
    assert str(RegionAliasFactory(name="Akmola Region")) == "Akmola Region"


def test_region_change_reads_as_kind_regions_and_date():
    change = RegionChangeFactory(
        predecessor__name_pl="Semipałatyński", successor__name_pl="Abajski", changed_on=datetime.date(2022, 6, 8)
    )

    assert str(change) == "rename: Semipałatyński → Abajski (8 VI 2022)"


def test_region_statistic_reads_as_the_value_as_written():
    statistic = RegionStatisticFactory(region__name_pl="Akmolińskie", value_as_written="ok. 735 tys.")

    assert str(statistic) == "Akmolińskie: population ok. 735 tys."


def test_region_statistic_without_value_as_written_reads_as_the_stored_value():
    statistic = RegionStatisticFactory(region__name_pl="Akmolińskie", kind="area", value=Decimal("146219"))
    statistic.refresh_from_db()

    assert str(statistic) == "Akmolińskie: area 146219.00"


def test_organization_reads_as_its_name():
    assert str(OrganizationFactory(name="Urząd Marszałkowski Województwa Lubelskiego")) == (
        "Urząd Marszałkowski Województwa Lubelskiego"
    )


def test_person_reads_as_the_name_the_documents_use():
    assert str(PersonFactory(name="Jarosław Stawiarski")) == "Jarosław Stawiarski"


def test_post_reads_as_person_and_title():
    post = PostFactory(person__name="Jarosław Stawiarski", title="Marszałek Województwa Lubelskiego")

    assert str(post) == "Jarosław Stawiarski, Marszałek Województwa Lubelskiego"


def test_topic_reads_as_its_polish_name():
    assert str(TopicFactory(name_pl="ochrona zdrowia")) == "ochrona zdrowia"


def test_partnership_reads_as_voivodeship_and_partner_region():
    partnership = PartnershipFactory(voivodeship__name_pl="Lubelskie", partner_region__name_pl="Akmolińskie")

    assert str(partnership) == "Lubelskie – Akmolińskie"


def test_agreement_reads_as_its_title():
    assert str(AgreementFactory(title="Porozumienie o współpracy")) == "Porozumienie o współpracy"


def test_agreement_party_reads_as_its_region():
    party = AgreementPartyFactory(agreement__partnership__partner_region__name_pl="Akmolińskie")

    assert str(party) == "Akmolińskie"


def test_agreement_party_reads_as_its_organization():
    party = AgreementPartyFactory(organization=OrganizationFactory(name="Akimat"))

    assert str(party) == "Akimat"


def test_agreement_step_reads_as_kind_and_date():
    assert str(AgreementStepFactory(occurred_on=datetime.date(2018, 4, 12))) == "signed (12 IV 2018)"


def test_agreement_step_without_a_date_says_the_date_is_unknown():
    assert str(AgreementStepFactory(occurred_on=None)) == "signed (date unknown)"


def test_trade_figure_reads_as_countries_flow_period_and_value():
    assert str(TradeFigureFactory()) == "PL→KZ turnover 2023: 1,234 mld USD"


def test_rank_only_trade_figure_reads_as_its_rank():
    figure = TradeFigureFactory(flow="export", value=None, currency="", value_as_written="", rank=16)

    assert str(figure) == "PL→KZ export 2023: #16"


def test_source_reads_as_its_title():
    assert str(SourceFactory(title="Wizyta delegacji z Kazachstanu")) == "Wizyta delegacji z Kazachstanu"


def test_citation_reads_as_source_key_and_quote():
    citation = CitationFactory(source__key="lublin-2021", quote="marszałek podpisał porozumienie")

    assert str(citation) == "lublin-2021: “marszałek podpisał porozumienie”"


def test_citation_of_a_long_quote_is_shortened_to_sixty_characters():
    quote = "x" * 61
    citation = CitationFactory.build(source__key="long", quote=quote)

    assert str(citation) == f"long: “{'x' * 57}…”"


# Partnership.clean()


@pytest.mark.parametrize(
    "voivodeship",
    [{"oblast": True}, {"kind": "city"}],
    ids=["kazakh_oblast", "polish_city"],
)
def test_partnership_side_that_is_not_a_polish_voivodeship_is_reported_on_the_voivodeship(voivodeship):
    partnership = PartnershipFactory()
    partnership.voivodeship = RegionFactory(**voivodeship)

    assert errors_of(partnership) == {"voivodeship": ["The Polish side of a partnership must be a Polish voivodeship."]}


def test_partnership_partner_in_the_same_country_is_reported_on_the_partner_region():
    partnership = PartnershipFactory()
    partnership.partner_region = RegionFactory()

    assert errors_of(partnership) == {"partner_region": ["The partner region must be in another country."]}


def test_partnership_without_regions_reports_the_missing_fields():
    partnership = Partnership(slug="no-regions", status="active")

    assert set(errors_of(partnership)) == {"voivodeship", "partner_region"}


# PartialDate.clean() and display_date

DATED_FACTORIES = [
    pytest.param(PartnershipFactory, "since_on", id="partnership"),
    pytest.param(AgreementFactory, "signed_on", id="agreement"),
    pytest.param(AgreementStepFactory, "occurred_on", id="agreement_step"),
    pytest.param(RegionChangeFactory, "changed_on", id="region_change"),
    pytest.param(TradeFigureFactory, "period_start_on", id="trade_figure"),
    pytest.param(SourceFactory, "published_on", id="source"),
]


@pytest.mark.parametrize(("factory", "date_field"), DATED_FACTORIES)
def test_date_known_to_the_month_must_be_stored_on_the_first(factory, date_field):
    record = factory.build(date_precision="month", **{date_field: datetime.date(2018, 4, 12)})

    with pytest.raises(ValidationError) as invalid:
        record.clean()

    assert invalid.value.message_dict == {
        date_field: ["A date known to the month is stored as the first day of that month."]
    }


@pytest.mark.parametrize(("factory", "date_field"), DATED_FACTORIES)
def test_date_known_to_the_year_must_be_stored_on_the_first_of_january(factory, date_field):
    record = factory.build(date_precision="year", **{date_field: datetime.date(2018, 4, 1)})

    with pytest.raises(ValidationError) as invalid:
        record.clean()

    assert invalid.value.message_dict == {
        date_field: ["A date known to the year is stored as the first of January of that year."]
    }


@pytest.mark.parametrize(
    ("precision", "day"),
    [("month", datetime.date(2018, 4, 1)), ("year", datetime.date(2018, 1, 1)), ("day", datetime.date(2018, 4, 12))],
    ids=["month_on_the_first", "year_on_the_first_of_january", "day_on_any_day"],
)
def test_partial_date_stored_on_the_first_of_its_period_is_valid(precision, day):
    PartnershipFactory(date_precision=precision, since_on=day).full_clean()


@pytest.mark.parametrize(
    ("day", "precision", "shown"),
    [
        (datetime.date(2015, 1, 1), "year", "2015"),
        (datetime.date(2018, 4, 1), "month", "IV 2018"),
        (datetime.date(2021, 7, 1), "day", "1 VII 2021"),
        (None, "day", ""),
    ],
    ids=["year_as_the_year", "month_as_roman_month_and_year", "day_as_day_roman_month_and_year", "unknown_as_empty"],
)
def test_display_date_shows_the_date_as_precisely_as_it_is_known(day, precision, shown):
    assert PartnershipFactory.build(date_precision=precision, since_on=day).display_date == shown


# Citation.clean()


def test_citation_quote_that_is_not_in_the_source_text_is_reported_on_the_quote():
    citation = CitationFactory.build(source=SourceFactory(), record=PartnershipFactory(), quote="podpisał umowę")

    assert errors_of(citation) == {"quote": ["The quote does not occur word for word in the source's text."]}


def test_citation_of_a_source_without_text_accepts_any_quote():
    citation = CitationFactory.build(source=SourceFactory(full_text=""), record=PartnershipFactory(), quote="any")

    citation.full_clean()


def test_citation_without_a_source_reports_the_missing_source():
    partnership = PartnershipFactory()
    citation = Citation(
        quote="any", content_type=ContentType.objects.get_for_model(partnership), object_id=partnership.pk
    )

    assert set(errors_of(citation)) == {"source"}


# TradeFigure.normalized_value


@pytest.mark.parametrize(
    ("value", "scale", "normalized"),
    [
        (Decimal("1.234"), 1_000_000_000, Decimal("1234000000.00")),
        (Decimal("12.5"), 1_000, Decimal("12500.00")),
        (Decimal("1.237"), 1, Decimal("1.24")),
    ],
    ids=["billions", "thousands", "units_rounded_to_cents"],
)
def test_trade_figure_stores_its_value_times_its_scale(value, scale, normalized):
    figure = TradeFigureFactory(value=value, scale=scale)
    figure.refresh_from_db()

    assert figure.normalized_value == normalized


def test_rank_only_trade_figure_has_no_normalized_value():
    figure = TradeFigureFactory(value=None, currency="", rank=16)
    figure.refresh_from_db()

    assert figure.normalized_value is None


def test_trade_figure_normalized_value_follows_a_changed_value():
    figure = TradeFigureFactory(value=Decimal("1.234"), scale=1_000_000)

    figure.value = Decimal("2")
    figure.save()
    figure.refresh_from_db()

    assert figure.normalized_value == Decimal("2000000.00")


# Person.post_on()


def test_person_post_on_a_day_is_the_post_held_that_day():
    person = PersonFactory()
    PostFactory(person=person, title="Wicemarszałek", started_on=datetime.date(2015, 1, 1), ended_on=None)
    earlier = PostFactory(
        person=person, title="Radny", started_on=datetime.date(2010, 1, 1), ended_on=datetime.date(2014, 12, 31)
    )

    assert person.post_on(datetime.date(2012, 5, 1)) == earlier


def test_person_post_on_a_day_before_any_post_is_none():
    post = PostFactory(started_on=datetime.date(2015, 1, 1))

    assert post.person.post_on(datetime.date(2014, 12, 31)) is None


def test_an_agreement_cannot_belong_to_another_voivodeships_partnership(english):
    lublin, other = PartnershipFactory(), PartnershipFactory()
    agreement = AgreementFactory.build(voivodeship=other.voivodeship, partnership=lublin)

    with pytest.raises(ValidationError) as invalid:
        agreement.full_clean()

    assert invalid.value.message_dict["partnership"] == ["This partnership belongs to another voivodeship."]
