#!/usr/bin/env bash
# The pytest run of `make test`, with the environment the tests expect (production-like settings).
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBUG=0
export SECRET_KEY=${SECRET_KEY:-test-only-secret-key-not-for-production-0123456789abcdef}
export ALLOWED_HOSTS=testserver,localhost,127.0.0.1
export SECURE_SSL_REDIRECT=0
export DJANGO_SETTINGS_MODULE=config.settings
: "${DATABASE_URL:?DATABASE_URL must point at PostgreSQL (scripts/with-postgres.sh sets it)}"

.venv/bin/python -m pytest "$@"
