from django.urls import path

from ourway.invitations import views

app_name = "invitations"

urlpatterns = [
    path("", views.invitations, name="invitations"),
    path("new/", views.new, name="new"),
    path("moment/", views.moment, name="moment"),
    path("<int:invitation_id>/", views.invitation, name="invitation"),
    path("<int:invitation_id>/respond/", views.respond, name="respond"),
    path("<int:invitation_id>/withdraw/", views.withdraw, name="withdraw"),
]
