from django.urls import path

from applications import views

app_name = "applications"

urlpatterns = [
    path("applications/", views.application_list, name="list"),
    path("applications/new/", views.application_create, name="create"),
    path("applications/<int:pk>/", views.application_detail, name="detail"),
    path("applications/<int:pk>/edit/", views.application_edit, name="edit"),
    path("applications/<int:pk>/delete/", views.application_delete, name="delete"),
    path("applications/<int:pk>/stage/", views.change_stage, name="change_stage"),
    path("applications/<int:pk>/contacts/new/", views.contact_create, name="contact_create"),
    path(
        "applications/<int:pk>/contacts/<int:contact_pk>/edit/",
        views.contact_edit,
        name="contact_edit",
    ),
    path(
        "applications/<int:pk>/contacts/<int:contact_pk>/delete/",
        views.contact_delete,
        name="contact_delete",
    ),
    path("applications/<int:pk>/interviews/new/", views.interview_create, name="interview_create"),
    path(
        "applications/<int:pk>/interviews/<int:interview_pk>/edit/",
        views.interview_edit,
        name="interview_edit",
    ),
    path(
        "applications/<int:pk>/interviews/<int:interview_pk>/delete/",
        views.interview_delete,
        name="interview_delete",
    ),
    path("applications/<int:pk>/offer/", views.offer_edit, name="offer"),
    path("applications/<int:pk>/offer/decide/", views.offer_decide, name="offer_decide"),
    path("applications/<int:pk>/offer/letter/", views.contract_letter, name="contract_letter"),
    path("offers/compare/", views.offer_compare, name="offer_compare"),
    path("offers/rates/", views.exchange_rate, name="exchange_rate"),
    path("applications/quiet/", views.quiet, name="quiet"),
    path("applications/quiet/undo/", views.quiet_undo, name="quiet_undo"),
    path("board/", views.board, name="board"),
    path("board/<int:pk>/move/", views.board_move, name="board_move"),
]
