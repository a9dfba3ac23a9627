"""What keeps the listings fast at a million visits: capped, labelled counts; indexes the queries use."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from partnerships.api.pagination import KeysetPagination
from partnerships.search import text_condition
from tests.factories import VisitFactory
from visits.models import Visit

pytestmark = pytest.mark.django_db


def test_a_count_past_the_limit_is_labelled_as_a_lower_bound(client, monkeypatch):
    monkeypatch.setattr("partnerships.listing.COUNT_LIMIT", 2)
    for _ in range(3):
        VisitFactory(published=True)

    response = client.get("/visits/")

    listing = response.context["listing"]
    assert (listing.total_is_capped, listing.total) == (True, 2)
    assert "Znaleziono ponad 2 wizyt" in response.content.decode()


def test_a_count_within_the_limit_is_exact_and_unlabelled(client, monkeypatch):
    monkeypatch.setattr("partnerships.listing.COUNT_LIMIT", 3)
    for _ in range(3):
        VisitFactory(published=True)

    response = client.get("/visits/")

    assert (response.context["listing"].total_is_capped, response.context["listing"].total) == (False, 3)
    assert "ponad" not in response.content.decode()


def test_the_index_migrations_are_applied():
    executor = MigrationExecutor(connection)
    applied = executor.loader.applied_migrations
    assert ("partnerships", "0005_search_indexes") in applied
    assert ("visits", "0003_search_and_order_indexes") in applied


def explain(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        # On a test-sized table a sequential scan is always cheapest; forbid it to see which index serves.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_free_text_search_on_a_visits_words_uses_the_trigram_indexes():
    VisitFactory(title="Wizyta w Ałmaty", published=True)

    plan = explain(Visit.objects.filter(text_condition("almaty", ["title", "place"])).order_by().values("pk"))

    assert "visit_title_trgm" in plan
    assert "visit_place_trgm" in plan


def test_the_search_folds_diacritics_and_case_like_before():
    visit = VisitFactory(title="Wizyta w Ałmaty", published=True)
    VisitFactory(title="Wizyta w Astanie", published=True)

    assert list(Visit.objects.search("ALMATY")) == [visit]


def test_a_cursor_page_continues_with_a_row_value_comparison_an_index_can_serve():
    paginator = KeysetPagination()
    paginator.keys = [("start_on", True, True), ("id", True, False)]

    condition = Visit.objects.filter(paginator.after([datetime.date(2015, 1, 1), 10], backwards=False))

    sql = str(condition.query)
    assert '("visits_visit"."start_on", "visits_visit"."id") <' in sql
    assert "Index Cond: (ROW(start_on, id) < ROW('2015-01-01'::date, 10))" in explain(condition.values("pk"))
