"""What every admin page shares: validated saves, per-voivodeship rights, publishing, history, restore."""

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.admin import GenericTabularInline
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from accounts import rights
from partnerships import services
from partnerships.models import Citation

# Foreign keys that put a record under a voivodeship or under an owned parent record.
OWNER_FIELDS = {"voivodeship"}
PARENT_FIELDS = {"visit", "agreement", "delegation"}


def limit_owner_choices(db_field, request, kwargs: dict) -> dict:
    """An officer picks only their own voivodeship and parents they may change; a forged id fails validation."""
    user = request.user
    if db_field.name in OWNER_FIELDS and not user.is_superuser:
        mine = rights.voivodeship_of(user)
        kwargs["queryset"] = db_field.related_model._default_manager.filter(pk=mine.pk if mine else None)
        if mine is not None:
            kwargs["initial"] = mine.pk
    elif db_field.name in PARENT_FIELDS:
        kwargs["queryset"] = rights.changeable(db_field.related_model._default_manager.all(), user)
    elif db_field.related_model._meta.label_lower in rights.PUBLISHED_PATHS:
        # A link to another record offers only what this officer may read: never another voivodeship's draft.
        kwargs["queryset"] = rights.readable(db_field.related_model._default_manager.all(), user)
    return kwargs


class ChangeNoteForm(forms.ModelForm):
    change_note = forms.CharField(
        label=_("Change note"),
        required=False,
        max_length=100,
        help_text=_("Optional: why this change was made; kept in the record's history."),
    )


