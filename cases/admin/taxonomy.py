from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from cases.models import Advice, Agency, Channel, Platform, Pretext, RedFlag, Region, ScamType, Stage, Technique

from .publishing import URL_FIELD_OVERRIDES, ChildOfPublishableInline, PublishableAdmin


class StableCodeAdminMixin:
    """A code is a citation: it is typed once, on creation, and never edited afterwards."""

    always_readonly: tuple[str, ...] = ()

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), *self.always_readonly]
        if obj is not None:
            fields.append("code")
        return fields


class PretextInline(ChildOfPublishableInline, admin.TabularInline):
    model = Pretext
    extra = 0


@admin.register(ScamType)
class ScamTypeAdmin(PublishableAdmin):
    list_display = ["name", "slug", "order", "status", "publish_at", "publicly_visible"]
    list_editable = ["order"]
    search_fields = ["name", "summary"]
    inlines = [PretextInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "how_it_works", "order"]}),
        ("发布", {"fields": ["status", "publish_at", "created_at", "updated_at"]}),
    ]


@admin.register(Stage)
class StageAdmin(StableCodeAdminMixin, SimpleHistoryAdmin):
    list_display = ["code", "name", "order"]
    list_display_links = ["code", "name"]
    search_fields = ["code", "name"]


class RedFlagInline(admin.TabularInline):
    model = RedFlag
    extra = 1
    fields = ["phrase", "is_pattern", "weight"]


@admin.register(Technique)
class TechniqueAdmin(StableCodeAdminMixin, SimpleHistoryAdmin):
    list_display = ["code", "name", "stage", "red_flag_count", "retired", "replaced_by"]
    list_display_links = ["code", "name"]
    list_filter = ["retired", "stage", "scam_types"]
    list_select_related = ["stage"]
    search_fields = ["code", "name", "summary", "red_flags__phrase"]
    autocomplete_fields = ["stage"]
    filter_horizontal = ["scam_types"]
    inlines = [RedFlagInline]
    # Set by `technique_merge` (manage.py merge_technique), which also moves the case tags.
    always_readonly = ("replaced_by",)
    fieldsets = [
        (None, {"fields": ["code", "name", "stage", "summary", "scam_types"]}),
        ("停用与合并", {"fields": ["retired", "replaced_by", "retirement_note"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("replaced_by").annotate(red_flag_total=Count("red_flags"))

    @admin.display(description="风险话术数", ordering="red_flag_total")
    def red_flag_count(self, obj):
        return obj.red_flag_total


@admin.register(RedFlag)
class RedFlagAdmin(SimpleHistoryAdmin):
    list_display = ["phrase", "technique", "weight", "is_pattern"]
    list_filter = ["weight", "is_pattern", "technique__stage"]
    list_select_related = ["technique"]
    search_fields = ["phrase", "technique__name", "technique__code"]
    autocomplete_fields = ["technique"]


@admin.register(Advice)
class AdviceAdmin(StableCodeAdminMixin, SimpleHistoryAdmin):
    list_display = ["code", "title", "is_general", "order"]
    list_display_links = ["code", "title"]
    list_filter = ["is_general", "scam_types"]
    search_fields = ["code", "title", "body"]
    filter_horizontal = ["techniques", "scam_types"]


@admin.register(Platform, Channel)
class VocabularyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name"]


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "province"]
    list_filter = ["province"]
    search_fields = ["name", "province"]


@admin.register(Agency)
class AgencyAdmin(SimpleHistoryAdmin):
    formfield_overrides = URL_FIELD_OVERRIDES
    list_display = ["name", "wechat_id", "url"]
    search_fields = ["name", "wechat_id"]
