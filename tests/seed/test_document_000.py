"""Document 000: the Kazakh ambassador's courtesy visit to Wielkopolskie, Thursday 1 July 2021."""

import datetime

from partnerships.models import Agreement, Partnership, Post, Source
from tests.seed.helpers import cites
from visits.models import Commitment, Event, Visit

VISIT = "Spotkanie Wicemarszałka Wojciecha Jankowiaka z Ambasadorem Kazachstanu Alimem Kirabayevem"


def test_the_2003_agreement_binds_wielkopolskie_and_south_kazakhstan_region(seed):
    agreement = Agreement.objects.get(parties__region__slug="south-kazakhstan-region")

    assert set(agreement.parties.values_list("region__slug", flat=True)) == {
        "wielkopolskie",
        "south-kazakhstan-region",
    }
    assert (agreement.signed_on, agreement.date_precision) == (datetime.date(2003, 1, 1), "year")
    assert agreement.kind == "cooperation_agreement"
    assert cites(agreement, "000")


def test_the_2003_agreement_was_reaffirmed_as_valid_in_july_2021_and_is_in_force(seed):
    agreement = Agreement.objects.get(parties__region__slug="south-kazakhstan-region")
    latest = agreement.steps.order_by("occurred_on").last()

    assert (latest.kind, latest.occurred_on) == ("reaffirmed", datetime.date(2021, 7, 1))
    assert agreement.status == "in_force"


def test_the_partnership_with_south_kazakhstan_dates_from_2003_and_reaches_turkistan(seed):
    partnership = Partnership.objects.get(voivodeship__slug="wielkopolskie")

    assert partnership.partner_region.slug == "south-kazakhstan-region"
    assert (partnership.since_on, partnership.date_precision) == (datetime.date(2003, 1, 1), "year")
    assert partnership.partner_region.changes_as_predecessor.filter(successor__slug="turkistan-region").exists()


def test_the_meeting_is_dated_thursday_1_july_2021_by_inference(seed):
    visit = Visit.objects.get(title=VISIT)

    assert visit.start_on == datetime.date(2021, 7, 1)
    assert visit.start_on.weekday() == 3
    assert visit.date_precision == "day"
    assert visit.is_date_inferred
    assert "September 2020" in visit.date_inference_note
    assert visit.date_as_written == "W czwartek 1 lipca"


def test_the_meeting_is_a_courtesy_visit_hosted_in_wielkopolskie(seed):
    visit = Visit.objects.get(title=VISIT)

    assert visit.kind == "courtesy"
    assert visit.voivodeship.slug == visit.region.slug == "wielkopolskie"
    assert visit.partnership.slug == "wielkopolskie-south-kazakhstan-region"


def test_the_meeting_has_the_vice_marshal_and_the_ambassador_with_their_posts(seed):
    visit = Visit.objects.get(title=VISIT)
    members = {
        (d.side, m.person.name if m.person else None, m.role, m.is_leader)
        for d in visit.delegations.all()
        for m in d.members.all()
    }

    assert ("host", "Wojciech Jankowiak", "Wicemarszałek Województwa Wielkopolskiego", True) in members
    assert (
        "guest",
        "Alim Kirabayev",
        "Ambasador Nadzwyczajny i Pełnomocny Republiki Kazachstanu w RP",
        True,
    ) in members
    assert {role for side, name, role, _ in members if name is None} == {
        "I Sekretarz Ambasady Kazachstanu (nazwisko nie podane)",
        "Radca Ambasady odpowiedzialny m.in. za sprawy ekonomiczne (nazwisko nie podane)",
    }


def test_the_ambassador_took_up_his_post_in_september_2020(seed):
    post = Post.objects.get(person__slug="alim-kirabayev")

    assert post.started_on == datetime.date(2020, 9, 1)
    assert post.person.post_on(datetime.date(2021, 7, 1)) == post


def test_the_commission_session_of_5_october_2021_is_planned_with_a_business_forum(seed):
    session = Event.objects.get(kind="commission_session")

    assert (session.start_on, session.status, session.place) == (datetime.date(2021, 10, 5), "planned", "Warszawa")
    assert session.is_date_inferred
    assert list(session.parts.values_list("kind", flat=True)) == ["forum"]


def test_the_online_meeting_is_due_before_the_commission_session(seed):
    commitment = Commitment.objects.get(due_on=datetime.date(2021, 10, 5))

    assert commitment.visit.title == VISIT
    assert commitment.status == "scheduled"
    assert "online" in commitment.description


def test_the_ambassador_owes_talks_with_the_turkistan_authorities(seed):
    commitment = Commitment.objects.get(owed_by_person__slug="alim-kirabayev")

    assert "Obwodu Turkiestańskiego" in commitment.description
    assert cites(commitment, "000")


def test_source_000_names_its_publisher_and_an_inferred_year(seed):
    source = Source.objects.get(key="000-c11dbd1de8d38628")

    assert source.title == "Spotkanie z Ambasadorem Kazachstanu"
    assert source.publisher.startswith("Urząd Marszałkowski Województwa Wielkopolskiego")
    assert (source.published_on, source.date_precision, source.is_date_inferred) == (
        datetime.date(2021, 1, 1),
        "year",
        True,
    )
