"""The officers' workspace for reference data, partnerships, agreements and trade."""

from django.contrib import admin

from partnerships import services
from partnerships.admin_base import (
    RECORD_FOOTER,
    CitationInline,
    PublishableAdmin,
    ServiceAdmin,
    TabularInline,
    date_fieldset,
)
from partnerships.models import (
    Agreement,
    AgreementParty,
    AgreementStep,
    Citation,
    Organization,
    Partnership,
    Person,
    Post,
    Region,
    RegionAlias,
    RegionChange,
    RegionCode,
    RegionStatistic,
    Source,
    Topic,
    TradeFigure,
)


class RegionAliasInline(TabularInline):
    model = RegionAlias
    extra = 0


class RegionCodeInline(TabularInline):
    model = RegionCode
    extra = 0


class RegionStatisticInline(TabularInline):
    model = RegionStatistic
    extra = 0
    fields = ["kind", "value", "unit", "qualifier", "reference_year", "value_as_written", "is_suspect", "quality_note"]


@admin.register(Region)
class RegionAdmin(ServiceAdmin):
    list_display = ["name_pl", "name_en", "country", "kind", "iso_code", "capital", "abolished_on"]
    list_filter = ["country", "kind"]
    search_fields = ["name_pl", "name_en", "name_local", "iso_code", "aliases__name", "codes__code"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [RegionAliasInline, RegionCodeInline, RegionStatisticInline, CitationInline]


@admin.register(RegionChange)
class RegionChangeAdmin(ServiceAdmin):
    list_display = ["__str__", "kind", "changed_on", "date_precision"]
    list_filter = ["kind"]
    search_fields = ["predecessor__name_pl", "successor__name_pl", "name_before", "name_after"]
    autocomplete_fields = ["predecessor", "successor"]
    date_hierarchy = "changed_on"
    inlines = [CitationInline]


@admin.register(RegionAlias)
class RegionAliasAdmin(ServiceAdmin):
    list_display = ["name", "language", "region"]
    list_filter = ["language"]
    search_fields = ["name", "region__name_pl"]
    autocomplete_fields = ["region"]


@admin.register(RegionCode)
class RegionCodeAdmin(ServiceAdmin):
    list_display = ["code", "system", "region", "adopted_on", "withdrawn_on"]
    list_filter = ["system"]
    search_fields = ["code", "region__name_pl"]
    autocomplete_fields = ["region"]


@admin.register(RegionStatistic)
class RegionStatisticAdmin(ServiceAdmin):
    list_display = ["region", "kind", "value", "unit", "reference_year", "is_suspect"]
    list_filter = ["kind", "is_suspect"]
    search_fields = ["region__name_pl", "value_as_written"]
    autocomplete_fields = ["region"]
    inlines = [CitationInline]


@admin.register(Organization)
class OrganizationAdmin(ServiceAdmin):
    list_display = ["name", "kind", "country", "region", "city"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "name_en", "city"]
    autocomplete_fields = ["region"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [CitationInline]


class PostInline(TabularInline):
    model = Post
    extra = 0
    autocomplete_fields = ["organization"]
    fields = ["title", "organization", "started_on", "ended_on", "note"]


@admin.register(Person)
class PersonAdmin(ServiceAdmin):
    list_display = ["name", "name_en", "country"]
    list_filter = ["country"]
    search_fields = ["name", "name_en", "posts__title"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PostInline, CitationInline]


@admin.register(Post)
class PostAdmin(ServiceAdmin):
    list_display = ["person", "title", "organization", "started_on", "ended_on"]
    search_fields = ["person__name", "title", "organization__name"]
    autocomplete_fields = ["person", "organization"]
    date_hierarchy = "started_on"
    inlines = [CitationInline]


@admin.register(Topic)
class TopicAdmin(ServiceAdmin):
    list_display = ["name_pl", "name_en", "kind", "code"]
    list_filter = ["kind"]
    search_fields = ["name_pl", "name_en", "code"]


@admin.register(Partnership)
class PartnershipAdmin(ServiceAdmin):
    list_display = ["__str__", "status", "since_on", "date_precision"]
    list_filter = ["status", "voivodeship"]
    list_select_related = ["voivodeship", "partner_region"]
    search_fields = ["voivodeship__name_pl", "partner_region__name_pl", "partner_region__aliases__name", "summary"]
    autocomplete_fields = ["partner_region", "topics"]
    date_hierarchy = "since_on"
    inlines = [CitationInline]


class AgreementPartyInline(TabularInline):
    model = AgreementParty
    extra = 0
    autocomplete_fields = ["region", "organization", "signatory"]


class AgreementStepInline(TabularInline):
    model = AgreementStep
    extra = 0
    fields = [
        "kind",
        "occurred_on",
        "date_precision",
        "is_date_inferred",
        "date_inference_note",
        "resolution_number",
        "adopted_by_absolute_majority",
        "note",
    ]


@admin.register(Agreement)
class AgreementAdmin(PublishableAdmin):
    list_display = ["title", "kind", "status", "signed_on", "date_precision", "voivodeship", "is_published"]
    list_filter = ["kind", "status", "voivodeship", "topics"]
    list_select_related = ["voivodeship"]
    search_fields = ["title", "summary", "place", "parties__organization__name", "parties__region__name_pl"]
    autocomplete_fields = ["partnership", "topics"]
    protected_relations = ("visits", "events")
    fieldsets = [
        (None, {"fields": ["title", ("kind", "status"), "voivodeship", "partnership"]}),
        date_fieldset("signed_on", "expires_on"),
        (None, {"fields": ["place", "topics", "summary"]}),
        *RECORD_FOOTER,
    ]
    date_hierarchy = "signed_on"
    inlines = [AgreementPartyInline, AgreementStepInline, CitationInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.refresh_agreement_status(agreement=form.instance)


@admin.register(AgreementParty)
class AgreementPartyAdmin(ServiceAdmin):
    list_display = ["__str__", "agreement", "signatory", "signatory_title"]
    list_select_related = ["agreement", "region", "organization", "signatory"]
    search_fields = ["agreement__title", "region__name_pl", "organization__name", "signatory__name"]
    autocomplete_fields = ["agreement", "region", "organization", "signatory"]


@admin.register(AgreementStep)
class AgreementStepAdmin(ServiceAdmin):
    list_display = ["agreement", "kind", "occurred_on", "date_precision", "is_date_inferred"]
    list_filter = ["kind"]
    search_fields = ["agreement__title", "note", "resolution_number"]
    autocomplete_fields = ["agreement"]
    date_hierarchy = "occurred_on"
    inlines = [CitationInline]


@admin.register(TradeFigure)
class TradeFigureAdmin(ServiceAdmin):
    list_display = [
        "__str__",
        "flow",
        "period_start_on",
        "period_end_on",
        "value",
        "scale",
        "currency",
        "rank",
        "quality",
    ]
    list_filter = ["flow", "quality", "reporter_country", "partner_country"]
    search_fields = ["value_as_written", "rank_among", "quality_note"]
    date_hierarchy = "period_start_on"
    readonly_fields = ["normalized_value"]
    inlines = [CitationInline]


@admin.register(Source)
class SourceAdmin(ServiceAdmin):
    list_display = ["key", "title", "publisher", "published_on", "language", "is_reference"]
    list_filter = ["language", "is_reference", "publisher"]
    search_fields = ["key", "title", "publisher", "full_text"]
    date_hierarchy = "published_on"


@admin.register(Citation)
class CitationAdmin(ServiceAdmin):
    list_display = ["__str__", "source", "content_type", "object_id"]
    list_filter = ["source", "content_type"]
    list_select_related = ["source", "content_type"]
    search_fields = ["quote", "note"]
    autocomplete_fields = ["source"]
