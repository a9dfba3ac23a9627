"""/regions/<slug>/ and /trade/: a region with its names, codes, statistics and history; trade figures."""

import pytest

from tests.factories import (
    PartnershipFactory,
    RegionChangeFactory,
    RegionFactory,
    RegionStatisticFactory,
    TradeFigureFactory,
)

pytestmark = pytest.mark.django_db


def test_a_region_page_shows_its_names_in_every_language_and_its_aliases(client, world):
    response = client.get("/regions/almaty-region-1997-2022/")

    for name in [
        "obwód ałmatyński (1997–2022)",
        "Almaty Region (1997–2022)",
        "Алматы облысы",
        "Ałmatyński",
        "Алматинская область",
    ]:
        assert name in response.text


def test_a_region_page_shows_current_and_former_codes(client, world):
    lublin = client.get("/regions/lubelskie/")
    almaty = client.get("/regions/almaty-region-1997-2022/")

    assert "PL-06" in lublin.text
    assert "PL-LU" in lublin.text
    assert "KZ-ALM" in almaty.text


def test_statistics_show_their_year_source_and_suspicion(en_client, world):
    response = en_client.get("/regions/almaty-region-1997-2022/")

    assert "ok. 1,9 mln" in response.text
    assert "The document was published in 2018 and gives no year for the figure." in response.text
    assert '<span class="badge suspect">suspect</span>' in response.text
    assert "the two cannot both hold" in response.text
    assert "Ludność: ok. 1,9 mln" in response.text  # the quote, behind its <details>


def test_a_split_region_links_to_its_successors_and_they_link_back(client, world):
    former = client.get("/regions/almaty-region-1997-2022/")
    successor = client.get("/regions/zhetisu-region/")

    assert 'href="/regions/zhetisu-region/"' in former.text
    assert 'href="/regions/almaty-region/"' in former.text
    assert 'href="/regions/almaty-region-1997-2022/"' in successor.text


def test_a_successor_region_shows_the_partnership_signed_with_its_predecessor(client, world):
    response = client.get("/regions/zhetisu-region/")

    assert list(response.context["partnerships"]) == [world.lublin_almaty]
    assert 'href="/partnerships/lubelskie-almaty-region/"' in response.text


def test_a_voivodeship_page_lists_its_partnerships(client, world):
    response = client.get("/regions/lubelskie/")

    assert list(response.context["partnerships"]) == [world.lublin_almaty]


def test_an_unknown_region_is_404(client):
    assert client.get("/regions/atlantis/").status_code == 404


def test_region_page_query_count_does_not_grow_with_its_history(client, query_counts):
    region = RegionFactory(slug="old", oblast=True)

    def make():
        RegionStatisticFactory(region=region)
        change = RegionChangeFactory(predecessor=region)
        PartnershipFactory(partner_region=change.successor)

    query_counts.assert_constant(lambda: client.get("/regions/old/"), make=make, expected=12)


def test_trade_page_draws_a_chart_and_lists_every_figure(client, world):
    response = client.get("/trade/")

    assert str(response.context["chart"]).startswith("<svg")
    assert len(response.context["rows"]) == 3
    assert "759 mln USD" in response.text
    assert "rank" not in str(response.context["chart"])


def test_the_suspect_figure_is_flagged_with_its_explanation_in_chart_and_table(client, world):
    response = client.get("/trade/")
    chart = str(response.context["chart"])

    assert 'class="bar bar-turnover suspect"' in chart
    assert "most likely “mln” was meant" in chart
    assert f'id="figure-{world.suspect_half_year.pk}" class="suspect"' in response.text
    assert [row["figure"] for row in response.context["suspect"]] == [world.suspect_half_year]


def test_the_suspect_figure_does_not_set_the_scale(client, world):
    chart = str(client.get("/trade/").context["chart"])

    assert 'class="break"' in chart  # drawn broken, off the scale
    assert "1 bn" in chart or "1 mld" in chart  # the axis stops near the trusted 759 m


def test_trade_page_query_count_does_not_grow_with_figures(client, query_counts):
    query_counts.assert_constant(lambda: client.get("/trade/"), make=TradeFigureFactory, expected=2)
