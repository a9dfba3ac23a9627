"""One FilterSet per listing, shared by the public pages and the API, so filter names are one contract."""

import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from partnerships.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Language,
    Organization,
    OrganizationKind,
    Partnership,
    PartnershipStatus,
    Person,
    Region,
    RegionKind,
    Source,
    Topic,
    TradeFigure,
    TradeFlow,
    TradeQuality,
)


class RegionIdentifierField(forms.CharField):
    """Turns a region slug or ISO 3166-2 code (current or former) into the Region, or says it is unknown."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        region = Region.objects.by_identifier(value.strip()).first()
        if region is None:
            raise ValidationError(
                _("Unknown region “%(value)s”: use a region slug or an ISO 3166-2 code, e.g. lubelskie or PL-06."),
                code="unknown_region",
                params={"value": value},
            )
        return region


class RegionFilter(django_filters.Filter):
    field_class = RegionIdentifierField


class CountryField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        if not re.fullmatch(r"[A-Za-z]{2}", value.strip()):
            raise ValidationError(
                _("A country is a two-letter ISO 3166-1 code, e.g. PL or KZ."), code="invalid_country"
            )
        return value.strip().upper()


class CountryFilter(django_filters.Filter):
    field_class = CountryField


class DateRangeForm(forms.Form):
    """Refuses a range that ends before it starts, naming date_to."""

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", _("The end of the date range is before its start."))
        return cleaned


class CommonFilterSet(django_filters.FilterSet):
    """The filters every dated listing offers, delegating to the queryset's domain methods."""

    voivodeship = RegionFilter(method="filter_voivodeship", label=_("Voivodeship (slug or ISO code)"))
    partner_region = RegionFilter(
        method="filter_partner_region",
        label=_("Partner region (slug or ISO code); a former region also finds its successors and the reverse"),
    )
    country = CountryFilter(method="filter_country", label=_("Partner country (ISO 3166-1 alpha-2)"))
    date_from = django_filters.DateFilter(method="filter_dates", label=_("From (YYYY-MM-DD)"))
    date_to = django_filters.DateFilter(method="filter_dates", label=_("To (YYYY-MM-DD)"))
    q = django_filters.CharFilter(method="filter_text", label=_("Search"))

    def filter_voivodeship(self, queryset, name, value: Region):
        return queryset.for_voivodeship(value)

    def filter_partner_region(self, queryset, name, value: Region):
        return queryset.involving_regions(Region.objects.lineage_ids([value.pk]))

    def filter_country(self, queryset, name, value: str):
        return queryset.in_country(value)

    def filter_dates(self, queryset, name, value):
        # Both ends are applied together by filter_queryset below; each alone is a no-op here.
        return queryset

    def filter_text(self, queryset, name, value: str):
        return queryset.search(value.strip()) if value.strip() else queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        date_from, date_to = self.form.cleaned_data.get("date_from"), self.form.cleaned_data.get("date_to")
        if date_from or date_to:
            queryset = queryset.within_dates(date_from, date_to)
        return queryset


class InvolvementFilterSet(CommonFilterSet):
    """CommonFilterSet plus what a record involves: an area or sector, an organization, a person."""

    area = django_filters.ModelChoiceFilter(
        queryset=Topic.objects.all(), to_field_name="code", method="filter_area", label=_("Area or sector (code)")
    )
    organization = django_filters.ModelChoiceFilter(
        queryset=Organization.objects.all(),
        to_field_name="slug",
        method="filter_organization",
        label=_("Organization (slug)"),
    )
    person = django_filters.ModelChoiceFilter(
        queryset=Person.objects.all(), to_field_name="slug", method="filter_person", label=_("Person (slug)")
    )

    def filter_area(self, queryset, name, value: Topic):
        return queryset.with_topic(value)

    def filter_organization(self, queryset, name, value: Organization):
        return queryset.with_organization(value)

    def filter_person(self, queryset, name, value: Person):
        return queryset.with_person(value)


