from django.urls import path

from ourway.coaching import views

app_name = "coaching"

urlpatterns = [
    path("check/", views.check, name="check"),
]
