from django.conf import settings
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from accounts.models import Invitation, User


@admin.register(User)
class BowoutUserAdmin(UserAdmin):
    list_display = ("username", "email", "full_name", "time_zone", "is_staff", "date_joined")
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        ("Bowout", {"fields": ("full_name", "time_zone")}),
    )


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """Staff invite someone by address (SIGNUP=invite); the link is theirs to send."""

    list_display = ("email", "created_at", "created_by", "accepted_at", "accepted_by")
    list_filter = (("accepted_at", admin.EmptyFieldListFilter),)
    search_fields = ("email",)
    fields = ("email", "link", "created_by", "created_at", "accepted_by", "accepted_at")
    readonly_fields = ("link", "created_by", "created_at", "accepted_by", "accepted_at")

    @admin.display(description="Invitation link")
    def link(self, invitation):
        if not invitation.pk:
            return "Save to make the link."
        if invitation.accepted_at:
            return "Used."
        return settings.SITE_URL + invitation.get_absolute_url()

    def get_readonly_fields(self, request, obj=None):
        # The address of an invitation already made stays: make a new one for another.
        return (*self.readonly_fields, "email") if obj else self.readonly_fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
