from django.urls import path

from ourway.connect import views

app_name = "connect"

urlpatterns = [
    path("bids/", views.bids, name="bids"),
    path("bids/<int:bid_id>/delete/", views.delete_bid, name="delete_bid"),
]
