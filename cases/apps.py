from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "cases"
    verbose_name = "反诈案例与宣传"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cases.pagecache import signals as pagecache_signals
        from cases.search import signals as search_signals

        search_signals.connect()
        pagecache_signals.connect()
