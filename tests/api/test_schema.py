"""The OpenAPI schema is valid, complete, and states the same filters as the FilterSets."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.utils.module_loading import import_string
from drf_spectacular.generators import SchemaGenerator

from partnerships.filtersets import (
    AgreementFilterSet,
    OrganizationFilterSet,
    PartnershipFilterSet,
    PersonFilterSet,
    RegionFilterSet,
    SourceFilterSet,
    TradeFigureFilterSet,
)
from visits.filtersets import CommitmentFilterSet, EventFilterSet, VisitFilterSet

FILTERSETS = {
    "/api/v1/regions/": RegionFilterSet,
    "/api/v1/partnerships/": PartnershipFilterSet,
    "/api/v1/agreements/": AgreementFilterSet,
    "/api/v1/visits/": VisitFilterSet,
    "/api/v1/events/": EventFilterSet,
    "/api/v1/commitments/": CommitmentFilterSet,
    "/api/v1/trade-figures/": TradeFigureFilterSet,
    "/api/v1/organizations/": OrganizationFilterSet,
    "/api/v1/people/": PersonFilterSet,
    "/api/v1/sources/": SourceFilterSet,
}
CURSOR_PAGED = {"/api/v1/agreements/", "/api/v1/visits/", "/api/v1/events/", "/api/v1/commitments/"}


@pytest.fixture(scope="module")
def openapi():
    with translation.override("en"):
        return SchemaGenerator().get_schema(request=None, public=True)


def query_parameters(openapi, path: str, method: str = "get") -> dict:
    return {item["name"]: item for item in openapi["paths"][path][method]["parameters"] if item["in"] == "query"}


def test_spectacular_validates_the_schema_without_warnings(tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))

    assert (tmp_path / "schema.yaml").stat().st_size > 0


@pytest.mark.parametrize(("path", "filterset"), FILTERSETS.items())
def test_each_filtersets_filters_are_the_query_parameters_of_its_list(openapi, path, filterset):
    paging = {"cursor", "page_size"} if path in CURSOR_PAGED else {"page", "page_size"}

    parameters = query_parameters(openapi, path)

    assert set(parameters) == set(filterset.base_filters) | paging | {"format"}
    with translation.override("en"):
        for name, field in filterset.base_filters.items():
            assert parameters[name]["description"].startswith(str(field.label)), name


@pytest.mark.parametrize("path", FILTERSETS)
def test_a_detail_takes_no_query_parameter_but_format(openapi, path):
    assert set(query_parameters(openapi, path + "{id}/")) == {"format"}


@pytest.mark.parametrize("path", FILTERSETS)
def test_lists_offer_json_and_csv(openapi, path):
    assert query_parameters(openapi, path)["format"]["schema"]["enum"] == ["csv", "json"]
    assert set(openapi["paths"][path]["get"]["responses"]["200"]["content"]) == {"application/json", "text/csv"}


def test_every_enum_lists_exactly_the_models_choices(openapi):
    schemas = openapi["components"]["schemas"]

    for name, choices in settings.SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"].items():
        if name in schemas:
            assert schemas[name]["enum"] == [
                str(value) if not isinstance(value, int) else value for value in import_string(choices).values
            ], name


def test_writes_are_documented_with_their_request_and_error_bodies(openapi):
    visits = openapi["paths"]["/api/v1/visits/"]
    visit = openapi["paths"]["/api/v1/visits/{id}/"]

    assert visits["post"]["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/VisitWrite"
    }
    assert visits["post"]["responses"]["201"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Visit"
    }
    assert {"400", "401", "403", "413", "415", "429"} <= set(visits["post"]["responses"])
    assert {"get", "put", "patch"} <= set(visit)


def test_no_collection_offers_delete(openapi):
    assert all("delete" not in operations for operations in openapi["paths"].values())


def test_dates_carry_precision_and_display_in_every_dated_record(openapi):
    schemas = openapi["components"]["schemas"]

    for name in ("Visit", "Agreement", "AgreementStep", "Event", "Commitment", "Partnership", "TradeFigure", "Source"):
        assert {"date_precision", "is_date_inferred", "date_as_written", "date_display"} <= set(
            schemas[name]["properties"]
        ), name
