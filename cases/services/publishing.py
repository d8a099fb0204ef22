"""Moving items through draft → in review → published → archived.

The permission check lives here and nowhere else: the admin's actions, its
change form and any script all go through `check_status_change`.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from cases.models import PUBLISHER_STATUSES, Publishable, Status
from cases.selectors.privacy import item_personal_data, personal_data_message

ERROR_NEEDS_PUBLISHER = "只有审核发布人员可以发布、撤下或归档内容。"
ERROR_PUBLISHED_LOCKED = "这条内容已发布或已归档，只有审核发布人员可以修改。"


def publish_permission(model) -> str:
    """The permission, as `app_label.codename`, that lets a user publish items of `model`."""
    return f"{model._meta.app_label}.publish_{model._meta.model_name}"


def can_publish(user, model) -> bool:
    return user.has_perm(publish_permission(model))


def can_change_item(user, item: Publishable) -> bool:
    """Editors work on drafts; once live (or archived) only a publisher may touch it."""
    return item.status not in PUBLISHER_STATUSES or can_publish(user, type(item))


def check_status_change(*, user, item: Publishable, old_status: str, new_status: str) -> None:
    """Refuse a change of status the user may not make."""
    touches_publication = new_status != old_status and (
        new_status in PUBLISHER_STATUSES or old_status in PUBLISHER_STATUSES
    )
    if touches_publication and not can_publish(user, type(item)):
        raise PermissionDenied(ERROR_NEEDS_PUBLISHER)


def check_no_personal_data(item: Publishable) -> None:
    """Refuse to publish an article or case whose public text holds personal data, quoting it."""
    findings = item_personal_data(item)
    if findings:
        raise ValidationError(personal_data_message(findings))


def set_status(*, item: Publishable, user, status: str, publish_at=None) -> Publishable:
    """Change an item's status after checking the user may; publishing defaults the time to now.

    Publishing also runs the personal-data guard over the item's public text.
    """
    check_status_change(user=user, item=item, old_status=item.status, new_status=status)
    if status == Status.PUBLISHED:
        check_no_personal_data(item)
    item.status = status
    if status == Status.PUBLISHED:
        item.publish_at = publish_at or item.publish_at or timezone.now()
    item.full_clean()
    item._history_user = user  # who, for the change history
    item.save()
    return item


def can_preview(user, model) -> bool:
    """Staff who may change items of `model` may see them before they are public."""
    return (
        user.is_active and user.is_staff and user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
    )
