"""Loads the fixtures (fixtures/reference, fixtures/documents, fixtures/facts) through the services.

The fixtures are declarative YAML; records refer to each other by natural keys (slugs, or a
fixture-only ``key`` for records without a slug). Loading is idempotent: a record found by its
natural key is left alone and only its missing citations are added, so a second run creates
nothing. A broken record raises FixtureError naming the file, the record and the field; the
caller runs everything in one transaction, so nothing is loaded then.

This module loads what the ``partnerships`` app owns; ``visits.loaders`` loads the rest and
orchestrates both (``visits`` may import ``partnerships``, never the reverse).
"""

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path

import yaml
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from partnerships.models import (
    Agreement,
    AgreementParty,
    AgreementStep,
    Citation,
    Language,
    Organization,
    Partnership,
    Person,
    Post,
    Publishable,
    Region,
    RegionAlias,
    RegionChange,
    RegionCode,
    RegionStatistic,
    Source,
    Topic,
    TradeFigure,
)
from partnerships.services import (
    add_agreement_party,
    add_agreement_step,
    add_region_alias,
    add_region_code,
    cite,
    create_agreement,
    create_organization,
    create_partnership,
    create_person,
    create_post,
    create_region,
    create_source,
    create_topic,
    record_region_change,
    record_region_statistic,
    record_trade_figure,
    update_record,
)

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"

# Fields a record may carry besides its model fields: how it is cited and, for records without a
# slug, the name other records use for it.
META_FIELDS = {"key", "cite"}
SOURCE_METADATA = (
    "title",
    "publisher",
    "url",
    "published_on",
    "date_precision",
    "is_date_inferred",
    "date_inference_note",
    "date_as_written",
    "language",
    "file_name",
    "is_reference",
    "note",
)


class FixtureError(Exception):
    """A fixture record could not be loaded; the message names the file, record and field."""


@dataclass
class Entry:
    """One record of a fixture file: where it is written, what kind it is, and its fields."""

    path: Path
    kind: str
    data: dict
    key: str
    default_source: str | None = None

    def where(self, field: str | None = None) -> str:
        try:
            name = self.path.relative_to(FIXTURES_DIR)
        except ValueError:
            name = self.path
        text = f"{name}: {self.kind} “{self.key}”"
        return f"{text}, field “{field}”" if field else text

    def error(self, field: str | None, message: str) -> FixtureError:
        return FixtureError(f"{self.where(field)}: {message}")

    @property
    def is_mention(self) -> bool:
        """A later mention of a record declared elsewhere: only its key, citations and nested lists."""
        return set(self.data) <= META_FIELDS | {"slug", "posts"}


@dataclass(frozen=True)
class Kind:
    """How one kind of fixture record maps onto a model."""

    name: str
    model: type[models.Model]
    lookup: tuple[str, ...]
    fields: tuple[str, ...] = ()
    refs: tuple[tuple[str, str], ...] = ()
    many: tuple[tuple[str, str], ...] = ()
    nested: tuple[str, ...] = ()

    @property
    def allowed(self) -> set[str]:
        return set(self.fields) | {f for f, _ in self.refs} | {f for f, _ in self.many} | set(self.nested) | META_FIELDS


