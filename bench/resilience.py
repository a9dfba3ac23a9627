"""Restart PostgreSQL under load and check that the app degrades to 503 and loses or doubles no write.

Run by scripts/bench-resilience.sh (``make resilience``) on a throwaway cluster: gunicorn with the production
settings on loopback, readers on the pages and the API, one officer posting visits with unique markers, and
the database stopped for a few seconds mid-run. Bounded: at most --seconds of load and --max-requests requests.
Exits non-zero when an acknowledged write is missing, a write was stored twice, or anything but 2xx/503
(a 500, a traceback) reached a client.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

from bench.run import Server  # noqa: E402
from partnerships.models import Region  # noqa: E402
from visits.models import Visit  # noqa: E402

READ_PATHS = ["/api/v1/visits/", "/visits/", "/api/v1/visits/?voivodeship=PL-06&date_from=2015-01-01"]


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = Counter()
        self.tracebacks = 0
        self.missing_retry_after = 0
        self.requests = 0
        self.timeline = []  # (monotonic time, status)

    def record(self, status: int, body: bytes, headers) -> None:
        with self.lock:
            self.requests += 1
            self.statuses[status] += 1
            self.timeline.append((time.monotonic(), status))
            if b"Traceback" in body:
                self.tracebacks += 1
            if status == 503 and not headers.get("Retry-After"):
                self.missing_retry_after += 1


def request(url: str, *, data: bytes | None = None, token: str | None = None):
    """(status, body, headers); status 0 when the connection itself failed."""
    headers = {"Accept": "application/json"}
    if data is not None:
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = f"Token {token}"
    try:
        outgoing = urllib.request.Request(url, data=data, headers=headers)  # noqa: S310 - loopback http only
        with urllib.request.urlopen(outgoing, timeout=15) as response:  # noqa: S310
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers
    except OSError:
        return 0, b"", {}


def as_postgres(command: str) -> None:
    if os.geteuid() == 0:
        subprocess.run(["su", "postgres", "-s", "/bin/bash", "-c", command], check=True)  # noqa: S603, S607
    else:
        subprocess.run(["bash", "-c", command], check=True)  # noqa: S603, S607


def restart_database(data_directory: str, outage: float) -> tuple[float, float]:
    """Stop the server (fast: open connections are cut), wait ``outage`` seconds, start it with its old options."""
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    pg_ctl = str(binaries[-1]) if binaries else "pg_ctl"
    options = shlex.split(Path(data_directory, "postmaster.opts").read_text())[1:]
    if "-D" in options:
        index = options.index("-D")
        del options[index : index + 2]
    log = Path(data_directory).parent / "server.log"
    stopped = time.monotonic()
    as_postgres(f"{pg_ctl} -D {shlex.quote(data_directory)} -m fast -w stop >/dev/null")
    time.sleep(outage)
    as_postgres(
        f"{pg_ctl} -D {shlex.quote(data_directory)} -l {shlex.quote(str(log))} -w -t 60 "
        f"-o {shlex.quote(shlex.join(options))} start >/dev/null"
    )
    return stopped, time.monotonic()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--token", required=True)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--restart-at", type=float, default=8)
    parser.add_argument("--outage", type=float, default=4)
    parser.add_argument("--readers", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-requests", type=int, default=20000)
    args = parser.parse_args()

    with connection.cursor() as cursor:
        cursor.execute("SHOW data_directory")
        data_directory = cursor.fetchone()[0]
    voivodeship = Region.objects.get(iso_code="PL-06").pk
    connection.close()

    server = Server(args.workers)
    tally = Tally()
    writes = []  # (marker, status)
    deadline = time.monotonic() + args.seconds
    stop = threading.Event()

    def budget_left() -> bool:
        return not stop.is_set() and time.monotonic() < deadline and tally.requests < args.max_requests

    def reader(offset: int):
        n = offset
        while budget_left():
            status, body, headers = request(server.url + READ_PATHS[n % len(READ_PATHS)])
            tally.record(status, body, headers)
            n += 1
            if status in (0, 503):
                time.sleep(0.05)

    def writer():
        run = uuid.uuid4().hex[:8]
        n = 0
        while budget_left():
            marker = f"[resilience {run}-{n:05d}]"
            payload = {
                "title": marker,
                "kind": "working",
                "voivodeship": voivodeship,
                "start_on": "2024-05-01",
                "date_precision": "day",
            }
            status, body, headers = request(
                server.url + "/api/v1/visits/", data=json.dumps(payload).encode(), token=args.token
            )
            tally.record(status, body, headers)
            writes.append((marker, status))
            n += 1
            if status in (0, 503):
                time.sleep(0.05)

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(args.readers)]
    threads.append(threading.Thread(target=writer))
    started = time.monotonic()
    for thread in threads:
        thread.start()
    try:
        time.sleep(args.restart_at)
        stopped_at, back_at = restart_database(data_directory, args.outage)
        for thread in threads:
            thread.join()
    finally:
        stop.set()
        server.stop()

    recovered_at = next((t for t, status in tally.timeline if t > back_at and 200 <= status < 300), None)
    acknowledged = [marker for marker, status in writes if status == 201]
    refused = [marker for marker, status in writes if status != 201]
    stored = Counter(
        Visit.objects.filter(title__in=[marker for marker, _status in writes]).values_list("title", flat=True)
    )
    lost = [marker for marker in acknowledged if stored[marker] == 0]
    doubled = [marker for marker, count in stored.items() if count > 1]
    refused_but_stored = [marker for marker in refused if stored[marker]]
    other_5xx = sum(count for status, count in tally.statuses.items() if status >= 500 and status != 503)
    bad_status = {s: c for s, c in tally.statuses.items() if s not in (200, 201, 503)}

    report = {
        "seconds": round(time.monotonic() - started, 1),
        "requests": tally.requests,
        "2xx": sum(c for s, c in tally.statuses.items() if 200 <= s < 300),
        "503": tally.statuses[503],
        "5xx other": other_5xx,
        "connection errors": tally.statuses[0],
        "other statuses": bad_status,
        "tracebacks in bodies": tally.tracebacks,
        "503 without Retry-After": tally.missing_retry_after,
        "database down for (s)": round(back_at - stopped_at, 1),
        "recovered after database back (s)": None if recovered_at is None else round(recovered_at - back_at, 2),
        "writes sent": len(writes),
        "writes acknowledged": len(acknowledged),
        "writes found afterwards": sum(1 for marker in acknowledged if stored[marker] == 1),
        "writes refused": len(refused),
        "refused writes that were stored anyway": len(refused_but_stored),
        "lost": len(lost),
        "doubled": len(doubled),
    }
    print(json.dumps(report, indent=1, ensure_ascii=False))
    failed = lost or doubled or other_5xx or tally.tracebacks or recovered_at is None
    print("FAILED" if failed else "OK: no write lost or doubled, no 500, the app recovered on its own")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
