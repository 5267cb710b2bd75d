from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from accounts.models import User


@admin.register(User)
class BowoutUserAdmin(UserAdmin):
    list_display = ("username", "email", "full_name", "time_zone", "is_staff", "date_joined")
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        ("Bowout", {"fields": ("full_name", "time_zone")}),
    )
