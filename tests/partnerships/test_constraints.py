"""Each rule that must always hold is a database constraint: the database refuses a row that breaks it,
and ``full_clean()`` reports the rule in words before a service saves anything.

A case builds a valid record with the factories and names the changes that break exactly one rule.
"""

import datetime
from decimal import Decimal

import pytest

from tests.constraint_cases import change, constraint_tests
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
    UserFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

JAN_2000 = datetime.date(2000, 1, 1)
JAN_1990 = datetime.date(1990, 1, 1)


def second_region_code_with_the_same_code():
    first = RegionCodeFactory()
    second = RegionCodeFactory(region=first.region, system=first.system)
    return second, {"code": first.code}


def second_region_alias_with_the_same_name():
    first = RegionAliasFactory()
    second = RegionAliasFactory(region=first.region)
    return second, {"name": first.name}


def second_region_with_the_same_current_iso_code():
    first = RegionFactory(oblast=True)
    second = RegionFactory(oblast=True)
    return second, {"iso_code": first.iso_code}


def region_change_recorded_twice():
    first = RegionChangeFactory()
    second = RegionChangeFactory(
        predecessor=first.predecessor, successor=first.successor, changed_on=datetime.date(2023, 1, 1)
    )
    return second, {"changed_on": first.changed_on}


def second_partnership_of_the_same_two_regions():
    first = PartnershipFactory()
    second = PartnershipFactory(voivodeship=first.voivodeship)
    return second, {"partner_region": first.partner_region}


def region_party_to_the_same_agreement_twice():
    first = AgreementPartyFactory()
    second = AgreementPartyFactory(agreement=first.agreement, region=RegionFactory(oblast=True))
    return second, {"region": first.region}


def organization_party_to_the_same_agreement_twice():
    first = AgreementPartyFactory(organization=OrganizationFactory())
    second = AgreementPartyFactory(agreement=first.agreement, organization=OrganizationFactory())
    return second, {"organization": first.organization}


def same_quote_cited_twice_for_one_record():
    first = CitationFactory()
    second = CitationFactory(source=first.source, record=first.record, quote="Strony zapowiedziały wizytę")
    return second, {"quote": first.quote}


