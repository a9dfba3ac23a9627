"""Cursor pages for the big collections, numbered pages for the small ones; page sizes are capped."""

import datetime

import pytest

from tests.api.conftest import ids
from tests.factories import AgreementFactory, RegionFactory, VisitFactory

pytestmark = pytest.mark.django_db


def walk(client, url, params=None):
    """Every page of a cursor-paged list, following the next links; returns the pages' ids."""
    pages = []
    response = client.get(url, params)
    while True:
        pages.append(ids(response))
        next_url = response.json()["next"]
        if next_url is None:
            return pages
        response = client.get(next_url)


def test_cursor_pages_cover_every_row_once_even_with_equal_and_unknown_dates(client):
    same_day = [VisitFactory(published=True, start_on=datetime.date(2021, 7, 1)) for _ in range(5)]
    undated = [VisitFactory(published=True, start_on=None, end_on=None) for _ in range(3)]
    others = [VisitFactory(published=True, start_on=datetime.date(2020 + n, 1, 1), end_on=None) for n in range(4)]

    pages = walk(client, "/api/v1/visits/", {"page_size": 5})

    assert [len(page) for page in pages] == [5, 5, 2]
    walked = [pk for page in pages for pk in page]
    assert sorted(walked) == sorted(visit.pk for visit in same_day + undated + others)
    # Newest first; an unknown date sorts as the latest, as in a PostgreSQL index (and on the pages).
    newest_first = [*reversed(undated), others[3], others[2], *reversed(same_day), others[1], others[0]]
    assert walked == [visit.pk for visit in newest_first]


def test_walking_back_from_the_last_page_gives_the_same_pages_reversed(client):
    for day in [1, 1, 2, 3, None, None, 5]:
        VisitFactory(published=True, start_on=day and datetime.date(2021, 7, day), end_on=None)
    forward = walk(client, "/api/v1/visits/", {"page_size": 2})
    last = client.get("/api/v1/visits/", {"page_size": 2}).json()
    while last["next"]:
        last = client.get(last["next"]).json()

    backward = [[row["id"] for row in last["results"]]]
    while last["previous"]:
        last = client.get(last["previous"]).json()
        backward.append([row["id"] for row in last["results"]])

    assert backward == forward[::-1]


def test_previous_link_returns_the_page_before(client):
    for _ in range(7):
        VisitFactory(published=True)
    first = client.get("/api/v1/visits/", {"page_size": 3}).json()
    second = client.get(first["next"]).json()

    back = client.get(second["previous"]).json()

    assert first["previous"] is None
    assert [row["id"] for row in back["results"]] == [row["id"] for row in first["results"]]
    assert back["previous"] is None


def test_ordering_parameter_orders_the_cursor_pages(client):
    visits = {title: VisitFactory(published=True, title=title) for title in ["charlie", "alpha", "delta", "bravo"]}

    pages = walk(client, "/api/v1/visits/", {"ordering": "-title", "page_size": 3})

    assert pages == [[visits[title].pk for title in ["delta", "charlie", "bravo"]], [visits["alpha"].pk]]


def test_a_field_named_twice_in_ordering_counts_once(client):
    old = AgreementFactory(published=True, signed_on=datetime.date(2015, 1, 1))
    new = AgreementFactory(published=True, signed_on=datetime.date(2022, 1, 1))

    first = client.get("/api/v1/agreements/", {"ordering": "date,-date,title", "page_size": 1}).json()

    assert [row["id"] for row in first["results"]] == [old.pk]
    assert ids(client.get(first["next"])) == [new.pk]


def test_descending_ordering_by_date_on_agreements(client):
    old = AgreementFactory(published=True, signed_on=datetime.date(2015, 1, 1))
    new = AgreementFactory(published=True, signed_on=datetime.date(2022, 1, 1))

    assert ids(client.get("/api/v1/agreements/", {"ordering": "date"})) == [old.pk, new.pk]
    assert ids(client.get("/api/v1/agreements/", {"ordering": "-date"})) == [new.pk, old.pk]


def test_cursor_lists_carry_no_count(client):
    VisitFactory(published=True)

    assert set(client.get("/api/v1/visits/").json()) == {"next", "previous", "results"}


def test_a_tampered_cursor_is_a_400_naming_cursor(client):
    for cursor in (
        "garbage",
        "eyJvIjpbXX0",
        "eyJvIjpbIi1zdGFydF9vbiIsIi1pZCJdLCJ2IjpbIm5vdC1hLWRhdGUiLCIxIl0sImIiOmZhbHNlfQ",
    ):
        response = client.get("/api/v1/visits/", {"cursor": cursor})

        assert response.status_code == 400
        assert list(response.json()) == ["cursor"]


def test_a_cursor_of_another_ordering_is_a_400(client):
    for _ in range(3):
        VisitFactory(published=True)
    next_url = client.get("/api/v1/visits/", {"page_size": 1}).json()["next"]
    cursor = next_url.split("cursor=")[1].split("&")[0]

    response = client.get("/api/v1/visits/", {"cursor": cursor, "ordering": "title"})

    assert response.status_code == 400
    assert list(response.json()) == ["cursor"]


def test_reference_lists_have_numbered_pages_with_a_count(client):
    for _ in range(3):
        RegionFactory()

    first = client.get("/api/v1/regions/", {"page_size": 2}).json()
    second = client.get(first["next"]).json()

    assert first["count"] == 3
    assert len(first["results"]) == 2
    assert len(second["results"]) == 1
    assert second["next"] is None


@pytest.mark.parametrize("collection", ["visits", "regions"])
@pytest.mark.parametrize("page_size", ["0", "101", "1000000", "-1", "ten", "1.5"])
def test_a_page_size_out_of_range_is_a_400_naming_page_size(client, collection, page_size):
    response = client.get(f"/api/v1/{collection}/", {"page_size": page_size})

    assert response.status_code == 400
    assert list(response.json()) == ["page_size"]


def test_the_largest_page_size_is_accepted(client):
    assert client.get("/api/v1/visits/", {"page_size": 100}).status_code == 200


@pytest.mark.parametrize("page", ["0", "first", "-2"])
def test_a_bad_page_number_is_a_400_naming_page(client, page):
    response = client.get("/api/v1/regions/", {"page": page})

    assert response.status_code == 400
    assert list(response.json()) == ["page"]


def test_a_page_past_the_end_is_a_404(client):
    RegionFactory()

    response = client.get("/api/v1/regions/", {"page": 2})

    assert response.status_code == 404
    assert "detail" in response.json()
