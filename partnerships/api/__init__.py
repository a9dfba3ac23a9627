"""The JSON API of the partnerships app (/api/v1/): serializers, viewsets and the pieces visits/api reuses.

Submodules are imported by name (``partnerships.api.views``); this package imports nothing itself, because
REST framework loads ``partnerships.api.limits`` from the settings while its own views module is loading.
"""
