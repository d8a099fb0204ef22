from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "cases"
    verbose_name = "反诈案例与宣传"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cases.search import signals

        signals.connect()
