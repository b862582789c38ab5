from django.urls import path

from ourway.amends import views

app_name = "amends"

urlpatterns = [
    path("", views.workshop, name="workshop"),
    path("checklist/", views.checklist, name="checklist"),
    path("<int:apology_id>/", views.apology, name="apology"),
    path("<int:apology_id>/send/", views.send, name="send"),
    path("<int:apology_id>/delete/", views.delete, name="delete"),
    path("received/<int:apology_id>/", views.received, name="received"),
    path("commitments/", views.commitments, name="commitments"),
    path("commitments/<int:commitment_id>/look-back/", views.look_back, name="look_back"),
]
