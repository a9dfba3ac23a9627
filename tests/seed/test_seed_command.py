from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command

from partnerships.models import (
    Agreement,
    AgreementStep,
    Citation,
    Organization,
    Partnership,
    Person,
    Post,
    Region,
    RegionChange,
    RegionStatistic,
    Source,
    TradeFigure,
)
from tests.seed.helpers import counts
from visits.models import Commitment, Event, Visit

DOCUMENT_MODELS = [
    Organization,
    Person,
    Post,
    Partnership,
    Agreement,
    AgreementStep,
    TradeFigure,
    RegionStatistic,
    Event,
    Visit,
    Commitment,
]
PUBLISHABLE_MODELS = [Agreement, Event, Visit, Commitment]


def test_second_seed_run_creates_nothing(seed):
    before = counts()
    output = StringIO()

    call_command("seed", stdout=output)

    assert counts() == before
    lines = [line for line in output.getvalue().splitlines() if " new, " in line]
    assert lines
    assert all(": 0 new, " in line for line in lines)


def test_seed_reports_counts_per_kind(seed):
    output = StringIO()

    call_command("seed", stdout=output)

    assert f"visits: 0 new, {Visit.objects.count()} in fixtures" in output.getvalue()
    assert f"regions: 0 new, {Region.objects.count()} in fixtures" in output.getvalue()


def test_every_document_is_a_source_with_its_full_text(seed):
    for path in sorted((settings.BASE_DIR / "fixtures" / "documents").glob("*.txt")):
        source = Source.objects.get(file_name=path.name)
        assert source.full_text == path.read_text(encoding="utf-8")
        assert not source.is_reference


@pytest.mark.parametrize("model", DOCUMENT_MODELS, ids=lambda model: model.__name__)
def test_every_record_from_a_document_cites_a_document_verbatim(seed, model):
    records = list(model.objects.all())
    assert records
    for record in records:
        citations = [c for c in record.citations.select_related("source") if not c.source.is_reference]
        assert citations, f"{model.__name__} {record} cites no document"
        assert all(c.quote in c.source.full_text for c in citations), record


@pytest.mark.parametrize("model", [Region, RegionChange], ids=lambda model: model.__name__)
def test_every_reference_record_cites_a_reference_source(seed, model):
    for record in model.objects.all():
        assert record.citations.filter(source__is_reference=True).exists(), record


def test_every_citation_quote_occurs_verbatim_in_its_source(seed):
    citations = Citation.objects.select_related("source")
    assert citations.exists()
    assert [c for c in citations if c.quote not in c.source.full_text] == []


@pytest.mark.parametrize("model", PUBLISHABLE_MODELS, ids=lambda model: model.__name__)
def test_records_from_the_documents_load_as_published(seed, model):
    assert model.objects.exists()
    assert not model.objects.filter(published_at__isnull=True).exists()
