import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db
def test_staff_groups_exist_with_their_permissions():
    from django.contrib.auth.models import Group

    from cases.roles import ANALYST_GROUP, EDITOR_GROUP, PUBLISHER_GROUP

    perms = {
        group.name: set(group.permissions.values_list("codename", flat=True))
        for group in Group.objects.filter(name__in=[EDITOR_GROUP, PUBLISHER_GROUP, ANALYST_GROUP])
    }
    assert "publish_article" in perms[PUBLISHER_GROUP]
    assert "publish_article" not in perms[EDITOR_GROUP]
    assert "change_article" in perms[EDITOR_GROUP]
    assert "view_analysis" in perms[ANALYST_GROUP]
    assert not any(p.startswith(("change_", "add_", "delete_")) for p in perms[ANALYST_GROUP])