# (constraint, case, the message full_clean() shows — None where a field's own check speaks first)
CASES = [
    # Region
    pytest.param(
        "partnerships_region_country_iso",
        change(RegionFactory, country="pl", iso_code=None),
        "A country is a two-letter upper-case ISO 3166-1 code, e.g. PL or KZ.",
        id="region_with_a_lower_case_country",
    ),
    pytest.param(
        "partnerships_region_country_iso",
        change(RegionFactory, country="P", iso_code=None),
        "A country is a two-letter upper-case ISO 3166-1 code, e.g. PL or KZ.",
        id="region_with_a_one_letter_country",
    ),
    pytest.param(
        "partnerships_region_kind_valid",
        change(RegionFactory, kind="county"),
        None,
        id="region_of_a_kind_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_region_name_local_language_valid",
        change(RegionFactory, name_local_language="de"),
        None,
        id="region_with_a_local_language_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_region_abolished_on_not_before_established_on",
        change(RegionFactory, iso_code=None, established_on=JAN_2000, abolished_on=JAN_1990),
        "A region cannot be abolished before it was established.",
        id="region_abolished_before_it_was_established",
    ),
    pytest.param(
        "partnerships_region_iso_code_matches_country",
        change(RegionFactory, iso_code="KZ-AST"),
        "An ISO 3166-2 code starts with the region's country code.",
        id="region_with_an_iso_code_of_another_country",
    ),
    pytest.param(
        "partnerships_region_abolished_has_no_current_code",
        change(RegionFactory, abolished_on=JAN_2000),
        "An abolished region has no current ISO code; keep it among its old codes.",
        id="abolished_region_with_a_current_iso_code",
    ),
    pytest.param(
        "partnerships_region_iso_code_key",
        second_region_with_the_same_current_iso_code,
        "Region with this Current ISO 3166-2 code already exists.",
        id="two_regions_with_the_same_current_iso_code",
    ),
    # RegionCode
    pytest.param(
        "partnerships_regioncode_system_valid",
        change(RegionCodeFactory, system="nuts"),
        None,
        id="region_code_of_a_system_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_regioncode_withdrawn_on_not_before_adopted_on",
        change(RegionCodeFactory, adopted_on=JAN_2000, withdrawn_on=JAN_1990),
        "A code cannot be withdrawn before it was adopted.",
        id="region_code_withdrawn_before_it_was_adopted",
    ),
    pytest.param(
        "partnerships_regioncode_unique_code",
        second_region_code_with_the_same_code,
        "The region already has this code.",
        id="region_with_the_same_code_twice",
    ),
    # RegionAlias
    pytest.param(
        "partnerships_regionalias_language_valid",
        change(RegionAliasFactory, language="de"),
        None,
        id="region_alias_in_a_language_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_regionalias_unique_name",
        second_region_alias_with_the_same_name,
        "The region already has this alias.",
        id="region_with_the_same_alias_twice",
    ),
    pytest.param(
        "partnerships_regionalias_name_not_empty",
        change(RegionAliasFactory, name=""),
        None,
        id="region_alias_without_a_name",
    ),
    # RegionChange
    pytest.param(
        "partnerships_regionchange_date_precision_valid",
        change(RegionChangeFactory, date_precision="week"),
        None,
        id="region_change_with_a_date_precision_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_regionchange_inferred_date_has_reason",
        change(RegionChangeFactory, is_date_inferred=True, date_inference_note=""),
        "An inferred date needs the reason it was inferred.",
        id="region_change_with_an_inferred_date_and_no_reason",
    ),
    pytest.param(
        "partnerships_regionchange_kind_valid",
        change(RegionChangeFactory, kind="annexation"),
        None,
        id="region_change_of_a_kind_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_regionchange_split_merge_between_two_regions",
        lambda: (change := RegionChangeFactory(), {"kind": "split", "successor": change.predecessor}),
        "A split or merge links two different regions.",
        id="region_split_into_itself",
    ),
    pytest.param(
        "partnerships_regionchange_unique_edge",
        region_change_recorded_twice,
        "This change is already recorded.",
        id="region_change_recorded_twice",
    ),
    # RegionStatistic
    pytest.param(
        "partnerships_regionstatistic_kind_valid",
        change(RegionStatisticFactory, kind="gdp"),
        None,
        id="region_statistic_of_a_kind_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_regionstatistic_value_not_negative",
        change(RegionStatisticFactory, value=Decimal("-1")),
        "A statistic cannot be negative.",
        id="negative_region_statistic",
    ),
    pytest.param(
        "partnerships_regionstatistic_suspect_has_note",
        change(RegionStatisticFactory, is_suspect=True, quality_note=""),
        "A suspect figure needs a note explaining why.",
        id="suspect_region_statistic_without_a_note",
    ),
    pytest.param(
        "partnerships_regionstatistic_inferred_year_has_reason",
        change(RegionStatisticFactory, is_reference_year_inferred=True, reference_year_note=""),
        "An inferred reference year needs the reason it was inferred.",
        id="region_statistic_with_an_inferred_year_and_no_reason",
    ),
    # Organization, Person, Post, Topic
    pytest.param(
        "partnerships_organization_kind_valid",
        change(OrganizationFactory, kind="club"),
        None,
        id="organization_of_a_kind_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_organization_country_iso",
        change(OrganizationFactory, country="pl"),
        "A country is a two-letter upper-case ISO 3166-1 code, e.g. PL or KZ.",
        id="organization_with_a_lower_case_country",
    ),
    pytest.param(
        "partnerships_person_country_iso",
        change(PersonFactory, country="P"),
        "A country is a two-letter upper-case ISO 3166-1 code, e.g. PL or KZ.",
        id="person_with_a_one_letter_country",
    ),
    pytest.param(
        "partnerships_post_ended_on_not_before_started_on",
        change(PostFactory, started_on=JAN_2000, ended_on=JAN_1990),
        "A post cannot end before it starts.",
        id="post_ending_before_it_starts",
    ),
    pytest.param(
        "partnerships_post_title_not_empty",
        change(PostFactory, title=""),
        None,
        id="post_without_a_title",
    ),
    pytest.param(
        "partnerships_topic_kind_valid",
        change(TopicFactory, kind="theme"),
        None,
        id="topic_of_a_kind_that_is_not_a_choice",
    ),
    # Partnership
    pytest.param(
        "partnerships_partnership_date_precision_valid",
        change(PartnershipFactory, date_precision="week"),
        None,
        id="partnership_with_a_date_precision_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_partnership_inferred_date_has_reason",
        change(PartnershipFactory, is_date_inferred=True, date_inference_note=""),
        "An inferred date needs the reason it was inferred.",
        id="partnership_with_an_inferred_date_and_no_reason",
    ),
    pytest.param(
        "partnerships_partnership_status_valid",
        change(PartnershipFactory, status="paused"),
        None,
        id="partnership_with_a_status_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_partnership_two_different_regions",
        lambda: (partnership := PartnershipFactory(), {"partner_region": partnership.voivodeship}),
        # clean() speaks first: the partner must be in another country.
        None,
        id="region_partnered_with_itself",
    ),
    pytest.param(
        "partnerships_partnership_unique_pair",
        second_partnership_of_the_same_two_regions,
        "A partnership between these two regions already exists.",
        id="second_partnership_of_the_same_two_regions",
    ),
    # Agreement
    pytest.param(
        "partnerships_agreement_date_precision_valid",
        change(AgreementFactory, date_precision="week"),
        None,
        id="agreement_with_a_date_precision_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_agreement_inferred_date_has_reason",
        change(AgreementFactory, is_date_inferred=True, date_inference_note=""),
        "An inferred date needs the reason it was inferred.",
        id="agreement_with_an_inferred_date_and_no_reason",
    ),
    pytest.param(
        "partnerships_agreement_publisher_only_when_published",
        lambda: (AgreementFactory(), {"published_by": UserFactory()}),
        "Only a published record has a publisher.",
        id="draft_agreement_with_a_publisher",
    ),
    pytest.param(
        "partnerships_agreement_kind_valid",
        change(AgreementFactory, kind="treaty"),
        None,
        id="agreement_of_a_kind_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_agreement_status_valid",
        change(AgreementFactory, status="suspended"),
        None,
        id="agreement_with_a_status_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_agreement_expires_on_not_before_signed_on",
        change(AgreementFactory, signed_on=JAN_2000, expires_on=JAN_1990),
        "An agreement cannot expire before it is signed.",
        id="agreement_expiring_before_it_is_signed",
    ),
    # AgreementParty
    pytest.param(
        "partnerships_agreementparty_region_or_organization",
        lambda: (AgreementPartyFactory(), {"organization": OrganizationFactory()}),
        "A party is either a region or an organization, not both and not neither.",
        id="agreement_party_that_is_both_a_region_and_an_organization",
    ),
    pytest.param(
        "partnerships_agreementparty_region_or_organization",
        change(AgreementPartyFactory, region=None),
        "A party is either a region or an organization, not both and not neither.",
        id="agreement_party_that_is_neither_a_region_nor_an_organization",
    ),
    pytest.param(
        "partnerships_agreementparty_unique_region",
        region_party_to_the_same_agreement_twice,
        "This region is already a party to the agreement.",
        id="region_party_to_the_same_agreement_twice",
    ),
    pytest.param(
        "partnerships_agreementparty_unique_organization",
        organization_party_to_the_same_agreement_twice,
        "This organization is already a party to the agreement.",
        id="organization_party_to_the_same_agreement_twice",
    ),
    # AgreementStep
    pytest.param(
        "partnerships_agreementstep_date_precision_valid",
        change(AgreementStepFactory, date_precision="week"),
        None,
        id="agreement_step_with_a_date_precision_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_agreementstep_inferred_date_has_reason",
        change(AgreementStepFactory, is_date_inferred=True, date_inference_note=""),
        "An inferred date needs the reason it was inferred.",
        id="agreement_step_with_an_inferred_date_and_no_reason",
    ),
    pytest.param(
        "partnerships_agreementstep_kind_valid",
        change(AgreementStepFactory, kind="vetoed"),
        None,
        id="agreement_step_of_a_kind_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_agreementstep_resolution_fields_only_on_resolution",
        change(AgreementStepFactory, resolution_number="XL/1/18"),
        "A resolution number and majority belong only to a sejmik resolution step.",
        id="signing_step_with_a_resolution_number",
    ),
    pytest.param(
        "partnerships_agreementstep_resolution_fields_only_on_resolution",
        change(AgreementStepFactory, adopted_by_absolute_majority=True),
        "A resolution number and majority belong only to a sejmik resolution step.",
        id="signing_step_with_a_majority",
    ),
    # TradeFigure
    pytest.param(
        "partnerships_tradefigure_date_precision_valid",
        change(TradeFigureFactory, date_precision="week"),
        None,
        id="trade_figure_with_a_date_precision_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_tradefigure_inferred_date_has_reason",
        change(TradeFigureFactory, is_date_inferred=True, date_inference_note=""),
        "An inferred date needs the reason it was inferred.",
        id="trade_figure_with_an_inferred_date_and_no_reason",
    ),
    pytest.param(
        "partnerships_tradefigure_flow_valid",
        change(TradeFigureFactory, flow="transit"),
        None,
        id="trade_figure_with_a_flow_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_tradefigure_scale_valid",
        change(TradeFigureFactory, scale=100),
        None,
        id="trade_figure_with_a_scale_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_tradefigure_quality_valid",
        change(TradeFigureFactory, quality="dubious"),
        None,
        id="trade_figure_with_a_quality_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_tradefigure_reporter_country_iso",
        change(TradeFigureFactory, reporter_country="pl"),
        "A country is a two-letter upper-case ISO 3166-1 code, e.g. PL or KZ.",
        id="trade_figure_with_a_lower_case_reporter_country",
    ),
    pytest.param(
        "partnerships_tradefigure_partner_country_iso",
        change(TradeFigureFactory, partner_country="K"),
        "A country is a two-letter upper-case ISO 3166-1 code, e.g. PL or KZ.",
        id="trade_figure_with_a_one_letter_partner_country",
    ),
    pytest.param(
        "partnerships_tradefigure_period_in_order",
        change(TradeFigureFactory, period_end_on=datetime.date(2022, 12, 31)),
        "A period cannot end before it starts.",
        id="trade_period_ending_before_it_starts",
    ),
    pytest.param(
        "partnerships_tradefigure_value_not_negative",
        change(TradeFigureFactory, value=Decimal("-1.000")),
        "A trade value cannot be negative.",
        id="negative_trade_value",
    ),
    pytest.param(
        "partnerships_tradefigure_rank_positive",
        change(TradeFigureFactory, rank=0),
        "A rank starts at 1.",
        id="trade_rank_zero",
    ),
    pytest.param(
        "partnerships_tradefigure_value_or_rank",
        change(TradeFigureFactory, value=None, rank=None),
        "A trade figure needs a value or a rank.",
        id="trade_figure_with_neither_value_nor_rank",
    ),
    pytest.param(
        "partnerships_tradefigure_value_has_currency",
        change(TradeFigureFactory, currency=""),
        "A value needs its three-letter currency code.",
        id="trade_value_without_a_currency",
    ),
    pytest.param(
        "partnerships_tradefigure_suspect_has_note",
        change(TradeFigureFactory, quality="suspect", quality_note=""),
        "A suspect figure needs a note explaining why.",
        id="suspect_trade_figure_without_a_note",
    ),
    # Source, Citation
    pytest.param(
        "partnerships_source_date_precision_valid",
        change(SourceFactory, date_precision="week"),
        None,
        id="source_with_a_date_precision_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_source_inferred_date_has_reason",
        change(SourceFactory, is_date_inferred=True, date_inference_note=""),
        "An inferred date needs the reason it was inferred.",
        id="source_with_an_inferred_date_and_no_reason",
    ),
    pytest.param(
        "partnerships_source_language_valid",
        change(SourceFactory, language="de"),
        None,
        id="source_in_a_language_that_is_not_a_choice",
    ),
    pytest.param(
        "partnerships_citation_quote_not_empty",
        change(CitationFactory, quote=""),
        None,
        id="citation_without_a_quote",
    ),
    pytest.param(
        "partnerships_citation_unique_quote_per_record",
        same_quote_cited_twice_for_one_record,
        "This record already cites this quote.",
        id="same_quote_cited_twice_for_one_record",
    ),
]

test_database_refuses, test_full_clean_reports_in_words, test_every_constraint_has_a_case = constraint_tests(
    "partnerships", CASES
)
