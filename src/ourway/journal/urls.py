from django.urls import path

from ourway.journal import views

app_name = "journal"

urlpatterns = [
    path("", views.journal, name="journal"),
    path("<int:entry_id>/", views.entry, name="entry"),
    path("<int:entry_id>/edit/", views.edit, name="edit"),
    path("<int:entry_id>/share/", views.toggle_share, name="share"),
    path("<int:entry_id>/delete/", views.delete, name="delete"),
]
