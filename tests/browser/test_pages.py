"""The public pages in headless Chromium: filtering, the timeline, the language switch, the CSV download.

Each test saves a screenshot into test-artifacts/ (git-ignored) so a person can look at the pages.
"""

import codecs
import csv
from pathlib import Path

import pytest
from django.conf import settings

from tests.pages.world import build_documents_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def world(transactional_db):
    return build_documents_world()


@pytest.fixture
def no_js_page(browser):
    """A browser tab with JavaScript switched off: every page must work without it."""
    context = browser.new_context(locale="pl-PL", java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def shoot(page, name: str):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def listed_titles(page) -> list[str]:
    return page.locator("#results tbody tr td:nth-child(2) a").all_inner_texts()


def test_filtering_visits_by_voivodeship_and_dates_without_javascript_shows_the_right_rows(
    no_js_page, live_server, world
):
    page = no_js_page
    page.goto(f"{live_server.url}/visits/")
    page.select_option("#id_voivodeship", "lubelskie")
    page.fill("#id_date_from", "2017-09-01")
    page.fill("#id_date_to", "2018-12-31")
    page.click("form.filters button[type=submit]")

    assert listed_titles(page) == [
        "Wizyta w obwodzie Ałmatyńskim",
        "Delegacja Województwa Lubelskiego na Expo 2017 w Astanie",
    ]
    assert "voivodeship=lubelskie" in page.url
    assert "date_from=2017-09-01" in page.url
    shoot(page, "visits-filtered")


def test_an_active_filter_is_removed_with_its_own_button(page, live_server, world):
    page.goto(f"{live_server.url}/visits/?voivodeship=wielkopolskie&kind=courtesy")
    assert listed_titles(page) == ["Spotkanie z Ambasadorem Kazachstanu"]

    page.locator(".active-filters li", has_text="wielkopolskie").get_by_role("link").click()

    assert "voivodeship" not in page.url
    assert "kind=courtesy" in page.url
    assert set(listed_titles(page)) == {
        "Spotkanie z Ambasadorem Kazachstanu",
        "Wizyta Ambasadora Kazachstanu w Dolnośląskim Urzędzie Wojewódzkim",
    }


def test_the_search_field_submits_with_the_keyboard(page, live_server, world):
    page.goto(f"{live_server.url}/visits/")
    page.focus("#id_q")
    page.keyboard.type("almaty")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert "q=almaty" in page.url
    assert "Wizyta w obwodzie Ałmatyńskim" in listed_titles(page)


def test_a_bad_date_shows_a_message_on_that_filter(page, live_server, world):
    response = page.goto(f"{live_server.url}/visits/?date_from=yesterday&voivodeship=nowhere")

    assert response.status == 200
    assert page.locator(".field.has-error #id_voivodeship").count() == 1
    assert page.locator("#id_voivodeship_error").is_visible()
    assert page.locator("#id_date_from_error").is_visible()
    assert page.locator("#filter-errors").is_visible()
    shoot(page, "visits-bad-input")


def test_partnership_timeline_shows_its_entries_in_date_order(page, live_server, world):
    page.goto(f"{live_server.url}/partnerships/lubelskie-almaty-region/")

    anchors = page.locator("#timeline > li").evaluate_all("items => items.map(item => item.id)")
    assert anchors == [
        "start",
        f"visit-{world.almaty_in_lublin.pk}",
        f"visit-{world.expo_delegation.pk}",
        f"event-{world.forum.pk}",
        f"visit-{world.mission_2018.pk}",
        f"agreement-{world.memorandum.pk}",
        f"agreement-{world.hospitals.pk}",
        f"commitment-{world.conference_promise.pk}",
    ]
    overdue = page.locator(f"#commitment-{world.conference_promise.pk}")
    assert "overdue" in overdue.get_attribute("class")
    assert page.locator("svg.timeline-chart").is_visible()

    quote = page.locator(f"#visit-{world.almaty_in_lublin.pk} details.sources blockquote")
    assert not quote.is_visible()
    page.locator(f"#visit-{world.almaty_in_lublin.pk} details.sources summary").click()
    assert "w dniach 23-24 lipca br." in quote.inner_text()
    shoot(page, "partnership-timeline")


def test_switching_to_english_shows_names_in_english(page, live_server, world):
    page.goto(f"{live_server.url}/partnerships/lubelskie-almaty-region/")
    assert page.locator("html").get_attribute("lang") == "pl"
    assert "województwo lubelskie" in page.locator("h1").inner_text()

    page.click("button[name=language][value=en]")

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Lublin Voivodeship – Almaty Region (1997–2022)"
    assert page.url.endswith("/partnerships/lubelskie-almaty-region/")
    shoot(page, "partnership-timeline-en")


def test_csv_download_holds_exactly_the_filtered_rows(page, live_server, world):
    page.goto(f"{live_server.url}/visits/?voivodeship=lubelskie&kind=working")

    with page.expect_download() as downloading:
        page.get_by_role("link", name="CSV").click()
    download = downloading.value
    content = Path(download.path()).read_bytes()

    assert download.suggested_filename == "visits.csv"
    assert content.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(content.decode("utf-8-sig").splitlines()))
    assert [row["title"] for row in rows] == listed_titles(page)
    assert {row["voivodeship"] for row in rows} == {"województwo lubelskie"}


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("home", "/"),
        ("visits", "/visits/"),
        ("agreements", "/agreements/"),
        ("trade", "/trade/"),
        ("region-almaty-1997-2022", "/regions/almaty-region-1997-2022/"),
        ("region-lubelskie", "/regions/lubelskie/"),
        ("partnership-wielkopolskie", "/partnerships/wielkopolskie-south-kazakhstan/"),
        ("partnership-dolnoslaskie", "/partnerships/dolnoslaskie-east-kazakhstan/"),
        ("visits-empty", "/visits/?q=nothing-like-this"),
    ],
)
def test_every_page_renders_for_a_screenshot(page, live_server, world, name, path):
    response = page.goto(f"{live_server.url}{path}")

    assert response.status == 200
    assert page.locator("h1").count() == 1
    shoot(page, name)
    page.set_viewport_size(PHONE)
    # Nothing may stick out sideways on a phone: the page is as wide as the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(page, f"{name}-phone")


def test_detail_pages_render_for_a_screenshot(page, live_server, world):
    for name, path in [
        ("visit", f"/visits/{world.ambassador_in_poznan.pk}/"),
        ("agreement", f"/agreements/{world.turkistan_agreement.pk}/"),
        ("event", f"/events/{world.expo.pk}/"),
    ]:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200
        shoot(page, name)
