from django.urls import path

from ourway.couples import views

app_name = "couples"

urlpatterns = [
    path("", views.couple, name="couple"),
    path("start/", views.start, name="start"),
    path("invite/", views.invite, name="invite"),
    path("join/", views.join, name="join"),
    path("join/<str:code>/", views.join, name="join_link"),
    path("leave/", views.leave, name="leave"),
    path("notices/", views.notices, name="notices"),
]
