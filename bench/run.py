"""Measure the public pages and the API over loopback: latency at one client, throughput at 16, query counts,
and how far each response is above its raw floor (its own SQL run directly, rows JSON-encoded).

Run by scripts/bench.sh (``make bench``) against a database already migrated, seeded and generated;
DATABASE_URL, SECRET_KEY and the production settings come from the environment.
"""

import argparse
import base64
import datetime
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from partnerships.models import Partnership, Region, RegionChange  # noqa: E402
from visits.models import Visit  # noqa: E402

LUA = Path(__file__).with_name("latency.lua")
RESULTS = Path(__file__).with_name("results")


def visit_cursor(start_on, pk) -> str:
    """A cursor of /api/v1/visits/ in its default order (newest first), continuing after (start_on, pk)."""
    payload = {"o": ["-start_on", "-id"], "v": [None if start_on is None else str(start_on), str(pk)], "b": False}
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def endpoints() -> list[tuple[str, str]]:
    """(name, path) of what is measured, chosen from the data (the same choice for the same seed)."""
    voivodeship = Region.objects.get(iso_code="PL-06").slug
    split = RegionChange.objects.filter(kind="split").select_related("predecessor").order_by("pk").first()
    partner = split.predecessor.slug if split else Region.objects.partner_candidates().order_by("pk").first().slug
    dated = f"voivodeship={voivodeship}&date_from=2015-01-01&date_to=2015-12-31"
    published = Visit.objects.published()
    total = published.count()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT start_on, id FROM visits_visit WHERE published_at IS NOT NULL "
            "ORDER BY start_on DESC NULLS FIRST, id DESC OFFSET %s LIMIT 1",
            [int(total * 0.9)],
        )
        deep_start, deep_pk = cursor.fetchone()
    middle = published.order_by("pk").values_list("pk", flat=True)[total // 2]
    documented = (
        Partnership.objects.exclude(slug__startswith="syn-")
        .filter(visits__published_at__isnull=False)
        .order_by("pk")
        .first()
    )
    synthetic = Partnership.objects.filter(slug__startswith="syn-").order_by("pk").first()
    rows = [
        ("page /visits/", "/visits/"),
        ("page voivodeship+dates", f"/visits/?{dated}"),
        ("page partner_region", f"/visits/?partner_region={partner}"),
        ("page q", "/visits/?q=almaty"),
        ("api /visits/", "/api/v1/visits/"),
        ("api voivodeship+dates", f"/api/v1/visits/?{dated}"),
        ("api partner_region", f"/api/v1/visits/?partner_region={partner}"),
        ("api q", "/api/v1/visits/?q=almaty"),
        ("api deep cursor (90%)", f"/api/v1/visits/?cursor={visit_cursor(deep_start, deep_pk)}"),
        ("timeline (documented)", f"/partnerships/{documented.slug}/"),
        ("visit detail", f"/visits/{middle}/"),
        ("csv voivodeship+dates", f"/visits.csv?{dated}"),
    ]
    if synthetic is not None:
        rows.insert(10, ("timeline (synthetic)", f"/partnerships/{synthetic.slug}/"))
    return rows


def in_process(path: str, repeats: int) -> dict:
    """Query count of one request, and the raw floor: its statements run directly, rows fetched and JSON-encoded."""
    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)  # warm caches (lineage, translations), as a running server has them
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
        if response.streaming:
            b"".join(response.streaming_content)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}")
    statements = [q["sql"] for q in captured.captured_queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))]
    floors = []
    for _ in range(repeats):
        started = time.perf_counter()
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
                if cursor.description is not None:
                    json.dumps(cursor.fetchall(), default=str)
        floors.append((time.perf_counter() - started) * 1000)
    return {"queries": len(captured.captured_queries), "floor_ms": statistics.median(floors), "sql": statements}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn with the production settings on a loopback port."""

    def __init__(self, workers: int):
        self.port = free_port()
        env = dict(os.environ, DJANGO_SETTINGS_MODULE="bench.settings")
        self.process = subprocess.Popen(  # noqa: S603
            [
                str(ROOT / ".venv/bin/gunicorn"),
                "config.wsgi",
                f"--workers={workers}",
                f"--bind=127.0.0.1:{self.port}",
                "--log-level=warning",
                "--timeout=120",
            ],
            cwd=ROOT,
            env=env,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{self.url}/api/v1/", timeout=5)  # noqa: S310 - loopback
                return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    raise SystemExit("gunicorn did not start") from None
                time.sleep(0.3)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def wrk(url: str, *, connections: int, seconds: int) -> dict:
    threads = min(connections, 2)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout=30s", "-s", str(LUA), url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    line = next(line for line in output.splitlines() if line.startswith("WRK_JSON "))
    return json.loads(line.removeprefix("WRK_JSON "))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", "10")))
    parser.add_argument("--workers", default=os.environ.get("BENCH_WORKERS", "2,3,4"))
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", default="", help="measure only endpoints whose name contains this")
    parser.add_argument("--label", default=os.environ.get("BENCH_LABEL", ""))
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing (scripts/bench.sh installs it)")
    workers = [int(n) for n in args.workers.split(",")]
    visits = Visit.objects.count()
    print(f"{visits:,} visits; PostgreSQL; {os.cpu_count()} CPUs; workers {workers}", flush=True)

    rows = [(name, path) for name, path in endpoints() if args.only in name]
    results = []
    for name, path in rows:
        measured = in_process(path, args.repeats)
        results.append({"endpoint": name, "path": path, **measured})
        print(f"  in-process {name}: {measured['queries']} queries, floor {measured['floor_ms']:.1f} ms", flush=True)

    server = Server(workers[len(workers) // 2] if len(workers) > 1 else workers[0])
    try:
        for result in results:
            wrk(server.url + result["path"], connections=1, seconds=1)  # warm-up
            result["one_client"] = wrk(server.url + result["path"], connections=1, seconds=args.seconds)
            result["ratio"] = result["one_client"]["p50"] / max(result["floor_ms"], 0.01)
            print(f"  {result['endpoint']}: {result['one_client']}", flush=True)
    finally:
        server.stop()

    concurrency = []
    filtered = next((r for r in results if r["endpoint"] == "api voivodeship+dates"), None)
    if filtered is not None:
        for count in workers:
            server = Server(count)
            try:
                wrk(server.url + filtered["path"], connections=16, seconds=2)
                measured = wrk(server.url + filtered["path"], connections=16, seconds=args.seconds)
            finally:
                server.stop()
            concurrency.append({"workers": count, "connections": 16, **measured})
            print(f"  16 clients, {count} workers: {measured}", flush=True)

    print()
    header = f"{'endpoint':<26} {'p50':>8} {'p95':>8} {'p99':>8} {'req/s':>8} {'queries':>7} {'floor':>7} {'ratio':>6}"
    print(header)
    print("-" * len(header))
    for r in results:
        one = r["one_client"]
        print(
            f"{r['endpoint']:<26} {one['p50']:>8.1f} {one['p95']:>8.1f} {one['p99']:>8.1f} {one['rps']:>8.1f} "
            f"{r['queries']:>7} {r['floor_ms']:>7.1f} {r['ratio']:>6.1f}"
            + (f"  non-2xx {one['non_2xx']}" if one["non_2xx"] else "")
        )
    for c in concurrency:
        print(
            f"api voivodeship+dates at 16 clients, {c['workers']} workers: {c['rps']:.0f} req/s, "
            f"p50 {c['p50']:.1f} p95 {c['p95']:.1f} p99 {c['p99']:.1f} ms, non-2xx {c['non_2xx']}"
        )
    print("(latencies in ms at one client; floor = the page's SQL run directly + JSON encoding, ms; ratio = p50/floor)")

    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    label = f"-{args.label}" if args.label else ""
    target = RESULTS / f"{visits}-visits-{stamp}{label}.json"
    document = {
        "visits": visits,
        "at": stamp,
        "label": args.label,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()},
        "seconds_per_endpoint": args.seconds,
        "endpoints": [{k: v for k, v in r.items() if k != "sql"} for r in results],
        "concurrency": concurrency,
    }
    with tempfile.NamedTemporaryFile("w", dir=RESULTS, suffix=".tmp", delete=False) as handle:
        json.dump(document, handle, indent=1)
    Path(handle.name).replace(target)
    print(f"Written to {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
