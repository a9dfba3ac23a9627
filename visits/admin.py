"""The officers' workspace for events, visits (with their delegations) and commitments."""

from django.contrib import admin

from partnerships.admin import CitationInline, PublishableAdmin, ServiceAdmin
from visits.models import Commitment, Delegation, DelegationMember, Event, Visit


class DelegationInline(admin.StackedInline):
    model = Delegation
    extra = 0
    autocomplete_fields = ["region", "organization"]
    show_change_link = True


class CommitmentInline(admin.StackedInline):
    model = Commitment
    fk_name = "visit"
    extra = 0
    autocomplete_fields = ["owed_by_person", "owed_by_organization", "owed_by_region", "partnership"]
    fields = [
        "description",
        "voivodeship",
        "due_on",
        "date_precision",
        "status",
        "owed_by_person",
        "owed_by_organization",
        "owed_by_region",
    ]


@admin.register(Event)
class EventAdmin(PublishableAdmin):
    list_display = ["name", "kind", "status", "start_on", "end_on", "place", "is_published"]
    list_filter = ["kind", "status", "country"]
    search_fields = ["name", "place", "description"]
    autocomplete_fields = ["parent", "region", "organizer", "voivodeship", "agreements"]
    date_hierarchy = "start_on"
    inlines = [CitationInline]


@admin.register(Visit)
class VisitAdmin(PublishableAdmin):
    list_display = ["title", "kind", "status", "start_on", "date_precision", "place", "voivodeship", "is_published"]
    list_filter = ["kind", "status", "voivodeship"]
    list_select_related = ["voivodeship"]
    search_fields = ["title", "purpose", "outcomes", "place", "delegations__members__person__name"]
    autocomplete_fields = ["voivodeship", "partnership", "region", "host", "event", "agreements"]
    date_hierarchy = "start_on"
    inlines = [DelegationInline, CommitmentInline, CitationInline]


class DelegationMemberInline(admin.TabularInline):
    model = DelegationMember
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(Delegation)
class DelegationAdmin(ServiceAdmin):
    list_display = ["__str__", "visit", "side"]
    list_filter = ["side"]
    list_select_related = ["visit", "region", "organization"]
    search_fields = ["visit__title", "organization__name", "region__name_pl", "members__person__name"]
    autocomplete_fields = ["visit", "region", "organization"]
    inlines = [DelegationMemberInline]


@admin.register(DelegationMember)
class DelegationMemberAdmin(ServiceAdmin):
    list_display = ["__str__", "delegation", "is_leader"]
    list_select_related = ["person", "delegation"]
    search_fields = ["person__name", "role"]
    autocomplete_fields = ["delegation", "person"]


@admin.register(Commitment)
class CommitmentAdmin(PublishableAdmin):
    list_display = ["__str__", "status", "due_on", "date_precision", "voivodeship", "is_published"]
    list_filter = ["status", "voivodeship"]
    list_select_related = ["voivodeship"]
    search_fields = ["description", "note"]
    autocomplete_fields = [
        "voivodeship",
        "visit",
        "partnership",
        "owed_by_person",
        "owed_by_organization",
        "owed_by_region",
        "fulfilled_by_visit",
        "fulfilled_by_agreement",
        "fulfilled_by_event",
    ]
    date_hierarchy = "due_on"
    inlines = [CitationInline]
