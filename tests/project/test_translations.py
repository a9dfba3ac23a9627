"""The Polish catalog is complete and its compiled form is the one committed (no gettext tools needed)."""

import ast
import gettext
import re
from pathlib import Path

from django.conf import settings

CATALOG = Path(settings.BASE_DIR) / "locale" / "pl" / "LC_MESSAGES"


def po_entries() -> list[dict]:
    entries = []
    for block in (CATALOG / "django.po").read_text(encoding="utf-8").split("\n\n"):
        fields, current = {}, None
        for line in block.splitlines():
            if line.startswith("#,"):
                fields["flags"] = line
            match = re.match(r"^(msgid|msgid_plural|msgstr(?:\[\d\])?) (\".*\")$", line)
            if match:
                current = match.group(1)
                fields[current] = ast.literal_eval(match.group(2))
            elif line.startswith('"') and current:
                fields[current] += ast.literal_eval(line)
        if fields.get("msgid"):
            entries.append(fields)
    return entries


def test_every_polish_entry_is_translated_and_none_is_fuzzy():
    entries = po_entries()
    untranslated = [e["msgid"] for e in entries if not any(v for k, v in e.items() if k.startswith("msgstr"))]
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e.get("flags", "")]

    assert len(entries) > 300
    assert (untranslated, fuzzy) == ([], [])


def test_the_compiled_polish_catalog_matches_its_source():
    with (CATALOG / "django.mo").open("rb") as compiled:
        catalog = gettext.GNUTranslations(compiled)

    stale = [e["msgid"] for e in po_entries() if "msgstr" in e and catalog.gettext(e["msgid"]) != e["msgstr"]]

    assert stale == []