class Loader:
    """The records loaded so far, by kind and natural key, and how many of each kind were created."""

    def __init__(self, fixtures_dir: Path | None = None):
        self.fixtures_dir = Path(fixtures_dir or FIXTURES_DIR)
        self.records: dict[str, dict[str, models.Model]] = defaultdict(dict)
        self.declared_in: dict[tuple[str, str], Entry] = {}
        self.counts: dict[str, list[int]] = {}
        self.published_at = timezone.now()
        self._facts: list[tuple[Path, dict]] | None = None

    # -- bookkeeping -------------------------------------------------------------------------

    def tally(self, kind: str, *, created: bool) -> None:
        counts = self.counts.setdefault(kind, [0, 0])
        counts[0] += int(created)
        counts[1] += 1

    def get(self, entry: Entry, field: str, registry: str, key):
        if key in (None, ""):
            return None
        try:
            return self.records[registry][key]
        except KeyError:
            raise entry.error(field, f"no {registry} record “{key}” is declared in the fixtures") from None
        except TypeError:
            raise entry.error(field, f"expected a key of a {registry} record, got {key!r}") from None

    def run(self, entry: Entry, action: Callable[[], models.Model], *, field: str | None = None) -> models.Model:
        """Run a service call, turning its ValidationError into a FixtureError that names the field.

        ``field`` names the fixture field when the failing model field is not one of the record's own
        (a citation's quote, for instance).
        """
        try:
            return action()
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                name, messages = next(iter(error.message_dict.items()))
                name = None if name == "__all__" else name
                if field:
                    name = f"{field}: {name}" if name else field
                raise entry.error(name, " ".join(messages)) from error
            raise entry.error(field, " ".join(error.messages)) from error

    # -- reading fixture files ---------------------------------------------------------------

    def read(self, path: Path) -> dict:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as error:
            raise FixtureError(f"{path}: cannot be read: {error}") from error
        if not isinstance(data, dict):
            raise FixtureError(f"{path}: expected a mapping of sections at the top")
        return data

    def entries(self, path: Path, data: dict, section: str, kind: str, key_field: str = "key", default_source=None):
        records = data.get(section) or []
        if not isinstance(records, list):
            raise FixtureError(f"{path}: section “{section}” must be a list")
        for number, record in enumerate(records, start=1):
            if not isinstance(record, dict):
                raise FixtureError(f"{path}: {kind} #{number} must be a mapping")
            key = record.get(key_field)
            if not key:
                raise Entry(path, kind, record, f"#{number}").error(key_field, "is required")
            yield Entry(path, kind, record, str(key), default_source)

    def facts(self) -> list[tuple[Path, dict]]:
        """The document fact files, in file-name order, each with its parsed content."""
        if self._facts is None:
            paths = sorted((self.fixtures_dir / "facts").glob("*.yaml"))
            self._facts = [(path, self.read(path)) for path in paths]
        return self._facts

    def fact_entries(self, section: str, kind: str, key_field: str = "key") -> list[Entry]:
        """All records of one section across the fact files, declarations before later mentions."""
        found = []
        for path, data in self.facts():
            source = (data.get("source") or {}).get("key")
            found.extend(self.entries(path, data, section, kind, key_field, source))
        return sorted(found, key=lambda entry: entry.is_mention)

    # -- generic record loading --------------------------------------------------------------

    def values(self, entry: Entry, kind: Kind) -> tuple[dict, dict]:
        unknown = set(entry.data) - kind.allowed
        if unknown:
            raise entry.error(sorted(unknown)[0], f"is not a field of a {kind.name} record")
        values = {field: entry.data[field] for field in kind.fields if field in entry.data}
        for field, registry in kind.refs:
            if field in entry.data:
                values[field] = self.get(entry, field, registry, entry.data[field])
        many = {}
        for field, registry in kind.many:
            keys = entry.data.get(field) or []
            if not isinstance(keys, list):
                raise entry.error(field, "must be a list of keys")
            many[field] = [self.get(entry, field, registry, key) for key in keys]
        return values, many

    def load(
        self,
        entry: Entry,
        kind: Kind,
        create: Callable[..., models.Model],
        *,
        extra: dict | None = None,
        register: bool = True,
    ) -> models.Model:
        """Find the record by its natural key or create it through ``create``; then add its citations."""
        declared = self.records[kind.name].get(entry.key) if register else None
        if declared is not None:
            earlier = self.declared_in[(kind.name, entry.key)]
            if not entry.is_mention:
                raise entry.error(None, f"is already declared in {earlier.where()}; a later mention may only cite it")
            self.cite_all(entry, declared)
            return declared
        if entry.is_mention and register:
            raise entry.error(None, f"mentions a {kind.name} record that no fixture declares")
        values, many = self.values(entry, kind)
        values.update(extra or {})
        lookup = {field: values.get(field) for field in kind.lookup}
        record = kind.model.objects.filter(**lookup).first()
        created = record is None
        if created:
            if issubclass(kind.model, Publishable):
                # What the documents report is public: their records load as published.
                values.setdefault("published_at", self.published_at)
            record = self.run(entry, lambda: create(**values, **many))
        self.tally(kind.name, created=created)
        if register:
            self.records[kind.name][entry.key] = record
            self.declared_in[(kind.name, entry.key)] = entry
        self.cite_all(entry, record)
        return record

    def cite_all(self, entry: Entry, record: models.Model) -> None:
        citations = entry.data.get("cite") or []
        if not isinstance(citations, list):
            raise entry.error("cite", "must be a list of quotes")
        for number, item in enumerate(citations, start=1):
            field = f"cite #{number}"
            item = {"quote": item} if isinstance(item, str) else dict(item)
            unknown = set(item) - {"quote", "note", "source"}
            if unknown:
                raise entry.error(field, f"a citation has an unknown field “{sorted(unknown)[0]}”")
            source_key = item.get("source") or entry.default_source
            source = self.get(entry, field, "sources", source_key)
            if source is None:
                raise entry.error(field, "a citation needs a source")
            quote = verbatim(source, str(item.get("quote") or ""))
            exists = Citation.objects.filter(
                source=source,
                content_type=ContentType.objects.get_for_model(record),
                object_id=record.pk,
                quote=quote,
            ).exists()
            if not exists:
                self.run(
                    entry,
                    partial(cite, record=record, source=source, quote=quote, note=item.get("note", "")),
                    field=f"{field} (“{quote[:60]}”)",
                )
            self.tally("citations", created=not exists)


