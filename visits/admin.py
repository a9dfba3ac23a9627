"""The officers' workspace for events, visits (with their delegations) and commitments."""

import nested_admin
from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from accounts import rights
from accounts.models import Role
from partnerships.admin_base import (
    RECORD_FOOTER,
    CitationInline,
    InlineRightsMixin,
    PublishableAdmin,
    ServiceAdmin,
    TabularInline,
    date_fieldset,
)
from partnerships.models import Citation
from visits.models import Commitment, Delegation, DelegationMember, Event, Visit


class DelegationMemberForm(forms.ModelForm):
    """The role may be left empty when the person's current post says it; it is then taken from the post."""

    class Meta:
        model = DelegationMember
        fields = ["person", "role", "is_leader"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].required = False
        self.fields["role"].help_text = _("Leave empty to use the person's current post.")

    def clean(self):
        cleaned = super().clean()
        person = cleaned.get("person")
        if not cleaned.get("role"):
            post = person.posts.filter(ended_on__isnull=True).order_by("-started_on").first() if person else None
            if post is None:
                self.add_error("role", _("Give the role this member had on the day (no current post is recorded)."))
            else:
                cleaned["role"] = post.title
                self.instance.role = post.title
        return cleaned


class DelegationMemberNestedInline(InlineRightsMixin, nested_admin.NestedTabularInline):
    model = DelegationMember
    form = DelegationMemberForm
    extra = 0
    autocomplete_fields = ["person"]


class DelegationInline(InlineRightsMixin, nested_admin.NestedStackedInline):
    model = Delegation
    extra = 0
    autocomplete_fields = ["region", "organization"]
    inlines = [DelegationMemberNestedInline]


class VisitCitationInline(InlineRightsMixin, nested_admin.NestedGenericTabularInline):
    model = Citation
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "quote", "note"]


class CommitmentInline(InlineRightsMixin, nested_admin.NestedStackedInline):
    model = Commitment
    fk_name = "visit"
    extra = 0
    autocomplete_fields = ["owed_by_person", "owed_by_organization", "owed_by_region"]
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
    autocomplete_fields = ["parent", "region", "organizer", "agreements"]
    protected_relations = ("parts", "visits")
    date_hierarchy = "start_on"
    fieldsets = [
        (None, {"fields": ["name", ("kind", "status"), "parent", "voivodeship", "organizer"]}),
        date_fieldset("start_on", "end_on"),
        (_lazy("Place"), {"fields": [("place", "country"), "region"]}),
        (_lazy("Description"), {"fields": ["description", "agreements"]}),
        *RECORD_FOOTER,
    ]
    inlines = [CitationInline]


@admin.register(Visit)
class VisitAdmin(nested_admin.NestedModelAdminMixin, PublishableAdmin):
    """One page holds the visit, its delegations with their members, the commitments made and the citations."""

    list_display = ["title", "kind", "status", "start_on", "date_precision", "place", "voivodeship", "is_published"]
    list_filter = ["kind", "status", "voivodeship"]
    list_select_related = ["voivodeship"]
    search_fields = ["title", "purpose", "outcomes", "place", "delegations__members__person__name"]
    autocomplete_fields = ["partnership", "region", "host", "event", "agreements"]
    protected_relations = ("commitments",)
    date_hierarchy = "start_on"
    fieldsets = [
        (None, {"fields": ["title", ("kind", "status"), "voivodeship", "partnership", "event"]}),
        date_fieldset("start_on", "end_on"),
        (_lazy("Place and host"), {"fields": [("place", "country"), "region", "host"]}),
        (_lazy("Purpose and outcomes"), {"fields": ["purpose", "outcomes", "agreements"]}),
        *RECORD_FOOTER,
    ]
    inlines = [DelegationInline, CommitmentInline, VisitCitationInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for twin in Visit.objects.possible_duplicates_of(obj):
            self.message_user(
                request,
                format_html(
                    _('Another visit has the same dates and partnership: <a href="{}">{}</a>. Is this a duplicate?'),
                    reverse("admin:visits_visit_change", args=[twin.pk]),
                    twin,
                ),
                messages.WARNING,
            )


class DelegationMemberInline(TabularInline):
    model = DelegationMember
    form = DelegationMemberForm
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
    fieldsets = [
        (None, {"fields": ["description", "status", "voivodeship", "visit", "partnership"]}),
        date_fieldset("due_on"),
        (_lazy("Owed by"), {"fields": ["owed_by_person", "owed_by_organization", "owed_by_region"]}),
        (
            _lazy("Fulfilment"),
            {"fields": ["fulfilled_by_visit", "fulfilled_by_agreement", "fulfilled_by_event", "note"]},
        ),
        *RECORD_FOOTER,
    ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if obj is not None and rights.role_of(request.user) == Role.MANAGER and not request.user.is_superuser:
            # Managers record how a commitment went; everything else stays with the officers.
            return [f.name for f in Commitment._meta.fields if f.name not in {"status", "id"}]
        return readonly
