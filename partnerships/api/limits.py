"""Request limits named in settings.REST_FRAMEWORK: body size and per-client throttles.

A leaf module: REST framework imports it while ``rest_framework.views`` is still loading, so it must not
import views, viewsets or anything that does.
"""

import io

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.parsers import JSONParser
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class RequestTooLarge(exceptions.APIException):
    status_code = 413
    default_detail = _("The request body is too large.")
    default_code = "request_too_large"


class SizeLimitedJSONParser(JSONParser):
    """JSON, refused with a 413 above DATA_UPLOAD_MAX_MEMORY_SIZE bytes.

    Django applies that limit to ``request.body`` and forms, but REST framework reads the raw stream.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None:
            request = (parser_context or {}).get("request")
            declared = request.META.get("CONTENT_LENGTH") if request is not None else None
            if declared and declared.isdigit() and int(declared) > limit:
                raise self.too_large(limit)
            # The declared length may be absent or wrong: never read more than the limit allows.
            body = stream.read(limit + 1)
            if len(body) > limit:
                raise self.too_large(limit)
            stream = io.BytesIO(body)
        return super().parse(stream, media_type, parser_context)

    @staticmethod
    def too_large(limit: int) -> RequestTooLarge:
        return RequestTooLarge(_("The request body is larger than %(limit)d bytes.") % {"limit": limit})


class AnonymousClientThrottle(AnonRateThrottle):
    """Per IP address; the rate is read from the settings on each request, so tests and deploys can change it."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AuthenticatedClientThrottle(UserRateThrottle):
    """Per account (anonymous requests fall back to the IP address, as in REST framework)."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
