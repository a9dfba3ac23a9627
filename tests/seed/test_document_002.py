"""Document 002: Lubelskie at Expo 2017 in Astana, the economic forum, the national day, trade in 2016."""

import datetime
from decimal import Decimal

from partnerships.models import Agreement, TradeFigure
from visits.models import Commitment, Event, Visit


def test_the_2016_turnover_is_759_million_usd(seed):
    turnover = TradeFigure.objects.get(flow="turnover", period_start_on=datetime.date(2016, 1, 1))

    assert (turnover.value, turnover.scale, turnover.currency) == (Decimal("759"), 1_000_000, "USD")
    assert turnover.normalized_value == Decimal("759000000.00")
    assert turnover.period_end_on == datetime.date(2016, 12, 31)
    assert turnover.quality == "ok"


def test_poland_ranks_16th_among_exporters_and_17th_among_importers(seed):
    ranks = dict(TradeFigure.objects.filter(rank__isnull=False).values_list("flow", "rank"))

    assert ranks == {"export": 16, "import": 17}


def test_the_economic_forum_of_6_september_2017_was_part_of_expo_2017(seed):
    forum = Event.objects.get(kind="forum", start_on=datetime.date(2017, 9, 6))

    assert forum.parent.name == "Międzynarodowa Wystawa Expo 2017 w Astanie"
    assert forum.parent.end_on == datetime.date(2017, 9, 10)
    assert forum.place == "Astana"


def test_the_forum_had_three_thematic_sessions(seed):
    sessions = Event.objects.filter(parent__kind="forum", kind="session")

    assert sorted(s.name.split("”")[0].removeprefix("Sesja „") for s in sessions) == [
        "Energetyka i wydobycie",
        "Finansowanie wspólnych przedsięwzięć gospodarczych",
        "Współpraca regionalna i rozwój infrastruktury",
    ]


def test_company_memoranda_were_signed_at_the_forum(seed):
    forum = Event.objects.get(kind="forum", start_on=datetime.date(2017, 9, 6))
    parties = {
        frozenset(agreement.parties.values_list("organization__slug", flat=True))
        for agreement in forum.agreements.all()
    }

    assert parties == {
        frozenset({"polpharma", "kazakh-invest"}),
        frozenset({"ptak-warsaw-expo", "izba-handlu-miedzynarodowego-kazachstanu"}),
    }
    assert all(agreement.kind == "memorandum" for agreement in forum.agreements.all())
    assert not Agreement.objects.filter(parties__organization__slug="polpharma", voivodeship__isnull=False).exists()


def test_the_polish_national_day_was_on_7_september_2017(seed):
    day = Event.objects.get(kind="national_day")

    assert (day.start_on, day.parent.kind) == (datetime.date(2017, 9, 7), "expo")
    assert "Baktyżana Sagintajewa" in day.description


def test_vice_marshal_kapusta_led_the_lubelskie_delegation_to_expo(seed):
    visit = Visit.objects.get(event__kind="expo")
    leader = visit.delegations.get().members.get(is_leader=True)

    assert (visit.start_on, visit.end_on) == (datetime.date(2017, 9, 6), datetime.date(2017, 9, 7))
    assert (leader.person.name, leader.role) == ("Grzegorz Kapusta", "Wicemarszałek Województwa Lubelskiego")


def test_almaty_region_visited_lublin_on_23_24_july_2017_by_inference(seed):
    visit = Visit.objects.get(place="Lublin")

    assert (visit.start_on, visit.end_on) == (datetime.date(2017, 7, 23), datetime.date(2017, 7, 24))
    assert visit.is_date_inferred
    assert visit.date_as_written == "w dniach 23-24 lipca br."
    assert visit.delegations.filter(side="guest", region__slug="almaty-region-1997-2022").exists()


def test_an_economic_mission_to_almaty_region_is_the_planned_next_step(seed):
    mission = Commitment.objects.get(owed_by_region__slug="lubelskie")

    assert mission.status == "scheduled"
    assert "misji gospodarczej" in mission.description
