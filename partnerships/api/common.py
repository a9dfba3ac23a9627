"""The base of every API viewset: strict query parameters, CSV lists, conditional GET, and rights-checked writes.

Reads go through ``rights.readable()``; writes through ``rights.can_add()``, ``can_change()`` and
``owns()`` and then the service functions, inside one transaction, so a failed nested write leaves nothing.
"""

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import StreamingHttpResponse
from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.decorators import decorator_from_middleware, method_decorator
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import exceptions, status, viewsets
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.serializers import as_serializer_error
from rest_framework.settings import api_settings

from accounts import rights
from partnerships import services
from partnerships.api.exports import CSVRenderer, csv_rows
from partnerships.api.pagination import KeysetPagination, NumberedPagination
from partnerships.api.schema import ApiAutoSchema

# Answers If-None-Match / If-Modified-Since with 304, from an ETag of the rendered body.
conditional_get = decorator_from_middleware(ConditionalGetMiddleware)

WRITE_ACTIONS = ("create", "update", "partial_update")


class LinkRequest:
    """The request as hyperlinks see it: without ``?format=``, so that a link in a CSV export opens as JSON."""

    def __init__(self, request):
        self._request = request
        self.GET = request.GET.copy()
        self.GET.pop("format", None)

    def __getattr__(self, name):
        return getattr(self._request, name)


@method_decorator(conditional_get, name="dispatch")
class ApiViewSet(viewsets.GenericViewSet):
    """Read-only list and detail of one collection.

    Subclasses set ``queryset`` (for the model), ``serializer_class`` and ``filterset_class``, and load
    related rows once in ``get_queryset()``, narrowed by ``readable()``.
    """

    schema = ApiAutoSchema()
    filter_backends = [DjangoFilterBackend]
    pagination_class = NumberedPagination
    lookup_value_regex = "[^/]+"
    # The order of a cursor-paged list when the client asks for none (the primary key breaks ties).
    default_ordering: tuple[str, ...] = ()
    detail_serializer_class = None

    def get_renderers(self):
        if getattr(self, "action", None) == "list":
            return [JSONRenderer(), CSVRenderer()]
        return [JSONRenderer()]

    def get_serializer_class(self):
        if getattr(self, "action", None) == "retrieve" and self.detail_serializer_class is not None:
            return self.detail_serializer_class
        return self.serializer_class

    def readable(self, queryset):
        return rights.readable(queryset, self.request.user)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if context.get("request") is not None:
            context["request"] = LinkRequest(context["request"])
        return context

    # Query parameters ---------------------------------------------------------------------------------

    def allowed_query_parameters(self) -> set[str]:
        allowed = {"format"}
        if getattr(self, "action", None) == "list":
            if self.filterset_class is not None:
                allowed |= set(self.filterset_class.base_filters)
            if self.paginator is not None:
                allowed |= {parameter["name"] for parameter in self.paginator.get_schema_operation_parameters(self)}
        return allowed

    def initial(self, request, *args, **kwargs):
        # A method this route lacks is a 405 before anything else (format, credentials) is looked at.
        if getattr(self, request.method.lower(), None) is None:
            raise exceptions.MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)
        unknown = sorted(set(request.query_params) - self.allowed_query_parameters())
        if unknown:
            raise exceptions.ValidationError({name: [_("Unknown query parameter.")] for name in unknown})
        # A web form sends empty fields and the pages ignore them; an API client gets told instead.
        empty = sorted(name for name, values in request.query_params.lists() if any(value == "" for value in values))
        if empty:
            raise exceptions.ValidationError({name: [_("Give a value or leave the parameter out.")] for name in empty})

    # Reads ------------------------------------------------------------------------------------------

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        if request.accepted_renderer.format == "csv":
            return self.csv_response(queryset)
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def retrieve(self, request, *args, **kwargs):
        return Response(self.get_serializer(self.get_object()).data)

    def csv_response(self, queryset):
        paging = {parameter["name"] for parameter in self.paginator.get_schema_operation_parameters(self)}
        if given := sorted(paging & set(self.request.query_params)):
            raise exceptions.ValidationError(
                {name: [_("A CSV export has every matching row: leave this parameter out.")] for name in given}
            )
        if isinstance(self.paginator, KeysetPagination):
            queryset = self.paginator.order(queryset, self)
        rows = csv_rows(
            queryset=queryset, serializer_class=self.serializer_class, context=self.get_serializer_context()
        )
        response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
        collection = self.request.path.rstrip("/").rsplit("/", 1)[-1]  # e.g. "visits" for /api/v1/visits/
        response["Content-Disposition"] = f'attachment; filename="{collection}.csv"'
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        # Errors are always JSON, also when the client asked for CSV.
        if (
            isinstance(response, Response)
            and response.status_code >= 400
            and getattr(request, "accepted_renderer", None) is not None
            and request.accepted_renderer.format != "json"
        ):
            request.accepted_renderer, request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
        response = super().finalize_response(request, response, *args, **kwargs)
        # What a client reads depends on who it is (drafts of their own voivodeship).
        patch_vary_headers(response, ["Accept", "Authorization", "Cookie"])
        return response


