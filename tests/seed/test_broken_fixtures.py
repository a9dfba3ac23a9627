import shutil

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from tests.seed.helpers import counts

FACTS_FILE = "facts/000-wielkopolskie-kirabayev-2021.yaml"
BROKEN_EVENT = """events:
  - key: broken-event
    name: Spotkanie z datą, której nie ma
    kind: meeting
    start_on: the first of July
    cite:
      - quote: W czwartek 1 lipca
"""


@pytest.fixture
def fixtures_copy(tmp_path, monkeypatch):
    """A copy of the fixtures that the seed command reads instead of the real ones."""
    copy = tmp_path / "fixtures"
    shutil.copytree(settings.BASE_DIR / "fixtures", copy)
    monkeypatch.setattr("partnerships.loaders.FIXTURES_DIR", copy)
    return copy


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def failure_of_seed() -> str:
    with pytest.raises(CommandError) as failure:
        call_command("seed")
    return str(failure.value)


def test_broken_record_loads_nothing_and_names_file_record_and_field(seed, fixtures_copy):
    replace_in(fixtures_copy / FACTS_FILE, "events:\n", BROKEN_EVENT)
    before = counts()

    message = failure_of_seed()

    assert message.startswith("Nothing was loaded: ")
    assert FACTS_FILE in message
    assert "broken-event" in message
    assert "start_on" in message
    assert counts() == before


def test_quote_not_in_the_document_is_refused_with_the_citation_named(seed, fixtures_copy):
    replace_in(
        fixtures_copy / FACTS_FILE,
        "      - quote: Wicemarszałek Województwa Wielkopolskiego Wojciech Jankowiak\n",
        "      - quote: Marszałek Województwa Wielkopolskiego Jan Kowalski\n",
    )

    message = failure_of_seed()

    assert "samorzad-wojewodztwa-wielkopolskiego" in message
    assert "cite #1" in message
    assert "Jan Kowalski" in message


def test_unknown_field_is_refused_by_name(seed, fixtures_copy):
    replace_in(fixtures_copy / FACTS_FILE, "    kind: courtesy\n", "    kind: courtesy\n    mood: cheerful\n")

    message = failure_of_seed()

    assert "kirabayev-wielkopolskie-2021-07-01" in message
    assert "“mood”" in message


def test_reference_to_an_undeclared_record_is_refused(seed, fixtures_copy):
    replace_in(
        fixtures_copy / FACTS_FILE, "    host: samorzad-wojewodztwa-wielkopolskiego\n", "    host: no-such-office\n"
    )

    message = failure_of_seed()

    assert "“host”" in message
    assert "no-such-office" in message


def test_a_record_declared_twice_is_refused(seed, fixtures_copy):
    replace_in(
        fixtures_copy / "facts/001-dolnoslaskie-utembayev.yaml",
        "  - slug: ambasada-kazachstanu-w-polsce\n",
        "  - slug: ambasada-kazachstanu-w-polsce\n    name: Ambasada\n    kind: embassy\n",
    )

    message = failure_of_seed()

    assert "ambasada-kazachstanu-w-polsce" in message
    assert "already declared" in message
