"""The benchmark generator: proportions, consistency and determinism at a small scale."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import F

from partnerships.models import Agreement, Region
from visits.models import Commitment, Delegation, DelegationMember, Visit
from visits.synthetic import Generator, plan

pytestmark = pytest.mark.django_db

VISITS = 400


def generate(seed: int = 3):
    Generator(visits=VISITS, seed=seed, report=lambda *args: None).run()


def fingerprint():
    rows = Visit.objects.order_by("pk").values_list("title", "start_on", "date_precision", "kind", "published_at")
    return [(*row[:4], row[4] is not None) for row in rows]


def test_command_reports_the_plan_and_loads_it():
    out = io.StringIO()

    call_command("generate_data", "--visits", str(VISITS), "--seed", "5", stdout=out, stderr=io.StringIO())

    expected = plan(VISITS)
    assert Visit.objects.count() == expected["visits"]
    assert DelegationMember.objects.count() == expected["delegation members"]
    assert Agreement.objects.count() == expected["agreements"]
    assert Commitment.objects.count() == expected["commitments"]
    assert "400 visits" in out.getvalue()


def test_generated_names_are_marked_synthetic():
    generate()

    assert not Visit.objects.exclude(title__startswith="[synthetic]").exists()
    assert not Region.objects.exclude(name_pl__startswith="[synthetic]").exists()


def test_generated_rows_satisfy_every_foreign_key_and_model_rule():
    generate()

    assert not Delegation.objects.exclude(visit__in=Visit.objects.all()).exists()
    assert not Commitment.objects.filter(visit__isnull=False).exclude(visit__voivodeship=F("voivodeship")).exists()
    for visit in Visit.objects.order_by("?")[:50]:
        visit.full_clean()
    for commitment in Commitment.objects.order_by("?")[:50]:
        commitment.full_clean()


def test_drafts_and_published_records_are_mixed():
    generate()

    published = Visit.objects.published().count()
    assert 0 < published < VISITS


def fingerprint_of_a_run_rolled_back(seed: int):
    savepoint = transaction.savepoint()
    generate(seed=seed)
    result = fingerprint()
    transaction.savepoint_rollback(savepoint)
    return result


def test_the_same_seed_gives_the_same_data():
    first = fingerprint_of_a_run_rolled_back(11)

    generate(seed=11)

    assert fingerprint() == first


def test_a_different_seed_gives_different_data():
    first = fingerprint_of_a_run_rolled_back(11)

    generate(seed=12)

    assert fingerprint() != first
