#!/usr/bin/env bash
# `make bench`: a throwaway PostgreSQL, migrated, seeded and filled with SCALE synthetic visits (default
# 100000; SCALE=1000000 for the full run), then bench/run.py measures the app under gunicorn with the
# production settings over loopback. Results: a table on stdout and a JSON file in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DATABASE_URL:-}" ] || [ "${BENCH_INSIDE:-}" != 1 ]; then
  command -v wrk >/dev/null 2>&1 || {
    [ "$(id -u)" -eq 0 ] || { echo "wrk is missing: apt-get install wrk (as root)" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; }
  }
  exec env BENCH_INSIDE=1 bash scripts/with-postgres.sh bash "$0" "$@"
fi

export DEBUG=0
export SECRET_KEY=${SECRET_KEY:-bench-only-secret-key-not-for-production-0123456789abcdef}
export ALLOWED_HOSTS=127.0.0.1
export SECURE_SSL_REDIRECT=0
export SECURE_COOKIES=0
export LOG_LEVEL=WARNING
# The load comes from one address: raise the per-client limits so that it is measured, not answered 429.
export API_THROTTLE_ANON=${API_THROTTLE_ANON:-10000000/minute}
export API_THROTTLE_USER=${API_THROTTLE_USER:-10000000/minute}
export DJANGO_SETTINGS_MODULE=bench.settings
static_root=$(mktemp -d /tmp/tracker-static.XXXXXX)
trap 'rm -rf "$static_root"' EXIT
export BENCH_STATIC_ROOT=$static_root
SCALE=${SCALE:-100000}

py=.venv/bin/python
$py manage.py migrate --no-input -v0
$py manage.py seed -v0 >/dev/null
echo "Generating $SCALE visits…"
started=$SECONDS
$py manage.py generate_data --visits "$SCALE" --seed "${SEED:-1}" >/dev/null 2>"$static_root/generate.log" \
  || { tr '\r' '\n' <"$static_root/generate.log" | tail -n 20 >&2; exit 1; }
echo "generate_data: $((SECONDS - started)) s"
$py manage.py collectstatic --no-input -v0
$py bench/run.py "$@"
