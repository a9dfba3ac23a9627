"""Synthetic data at scale, for benchmarks only: realistic in shape, clearly marked, deterministic per seed.

Every generated name starts with "[synthetic]" (slugs with "syn-") so that it can never be taken for
a documented fact. Rows go in with PostgreSQL's COPY, with explicit ids; the id sequences are moved
past them afterwards. Foreign keys are consistent by construction, so when the database user may,
their per-row triggers are switched off for the load (session_replication_role), which is what makes
a million visits fit in minutes on two cores.
"""

import datetime
import io
import random
import sys
from array import array
from collections.abc import Callable

from django.core.management.color import no_style
from django.db import DatabaseError, connection, transaction
from django.db.models import Max
from django.utils import timezone

from partnerships.models import (
    Agreement,
    AgreementParty,
    Organization,
    Partnership,
    Person,
    Region,
    RegionAlias,
    TradeFigure,
)
from visits.models import Commitment, Delegation, DelegationMember, Visit

FIRST_YEAR, YEARS = 1996, 30
VISIT_KINDS = ["courtesy", "working", "economic_mission", "study", "delegation", "other"]
AGREEMENT_KINDS = ["cooperation_agreement", "memorandum", "letter_of_intent", "institutional_agreement"]
AGREEMENT_STATUSES = ["planned", "in_force", "dormant", "expired", "terminated"]
COMMITMENT_STATUSES = ["scheduled", "met", "partially_met", "not_met", "dropped"]
PARTNERSHIP_STATUSES = ["prospective", "active", "dormant", "ended"]
ORGANIZATION_KINDS = ["company", "university", "hospital", "chamber", "ngo", "regional_office"]
PARTNER_COUNTRIES = ["KZ", "UZ", "KG", "UA", "GE", "AM", "MN", "TR", "DE", "FR"]
CITIES = ["Astana", "Ałmaty", "Szymkent", "Tałdykorgan", "Turkiestan", "Karaganda", "Aktobe", "Pawłodar", "Taraz"]
WORDS = ["współpraca", "gospodarka", "zdrowie", "kultura", "edukacja", "turystyka", "rolnictwo", "energetyka"]
NULL = "\\N"
Report = Callable[[str, int, int], None]


