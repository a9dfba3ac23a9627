"""The JSON API's shared pieces: the router of /api/v1/ and the exception handler."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions
from rest_framework.routers import DefaultRouter
from rest_framework.views import exception_handler as drf_exception_handler

from partnerships.api.common import django_error_detail
from partnerships.api.limits import SizeLimitedJSONParser
from partnerships.api.views import (
    AgreementViewSet,
    OrganizationViewSet,
    PartnershipViewSet,
    PersonViewSet,
    RegionViewSet,
    SourceViewSet,
    TradeFigureViewSet,
)
from visits.api.views import CommitmentViewSet, EventViewSet, VisitViewSet

router = DefaultRouter()
# ?format=json|csv selects the format; no ".json" URL suffixes (one URL per record).
router.include_format_suffixes = False

# URL names: "api-<record>-list" and "api-<record>-detail".
router.register("regions", RegionViewSet, basename="api-region")
router.register("partnerships", PartnershipViewSet, basename="api-partnership")
router.register("agreements", AgreementViewSet, basename="api-agreement")
router.register("visits", VisitViewSet, basename="api-visit")
router.register("events", EventViewSet, basename="api-event")
router.register("commitments", CommitmentViewSet, basename="api-commitment")
router.register("trade-figures", TradeFigureViewSet, basename="api-trade-figure")
router.register("organizations", OrganizationViewSet, basename="api-organization")
router.register("people", PersonViewSet, basename="api-person")
router.register("sources", SourceViewSet, basename="api-source")


def exception_handler(exc, context):
    """Turn Django's ValidationError (model constraints, services) into a 400 with field messages,
    and a body over DATA_UPLOAD_MAX_MEMORY_SIZE into a JSON 413 (Django itself would answer an HTML 400).
    """
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(django_error_detail(exc))
    elif isinstance(exc, RequestDataTooBig):
        exc = SizeLimitedJSONParser.too_large(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    return drf_exception_handler(exc, context)
