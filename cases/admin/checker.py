from django.contrib import admin

from cases.models import TechniqueMatchCount


@admin.register(TechniqueMatchCount)
class TechniqueMatchCountAdmin(admin.ModelAdmin):
    """Anonymous per-technique counts from 风险自查: read-only, written only by the checker."""

    list_display = ["date", "technique", "count"]
    list_filter = ["date", "technique__stage"]
    list_select_related = ["technique"]
    date_hierarchy = "date"
    search_fields = ["technique__code", "technique__name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
