"""Document 001: Ambassador Utembayev at the Lower Silesian Voivodeship Office (2014–2015, undated)."""

from partnerships.models import Organization, Partnership, Source
from tests.seed.helpers import cites
from visits.models import Commitment, Event, Visit


def visit():
    return Visit.objects.get(voivodeship__slug="dolnoslaskie")


def test_the_voivode_and_vice_voivode_met_the_ambassador_at_the_voivodeship_office(seed):
    members = {(d.side, m.person.name, m.role, m.is_leader) for d in visit().delegations.all() for m in d.members.all()}

    assert members == {
        ("host", "Tomasz Smolarz", "Wojewoda Dolnośląski", True),
        ("host", "Ewa Mańkowska", "Wicewojewoda Dolnośląski", False),
        ("guest", "Erik Utembajew", "Ambasador Republiki Kazachstanu w Polsce", True),
    }
    assert visit().host.slug == "dolnoslaski-urzad-wojewodzki"


def test_the_undated_meeting_stores_no_date_and_explains_the_2014_2015_window(seed):
    meeting = visit()

    assert meeting.start_on is None
    assert "2014" in meeting.date_inference_note
    assert "8 December 2015" in meeting.date_inference_note


def test_lower_silesia_and_east_kazakhstan_are_a_prospective_partnership(seed):
    partnership = Partnership.objects.get(voivodeship__slug="dolnoslaskie")

    assert partnership.partner_region.slug == "east-kazakhstan-region"
    assert partnership.status == "prospective"
    assert visit().partnership == partnership


def test_the_first_forum_of_regions_is_planned_in_kazakhstan(seed):
    forum = Event.objects.get(name="Pierwsze Forum Regionów Kazachstanu i Polski")

    assert (forum.status, forum.country, forum.start_on) == ("planned", "KZ", None)
    assert Commitment.objects.filter(visit=visit(), owed_by_organization__slug="ambasada-kazachstanu-w-polsce").exists()


def test_the_meeting_records_the_forty_thousand_poles_in_kazakhstan(seed):
    assert "około 40 tysięcy Polaków" in visit().outcomes
    assert visit().citations.filter(quote__contains="około 40 tysięcy Polaków").exists()


def test_the_commission_and_the_chamber_of_commerce_are_cited_from_001(seed):
    assert cites(Organization.objects.get(slug="komisja-miedzyrzadowa-pl-kz"), "001")
    assert cites(Organization.objects.get(slug="polsko-kazachstanska-izba-handlowo-przemyslowa"), "001")


def test_source_001_has_its_url_and_no_publication_date_from_the_archive_stamp(seed):
    source = Source.objects.get(key="001-a6df0cd98bb2def0")

    assert source.url == "https://www.duw.pl/pl/dla-mediow/aktualnosc/9109,Wizyta-Ambasadora-Kazachstanu.html"
    assert source.publisher == "Dolnośląski Urząd Wojewódzki"
    assert source.published_on is None
    assert "28.04.2024" in source.note