SOURCE = Kind("sources", Source, ("key",), fields=("key", *SOURCE_METADATA))
REGION = Kind(
    "regions",
    Region,
    ("slug",),
    fields=(
        "slug",
        "country",
        "kind",
        "name_pl",
        "name_en",
        "name_local",
        "name_local_language",
        "iso_code",
        "teryt_code",
        "capital",
        "established_on",
        "abolished_on",
        "note",
    ),
    nested=("codes", "aliases"),
)
REGION_CODE = Kind(
    "region codes",
    RegionCode,
    ("region", "system", "code"),
    fields=("system", "code", "adopted_on", "withdrawn_on", "note"),
)
REGION_ALIAS = Kind("region aliases", RegionAlias, ("region", "name"), fields=("name", "language"))
REGION_CHANGE = Kind(
    "region changes",
    RegionChange,
    ("kind", "predecessor", "successor", "changed_on"),
    fields=(
        "kind",
        "changed_on",
        "date_precision",
        "is_date_inferred",
        "date_inference_note",
        "date_as_written",
        "name_before",
        "name_after",
        "capital_before",
        "capital_after",
        "note",
    ),
    refs=(("predecessor", "regions"), ("successor", "regions")),
)
TOPIC = Kind("topics", Topic, ("code",), fields=("code", "kind", "name_pl", "name_en"))
PARTIAL_DATE = ("date_precision", "is_date_inferred", "date_inference_note", "date_as_written")
ORGANIZATION = Kind(
    "organizations",
    Organization,
    ("slug",),
    fields=("slug", "name", "name_en", "kind", "country", "city", "website", "note"),
    refs=(("region", "regions"),),
)
PERSON = Kind("people", Person, ("slug",), fields=("slug", "name", "name_en", "country", "note"), nested=("posts",))
POST = Kind(
    "posts",
    Post,
    ("person", "title", "organization"),
    fields=("title", "started_on", "ended_on", "note"),
    refs=(("organization", "organizations"),),
)
PARTNERSHIP = Kind(
    "partnerships",
    Partnership,
    ("slug",),
    fields=("slug", "status", "since_on", "summary", *PARTIAL_DATE),
    refs=(("voivodeship", "regions"), ("partner_region", "regions")),
    many=(("topics", "topics"),),
)
AGREEMENT = Kind(
    "agreements",
    Agreement,
    ("title",),
    fields=("title", "kind", "signed_on", "place", "expires_on", "summary", *PARTIAL_DATE),
    refs=(("voivodeship", "regions"), ("partnership", "partnerships")),
    many=(("topics", "topics"),),
    nested=("parties", "steps"),
)
AGREEMENT_PARTY = Kind(
    "agreement parties",
    AgreementParty,
    ("agreement", "region", "organization"),
    fields=("signatory_title",),
    refs=(("region", "regions"), ("organization", "organizations"), ("signatory", "people")),
)
AGREEMENT_STEP = Kind(
    "agreement steps",
    AgreementStep,
    ("agreement", "kind", "occurred_on"),
    fields=("kind", "occurred_on", "resolution_number", "adopted_by_absolute_majority", "note", *PARTIAL_DATE),
)
TRADE_FIGURE = Kind(
    "trade figures",
    TradeFigure,
    ("reporter_country", "partner_country", "flow", "period_start_on", "period_end_on", "rank", "value_as_written"),
    fields=(
        "reporter_country",
        "partner_country",
        "flow",
        "period_start_on",
        "period_end_on",
        "value",
        "scale",
        "currency",
        "value_as_written",
        "rank",
        "rank_among",
        "quality",
        "quality_note",
        *PARTIAL_DATE,
    ),
)
REGION_STATISTIC = Kind(
    "region statistics",
    RegionStatistic,
    ("region", "kind", "value_as_written"),
    fields=(
        "kind",
        "value",
        "unit",
        "reference_year",
        "is_reference_year_inferred",
        "reference_year_note",
        "qualifier",
        "value_as_written",
        "is_suspect",
        "quality_note",
    ),
    refs=(("region", "regions"),),
)


