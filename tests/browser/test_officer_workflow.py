"""An officer enters a visit with a delegation of two members and a commitment on one admin page,
publishes it, and finds it on the public /visits/ page."""

from pathlib import Path

import pytest

from tests.factories import PartnershipFactory, PersonFactory, PostFactory, ProfileFactory
from visits.models import Visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def pick(page, select_name: str, text: str):
    """Choose ``text`` in a select2 autocomplete that wraps the <select name=select_name>."""
    page.locator(f"select[name='{select_name}'] + .select2").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def test_officer_enters_and_publishes_a_visit_that_then_appears_publicly(page, live_server):
    partnership = PartnershipFactory(voivodeship__name_pl="Lubelskie", partner_region__name_pl="Obwód Ałmatyński")
    officer = ProfileFactory(
        user__username="ewa",
        user__password="Haslo-Urzedu-2018",
        user__is_staff=True,
        voivodeship=partnership.voivodeship,
    ).user
    marshal = PersonFactory(name="Sławomir Sosnowski")
    PostFactory(person=marshal, title="Marszałek Województwa Lubelskiego", ended_on=None)
    PersonFactory(name="Dariusz Oleński")

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", officer.username)
    page.fill("#id_password", "Haslo-Urzedu-2018")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/visits/visit/add/")

    page.fill("#id_title", "Wizyta w obwodzie Ałmatyńskim")
    page.select_option("#id_kind", "working")
    pick(page, "partnership", "Ałmatyński")
    page.fill("#id_start_on", "2018-04-16")
    page.fill("#id_end_on", "2018-04-20")
    page.fill("#id_place", "Tałdykorgan")

    page.locator(".djn-add-handler.djn-model-visits-delegation").first.click()
    page.select_option("select[name='delegations-0-side']", "guest")
    pick(page, "delegations-0-region", "Lubelskie")
    add_member = page.locator(".djn-add-handler.djn-model-visits-delegationmember").first
    add_member.click()
    add_member.click()
    pick(page, "delegations-0-members-0-person", "Sosnowski")  # role left empty: taken from the current post
    page.check("input[name='delegations-0-members-0-is_leader']")
    pick(page, "delegations-0-members-1-person", "Oleński")
    page.fill("input[name='delegations-0-members-1-role']", "Dyrektor szpitala w Białej Podlaskiej")

    page.locator(".djn-add-handler.djn-model-visits-commitment").first.click()
    page.fill("textarea[name='commitments-0-description']", "Wspólna konferencja szpitali w obwodzie Ałmatyńskim")
    page.fill("input[name='commitments-0-due_on']", "2018-05-01")
    page.select_option("select[name='commitments-0-date_precision']", "month")

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-visit-entry.png"), full_page=True)
    page.click("input[name='_publish']")
    page.wait_for_load_state()

    visit = Visit.objects.get(title="Wizyta w obwodzie Ałmatyńskim")
    members = {m.person.name: (m.role, m.is_leader) for m in visit.delegations.get().members.all()}
    assert members == {
        "Sławomir Sosnowski": ("Marszałek Województwa Lubelskiego", True),
        "Dariusz Oleński": ("Dyrektor szpitala w Białej Podlaskiej", False),
    }
    assert visit.commitments.get().voivodeship == partnership.voivodeship
    assert visit.is_published
    assert visit.published_by == officer

    page.goto(f"{live_server.url}/visits/?voivodeship={partnership.voivodeship.slug}")
    page.screenshot(path=str(ARTIFACTS / "public-visits-after-publishing.png"), full_page=True)
    assert page.get_by_text("Wizyta w obwodzie Ałmatyńskim").count() >= 1
