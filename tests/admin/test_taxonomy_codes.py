import pytest
from django.urls import reverse

from cases.models import Advice, Stage, Technique
from tests.factories import make_advice, make_technique

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "make"),
    [
        (Technique, lambda: make_technique(code="T777")),
        (Advice, lambda: make_advice(code="A77")),
        (Stage, lambda: Stage.objects.create(code="S9", name="阶段九", order=9)),
    ],
)
def test_code_is_read_only_once_created(admin_client, model, make):
    obj = make()
    opts = model._meta
    change_url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    page = admin_client.get(change_url).content.decode()
    assert 'name="code"' not in page
    assert obj.code in page

    add_page = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add")).content.decode()
    assert 'name="code"' in add_page


def test_edited_name_keeps_the_code(admin_client):
    technique = make_technique(code="T778", name="原名")
    url = reverse("admin:cases_technique_change", args=[technique.pk])
    form = {
        "code": "T999",  # a crafted POST cannot change it either
        "name": "新名",
        "stage": technique.stage.pk,
        "summary": "说明。",
        "retirement_note": "",
        "red_flags-TOTAL_FORMS": "0",
        "red_flags-INITIAL_FORMS": "0",
    }
    response = admin_client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    technique.refresh_from_db()
    assert (technique.code, technique.name) == ("T778", "新名")


def test_technique_list_shows_retirement(admin_client):
    into = make_technique(code="T780")
    make_technique(code="T779", retired=True, replaced_by=into)
    page = admin_client.get(reverse("admin:cases_technique_changelist")).content.decode()
    assert "T779" in page and "T780" in page