def plan(visits: int) -> dict[str, int]:
    """Row counts in the proportions of a real registry, from the number of visits."""
    return {
        "visits": visits,
        "agreements": max(visits // 10, 1),
        "delegations": visits,
        "delegation members": visits * 3,
        "commitments": max(visits // 5, 1),
        "regions": 300,
        "people": max(visits // 20, 10),
        "organizations": max(visits // 50, 10),
    }


def _text(value) -> str:
    if value is None:
        return NULL
    if isinstance(value, bool):
        return "t" if value else "f"
    return str(value)


class Table:
    """COPY into one model's table: rows are lists of text values in column order, defaults pre-filled."""

    def __init__(self, model, label: str, total: int, report: Report):
        self.model, self.label, self.total, self.report = model, label, total, report
        fields = list(model._meta.concrete_fields)
        self.index = {f.attname: i for i, f in enumerate(fields)}
        self.blank = [_text(f.get_default()) for f in fields]
        quote = connection.ops.quote_name
        self.sql = f"COPY {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) FROM STDIN"
        self.written = 0

    def row(self, **values) -> list[str]:
        row = self.blank.copy()
        for name, value in values.items():
            row[self.index[name]] = _text(value)
        return row

    def columns(self, *names: str) -> list[int]:
        """Positions of ``names``, for loops that fill rows without keyword arguments."""
        return [self.index[name] for name in names]

    def copy(self, rows: list[list[str]]) -> None:
        buffer = io.StringIO("".join("\t".join(row) + "\n" for row in rows))
        with connection.cursor() as cursor:
            cursor.cursor.copy_expert(self.sql, buffer)
        self.written += len(rows)
        self.report(self.label, self.written, self.total)


def next_id(model) -> int:
    return (model.objects.aggregate(top=Max("pk"))["top"] or 0) + 1


def progress_bar(stream=sys.stderr) -> Report:
    def report(label: str, done: int, total: int) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        stream.write(f"\r{label:>20} [{'#' * filled}{'.' * (width - filled)}] {done:>10,}/{total:,}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return report


class Generator:
    def __init__(self, *, visits: int, seed: int, report: Report, batch: int = 50_000):
        self.counts = plan(visits)
        self.random = random.Random(seed)  # noqa: S311 - benchmark data, not security
        self.report = report
        self.batch = batch
        self.now = timezone.now().isoformat()
        first = datetime.date(FIRST_YEAR, 1, 1)
        days = [first + datetime.timedelta(days=n) for n in range(YEARS * 365)]
        # Each day as (day, month, year) precision: the stored date is the first day of the known period.
        self.days = [d.isoformat() for d in days]
        self.months = [d.replace(day=1).isoformat() for d in days]
        self.years = [f"{d.year}-01-01" for d in days]
        self.later = [(d + datetime.timedelta(days=2)).isoformat() for d in days]

    def partial(self) -> tuple[int, str, str]:
        """A random day index, its stored date and precision: mostly to the day, some to the month or year."""
        n = self.random.randrange(len(self.days))
        roll = self.random.random()
        if roll < 0.8:
            return n, self.days[n], "day"
        if roll < 0.95:
            return n, self.months[n], "month"
        return n, self.years[n], "year"

    def published(self) -> str:
        return self.now if self.random.random() < 0.8 else NULL

    def run(self) -> dict[str, int]:
        if connection.vendor != "postgresql":
            raise DatabaseError("generate_data writes with PostgreSQL's COPY; point DATABASE_URL at PostgreSQL.")
        with transaction.atomic():
            self._skip_foreign_key_triggers()
            dropped = self._drop_plain_indexes(
                [Visit, Delegation, DelegationMember, Agreement, AgreementParty, Commitment]
            )
            voivodeships = self.voivodeships()
            partners = self.partner_regions()
            partnerships = self.partnerships(voivodeships, partners)
            organizations = self.simple(Organization, "organizations", self.organization_row)
            people = self.simple(Person, "people", self.person_row)
            self.agreements(partnerships, people)
            self.visits(partnerships, organizations, people)
            self.commitments(partnerships)
            self.trade_figures()
            models = [Region, RegionAlias, Partnership, Organization, Person, Agreement, AgreementParty, Visit]
            models += [Delegation, DelegationMember, Commitment, TradeFigure]
            with connection.cursor() as cursor:
                for statement in connection.ops.sequence_reset_sql(no_style(), models):
                    cursor.execute(statement)
                self.report("indexes", 0, len(dropped))
                for done, definition in enumerate(dropped, start=1):
                    cursor.execute(definition)
                    self.report("indexes", done, len(dropped))
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        return self.counts

    def _drop_plain_indexes(self, models) -> list[str]:
        """Drop the big tables' indexes that back no constraint; rebuilding them once is faster than row by row."""
        definitions = []
        with connection.cursor() as cursor:
            for model in models:
                table = model._meta.db_table
                cursor.execute(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexname NOT IN "
                    "(SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass)",
                    [table, table],
                )
                for name, definition in cursor.fetchall():
                    cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
                    definitions.append(definition)
        return definitions

    def _skip_foreign_key_triggers(self) -> None:
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SET LOCAL session_replication_role = replica")
        except DatabaseError:
            pass  # not a superuser: the load still works, checking every foreign key as it goes

    def voivodeships(self) -> list[int]:
        """The Polish voivodeships: the seeded ones, or synthetic stand-ins on an empty database."""
        existing = list(Region.objects.voivodeships().current().values_list("pk", flat=True))
        if existing:
            return existing
        table, start = Table(Region, "voivodeships", 16, self.report), next_id(Region)
        table.copy(
            [
                table.row(
                    id=start + i,
                    slug=f"syn-voivodeship-{i}",
                    country="PL",
                    kind="voivodeship",
                    name_pl=f"[synthetic] województwo {i}",
                    name_en=f"[synthetic] voivodeship {i}",
                    name_local_language="pl",
                    iso_code=f"PL-S{i:02d}",
                )
                for i in range(16)
            ]
        )
        return list(range(start, start + 16))

    def partner_regions(self) -> list[tuple[int, str]]:
        total, start, alias_start = self.counts["regions"], next_id(Region), next_id(RegionAlias)
        regions, aliases = (
            Table(Region, "regions", total, self.report),
            Table(RegionAlias, "aliases", 2 * total, self.report),
        )
        region_rows, alias_rows, result = [], [], []
        for i in range(total):
            country = PARTNER_COUNTRIES[i % len(PARTNER_COUNTRIES)]
            region_rows.append(
                regions.row(
                    id=start + i,
                    slug=f"syn-region-{i}",
                    country=country,
                    kind="oblast",
                    name_pl=f"[synthetic] obwód {i}",
                    name_en=f"[synthetic] region {i}",
                    name_local=f"[synthetic] облыс {i}",
                    name_local_language="other",
                    iso_code=f"{country}-S{i:03d}",
                    capital=self.random.choice(CITIES),
                )
            )
            for j, (language, name) in enumerate((("ru", "область"), ("kk", "облысы"))):
                alias_rows.append(
                    aliases.row(
                        id=alias_start + 2 * i + j,
                        region_id=start + i,
                        name=f"[synthetic] {name} {i}",
                        language=language,
                    )
                )
            result.append((start + i, country))
        regions.copy(region_rows)
        aliases.copy(alias_rows)
        return result

    def partnerships(self, voivodeships, partners) -> list[tuple[int, int, int, str]]:
        """(id, voivodeship id, partner id, partner country): each voivodeship with 20 partners."""
        table, start = Table(Partnership, "partnerships", 20 * len(voivodeships), self.report), next_id(Partnership)
        rows, result = [], []
        for v_index, voivodeship in enumerate(voivodeships):
            for p_index in range(20):
                partner, country = partners[(v_index * 20 + p_index) % len(partners)]
                pk = start + len(rows)
                rows.append(
                    table.row(
                        id=pk,
                        slug=f"syn-partnership-{voivodeship}-{partner}",
                        voivodeship_id=voivodeship,
                        partner_region_id=partner,
                        status=self.random.choice(PARTNERSHIP_STATUSES),
                        date_precision="year",
                        since_on=f"{self.random.randrange(1996, 2024)}-01-01",
                        summary="[synthetic] partnership for benchmarks",
                        updated_at=self.now,
                    )
                )
                result.append((pk, voivodeship, partner, country))
        table.copy(rows)
        return result

    def simple(self, model, label, make_row) -> list[int]:
        total, start = self.counts[label], next_id(model)
        table = Table(model, label, total, self.report)
        for offset in range(0, total, self.batch):
            table.copy([make_row(table, start + i, i) for i in range(offset, min(offset + self.batch, total))])
        return list(range(start, start + total))

    def organization_row(self, table, pk, i):
        return table.row(
            id=pk,
            name=f"[synthetic] organizacja {i}",
            slug=f"syn-org-{pk}",
            kind=ORGANIZATION_KINDS[i % len(ORGANIZATION_KINDS)],
            country=self.random.choice(["PL", *PARTNER_COUNTRIES]),
        )

    def person_row(self, table, pk, i):
        return table.row(id=pk, name=f"[synthetic] osoba {i}", slug=f"syn-person-{pk}", country="PL" if i % 2 else "KZ")

    def agreements(self, partnerships, people) -> None:
        total, start, party_start = self.counts["agreements"], next_id(Agreement), next_id(AgreementParty)
        agreements = Table(Agreement, "agreements", total, self.report)
        parties = Table(AgreementParty, "agreement parties", 2 * total, self.report)
        for offset in range(0, total, self.batch):
            agreement_rows, party_rows = [], []
            for i in range(offset, min(offset + self.batch, total)):
                partnership, voivodeship, partner, _country = self.random.choice(partnerships)
                _n, signed_on, precision = self.partial()
                agreement_rows.append(
                    agreements.row(
                        id=start + i,
                        title=f"[synthetic] umowa {i}: {self.random.choice(WORDS)}",
                        kind=self.random.choice(AGREEMENT_KINDS),
                        status=self.random.choice(AGREEMENT_STATUSES),
                        voivodeship_id=voivodeship,
                        partnership_id=partnership,
                        signed_on=signed_on,
                        date_precision=precision,
                        place=self.random.choice(CITIES),
                        published_at=self.published(),
                        updated_at=self.now,
                    )
                )
                party_rows.append(
                    parties.row(
                        id=party_start + 2 * i,
                        agreement_id=start + i,
                        region_id=voivodeship,
                        signatory_id=self.random.choice(people),
                    )
                )
                party_rows.append(parties.row(id=party_start + 2 * i + 1, agreement_id=start + i, region_id=partner))
            agreements.copy(agreement_rows)
            parties.copy(party_rows)

    def visits(self, partnerships, organizations, people) -> None:
        total = self.counts["visits"]
        visit_start, delegation_start, member_start = next_id(Visit), next_id(Delegation), next_id(DelegationMember)
        visits = Table(Visit, "visits", total, self.report)
        delegations = Table(Delegation, "delegations", total, self.report)
        members = Table(DelegationMember, "delegation members", 3 * total, self.report)
        v_cols = visits.columns(
            "id",
            "title",
            "kind",
            "status",
            "voivodeship_id",
            "partnership_id",
            "start_on",
            "end_on",
            "date_precision",
            "place",
            "country",
            "region_id",
            "host_id",
            "purpose",
            "published_at",
        )
        d_cols = delegations.columns("id", "visit_id", "region_id")
        m_cols = members.columns("id", "delegation_id", "person_id", "is_leader")
        visit_blank = visits.row(updated_at=self.now)
        delegation_blank = delegations.row(side="guest")
        member_blank = members.row(role="[synthetic] członek delegacji", is_leader=False)
        rand, randrange, choice = self.random.random, self.random.randrange, self.random.choice
        n_people, n_partnerships = len(people), len(partnerships)
        # Which partnership each visit belongs to, so that commitments made during a visit stay consistent.
        self.visit_partnerships = array("H")
        self.first_visit_id = visit_start
        for offset in range(0, total, self.batch):
            visit_rows, delegation_rows, member_rows = [], [], []
            for i in range(offset, min(offset + self.batch, total)):
                index = randrange(n_partnerships)
                self.visit_partnerships.append(index)
                partnership, voivodeship, partner, country = partnerships[index]
                n, start_on, precision = self.partial()
                visit_id, delegation_id = str(visit_start + i), str(delegation_start + i)
                row = visit_blank.copy()
                for position, value in zip(
                    v_cols,
                    (
                        visit_id,
                        f"[synthetic] wizyta {i}: {choice(WORDS)}",
                        choice(VISIT_KINDS),
                        "planned" if n >= len(self.days) - 365 else "held",
                        str(voivodeship),
                        str(partnership),
                        start_on,
                        self.later[n] if precision == "day" else NULL,
                        precision,
                        choice(CITIES),
                        country,
                        str(partner),
                        str(choice(organizations)),
                        f"[synthetic] {choice(WORDS)}",
                        self.now if rand() < 0.8 else NULL,
                    ),
                    strict=True,
                ):
                    row[position] = value
                visit_rows.append(row)
                row = delegation_blank.copy()
                row[d_cols[0]], row[d_cols[1]], row[d_cols[2]] = delegation_id, visit_id, str(voivodeship)
                delegation_rows.append(row)
                first_person = randrange(n_people - 2)
                for seat in range(3):
                    row = member_blank.copy()
                    row[m_cols[0]] = str(member_start + 3 * i + seat)
                    row[m_cols[1]] = delegation_id
                    row[m_cols[2]] = str(people[first_person + seat])
                    row[m_cols[3]] = "t" if seat == 0 else "f"
                    member_rows.append(row)
            visits.copy(visit_rows)
            delegations.copy(delegation_rows)
            members.copy(member_rows)

    def commitments(self, partnerships) -> None:
        total, start = self.counts["commitments"], next_id(Commitment)
        table = Table(Commitment, "commitments", total, self.report)
        for offset in range(0, total, self.batch):
            rows = []
            for i in range(offset, min(offset + self.batch, total)):
                # Most commitments are made during a visit and share its partnership; the rest stand alone.
                visit = self.random.randrange(len(self.visit_partnerships))
                partnership, voivodeship, _partner, _country = partnerships[self.visit_partnerships[visit]]
                _n, due_on, precision = self.partial()
                rows.append(
                    table.row(
                        id=start + i,
                        description=f"[synthetic] zobowiązanie {i}",
                        status=self.random.choice(COMMITMENT_STATUSES),
                        voivodeship_id=voivodeship,
                        partnership_id=partnership,
                        due_on=due_on,
                        date_precision=precision,
                        published_at=self.published(),
                        updated_at=self.now,
                        visit_id=self.first_visit_id + visit if self.random.random() < 0.8 else None,
                    )
                )
            table.copy(rows)

    def trade_figures(self) -> None:
        table, start = Table(TradeFigure, "trade figures", YEARS * 3, self.report), next_id(TradeFigure)
        rows = []
        for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
            for flow in ("turnover", "export", "import"):
                value = round(self.random.uniform(50, 900), 1)
                rows.append(
                    table.row(
                        id=start + len(rows),
                        reporter_country="PL",
                        partner_country="KZ",
                        flow=flow,
                        period_start_on=f"{year}-01-01",
                        period_end_on=f"{year}-12-31",
                        date_precision="year",
                        value=value,
                        scale=1_000_000,
                        currency="USD",
                        normalized_value=f"{value * 1e6:.2f}",
                        value_as_written=f"[synthetic] {value} mln USD",
                        quality="ok",
                    )
                )
        table.copy(rows)
