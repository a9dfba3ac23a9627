"""Polish by default, English one click away; record names follow the reader's language."""

import pytest

pytestmark = pytest.mark.django_db


def test_pages_speak_polish_by_default(client, world):
    response = client.get("/partnerships/lubelskie-almaty-region/")

    assert '<html lang="pl">' in response.text
    assert "województwo lubelskie" in response.text


def test_record_names_switch_to_english_with_the_language(client, world):
    client.post("/i18n/setlang/", {"language": "en", "next": "/visits/"})

    response = client.get("/partnerships/lubelskie-almaty-region/")

    assert '<html lang="en">' in response.text
    assert "Lublin Voivodeship" in response.text
    assert "Almaty Region (1997–2022)" in response.text
    assert "health care" in response.text


def test_a_name_without_an_english_form_stays_as_written(en_client, world):
    response = en_client.get(f"/visits/{world.ambassador_in_poznan.pk}/")

    assert "Wojciech Jankowiak" in response.text
    assert "Embassy of the Republic of Kazakhstan in Poland" in response.text


def test_every_page_offers_the_language_switch(client, world):
    for url in [
        "/",
        "/visits/",
        "/agreements/",
        "/trade/",
        "/regions/lubelskie/",
        "/partnerships/lubelskie-almaty-region/",
    ]:
        assert 'name="language" value="en"' in client.get(url).text
