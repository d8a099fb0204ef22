from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from cases.models import Report
from tests.factories import make_report

pytestmark = pytest.mark.django_db


def contact_report(days_ago: int) -> Report:
    report = make_report(contact_name="王先生", contact_phone="13900001111", contact_consent=True)
    Report.objects.filter(pk=report.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return report


def test_contacts_older_than_the_retention_are_purged(settings, capsys):
    settings.REPORT_CONTACT_RETENTION_DAYS = 30
    old, recent = contact_report(40), contact_report(5)

    call_command("purge_report_contacts", "--dry-run")
    assert "将清除 1 条" in capsys.readouterr().out
    old.refresh_from_db()
    assert old.contact_phone == "13900001111"

    call_command("purge_report_contacts")
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.contact_name, old.contact_phone, old.contact_consent) == ("", "", False)
    assert old.contact_purged_at is not None
    assert recent.contact_phone == "13900001111"
    assert not any(hasattr(row, "contact_phone") for row in old.history.all())  # never copied into the history
