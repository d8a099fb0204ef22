from django.contrib import admin
from django.urls import path

from cases.models import Article, ArticleAdvice, ArticleStep, DialogueLine

from .importing import import_view
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

    def get_urls(self):
        # Before the default URLs, whose "<path:object_id>/" would swallow "import/".
        custom = [path("import/", self.admin_site.admin_view(self.import_view), name="cases_article_import")]
        return custom + super().get_urls()

    def import_view(self, request):
        return import_view(self, request)
