"""HTTP behaviour of the API: conditional GET, throttling, CSV exports, the schema and its docs page."""

import csv
import io
import re

import pytest
from django.contrib.staticfiles import finders

from tests.factories import RegionFactory, VisitFactory

pytestmark = pytest.mark.django_db


def csv_rows(response) -> list[dict]:
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body[1:])))


@pytest.mark.parametrize("path", ["/api/v1/visits/", "/api/v1/visits/{pk}/", "/api/v1/regions/"])
def test_a_conditional_get_with_the_etag_answers_304(client, path):
    visit = VisitFactory(published=True)
    url = path.format(pk=visit.pk)
    etag = client.get(url)["ETag"]

    response = client.get(url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response["ETag"] == etag
    assert response.content == b""


def test_a_changed_record_gets_a_new_etag(client):
    visit = VisitFactory(published=True)
    etag = client.get(f"/api/v1/visits/{visit.pk}/")["ETag"]
    visit.title = "Zmieniony tytuł"
    visit.save()

    response = client.get(f"/api/v1/visits/{visit.pk}/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag


def test_responses_vary_with_the_client(client):
    response = client.get("/api/v1/visits/")

    assert {"Accept", "Authorization", "Cookie"} <= {value.strip() for value in response["Vary"].split(",")}


def test_anonymous_clients_are_throttled_with_retry_after(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "5/minute"},
    }

    statuses = [client.get("/api/v1/regions/").status_code for _ in range(4)]
    throttled = client.get("/api/v1/regions/")

    assert statuses == [200, 200, 200, 429]
    assert throttled.status_code == 429
    assert 0 < int(throttled["Retry-After"]) <= 60
    assert "detail" in throttled.json()


def test_authenticated_clients_have_their_own_rate(officer_client, client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1/minute", "user": "3/minute"},
    }
    client.get("/api/v1/regions/")

    statuses = [officer_client.get("/api/v1/regions/").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    assert client.get("/api/v1/regions/").status_code == 429


def test_csv_export_has_a_bom_a_header_and_every_matching_row(client):
    published = [VisitFactory(published=True, kind="study") for _ in range(30)]
    VisitFactory(published=True, kind="working")
    VisitFactory(kind="study")  # a draft

    response = client.get("/api/v1/visits/", {"format": "csv", "kind": "study"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="visits.csv"'
    rows = csv_rows(response)
    assert sorted(int(row["id"]) for row in rows) == sorted(visit.pk for visit in published)
    slugs = {visit.pk: visit.voivodeship.slug for visit in published}
    assert all(row["voivodeship.slug"] == slugs[int(row["id"])] for row in rows)
    assert rows[0]["url"].endswith("/")  # links open as JSON, without ?format=csv


def test_csv_cells_that_look_like_formulas_are_neutralised(client):
    VisitFactory(published=True, title='=HYPERLINK("http://evil")')

    (row,) = csv_rows(client.get("/api/v1/visits/", {"format": "csv"}))

    assert row["title"] == '\'=HYPERLINK("http://evil")'


@pytest.mark.parametrize("paging", [{"page_size": "10"}, {"cursor": "abc"}])
def test_csv_refuses_paging_parameters_as_it_has_every_row(client, paging):
    response = client.get("/api/v1/visits/", {"format": "csv", **paging})

    assert response.status_code == 400
    assert list(response.json()) == list(paging)


def test_csv_with_a_bad_filter_answers_in_json(client):
    response = client.get("/api/v1/visits/", {"format": "csv", "kind": "picnic"})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert list(response.json()) == ["kind"]


def test_a_detail_is_not_offered_as_csv(client):
    visit = VisitFactory(published=True)

    response = client.get(f"/api/v1/visits/{visit.pk}/", {"format": "csv"})

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_reference_lists_export_csv_too(client):
    RegionFactory(name_pl="Łódzkie")

    (row,) = csv_rows(client.get("/api/v1/regions/", {"format": "csv"}))

    assert row["name_pl"] == "Łódzkie"


def test_schema_is_openapi_3(client):
    response = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")

    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.")


def test_docs_page_is_served_from_this_server(client):
    response = client.get("/api/v1/docs/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "/api/v1/schema/" in html
    scripts = re.findall(r'<script src="([^"]+)"', html) + re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert scripts
    for url in scripts:
        assert url.startswith("/static/"), url
        assert finders.find(url.removeprefix("/static/").split("?")[0]), url


@pytest.mark.parametrize("path", ["/api/v1/visits/", "/api/v1/visits/{pk}/", "/api/v1/regions/"])
def test_options_and_head_answer_without_a_body_error(client, officer_client, path):
    visit = VisitFactory(published=True)
    url = path.format(pk=visit.pk)

    assert client.options(url).status_code == 200
    assert officer_client.options(url).status_code == 200
    assert client.head(url).status_code == 200
