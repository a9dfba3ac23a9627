import pytest

from accounts.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def superuser():
    return User.objects.create_superuser(username="ola", password="tajne-haslo-123")


def log_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")


def test_officer_logs_into_the_admin_which_speaks_polish(page, live_server, superuser):
    log_in(page, live_server, "ola", "tajne-haslo-123")

    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.get_by_role("link", name="Wyloguj").count() + page.get_by_role("button", name="Wyloguj").count() == 1


def test_admin_switches_to_english_with_one_click(page, live_server, superuser):
    log_in(page, live_server, "ola", "tajne-haslo-123")

    page.click("button[name=language][value=en]")

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("button", name="Log out").count() == 1


def test_wrong_password_is_refused_with_a_message(page, live_server, superuser):
    log_in(page, live_server, "ola", "zle-haslo")

    assert page.locator(".errornote").is_visible()
    assert "/admin/login/" in page.url
