"""Loads the fixtures (fixtures/documents, fixtures/reference, fixtures/facts) through the services.

Idempotent: a record that already exists (by its natural key) is left alone, so a second run
creates nothing. One transaction: a broken fixture loads nothing.
"""

from pathlib import Path

from django.conf import settings
from django.db import transaction

from partnerships.models import Language, Source
from partnerships.services import create_source

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"


class FixtureError(Exception):
    """A fixture record could not be loaded; the message names the file, record and field."""


def load_documents() -> tuple[int, int]:
    """Each document in fixtures/documents becomes a Source holding its full text."""
    created = 0
    paths = sorted((FIXTURES_DIR / "documents").glob("*.txt"))
    for path in paths:
        key = path.stem.replace("_", "-")
        if Source.objects.filter(key=key).exists():
            continue
        text = path.read_text(encoding="utf-8")
        title = next((line.strip("# *").strip() for line in text.splitlines() if line.strip()), path.name)
        create_source(key=key, title=title[:300], file_name=path.name, full_text=text, language=Language.POLISH)
        created += 1
    return created, len(paths)


@transaction.atomic
def load_all() -> dict[str, tuple[int, int]]:
    return {"documents": load_documents()}
