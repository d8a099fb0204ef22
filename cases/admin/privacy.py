from django.contrib import admin

from cases.models import AllowedNumber


@admin.register(AllowedNumber)
class AllowedNumberAdmin(admin.ModelAdmin):
    """Publishers curate it (the add/change/delete permissions); editors may only look."""

    list_display = ["number", "note", "created_at"]
    search_fields = ["number", "note"]
    fields = ["number", "note"]
