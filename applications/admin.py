from django.contrib import admin

from applications import services
from applications.models import Application, Contact, Interview, StageChange


class ContactInline(admin.TabularInline):
    model = Contact
    extra = 0
    fields = ("name", "role", "email", "phone", "is_main")


class InterviewInline(admin.TabularInline):
    model = Interview
    extra = 0
    fields = ("scheduled_at", "kind", "round_number", "is_final_round", "status", "with_whom")


class StageChangeInline(admin.TabularInline):
    """The history is read-only here too: it records what happened."""

    model = StageChange
    extra = 0
    can_delete = False
    fields = ("changed_at", "from_stage", "to_stage", "note")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
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
    raw_id_fields = ("owner",)
    date_hierarchy = "date_applied"
    readonly_fields = ("created_at", "updated_at", "last_activity_at")
    inlines = [ContactInline, InterviewInline, StageChangeInline]

    def get_readonly_fields(self, request, obj=None):
        # The stage changes only through the app, which records every change in the history.
        if obj is not None:
            return (*self.readonly_fields, "stage")
        return self.readonly_fields

    def save_model(self, request, obj, form, change):
        if change:
            services.update_application(application=obj)
        else:
            services.create_application(application=obj, note="Added in the admin")


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ("name", "role", "email", "is_main", "application")
    list_filter = ("role", "is_main")
    search_fields = ("name", "email", "application__company")
    list_select_related = ("application",)
    raw_id_fields = ("application",)


@admin.register(Interview)
class InterviewAdmin(admin.ModelAdmin):
    list_display = ("scheduled_at", "kind", "round_number", "status", "application")
    list_filter = ("status", "kind", "is_final_round")
    search_fields = ("application__company", "application__position", "with_whom")
    list_select_related = ("application",)
    raw_id_fields = ("application",)
    date_hierarchy = "scheduled_at"


@admin.register(StageChange)
class StageChangeAdmin(admin.ModelAdmin):
    list_display = ("changed_at", "application", "from_stage", "to_stage", "note")
    list_filter = ("to_stage", "from_stage")
    search_fields = ("application__company", "note")
    list_select_related = ("application",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
