"""Cached counts and losses of the public site: never stale after a write, never more than published."""

from datetime import timedelta
from decimal import Decimal
from unittest import mock

import pytest
from django.utils import timezone
from redis.exceptions import ConnectionError as RedisConnectionError

from cases.models import Case, Loss, Status
from cases.selectors import public as selectors
from cases.services.cases import case_refresh_totals
from cases.services.publishing import set_status
from tests.factories import make_article, make_case, make_scam_type, make_user
from tests.scenario import build_refund_scam

pytestmark = pytest.mark.django_db


def figures():
    return selectors.home_figures()["figures"]


def test_cached_figures_cost_one_query_while_nothing_changes(django_assert_num_queries):
    make_case(losses=[100])
    selectors.home_figures()
    with django_assert_num_queries(2):  # the data version, the published scam types
        assert selectors.home_figures()["figures"]["case_count"] == 1


def test_publishing_and_unpublishing_a_case_shows_at_once():
    publisher = make_user(username="publisher", is_superuser=True)
    case = make_case(status=Status.REVIEW, publish_at=None, losses=[500])
    assert figures()["case_count"] == 0
    set_status(item=case, user=publisher, status=Status.PUBLISHED)
    assert (figures()["case_count"], figures()["total_loss"]) == (1, Decimal("500"))
    set_status(item=case, user=publisher, status=Status.ARCHIVED)
    assert figures()["case_count"] == 0


def test_a_case_made_internal_leaves_the_figures_at_once():
    case = make_case(losses=[500])
    assert figures()["case_count"] == 1
    case.is_public = False
    case.save()
    assert (figures()["case_count"], figures()["total_loss"]) == (0, 0)


def test_a_scheduled_case_and_article_count_when_their_time_comes_without_any_write():
    soon = timezone.now() + timedelta(hours=1)
    make_case(publish_at=soon, losses=[700])
    make_article(publish_at=soon)
    assert (figures()["case_count"], figures()["article_count"]) == (0, 0)
    with mock.patch("django.utils.timezone.now", return_value=soon + timedelta(seconds=1)):
        assert (figures()["case_count"], figures()["total_loss"], figures()["article_count"]) == (1, 700, 1)


def test_an_edited_loss_changes_the_totals_at_once():
    case = make_case(losses=[100])
    assert figures()["total_loss"] == 100
    Loss.objects.create(case=case, order=2, amount=Decimal("50"))
    case_refresh_totals(case=case)
    assert figures()["total_loss"] == 150


def test_bulk_inserted_cases_are_counted_at_once():
    scam_type = make_scam_type()
    assert figures()["case_count"] == 0
    Case.objects.bulk_create(
        [
            Case(title="批量案例", summary="案情。", scam_type=scam_type, status=Status.PUBLISHED, is_public=True,
                 publish_at=timezone.now() - timedelta(days=1))
        ]
    )  # fmt: skip
    assert figures()["case_count"] == 1


def test_a_case_hidden_without_a_save_never_appears_on_the_explainer():
    """`QuerySet.update` writes no history: counts may lag (FIGURES_CACHE_SECONDS), the case itself never shows."""
    scenario = build_refund_scam(case_count=2)
    hidden = scenario.cases[0]
    explainer = selectors.scam_type_explainer(scenario.scam_type)
    assert hidden in explainer["recent_cases"]
    Case.objects.filter(pk=hidden.pk).update(is_public=False)
    explainer = selectors.scam_type_explainer(scenario.scam_type)
    shown = [case for stage in explainer["stages"] for t in stage.type_techniques for case in t.example_cases]
    assert hidden not in explainer["recent_cases"]
    assert hidden not in shown
    assert shown


def test_technique_and_case_list_totals_follow_a_new_case():
    scenario = build_refund_scam(case_count=1)
    technique = scenario.techniques["T006"]
    cases = selectors.public_cases().filter(scam_type=scenario.scam_type)
    filters = {"scam_type": scenario.scam_type}
    assert selectors.technique_cases(technique)["totals"]["case_count"] == 1
    assert selectors.case_list_totals(cases, filters)["case_count"] == 1
    make_case(
        scam_type=scenario.scam_type,
        steps=[{"stage": technique.stage, "technique": technique, "description": "一步"}],
        losses=[10],
    )
    assert selectors.technique_cases(technique)["totals"]["case_count"] == 2
    assert selectors.case_list_totals(cases, filters)["case_count"] == 2


def test_case_list_totals_are_kept_per_filter():
    shown_type, other_type = make_scam_type(), make_scam_type()
    make_case(scam_type=shown_type, losses=[100])
    make_case(scam_type=other_type, losses=[1])
    everything = selectors.case_list_totals(selectors.public_cases(), {})
    one_type = selectors.case_list_totals(
        selectors.public_cases().filter(scam_type=shown_type), {"scam_type": shown_type}
    )
    assert (everything["case_count"], one_type["case_count"], one_type["total_loss"]) == (2, 1, 100)


def test_facets_list_what_public_cases_have_at_once():
    from cases.models import Platform

    platform = Platform.objects.create(name="某平台", slug="some-platform")
    make_case(platform=platform, is_public=False, occurred_on=timezone.localdate().replace(year=2021))
    assert selectors.public_case_facets() == {"platform": [], "channel": [], "region": [], "year": []}
    make_case(platform=platform, occurred_on=timezone.localdate().replace(year=2022))
    assert selectors.public_case_facets()["platform"] == [platform.pk]
    assert selectors.public_case_facets()["year"] == [2022]


def test_without_the_cache_the_figures_are_computed():
    make_case(losses=[100])
    with mock.patch.object(selectors.cache, "get", side_effect=RedisConnectionError("down")):
        assert figures()["case_count"] == 1
    with mock.patch.object(selectors.cache, "set", side_effect=RedisConnectionError("down")):
        assert figures()["case_count"] == 1