class AgreementFilterSet(InvolvementFilterSet):
    kind = django_filters.ChoiceFilter(field_name="kind", choices=AgreementKind.choices, label=_("Kind"))
    status = django_filters.ChoiceFilter(field_name="status", choices=AgreementStatus.choices, label=_("Status"))
    ordering = django_filters.OrderingFilter(
        fields=(("signed_on", "date"), ("title", "title"), ("kind", "kind"), ("status", "status")),
        label=_("Order by"),
    )

    class Meta:
        model = Agreement
        fields = []
        form = DateRangeForm


class PartnershipFilterSet(django_filters.FilterSet):
    voivodeship = RegionFilter(method="filter_voivodeship", label=_("Voivodeship (slug or ISO code)"))
    partner_region = RegionFilter(method="filter_partner_region", label=_("Partner region (slug or ISO code)"))
    country = CountryFilter(method="filter_country", label=_("Partner country (ISO 3166-1 alpha-2)"))
    status = django_filters.ChoiceFilter(field_name="status", choices=PartnershipStatus.choices, label=_("Status"))
    area = django_filters.ModelChoiceFilter(
        queryset=Topic.objects.all(), to_field_name="code", method="filter_area", label=_("Area or sector (code)")
    )
    q = django_filters.CharFilter(method="filter_text", label=_("Search"))

    class Meta:
        model = Partnership
        fields = []

    def filter_voivodeship(self, queryset, name, value: Region):
        return queryset.for_voivodeship(value)

    def filter_partner_region(self, queryset, name, value: Region):
        return queryset.with_partner_in(Region.objects.lineage_ids([value.pk]))

    def filter_country(self, queryset, name, value: str):
        return queryset.in_country(value)

    def filter_text(self, queryset, name, value: str):
        return queryset.search(value.strip()) if value.strip() else queryset

    def filter_area(self, queryset, name, value: Topic):
        return queryset.with_topic(value)


class RegionFilterSet(django_filters.FilterSet):
    country = CountryFilter(method="filter_country", label=_("Country (ISO 3166-1 alpha-2)"))
    kind = django_filters.ChoiceFilter(field_name="kind", choices=RegionKind.choices, label=_("Kind"))
    q = django_filters.CharFilter(method="filter_text", label=_("Search (names in every language and codes)"))

    class Meta:
        model = Region
        fields = []

    def filter_country(self, queryset, name, value: str):
        return queryset.in_country(value)

    def filter_text(self, queryset, name, value: str):
        return queryset.search(value.strip()) if value.strip() else queryset


class OrganizationFilterSet(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        field_name="kind", lookup_expr="exact", choices=OrganizationKind.choices, label=_("Kind")
    )
    country = CountryFilter(field_name="country", lookup_expr="exact", label=_("Country (ISO 3166-1 alpha-2)"))

    class Meta:
        model = Organization
        fields = []


class PersonFilterSet(django_filters.FilterSet):
    country = CountryFilter(field_name="country", lookup_expr="exact", label=_("Country (ISO 3166-1 alpha-2)"))

    class Meta:
        model = Person
        fields = []


class SourceFilterSet(django_filters.FilterSet):
    language = django_filters.ChoiceFilter(
        field_name="language", lookup_expr="exact", choices=Language.choices, label=_("Language")
    )

    class Meta:
        model = Source
        fields = []


class TradeFigureFilterSet(django_filters.FilterSet):
    flow = django_filters.ChoiceFilter(
        field_name="flow", lookup_expr="exact", choices=TradeFlow.choices, label=_("Flow")
    )
    quality = django_filters.ChoiceFilter(
        field_name="quality", lookup_expr="exact", choices=TradeQuality.choices, label=_("Quality")
    )
    reporter_country = CountryFilter(
        field_name="reporter_country", lookup_expr="exact", label=_("Reporter country (ISO 3166-1 alpha-2)")
    )
    partner_country = CountryFilter(
        field_name="partner_country", lookup_expr="exact", label=_("Partner country (ISO 3166-1 alpha-2)")
    )

    class Meta:
        model = TradeFigure
        fields = []
