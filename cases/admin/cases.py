from django.contrib import admin
from import_export.admin import ImportMixin
from import_export.formats.base_formats import CSV, XLSX

from cases.models import Case, CaseStep, Loss
from cases.services.cases import case_refresh_totals

from .publishing import ChildOfPublishableInline, PublishableAdmin
from .resources import CaseImportResource


class CaseStepInline(ChildOfPublishableInline, admin.TabularInline):
    model = CaseStep
    extra = 0
    fields = ["order", "stage", "technique", "description"]
    autocomplete_fields = ["stage", "technique"]


class LossInline(ChildOfPublishableInline, admin.TabularInline):
    model = Loss
    extra = 0
    fields = ["order", "amount", "approximate", "payment_method", "paid_at", "description"]


@admin.register(Case)
class CaseAdmin(ImportMixin, PublishableAdmin):
    # Bulk import from CSV/XLSX with a preview; see cases/admin/resources.py for the row format.
    resource_classes = [CaseImportResource]
    import_formats = [CSV, XLSX]
    list_display = ["title", "scam_type", "region", "occurred_on", "loss_display", "is_public", "status", "publish_at"]
    list_filter = ["status", "is_public", "kind", "outcome", "scam_type", "platform", "channel", "region__province"]
    list_select_related = ["scam_type", "region"]
    search_fields = ["title", "alias", "summary"]
    autocomplete_fields = ["scam_type", "region", "platform", "channel", "source_agency", "source_article"]
    date_hierarchy = "occurred_on"
    readonly_fields = [*PublishableAdmin.readonly_fields, "loss_display"]
    inlines = [CaseStepInline, LossInline]
    fieldsets = [
        (None, {"fields": ["title", "kind", "scam_type", "summary", "outcome", "suspects_count"]}),
        ("当事人（只写化名）", {"fields": ["alias", "age_band", "gender", "occupation", "region"]}),
        ("时间与渠道", {"fields": ["occurred_on", "reported_on", "platform", "channel"]}),
        ("来源", {"fields": ["source_agency", "source_article", "source_url"]}),
        ("公开与发布", {"fields": ["is_public", "status", "publish_at", "loss_display", "created_at", "updated_at"]}),
        ("内部", {"fields": ["internal_notes"], "classes": ["collapse"]}),
    ]

    @admin.display(description="损失合计", ordering="total_loss")
    def loss_display(self, obj):
        approximate = "余" if obj.total_loss_approximate else ""
        return f"{obj.total_loss:,.2f}{approximate}元"

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        case_refresh_totals(case=form.instance)
