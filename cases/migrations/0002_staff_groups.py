"""Create the three staff groups with their permissions.

Permissions are normally created after all migrations run (post_migrate), so
they are created here first to let the groups be filled in one go.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "编辑"
PUBLISHER = "审核发布"
ANALYST = "分析员"

# Everything an editor writes; inline children need delete to remove a row.
CONTENT_MODELS = ["article", "articlestep", "dialogueline", "articleadvice", "case", "casestep", "loss"]
VOCABULARY_MODELS = [
    "scamtype", "pretext", "stage", "technique", "redflag", "advice", "platform", "channel", "region", "agency",
]  # fmt: skip
INLINE_MODELS = ["articlestep", "dialogueline", "articleadvice", "casestep", "loss", "pretext", "redflag"]


def codenames_for(actions, models):
    return [f"{action}_{model}" for model in models for action in actions]


GROUP_PERMISSIONS = {
    EDITOR: codenames_for(["add", "change", "view"], CONTENT_MODELS + VOCABULARY_MODELS)
    + codenames_for(["delete"], INLINE_MODELS),
    PUBLISHER: codenames_for(["add", "change", "delete", "view"], CONTENT_MODELS + VOCABULARY_MODELS)
    + ["publish_article", "publish_case", "publish_scamtype"],
    ANALYST: codenames_for(["view"], CONTENT_MODELS + VOCABULARY_MODELS) + ["view_analysis"],
}


def create_groups(apps, schema_editor):
    app_config = apps.get_app_config("cases")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(content_type__app_label="cases", codename__in=codenames)
        missing = set(codenames) - set(permissions.values_list("codename", flat=True))
        if missing:
            raise RuntimeError(f"Unknown permissions for group {name}: {sorted(missing)}")
        group.permissions.add(*permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUP_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
