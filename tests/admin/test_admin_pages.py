"""Every registered model's admin pages render for a superuser, with a row present."""

import pytest
from django.contrib import admin
from django.urls import reverse

import tests.factories as factories

OUR_APPS = ("accounts", "partnerships", "visits")
REGISTERED = sorted(
    (model for model in admin.site._registry if model._meta.app_label in OUR_APPS), key=lambda model: model._meta.label
)


def factory_for(model):
    return getattr(factories, f"{model.__name__}Factory")


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(username="admin", password="x-very-secret-1")
    client.force_login(user)
    return client


def admin_url(model, action, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)


def test_every_domain_model_is_registered_in_the_admin():
    from django.apps import apps

    domain = {
        model
        for app in OUR_APPS
        for model in apps.get_app_config(app).get_models()
        if not model.__name__.startswith("Historical")  # django-simple-history's shadow tables
    }
    inline_only = {apps.get_model("accounts", "Profile")}
    assert domain - inline_only <= set(admin.site._registry)


@pytest.mark.django_db
@pytest.mark.parametrize("model", REGISTERED, ids=lambda m: m._meta.label)
def test_changelist_renders_with_a_row(admin_client, model):
    record = factory_for(model)()

    response = admin_client.get(admin_url(model, "changelist"))

    assert response.status_code == 200
    assert record in response.context["cl"].result_list


@pytest.mark.django_db
@pytest.mark.parametrize("model", REGISTERED, ids=lambda m: m._meta.label)
def test_add_page_renders(admin_client, model):
    response = admin_client.get(admin_url(model, "add"))

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("model", REGISTERED, ids=lambda m: m._meta.label)
def test_change_page_renders(admin_client, model):
    record = factory_for(model)()

    response = admin_client.get(admin_url(model, "change", record.pk))

    assert response.status_code == 200
    assert response.context["original"] == record
