from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from cases.models import Signal, SignalPhrase, TechniqueMatchCount

from .taxonomy import StableCodeAdminMixin


class SignalPhraseInline(admin.TabularInline):
    model = SignalPhrase
    extra = 1
    fields = ["phrase", "is_pattern"]


@admin.register(Signal)
class SignalAdmin(StableCodeAdminMixin, SimpleHistoryAdmin):
    """The concepts 风险自查 combines; each phrase is one way of writing the concept."""

    list_display = ["code", "name", "kind", "strength", "trigger", "phrase_count"]
    list_display_links = ["code", "name"]
    list_filter = ["kind", "strength", "scam_types"]
    search_fields = ["code", "name", "explanation", "phrases__phrase"]
    filter_horizontal = ["scam_types", "techniques"]
    inlines = [SignalPhraseInline]
    fieldsets = [
        (None, {"fields": ["code", "name", "kind", "strength", "explanation"]}),
        ("触发与归类", {"fields": ["trigger", "scam_types", "techniques"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(phrase_total=Count("phrases"))

    @admin.display(description="说法数", ordering="phrase_total")
    def phrase_count(self, obj):
        return obj.phrase_total


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
