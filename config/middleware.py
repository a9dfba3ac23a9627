"""When the database is unreachable, answer 503 with Retry-After instead of a 500 and a traceback."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("Database unavailable while serving %s: %s", request.path, exception)
        # Drop the broken connections so that the next request opens a fresh one once the server is back.
        for connection in connections.all(initialized_only=True):
            if not connection.in_atomic_block:
                connection.close_if_unusable_or_obsolete()
        if request.path.startswith("/api/"):
            response = JsonResponse(
                {"detail": "The database is unavailable for a moment; retry shortly.", "code": "unavailable"},
                status=503,
            )
        else:
            response = HttpResponse(
                "<!doctype html><title>503</title><h1>Chwilowa niedostępność / Temporarily unavailable</h1>"
                "<p>Baza danych jest chwilowo niedostępna. The database is briefly unavailable; please retry.</p>",
                status=503,
            )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response


class PolishFirstLocaleMiddleware(LocaleMiddleware):
    """Polish unless the reader chose otherwise with the language switch (its cookie).

    Django's LocaleMiddleware would follow the browser's Accept-Language; here the pages start in Polish
    for everyone and English is one click away, as the product asks. The API, which has no switch,
    follows Accept-Language.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if chosen not in dict(settings.LANGUAGES) and request.path.startswith("/api/"):
            # API clients have no switch to click: their Accept-Language header is their choice.
            chosen = translation.get_language_from_request(request)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
