"""Template helpers of the analyst workspace (`cases/templatetags/charts.py`)."""

import pytest
from django.http import QueryDict

from cases.filters import AnalystCaseFilter
from cases.selectors.analysis import analyst_cases
from cases.templatetags.charts import choice_inputs
from tests.factories import make_stage, make_technique

pytestmark = pytest.mark.django_db


def bound(query: str):
    return AnalystCaseFilter(QueryDict(query), queryset=analyst_cases()).form


def test_choice_inputs_tick_what_the_url_chose_and_escape_labels():
    stage = make_stage(code="S1", name="<b>引流</b>")
    make_stage(code="S2", name="诱导")
    html = choice_inputs(bound("stage=S1")["stage"])
    assert html.startswith('<div class="choices" id="id_stage">')
    assert '<label><input type="checkbox" name="stage" value="S1" checked> S1 &lt;b&gt;引流&lt;/b&gt;</label>' in html
    assert '<input type="checkbox" name="stage" value="S2"> S2 诱导' in html
    assert str(stage) not in html  # the raw label never reaches the page


def test_choice_inputs_as_a_sized_select():
    technique = make_technique(code="T101", name="冒充客服")
    html = choice_inputs(bound("technique=T101")["technique"], size=8)
    assert html.startswith('<select name="technique" id="id_technique" multiple size="8">')
    assert f'<option value="T101" selected>{technique}</option>' in html


def test_choice_inputs_of_an_unbound_form_tick_nothing():
    make_stage(code="S1")
    assert "checked" not in choice_inputs(AnalystCaseFilter(queryset=analyst_cases()).form["stage"])
