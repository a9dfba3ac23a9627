"""Pins a listing's SQL query count and shows it does not grow with the number of rows."""

from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


@dataclass
class QueryCounts:
    def count(self, action) -> int:
        with CaptureQueriesContext(connection) as captured:
            action()
        return len(captured.captured_queries)

    def assert_constant(self, action, *, make, expected: int, small: int = 1, large: int = 10):
        """Run ``action`` with ``small`` then ``large`` rows made by ``make()``; both counts equal ``expected``."""
        for _ in range(small):
            make()
        with_small = self.count(action)
        for _ in range(large - small):
            make()
        with_large = self.count(action)
        assert (with_small, with_large) == (expected, expected), (
            f"queries with {small} row(s): {with_small}, with {large}: {with_large}, pinned: {expected}"
        )


@pytest.fixture
def query_counts():
    return QueryCounts()
