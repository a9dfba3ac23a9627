from django.urls import path

from visits import views

app_name = "visits"

urlpatterns = [
    path("visits/", views.visit_list, name="visit_list"),
    path("visits.csv", views.visit_export, name="visit_export"),
    path("visits.ics", views.calendar_feed, name="calendar"),
    path("visits/<int:pk>/", views.visit_detail, name="visit_detail"),
    path("events/<int:pk>/", views.event_detail, name="event_detail"),
    path("partnerships/<slug:slug>/", views.partnership_detail, name="partnership_detail"),
    path("partnerships/<slug:slug>/visits.ics", views.calendar_feed, name="partnership_calendar"),
]
