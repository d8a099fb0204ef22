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


@pytest.mark.django_db(transaction=True)
def test_0006_numbers_existing_advice_shipped_titles_first():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    target = ("cases", "0006_taxonomy_codes")
    executor = MigrationExecutor(connection)
    parents = [node.key for node in executor.loader.graph.node_map[target].parents if node.key[0] == "cases"]
    executor.migrate(parents)
    old_apps = executor.loader.project_state(parents).apps
    OldAdvice = old_apps.get_model("cases", "Advice")
    OldAdvice.objects.create(title="员工自己写的提醒", body="正文", order=0)
    OldAdvice.objects.create(title="验证码是最后一道防线", body="正文", order=5)
    OldAdvice.objects.create(title="刷单就是诈骗", body="编辑改写过的正文", order=9)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    new_apps = executor.loader.project_state([target]).apps
    codes = dict(new_apps.get_model("cases", "Advice").objects.values_list("title", "code"))

    assert codes == {"员工自己写的提醒": "A100", "验证码是最后一道防线": "A02", "刷单就是诈骗": "A12"}

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
