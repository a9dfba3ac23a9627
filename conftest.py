# Project-wide pytest plugins: the query-count helper is available to every test as `query_counts`.
pytest_plugins = ["tests.querycounts"]
