"""/visits.csv and /agreements.csv: exactly the filtered rows, in UTF-8 with a BOM for Excel."""

import codecs
import csv

import pytest

from tests.factories import AgreementFactory, AgreementPartyFactory, RegionFactory, TopicFactory, VisitFactory

pytestmark = pytest.mark.django_db


def rows_of(response) -> list[dict]:
    return list(csv.DictReader(response.content.decode("utf-8-sig").splitlines()))


def test_visit_export_starts_with_a_byte_order_mark_and_is_a_download(client):
    VisitFactory(published=True)

    response = client.get("/visits.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="visits.csv"'
    assert response.content.startswith(codecs.BOM_UTF8)


def test_visit_export_holds_exactly_the_filtered_rows_in_the_pages_order(client, world):
    page = client.get("/visits/", {"voivodeship": "lubelskie", "ordering": "title"})
    export = client.get("/visits.csv", {"voivodeship": "lubelskie", "ordering": "title"})

    assert [row["title"] for row in rows_of(export)] == [visit.title for visit in page.context["visits"]]


def test_visit_export_keeps_polish_letters_and_partial_dates(client, world):
    rows = {row["title"]: row for row in rows_of(client.get("/visits.csv"))}
    visit = rows["Wizyta w obwodzie Ałmatyńskim"]

    assert visit["date"] == "IV 2018"
    assert visit["start_on"] == "2018-04-01"
    assert visit["date_precision"] == "month"
    assert visit["partner_region"] == "obwód ałmatyński (1997–2022)"
    assert rows["Spotkanie z Ambasadorem Kazachstanu"]["date_inferred"] == "yes"


def test_visit_export_has_every_row_not_only_the_first_page(client):
    region = RegionFactory(slug="lubelskie")
    for _ in range(30):
        VisitFactory(partnership__voivodeship=region, published=True)

    response = client.get("/visits.csv", {"voivodeship": "lubelskie", "page": "2"})

    assert len(rows_of(response)) == 30


def test_visit_export_leaves_drafts_out(client, world):
    titles = [row["title"] for row in rows_of(client.get("/visits.csv"))]

    assert world.draft_visit.title not in titles
    assert len(titles) == 5


def test_a_cell_that_looks_like_a_formula_is_kept_as_text(client):
    VisitFactory(title='=HYPERLINK("http://example.org")', published=True)

    row = rows_of(client.get("/visits.csv"))[0]

    assert row["title"] == '\'=HYPERLINK("http://example.org")'


def test_visit_export_with_a_bad_filter_is_a_400_naming_it(client):
    response = client.get("/visits.csv", {"date_from": "yesterday"})

    assert response.status_code == 400
    assert response.content.decode().startswith("date_from:")


def test_agreement_export_holds_the_filtered_agreements_with_their_parties(client, world):
    response = client.get("/agreements.csv", {"partner_region": "zhetisu-region"})
    rows = rows_of(response)

    assert response.content.startswith(codecs.BOM_UTF8)
    assert response["Content-Disposition"] == 'attachment; filename="agreements.csv"'
    assert [row["title"] for row in rows] == [
        "Memorandum o współpracy między województwem lubelskim i obwodem Ałmatyńskim",
        "Umowa o współpracy szpitali w Białej Podlaskiej i Tałdykorganie",
    ]
    assert rows[0]["parties"] == "województwo lubelskie; obwód ałmatyński (1997–2022)"
    assert rows[0]["signed"] == "IV 2018"


def test_agreement_export_leaves_drafts_out(client, world):
    titles = [row["title"] for row in rows_of(client.get("/agreements.csv"))]

    assert world.draft_agreement.title not in titles


def test_visit_export_query_count_does_not_grow_with_rows(client, query_counts):
    query_counts.assert_constant(
        lambda: client.get("/visits.csv"), make=lambda: VisitFactory(published=True), expected=1
    )


def test_agreement_export_query_count_does_not_grow_with_rows(client, query_counts):
    def make():
        AgreementPartyFactory(agreement=AgreementFactory(published=True, topics=[TopicFactory()]))

    query_counts.assert_constant(lambda: client.get("/agreements.csv"), make=make, expected=4)
