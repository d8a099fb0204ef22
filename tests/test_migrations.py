import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate_to_before(target):
    """Migrate the cases app back to just before `target`; the apps of that state."""
    executor = MigrationExecutor(connection)
    parents = [node.key for node in executor.loader.graph.node_map[target].parents if node.key[0] == "cases"]
    executor.migrate(parents)
    return executor.loader.project_state(parents).apps


def migrate_to(target=None):
    """Apply migrations up to `target` (every one when None); the apps of that state."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    targets = [target] if target else executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


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
    assert "view_techniquematchcount" in perms[ANALYST_GROUP]  # anonymous checker counts (0010)
    assert {"moderate_report", "change_report", "view_indicator"} <= perms[PUBLISHER_GROUP]  # 审核举报 (0013)
    assert "moderate_report" not in perms[EDITOR_GROUP] | perms[ANALYST_GROUP]
    assert not any(p.startswith(("change_", "add_", "delete_")) for p in perms[ANALYST_GROUP])


@pytest.mark.django_db(transaction=True)
def test_0006_numbers_existing_advice_shipped_titles_first():
    target = ("cases", "0006_taxonomy_codes")
    old_apps = migrate_to_before(target)
    OldAdvice = old_apps.get_model("cases", "Advice")
    OldAdvice.objects.create(title="员工自己写的提醒", body="正文", order=0)
    OldAdvice.objects.create(title="验证码是最后一道防线", body="正文", order=5)
    OldAdvice.objects.create(title="刷单就是诈骗", body="编辑改写过的正文", order=9)

    new_apps = migrate_to(target)
    codes = dict(new_apps.get_model("cases", "Advice").objects.values_list("title", "code"))

    assert codes == {"员工自己写的提醒": "A100", "验证码是最后一道防线": "A02", "刷单就是诈骗": "A12"}

    migrate_to()


@pytest.mark.django_db(transaction=True)
def test_0010_marks_existing_steps_that_repeat_a_stage_or_technique():
    target = ("cases", "0010_analysis_speed")
    old_apps = migrate_to_before(target)
    Stage, Technique = old_apps.get_model("cases", "Stage"), old_apps.get_model("cases", "Technique")
    stage = Stage.objects.create(code="S91", name="阶段", order=91)
    technique = Technique.objects.create(code="T991", name="手法", summary="说明。", stage=stage)
    scam_type = old_apps.get_model("cases", "ScamType").objects.create(name="类型", slug="migration-0010")
    case = old_apps.get_model("cases", "Case").objects.create(title="旧案例", summary="案情。", scam_type=scam_type)
    for order, step_technique in enumerate([technique, None, technique], start=1):
        old_apps.get_model("cases", "CaseStep").objects.create(
            case=case, order=order, stage=stage, technique=step_technique, description="经过。"
        )

    new_apps = migrate_to(target)
    steps = new_apps.get_model("cases", "CaseStep").objects.filter(case_id=case.pk).order_by("order")
    assert list(steps.values_list("first_in_stage", "first_with_technique")) == [
        (True, True),
        (False, True),
        (False, False),
    ]

    migrate_to()
