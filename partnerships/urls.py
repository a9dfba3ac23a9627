from django.urls import path

from partnerships import views

app_name = "partnerships"

urlpatterns = [
    path("agreements/", views.agreement_list, name="agreement_list"),
    path("agreements.csv", views.agreement_export, name="agreement_export"),
    path("agreements/<int:pk>/", views.agreement_detail, name="agreement_detail"),
    path("regions/<slug:slug>/", views.region_detail, name="region_detail"),
    path("trade/", views.trade, name="trade"),
]
