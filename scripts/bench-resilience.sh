#!/usr/bin/env bash
# `make resilience`: on a throwaway PostgreSQL, serve the app under gunicorn (production settings, loopback)
# and run bench/resilience.py: readers and an officer's writes while the database is stopped and started.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${RESILIENCE_INSIDE:-}" != 1 ]; then
  exec env RESILIENCE_INSIDE=1 bash scripts/with-postgres.sh bash "$0" "$@"
fi

export DEBUG=0
export SECRET_KEY=${SECRET_KEY:-bench-only-secret-key-not-for-production-0123456789abcdef}
export ALLOWED_HOSTS=127.0.0.1
export SECURE_SSL_REDIRECT=0
export SECURE_COOKIES=0
export LOG_LEVEL=ERROR
export API_THROTTLE_ANON=10000000/minute
export API_THROTTLE_USER=10000000/minute
export DJANGO_SETTINGS_MODULE=bench.settings
static_root=$(mktemp -d /tmp/tracker-static.XXXXXX)
trap 'rm -rf "$static_root"' EXIT
export BENCH_STATIC_ROOT=$static_root

py=.venv/bin/python
$py manage.py migrate --no-input -v0
$py manage.py seed -v0 >/dev/null
$py manage.py generate_data --visits "${SCALE:-20000}" --seed 1 >/dev/null 2>&1
$py manage.py collectstatic --no-input -v0
echo "resilience-bench-password-$RANDOM-$RANDOM" | $py manage.py createofficer resilience --voivodeship PL-06 --password-stdin >/dev/null
token=$($py manage.py drf_create_token resilience | awk '{print $3}')
$py bench/resilience.py --token "$token" "$@"