# The documents use no-break and narrow no-break spaces; a fixture quote is written with plain ones.
SPACES = re.compile(r"[ \u00a0\u202f]+")


def verbatim(source: Source, quote: str) -> str:
    """The exact words of ``source`` that ``quote`` stands for, where they differ only in kinds of space.

    A quote not found in the text is returned unchanged, for the citation's own check to reject.
    """
    text = source.full_text
    if not text or not quote or quote in text:
        return quote
    pattern = SPACES.sub(lambda _: "[ \u00a0\u202f]+", re.escape(quote).replace("\\ ", " "))
    found = re.search(pattern, text)
    return found.group(0) if found else quote


def as_decimal(entry: Entry, field: str, value):
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except ArithmeticError:
        raise entry.error(field, f"is not a number: {value!r}") from None


# -- sources -------------------------------------------------------------------------------------


def load_source(loader: Loader, entry: Entry, full_text: str) -> Source:
    """Create a source, or bring an existing one's metadata up to date (its text is never rewritten)."""
    values, _ = loader.values(entry, SOURCE)
    source = Source.objects.filter(key=entry.key).first()
    if source is None:
        source = loader.run(entry, lambda: create_source(**values, full_text=full_text))
        loader.tally(SOURCE.name, created=True)
    else:
        changes = {field: value for field, value in values.items() if getattr(source, field) != value}
        if changes:
            loader.run(entry, lambda: update_record(record=source, **changes))
        loader.tally(SOURCE.name, created=False)
    loader.records[SOURCE.name][entry.key] = source
    return source


def load_sources(loader: Loader) -> None:
    """Reference sources, then one source per document: its metadata from its facts file, its full text."""
    path = loader.fixtures_dir / "reference" / "sources.yaml"
    for entry in loader.entries(path, loader.read(path), "sources", "source"):
        text_file = entry.data.pop("full_text_file", None)
        if text_file and not (loader.fixtures_dir / text_file).is_file():
            raise entry.error("full_text_file", f"no file {text_file} in the fixtures")
        full_text = (loader.fixtures_dir / text_file).read_text(encoding="utf-8") if text_file else ""
        load_source(loader, entry, full_text)

    described = {}
    for fact_path, data in loader.facts():
        metadata = dict(data.get("source") or {})
        document = metadata.pop("file", None)
        if not document:
            raise FixtureError(f"{fact_path}: the “source” section needs the document's “file”")
        described[document] = Entry(fact_path, "source", metadata, str(metadata.get("key", document)))
    for document in sorted((loader.fixtures_dir / "documents").glob("*.txt")):
        # A document without a facts file still becomes a source, keyed by its file name.
        entry = described.pop(document.name, None) or Entry(document, "source", {}, document.name)
        entry.data.setdefault("key", document.stem.replace("_", "-"))
        entry.key = str(entry.data["key"])
        entry.data.setdefault("file_name", document.name)
        entry.data.setdefault("title", document.stem)
        entry.data.setdefault("language", Language.POLISH)
        load_source(loader, entry, document.read_text(encoding="utf-8"))
    for document, entry in described.items():
        raise entry.error("file", f"no document {document} in fixtures/documents")


# -- reference data ------------------------------------------------------------------------------


