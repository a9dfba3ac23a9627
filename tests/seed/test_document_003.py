"""Document 003: Marshal Sosnowski's visit to Almaty Region (April 2018), the memorandum, the hospitals."""

import datetime

from partnerships.models import Agreement, RegionStatistic, TradeFigure
from tests.seed.helpers import cites
from visits.models import Commitment, Visit


def visit():
    return Visit.objects.get(region__slug="almaty-region-1997-2022")


def test_the_visit_is_dated_april_2018_by_inference(seed):
    assert (visit().start_on, visit().date_precision) == (datetime.date(2018, 4, 1), "month")
    assert visit().is_date_inferred
    assert "kwietniowa misja" in visit().date_as_written


def test_the_marshal_led_the_delegation(seed):
    leader = visit().delegations.get(side="guest").members.get(is_leader=True)

    assert (leader.person.name, leader.role) == ("Sławomir Sosnowski", "Marszałek Województwa Lubelskiego")


def test_the_memorandum_was_signed_by_the_marshal_and_the_akim(seed):
    memorandum = Agreement.objects.get(kind="memorandum", voivodeship__slug="lubelskie")
    signatories = {(p.region.slug, p.signatory.name, p.signatory_title) for p in memorandum.parties.all()}

    assert signatories == {
        ("lubelskie", "Sławomir Sosnowski", "Marszałek Województwa Lubelskiego"),
        ("almaty-region-1997-2022", "Amandyk Gabbasowicz Batalow", "Akim obwodu ałmatyńskiego"),
    }
    assert (memorandum.signed_on, memorandum.date_precision) == (datetime.date(2018, 4, 1), "month")
    assert set(memorandum.topics.values_list("code", flat=True)) == {"economy", "science", "culture", "health"}
    assert memorandum in visit().agreements.all()


def test_the_memorandum_is_the_april_2018_agreement_of_document_004(seed):
    memorandum = Agreement.objects.get(kind="memorandum", voivodeship__slug="lubelskie")

    assert cites(memorandum, "003")
    assert cites(memorandum, "004")


def test_the_hospitals_of_biala_podlaska_and_taldykorgan_signed_an_agreement(seed):
    agreement = Agreement.objects.get(kind="institutional_agreement")

    assert set(agreement.parties.values_list("organization__slug", flat=True)) == {
        "wojewodzki-szpital-specjalistyczny-biala-podlaska",
        "miejski-szpital-multidyscyplinarny-taldykorgan",
    }
    assert agreement.parties.get(signatory__isnull=False).signatory.name == "Dariusz Oleński"
    assert agreement in visit().agreements.all()


def test_the_hospitals_planned_a_joint_conference_in_may_2018(seed):
    conference = Commitment.objects.get(visit=visit())

    assert (conference.due_on, conference.date_precision) == (datetime.date(2018, 5, 1), "month")
    assert conference.owed_by_organization.slug == "wojewodzki-szpital-specjalistyczny-biala-podlaska"


def test_the_delegation_met_the_consul_general_in_almaty(seed):
    consul = visit().delegations.get(organization__slug="konsulat-generalny-rp-w-almaty").members.get()

    assert consul.person.name == "Radosław Gruk"


def test_the_half_year_figure_of_314_6_billion_is_kept_and_flagged_as_suspect(seed):
    figure = TradeFigure.objects.get(period_start_on=datetime.date(2017, 1, 1))

    assert figure.value_as_written == "314,6 mld USD"
    assert figure.scale == 1_000_000_000
    assert figure.period_end_on == datetime.date(2017, 6, 30)
    assert figure.quality == "suspect"
    assert "759" in figure.quality_note


def test_over_two_million_inhabitants_is_kept_as_written(seed):
    statistic = RegionStatistic.objects.get(value_as_written="ponad 2 miliony")

    assert (statistic.region.slug, statistic.kind, statistic.qualifier) == (
        "almaty-region-1997-2022",
        "population",
        "ponad",
    )
    assert not statistic.is_suspect