class KeysetPagedViewSet(ApiViewSet):
    pagination_class = KeysetPagination


class WritableMixin:
    """Create and update (no delete: other records refer to these, see docs/api.md) under accounts/rights.py.

    Subclasses set ``write_serializer_class`` and implement ``create_record(data)`` and
    ``update_record(record, data)`` with the service functions.
    """

    write_serializer_class = None
    owner_field = "voivodeship"

    def get_serializer_class(self):
        if getattr(self, "action", None) in WRITE_ACTIONS:
            return self.write_serializer_class
        return super().get_serializer_class()

    def create(self, request, *args, **kwargs):
        model = self.queryset.model
        if not rights.can_add(request.user, model):
            raise exceptions.PermissionDenied(
                _("Only an officer of a voivodeship may add %(records)s.")
                % {"records": model._meta.verbose_name_plural}
            )
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        self.check_owner(data.get(self.owner_field))
        with transaction.atomic():
            record = self.create_record(data)
        return self.respond_with(record, status.HTTP_201_CREATED)

    def update(self, request, *args, partial: bool = False, **kwargs):
        record = self.get_object()
        if not rights.can_change(request.user, record):
            raise exceptions.PermissionDenied(
                _("You may not change this %(record)s: it is kept by another voivodeship's office.")
                % {"record": record._meta.verbose_name}
            )
        self.check_update_allowed(request, record)
        serializer = self.get_serializer(record, data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        if self.owner_field in data:
            self.check_owner(data[self.owner_field])
        with transaction.atomic():
            record = self.update_record(record, data)
        return self.respond_with(record, status.HTTP_200_OK)

    def partial_update(self, request, *args, **kwargs):
        return self.update(request, *args, partial=True, **kwargs)

    def check_owner(self, voivodeship):
        if not rights.owns(self.request.user, voivodeship):
            raise exceptions.PermissionDenied(
                {self.owner_field: [_("You may keep records only under your own voivodeship.")]}
            )

    def check_update_allowed(self, request, record):
        """Extra rules for an update, before its data is validated (e.g. what a manager may change)."""

    def respond_with(self, record, status_code):
        fresh = self.get_queryset().get(pk=record.pk)
        data = self.serializer_class(fresh, context=self.get_serializer_context()).data
        headers = {}
        if status_code == status.HTTP_201_CREATED:
            headers["Location"] = reverse(f"{self.basename}-detail", args=[record.pk], request=self.request)
        return Response(data, status=status_code, headers=headers)

    def create_record(self, data: dict):
        raise NotImplementedError

    def update_record(self, record, data: dict):
        raise NotImplementedError


def django_error_detail(error: DjangoValidationError) -> dict:
    """Django's ValidationError (constraints, clean()) as REST framework field errors, with non_field_errors."""
    detail = as_serializer_error(error)
    if NON_FIELD_ERRORS in detail:
        detail[api_settings.NON_FIELD_ERRORS_KEY] = detail.pop(NON_FIELD_ERRORS)
    return detail


def nested_error(name: str, index: int, error) -> exceptions.ValidationError:
    """The error of item ``index`` of the nested list ``name``, keyed by index as REST framework keys list errors."""
    detail = django_error_detail(error) if isinstance(error, DjangoValidationError) else error.detail
    return exceptions.ValidationError({name: {index: detail}})


def sync_items(*, name: str, items: list[dict], current, add, change, remove):
    """Make a record's nested list match ``items``: change those with a known ``id``, add those without one,
    remove the current ones left out (removals first, so that e.g. a new leader can replace the old one).
    """
    current = {item.pk: item for item in current}
    wanted = {item["id"] for item in items if item.get("id") is not None}
    for pk, item in current.items():
        if pk not in wanted:
            remove(item)
    for index, item in enumerate(items):
        fields = {key: value for key, value in item.items() if key != "id"}
        try:
            if item.get("id") is None:
                add(fields)
            elif item["id"] in current:
                change(current[item["id"]], fields)
            else:
                raise DjangoValidationError({"id": _("There is no such item in this record.")})
        except (DjangoValidationError, exceptions.ValidationError) as error:
            raise nested_error(name, index, error) from None


def readable_exists(queryset, outer_field: str, user) -> Exists:
    """Whether the record ``outer_field`` points to is readable by ``user``, as an annotation (no extra query)."""
    return Exists(rights.readable(queryset.filter(pk=OuterRef(outer_field)), user))


def publish_as_asked(record, is_published: bool | None, *, by):
    """Publish or unpublish ``record`` when the client asked for a change (None: leave it as it is)."""
    if is_published is True and not record.is_published:
        services.publish(record=record, by=by)
    elif is_published is False and record.is_published:
        services.unpublish(record=record)
