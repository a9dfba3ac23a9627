"""The production settings, with the collected static files in a temporary directory (benchmarks only)."""

import os

from config.settings import *  # noqa: F403

STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT", STATIC_ROOT)  # noqa: F405
