from django.contrib import admin

from cases.models import Article, ArticleAdvice, ArticleStep, DialogueLine

from .publishing import ChildOfPublishableInline, PublishableAdmin


class ArticleStepInline(ChildOfPublishableInline, admin.StackedInline):
    model = ArticleStep
    extra = 0
    fields = [("order", "title", "stage"), "text"]
    autocomplete_fields = ["stage"]


class DialogueLineInline(ChildOfPublishableInline, admin.TabularInline):
    model = DialogueLine
    extra = 0
    fields = ["order", "speaker", "role", "text"]


class ArticleAdviceInline(ChildOfPublishableInline, admin.TabularInline):
    model = ArticleAdvice
    extra = 0
    fields = ["order", "advice"]
    autocomplete_fields = ["advice"]


@admin.register(Article)
class ArticleAdmin(PublishableAdmin):
    list_display = ["title", "kind", "source_agency", "status", "publish_at", "publicly_visible"]
    list_filter = ["status", "kind", "scam_types", "source_agency"]
    list_select_related = ["source_agency"]
    search_fields = ["title", "lead", "body"]
    autocomplete_fields = ["source_agency", "scam_types", "featured_cases"]
    date_hierarchy = "publish_at"
    inlines = [ArticleStepInline, DialogueLineInline, ArticleAdviceInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "lead", "body"]}),
        ("封面", {"fields": ["cover", "cover_alt"]}),
        ("来源（转载时填写）", {"fields": ["source_agency", "original_url", "original_published_on"]}),
        ("关联", {"fields": ["scam_types", "featured_cases"]}),
        ("发布", {"fields": ["status", "publish_at", "created_at", "updated_at"]}),
    ]