def load_regions(loader: Loader) -> None:
    path = loader.fixtures_dir / "reference" / "regions.yaml"
    data = loader.read(path)
    for entry in loader.entries(path, data, "regions", "region", key_field="slug", default_source=None):
        region = loader.load(entry, REGION, create_region)
        for code in entry.data.get("codes") or []:
            code_entry = Entry(path, "region code", code, f"{entry.key} {code.get('code')}")
            loader.load(code_entry, REGION_CODE, add_region_code, extra={"region": region}, register=False)
        aliases = entry.data.get("aliases") or {}
        if not isinstance(aliases, dict):
            raise entry.error("aliases", "must map a language to a list of names")
        for language, names in aliases.items():
            for name in names or []:
                alias_entry = Entry(path, "region alias", {"name": name, "language": language}, f"{entry.key} {name}")
                loader.load(alias_entry, REGION_ALIAS, add_region_alias, extra={"region": region}, register=False)
    for number, change in enumerate(data.get("changes") or [], start=1):
        key = f"#{number} {change.get('predecessor')} → {change.get('successor')}"
        loader.load(Entry(path, "region change", change, key), REGION_CHANGE, record_region_change, register=False)


def load_topics(loader: Loader) -> None:
    path = loader.fixtures_dir / "reference" / "topics.yaml"
    for entry in loader.entries(path, loader.read(path), "topics", "topic", key_field="code"):
        loader.load(entry, TOPIC, create_topic)


# -- document facts ------------------------------------------------------------------------------


def load_region_mentions(loader: Loader) -> None:
    """Citations that documents give for reference regions (the regions themselves come from reference)."""
    for entry in loader.fact_entries("regions", "region", key_field="slug"):
        unknown = set(entry.data) - {"slug", "cite"}
        if unknown:
            raise entry.error(sorted(unknown)[0], "a document may only cite a region; its data is reference data")
        region = loader.get(entry, "slug", "regions", entry.key)
        loader.cite_all(entry, region)


def load_organizations(loader: Loader) -> None:
    for entry in loader.fact_entries("organizations", "organization", key_field="slug"):
        loader.load(entry, ORGANIZATION, create_organization)


def load_people(loader: Loader) -> None:
    for entry in loader.fact_entries("people", "person", key_field="slug"):
        person = loader.load(entry, PERSON, create_person)
        for number, post in enumerate(entry.data.get("posts") or [], start=1):
            post_entry = Entry(entry.path, "post", post, f"{entry.key} #{number}", entry.default_source)
            loader.load(post_entry, POST, create_post, extra={"person": person}, register=False)


def load_partnerships(loader: Loader) -> None:
    for entry in loader.fact_entries("partnerships", "partnership", key_field="slug"):
        loader.load(entry, PARTNERSHIP, create_partnership)


def load_agreements(loader: Loader) -> None:
    for entry in loader.fact_entries("agreements", "agreement"):
        agreement = loader.load(entry, AGREEMENT, create_agreement)
        for number, party in enumerate(entry.data.get("parties") or [], start=1):
            party_entry = Entry(entry.path, "agreement party", party, f"{entry.key} #{number}", entry.default_source)
            loader.load(
                party_entry, AGREEMENT_PARTY, add_agreement_party, extra={"agreement": agreement}, register=False
            )
        for number, step in enumerate(entry.data.get("steps") or [], start=1):
            step_entry = Entry(entry.path, "agreement step", step, f"{entry.key} #{number}", entry.default_source)
            loader.load(step_entry, AGREEMENT_STEP, add_agreement_step, extra={"agreement": agreement}, register=False)


def load_trade_figures(loader: Loader) -> None:
    for entry in loader.fact_entries("trade_figures", "trade figure"):
        value = as_decimal(entry, "value", entry.data.get("value"))
        loader.load(entry, TRADE_FIGURE, record_trade_figure, extra={"value": value})


def load_region_statistics(loader: Loader) -> None:
    for entry in loader.fact_entries("region_statistics", "region statistic"):
        value = as_decimal(entry, "value", entry.data.get("value"))
        loader.load(entry, REGION_STATISTIC, record_region_statistic, extra={"value": value})


def load_partnership_data(loader: Loader) -> None:
    """Sources, reference regions and topics, and the document facts that the partnerships app owns."""
    load_sources(loader)
    load_regions(loader)
    load_topics(loader)
    load_region_mentions(loader)
    load_organizations(loader)
    load_people(loader)
    load_partnerships(loader)
    load_agreements(loader)
    load_trade_figures(loader)
    load_region_statistics(loader)