class RightsMixin:
    """Admin permissions from accounts.rights, the same rules the API applies."""

    def get_queryset(self, request):
        return rights.readable(super().get_queryset(request), request.user)

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        if not (request.user.is_active and request.user.is_staff):
            return False
        if obj is None or obj.pk is None:
            return True
        return rights.readable(self.model._default_manager.filter(pk=obj.pk), request.user).exists()

    def has_add_permission(self, request, *args):
        return request.user.is_active and request.user.is_staff and rights.can_add(request.user, self.model)

    def has_change_permission(self, request, obj=None):
        if not (request.user.is_active and request.user.is_staff):
            return False
        if obj is None or obj.pk is None:
            return rights.may_change_some(request.user, self.model)
        return rights.can_change(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.pk is not None:
            return request.user.is_active and request.user.is_staff and rights.can_delete_or_publish(request.user, obj)
        if rights.role_of(request.user) == "manager" and self.model._meta.label_lower in rights.OWNER_PATHS:
            return False
        return self.has_change_permission(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return super().formfield_for_foreignkey(db_field, request, **limit_owner_choices(db_field, request, kwargs))

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return super().formfield_for_manytomany(db_field, request, **limit_owner_choices(db_field, request, kwargs))


class ServiceAdmin(RightsMixin, SimpleHistoryAdmin):
    """Saves through the services, so the admin validates exactly as the API and loaders do."""

    form = ChangeNoteForm
    # Reverse relations whose rows would lose their history if this record went: deletion is refused.
    protected_relations: tuple[str, ...] = ()

    def save_model(self, request, obj, form, change):
        if hasattr(obj, "voivodeship_id") and not request.user.is_superuser:
            self.check_owner(request, obj, change)
        obj._history_user = request.user
        obj._change_reason = form.cleaned_data.get("change_note") or None
        services.save_record(record=obj)

    def check_owner(self, request, obj, change):
        """A record stays in its voivodeship, and a new one goes only under the officer's own."""
        if change:
            stored = self.model._default_manager.filter(pk=obj.pk).values_list("voivodeship_id", flat=True).first()
            if stored != obj.voivodeship_id:
                raise PermissionDenied
        elif not rights.owns(request.user, obj.voivodeship):
            raise PermissionDenied

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Viewing an earlier version needs read rights; bringing it back needs the right to change the record."""
        if request.method == "POST":
            record = self.get_object(request, object_id)
            if record is None or not self.has_change_permission(request, record):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        for obj in objs:
            for relation in self.protected_relations:
                protected.extend(
                    f"{related._meta.verbose_name.capitalize()}: {related}" for related in getattr(obj, relation).all()
                )
        return deleted, counts, perms_needed, protected

    def get_urls(self):
        prefix = f"{self.model._meta.app_label}_{self.model._meta.model_name}"
        return [
            path("deleted/", self.admin_site.admin_view(self.deleted_view), name=f"{prefix}_deleted"),
            path(
                "deleted/<int:history_id>/restore/",
                self.admin_site.admin_view(self.restore_view),
                name=f"{prefix}_restore",
            ),
            *super().get_urls(),
        ]

    def _deleted_history(self, request):
        history = self.model.history.filter(history_type="-")
        live = self.model._default_manager.values("pk")
        restorable = history.exclude(**{f"{self.model._meta.pk.attname}__in": live}).order_by("-history_date")
        if request.user.is_superuser:
            return restorable
        mine = rights.voivodeship_of(request.user)
        label = self.model._meta.label_lower
        if label in rights.OWNER_PATHS and rights.OWNER_PATHS[label] == "voivodeship" and mine is not None:
            return restorable.filter(voivodeship_id=mine.pk)
        return restorable.none()

    def deleted_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": gettext("Deleted %(name)s") % {"name": self.model._meta.verbose_name_plural},
            "records": self._deleted_history(request)[:200],
        }
        return render(request, "admin/deleted_records.html", context)

    def restore_view(self, request, history_id):
        historical = get_object_or_404(self._deleted_history(request), history_id=history_id)
        if request.method != "POST":
            return HttpResponseRedirect(
                reverse(f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_deleted")
            )
        record = historical.instance
        record._history_user = request.user
        record._change_reason = gettext("Restored from history")
        with transaction.atomic():
            services.save_record(record=record)
        self.message_user(request, gettext("“%(record)s” was restored.") % {"record": record}, messages.SUCCESS)
        return HttpResponseRedirect(
            reverse(f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_change", args=[record.pk])
        )


def date_fieldset(*date_fields: str):
    """The fieldset of a partial date: the date(s), then how precisely and how surely it is known."""
    return (
        _("Date"),
        {
            "fields": [
                tuple(date_fields),
                ("date_precision", "is_date_inferred"),
                "date_inference_note",
                "date_as_written",
            ]
        },
    )


RECORD_FOOTER = [
    (_("Change note"), {"fields": ["change_note"]}),
    (_("Publication"), {"fields": [("published_at", "published_by")]}),
]


class PublishableAdmin(ServiceAdmin):
    actions = ["publish_selected", "unpublish_selected"]
    change_form_template = "admin/publishable_change_form.html"

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "published_at", "published_by"]

    @admin.display(boolean=True, description=_("published"))
    def is_published(self, obj):
        return obj.is_published

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not rights.may_publish(request.user):
            actions.pop("publish_selected", None)
            actions.pop("unpublish_selected", None)
        return actions

    def render_change_form(self, request, context, *args, **kwargs):
        context["may_publish"] = rights.may_publish(request.user)
        return super().render_change_form(request, context, *args, **kwargs)

    def save_model(self, request, obj, form, change):
        if ("_publish" in request.POST or "_unpublish" in request.POST) and not rights.may_publish(request.user):
            raise PermissionDenied
        super().save_model(request, obj, form, change)
        if "_publish" in request.POST and not obj.is_published:
            services.publish(record=obj, by=request.user)
            self.message_user(request, gettext("Published."), messages.SUCCESS)
        elif "_unpublish" in request.POST and obj.is_published:
            services.unpublish(record=obj)
            self.message_user(request, gettext("Turned back into a draft."), messages.SUCCESS)

    @admin.action(description=_("Publish selected records"))
    def publish_selected(self, request, queryset):
        if not rights.may_publish(request.user):
            raise PermissionDenied
        records = rights.changeable(queryset, request.user).filter(published_at__isnull=True)
        for record in records:
            services.publish(record=record, by=request.user)
        count = len(records)
        message = ngettext("%(count)d record published.", "%(count)d records published.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Unpublish selected records"))
    def unpublish_selected(self, request, queryset):
        if not rights.may_publish(request.user):
            raise PermissionDenied
        records = rights.changeable(queryset, request.user).filter(published_at__isnull=False)
        for record in records:
            services.unpublish(record=record)
        count = len(records)
        message = ngettext(
            "%(count)d record turned back into a draft.", "%(count)d records turned back into drafts.", count
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)


class InlineRightsMixin:
    """An inline may be changed by whoever may change the record it belongs to."""

    def _parent_changeable(self, request, obj):
        if obj is None or obj.pk is None:  # the add view passes its unsaved record
            return rights.can_add(request.user, self.parent_model)
        return rights.can_change(request.user, obj)

    def has_add_permission(self, request, obj=None):
        return self._parent_changeable(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._parent_changeable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._parent_changeable(request, obj)

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_staff

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return super().formfield_for_foreignkey(db_field, request, **limit_owner_choices(db_field, request, kwargs))


class CitationInline(InlineRightsMixin, GenericTabularInline):
    model = Citation
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "quote", "note"]


class TabularInline(InlineRightsMixin, admin.TabularInline):
    extra = 0


class StackedInline(InlineRightsMixin, admin.StackedInline):
    extra = 0
