from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from config.api import router

urlpatterns = [
    path("", TemplateView.as_view(template_name="home.html"), name="home"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/", include(router.urls)),
]
