"""OpenAPI details drf-spectacular cannot see by itself: write responses, ``format``, errors, headers, CSV."""

import copy

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter

ERROR_REF = {"$ref": "#/components/schemas/Error"}
VALIDATION_ERROR_REF = {"$ref": "#/components/schemas/ValidationError"}

ERROR_SCHEMAS = {
    "Error": {
        "type": "object",
        "description": "What went wrong, in words.",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
    "ValidationError": {
        "type": "object",
        "description": (
            "Each offending field, query parameter (or non_field_errors) with its messages; the errors of an item "
            "of a nested list are keyed by its index. A request that could not be read at all gets a detail."
        ),
        "minProperties": 1,
        "additionalProperties": {},
    },
}

RESPONSES = {
    "304": {"description": "Not modified: the If-None-Match ETag still matches."},
    "400": {"description": "Invalid request.", "content": {"application/json": {"schema": VALIDATION_ERROR_REF}}},
    "401": {"description": "Not authenticated.", "content": {"application/json": {"schema": ERROR_REF}}},
    "403": {"description": "Not allowed.", "content": {"application/json": {"schema": ERROR_REF}}},
    "404": {"description": "Not found.", "content": {"application/json": {"schema": ERROR_REF}}},
    "406": {"description": "Unsupported Accept header.", "content": {"application/json": {"schema": ERROR_REF}}},
    "413": {"description": "Request body too large.", "content": {"application/json": {"schema": ERROR_REF}}},
    "415": {"description": "Unsupported media type.", "content": {"application/json": {"schema": ERROR_REF}}},
    "429": {
        "description": "Too many requests: wait the number of seconds in Retry-After.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}},
        "content": {"application/json": {"schema": ERROR_REF}},
    },
    "503": {
        "description": "The database is briefly unavailable: retry after the seconds in Retry-After.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}},
        "content": {"application/json": {"schema": ERROR_REF}},
    },
}

# 403 on a write may also name a field (e.g. a voivodeship the officer may not use).
WRITE_403 = {
    "description": "Not allowed.",
    "content": {"application/json": {"schema": {"oneOf": [ERROR_REF, VALIDATION_ERROR_REF]}}},
}

STATUSES_BY_METHOD = {
    "get": ["304", "400", "401", "404", "406", "429", "503"],
    "post": ["400", "401", "403", "406", "413", "415", "429", "503"],
    "put": ["400", "401", "403", "404", "406", "413", "415", "429", "503"],
    "patch": ["400", "401", "403", "404", "406", "413", "415", "429", "503"],
}

ETAG_HEADER = {"ETag": {"schema": {"type": "string"}, "description": "Send it back in If-None-Match to get a 304."}}


class ApiAutoSchema(AutoSchema):
    def get_response_serializers(self):
        # Writes accept the write serializer and answer with the record as it is read.
        if self.method in ("POST", "PUT", "PATCH") and getattr(self.view, "serializer_class", None):
            return self.view.serializer_class
        return super().get_response_serializers()

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if self.method == "GET":
            formats = ["json", "csv"] if self._is_list_view() else ["json"]
            parameters.append(
                OpenApiParameter(
                    "format",
                    str,
                    OpenApiParameter.QUERY,
                    enum=formats,
                    description="Response format; csv gives every matching row (UTF-8 with BOM), not one page.",
                )
            )
        return parameters


def require_a_value(schema: dict) -> None:
    """An empty query parameter is refused (see ApiViewSet.initial), so the schema asks for a value."""
    if schema.get("type") == "string":
        schema.setdefault("minLength", 1)
    elif schema.get("type") == "array":
        schema.setdefault("minItems", 1)


def document_api_conventions(result, generator, request, public):
    """Postprocessing hook: error responses, ETag/Location/Retry-After headers and the CSV body of lists."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(ERROR_SCHEMAS)
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            statuses = STATUSES_BY_METHOD.get(method)
            if statuses is None:
                continue
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    require_a_value(parameter["schema"])
            responses = operation.setdefault("responses", {})
            for code in statuses:
                responses.setdefault(code, copy.deepcopy(WRITE_403 if code == "403" else RESPONSES[code]))
            if method == "get" and "200" in responses:
                responses["200"].setdefault("headers", {}).update(copy.deepcopy(ETAG_HEADER))
                csv_content = responses["200"].get("content", {}).get("text/csv")
                if csv_content is not None:
                    csv_content["schema"] = {"type": "string", "description": "CSV, UTF-8 with BOM."}
            if method == "post" and "201" in responses:
                responses["201"].setdefault("headers", {})["Location"] = {
                    "schema": {"type": "string", "format": "uri"},
                    "description": "The new record's URL.",
                }
    return result
