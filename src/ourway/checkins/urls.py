from django.urls import path

from ourway.checkins import views

app_name = "checkins"

urlpatterns = [
    path("", views.checkins, name="checkins"),
    path("day/<str:day>/", views.day, name="day"),
]
