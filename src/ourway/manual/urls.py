from django.urls import path

from ourway.manual import views

app_name = "manual"

urlpatterns = [
    path("", views.manual, name="manual"),
    path("answer/<slug:key>/", views.edit, name="edit"),
    path("agreements/", views.agreement_add, name="agreement_add"),
    path("agreements/<int:agreement_id>/retire/", views.agreement_retire, name="agreement_retire"),
    path("review/", views.review, name="review"),
    path("history/", views.history, name="history"),
    path("export.md", views.export_markdown, name="export_markdown"),
    path("print/", views.printable, name="print"),
]
