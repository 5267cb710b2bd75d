from django.contrib import admin, messages
from django.http import JsonResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_POST

from accounts.admin_site import UserDataAdmin
from withdrawals.languages import ENGLISH, sample_values
from withdrawals.models import DigestDelivery, Withdrawal, WithdrawalTemplate
from withdrawals.rendering import (
    BODY_MAX_LENGTH,
    PLACEHOLDERS,
    SAMPLE_VALUES,
    SUBJECT_MAX_LENGTH,
    TemplateSyntaxError,
    parse,
    render_body,
    render_subject,
)
from withdrawals.shipped import DEFAULTS_BY_KEY, install_default_templates


def render_preview(subject_template: str, body_template: str, language: str = ENGLISH) -> dict:
    """Render with sample data in the template's ``language``, or say what is wrong, for the
    live preview.

    Held to the same limits as saving, so the preview shows the error the save would.
    """
    samples = sample_values(language, SAMPLE_VALUES)
    for label, source, limit in (
        ("subject", subject_template, SUBJECT_MAX_LENGTH),
        ("body", body_template, BODY_MAX_LENGTH),
    ):
        if len(source) > limit:
            return {
                "ok": False,
                "error": f"The {label} must have at most {limit} characters "
                f"(it has {len(source)}).",
            }
    try:
        parse(subject_template)
        parse(body_template)
        return {
            "ok": True,
            "subject": render_subject(subject_template, samples),
            "body": render_body(body_template, samples),
        }
    except TemplateSyntaxError as error:
        return {"ok": False, "error": str(error)}


@admin.register(WithdrawalTemplate)
class WithdrawalTemplateAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "scenario",
        "tone",
        "language",
        "is_active",
        "display_order",
        "is_shipped_default",
        "last_edited_by",
        "updated_at",
    )
    list_filter = ("language", "scenario", "tone", "is_active")
    list_editable = ("is_active", "display_order")
    search_fields = ("name", "subject_template", "body_template")
    list_select_related = ("last_edited_by",)
    readonly_fields = ("placeholders_help", "preview", "last_edited_by", "updated_at")
    fieldsets = (
        (
            None,
            {"fields": ("name", "scenario", "tone", "language", "is_active", "display_order")},
        ),
        ("Email", {"fields": ("subject_template", "body_template", "preview")}),
        ("Allowed placeholders", {"fields": ("placeholders_help",)}),
        ("History", {"fields": ("last_edited_by", "updated_at")}),
    )
    actions = ["reset_to_default"]

    class Media:
        js = ("withdrawals/admin_preview.js",)
        css = {"all": ("withdrawals/admin_preview.css",)}

    @admin.display(boolean=True, description="Shipped")
    def is_shipped_default(self, obj):
        return obj.default_key in DEFAULTS_BY_KEY

    @admin.display(description="Allowed placeholders")
    def placeholders_help(self, obj):
        rows = format_html_join("", "<li><code>{{{{ {} }}}}</code>: {}</li>", PLACEHOLDERS.items())
        return format_html(
            "<ul class='bowout-placeholders'>{}</ul><p>Keep a sentence only when a value is "
            "there: <code>{{% if reason %}} {{{{ reason }}}}{{% endif %}}</code> "
            "(also <code>{{% else %}}</code> and <code>{{% if not name %}}</code>).</p>",
            rows,
        )

    @admin.display(description="Preview with sample data")
    def preview(self, obj):
        result = render_preview(
            obj.subject_template or "", obj.body_template or "", obj.language or ENGLISH
        )
        if not result["ok"]:
            content = format_html("<p class='errornote'>{}</p>", result["error"])
        else:
            content = format_html(
                "<p><strong>Subject:</strong> <span data-preview='subject'>{}</span></p>"
                "<pre data-preview='body'>{}</pre>",
                result["subject"],
                result["body"],
            )
        return format_html(
            "<div id='template-preview' data-preview-url='{}'>{}</div>",
            reverse("admin:withdrawals_withdrawaltemplate_preview"),
            content,
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is None:  # a column the form does not show
            return field
        if db_field.name == "subject_template":
            field.widget.attrs["class"] = "vLargeTextField bowout-wide"
        elif db_field.name == "body_template":
            field.widget.attrs["rows"] = 18
        return field

    def get_urls(self):
        return [
            path(
                "preview/",
                self.admin_site.admin_view(require_POST(self.preview_view)),
                name="withdrawals_withdrawaltemplate_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request):
        """Render the text being typed, for the change page's live preview."""
        if not self.has_view_or_change_permission(request):
            return JsonResponse({"ok": False, "error": "Not allowed."}, status=403)
        return JsonResponse(
            render_preview(
                request.POST.get("subject_template", ""),
                request.POST.get("body_template", ""),
                request.POST.get("language", ENGLISH),
            )
        )

    def save_model(self, request, obj, form, change):
        obj.last_edited_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(
        description="Reset selected templates to the shipped default", permissions=["change"]
    )
    def reset_to_default(self, request, queryset):
        keys = set(queryset.exclude(default_key=None).values_list("default_key", flat=True))
        reset = install_default_templates(keys=keys, edited_by=request.user)
        skipped = queryset.count() - reset
        if reset:
            self.message_user(request, f"Reset {reset} template(s) to the shipped default.")
        if skipped:
            self.message_user(
                request,
                f"{skipped} template(s) were written here, not shipped: nothing to reset to.",
                messages.WARNING,
            )


@admin.register(Withdrawal)
class WithdrawalAdmin(UserDataAdmin):
    """The record of leaving, without the email sent, the reason or the reflection: those are
    the user's private texts. Drafts are not in the admin at all."""

    list_display = ("application", "method", "recipient_name", "sent_at", "undone_at")
    list_filter = ("method", "scenario")
    search_fields = ("application__company", "recipient_name")
    list_select_related = ("application",)
    date_hierarchy = "sent_at"
    fields = (
        "application",
        "method",
        "scenario",
        "recipient_name",
        "recipient_email",
        "cc",
        "previous_stage",
        "sent_at",
        "undone_at",
        "follow_up_sent_at",
    )


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(UserDataAdmin):
    """Which digests went out (never their content). A row is the guard against a second send
    that day."""

    list_display = ("user", "local_date", "status", "item_count", "sent_at")
    list_filter = ("status", "local_date")
    search_fields = ("user__username", "user__email")
    list_select_related = ("user",)
    date_hierarchy = "local_date"
    fields = ("user", "local_date", "status", "item_count", "sent_at")
