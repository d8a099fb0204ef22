"""Admin behaviour shared by everything that is published: workflow actions and guards.

Who may publish is decided in `cases.services.publishing`; this module only
wires that rule into the change form, the actions and the inlines.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from cases.models import Status
from cases.selectors.privacy import child_prefix, find_personal_data, is_guarded, personal_data_message, row_texts
from cases.services.publishing import can_change_item, can_publish, check_status_change, set_status


class PublishableForm(forms.ModelForm):
    """Validates the status change against the user's permission, whatever the POST says."""

    user = None  # set by PublishableAdmin.get_form

    def clean(self):
        cleaned = super().clean()
        new_status = cleaned.get("status")
        if new_status is None:
            return cleaned
        try:
            check_status_change(
                user=self.user, item=self.instance, old_status=self.instance.status, new_status=new_status
            )
        except PermissionDenied as error:
            raise ValidationError(str(error)) from error
        if new_status == Status.PUBLISHED and not cleaned.get("publish_at"):
            cleaned["publish_at"] = timezone.now()
        if new_status == Status.PUBLISHED and is_guarded(self._meta.model):
            # The item's own fields; its inline rows are checked by PublicTextInlineFormSet.
            findings = find_personal_data(row_texts(self._meta.model, cleaned))
            if findings:
                raise ValidationError(personal_data_message(findings))
        return cleaned


class PublicTextInlineFormSet(BaseInlineFormSet):
    """Runs the personal-data guard over the submitted rows of an item being published.

    Inline rows are saved after the parent form, so the form cannot see text
    just typed into them. The admin validates the parent form before the
    formsets, and the form has by then put the new status on `self.instance`.
    """

    def clean(self):
        super().clean()
        parent = self.instance
        if parent.status != Status.PUBLISHED or not is_guarded(type(parent)):
            return
        texts = []
        for form in self.forms:
            if not getattr(form, "cleaned_data", None) or (self.can_delete and self._should_delete_form(form)):
                continue
            prefix = child_prefix(self.model, form.cleaned_data.get("order"))
            texts += row_texts(self.model, form.cleaned_data, prefix)
        findings = find_personal_data(texts)
        if findings:
            raise ValidationError(personal_data_message(findings))


# Links pasted without a scheme are https, as Django 6 will assume.
URL_FIELD_OVERRIDES = {models.URLField: {"assume_scheme": "https"}}


class PublishableAdmin(SimpleHistoryAdmin):
    form = PublishableForm
    formfield_overrides = URL_FIELD_OVERRIDES
    actions = ["submit_for_review", "publish_now", "withdraw_to_draft", "archive"]
    list_filter = ["status"]
    readonly_fields = ["created_at", "updated_at"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        if "status" in form.base_fields and not can_publish(request.user, self.model):
            # Editors see only the statuses they may choose; the form re-checks on POST.
            allowed = {Status.DRAFT, Status.REVIEW} | ({obj.status} if obj else set())
            field = form.base_fields["status"]
            field.choices = [choice for choice in field.choices if choice[0] in allowed]
        return form

    def has_publish_permission(self, request):
        return can_publish(request.user, self.model)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or can_change_item(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or can_change_item(request.user, obj))

    def _move(self, request, queryset, status, done_message):
        moved = 0
        for item in queryset:
            if item.status == status:
                continue
            try:
                set_status(item=item, user=request.user, status=status)
            except PermissionDenied as error:
                self.message_user(request, f"{item}：{error}", messages.ERROR)
                continue
            except ValidationError as error:
                self.message_user(request, f"{item}：{'；'.join(error.messages)}", messages.ERROR)
                continue
            moved += 1
        if moved:
            self.message_user(request, done_message.format(count=moved), messages.SUCCESS)

    @admin.action(description="提交审核", permissions=["change"])
    def submit_for_review(self, request, queryset):
        # Only drafts go to review; published items are moved by publishers.
        self._move(request, queryset.filter(status=Status.DRAFT), Status.REVIEW, "已将 {count} 条提交审核。")

    @admin.action(description="发布（未设时间的立即发布）", permissions=["publish"])
    def publish_now(self, request, queryset):
        self._move(request, queryset, Status.PUBLISHED, "已发布 {count} 条。")

    @admin.action(description="撤回为草稿", permissions=["publish"])
    def withdraw_to_draft(self, request, queryset):
        self._move(request, queryset, Status.DRAFT, "已撤回 {count} 条为草稿。")

    @admin.action(description="归档", permissions=["publish"])
    def archive(self, request, queryset):
        self._move(request, queryset, Status.ARCHIVED, "已归档 {count} 条。")

    @admin.display(description="对公众可见", boolean=True)
    def publicly_visible(self, obj):
        return obj.is_published


class ChildOfPublishableInline:
    """Inline rows follow their parent: locked for editors once the parent is live, and guarded when published."""

    formset = PublicTextInlineFormSet

    def _parent_allows(self, request, obj):
        return obj is None or can_change_item(request.user, obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._parent_allows(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._parent_allows(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._parent_allows(request, obj)
