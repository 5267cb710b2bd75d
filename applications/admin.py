"""Tracking data in the admin: read-only, for superusers only, never the user's notes
(accounts.admin_site.UserDataAdmin; README, "Privacy in the admin")."""

from django.contrib import admin

from accounts.admin_site import UserDataAdmin, UserDataInline
from applications.models import Application, Contact, Interview, StageChange

CONTACT_FIELDS = ("name", "role", "email", "phone", "is_main")
INTERVIEW_FIELDS = (
    "scheduled_at",
    "duration_minutes",
    "kind",
    "round_number",
    "is_final_round",
    "status",
    "with_whom",
    "location",
)
STAGE_CHANGE_FIELDS = ("changed_at", "from_stage", "to_stage")


class ContactInline(UserDataInline):
    model = Contact
    fields = CONTACT_FIELDS


class InterviewInline(UserDataInline):
    model = Interview
    fields = INTERVIEW_FIELDS


class StageChangeInline(UserDataInline):
    model = StageChange
    fields = STAGE_CHANGE_FIELDS


@admin.register(Application)
class ApplicationAdmin(UserDataAdmin):
    list_display = (
        "company",
        "position",
        "owner",
        "stage",
        "source",
        "interest",
        "date_applied",
        "last_activity_at",
    )
    list_filter = ("stage", "source", "work_mode", "interest")
    search_fields = ("company", "position", "agency_name", "owner__username", "owner__email")
    list_select_related = ("owner",)
    date_hierarchy = "date_applied"
    fields = (
        "owner",
        "company",
        "position",
        "posting_url",
        "location",
        "work_mode",
        "source",
        "agency_name",
        "pay_range",
        "interest",
        "date_applied",
        "stage",
        "kept_in_play_reason",
        "kept_in_play_at",
        "created_at",
        "updated_at",
        "last_activity_at",
    )
    inlines = [ContactInline, InterviewInline, StageChangeInline]


@admin.register(Contact)
class ContactAdmin(UserDataAdmin):
    list_display = ("name", "role", "email", "is_main", "application")
    list_filter = ("role", "is_main")
    search_fields = ("name", "email", "application__company")
    list_select_related = ("application",)
    fields = ("application", *CONTACT_FIELDS)


@admin.register(Interview)
class InterviewAdmin(UserDataAdmin):
    list_display = ("scheduled_at", "kind", "round_number", "status", "application")
    list_filter = ("status", "kind", "is_final_round")
    search_fields = ("application__company", "application__position", "with_whom")
    list_select_related = ("application",)
    date_hierarchy = "scheduled_at"
    fields = ("application", *INTERVIEW_FIELDS)


@admin.register(StageChange)
class StageChangeAdmin(UserDataAdmin):
    list_display = ("changed_at", "application", "from_stage", "to_stage")
    list_filter = ("to_stage", "from_stage")
    search_fields = ("application__company",)
    list_select_related = ("application",)
    fields = ("application", *STAGE_CHANGE_FIELDS)
