"""Matching, visibility and order, on whichever database the suite runs."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cases.models import Case, ScamType, Status
from cases.search.query import COUNT_LIMIT, RANK_LIMIT, HitCount, search
from cases.search.tokens import parse_query
from cases.services.publishing import set_status
from tests.factories import make_article, make_case, make_scam_type, make_technique, past

pytestmark = pytest.mark.django_db


def titles(query: str, kind: str = "") -> list[str]:
    return [entry.title for entry in search(parse_query(query).terms, kind=kind).entries]


def test_two_character_and_unknown_words_are_found_inside_longer_text():
    make_article(title="甲", body="对方自称平台客服，让你下载开会宝")
    make_article(title="乙", body="开通备用金后转账")
    assert titles("客服") == ["甲"]
    assert titles("开会宝") == ["甲"]
    assert titles("备用金") == ["乙"]


def test_every_word_must_match():
    make_article(title="甲", body="快递丢失，平台赔偿")
    make_article(title="乙", body="快递丢失")
    assert titles("快递丢失 赔偿") == ["甲"]


def test_a_quoted_string_matches_as_written():
    make_article(title="甲", body="打开屏幕，共享给对方")
    make_article(title="乙", body="屏幕共享")
    assert titles('"屏幕 共享"') == ["甲"]
    assert titles("屏幕共享") == ["乙"]


def test_a_phrase_never_spans_title_and_body():
    make_article(title="注意屏幕", body="共享")
    assert titles('"屏幕 共享"') == []


def test_a_single_character_finds_it_anywhere_in_a_run():
    make_article(title="甲", body="他被骗了")
    make_article(title="乙", body="被骗")
    make_article(title="丙", body="骗")
    make_article(title="丁", body="没事")
    assert sorted(titles("骗")) == ["丙", "乙", "甲"]


def test_width_and_traditional_forms_match():
    make_article(title="甲", body="加ＱＱ好友，下载开会宝")
    assert titles("qq") == ["甲"]
    assert titles("ＱＱ") == ["甲"]
    assert titles("開會寶") == ["甲"]


def test_mixed_scripts_and_numbers():
    make_article(title="甲", body="拨打96110，或下载APP“国家反诈中心”")
    assert titles("96110") == ["甲"]
    assert titles("app国家") == []  # a break (the quote mark) separates them
    assert titles("APP") == ["甲"]


@pytest.mark.parametrize(
    "query", ["客服 & 退款", "客服 | 退款", "!客服", "客服:*", "'客服'", "客服\\", "(客服)", "客服'); --"]
)
def test_query_operators_are_plain_characters(query):
    make_article(title="甲", body="客服说可以退款")
    assert titles(query) == ["甲"]


def test_unpublished_future_archived_and_internal_items_are_never_found():
    make_article(title="草稿客服", status=Status.DRAFT, publish_at=None)
    make_article(title="定时客服", publish_at=timezone.now() + timedelta(days=1))
    make_article(title="归档客服", status=Status.ARCHIVED)
    make_case(title="内部客服", is_public=False)
    make_case(title="待审客服", status=Status.REVIEW)
    make_scam_type(name="草稿类型客服", status=Status.DRAFT, publish_at=None)
    make_article(title="公开客服")
    results = search(parse_query("客服").terms)
    assert [entry.title for entry in results.entries] == ["公开客服"]
    assert results.counts == {"article": 1}


def test_a_scheduled_item_becomes_searchable_by_the_clock_alone(monkeypatch):
    make_article(title="定时客服", publish_at=timezone.now() + timedelta(days=1))
    assert titles("客服") == []
    later = timezone.now() + timedelta(days=2)
    monkeypatch.setattr("django.utils.timezone.now", lambda: later)
    assert titles("客服") == ["定时客服"]


def test_withdrawing_an_item_hides_it_at_once(publisher):
    article = make_article(title="客服")
    set_status(item=article, user=publisher, status=Status.DRAFT)
    assert titles("客服") == []


def test_techniques_are_public_reference_material_until_retired():
    technique = make_technique(name="索要验证码")
    assert titles("验证码") == ["索要验证码"]
    into = make_technique(name="其他手法")
    technique.retired, technique.replaced_by = True, into
    technique.save()
    assert titles("验证码") == []


def test_title_matches_rank_above_body_matches_then_newer_first():
    make_article(title="旧文：备用金", body="无", publish_at=past(30))
    make_article(title="新文：备用金", body="无", publish_at=past(1))
    make_article(title="正文提到", body="备用金" * 20, publish_at=past(0))
    assert titles("备用金") == ["新文：备用金", "旧文：备用金", "正文提到"]


def test_kinds_counts_and_filter():
    scam_type = make_scam_type(name="冒充客服诈骗")
    make_article(title="客服来电")
    make_case(title="假客服", scam_type=scam_type)
    results = search(parse_query("客服").terms, kind="case")
    assert results.counts == {"article": 1, "case": 1, "scamtype": 1}
    assert results.total == HitCount(1)
    assert results.total_all == HitCount(3)
    assert [entry.title for entry in results.entries] == ["假客服"]


def test_very_common_terms_skip_relevance_ranking(monkeypatch):
    monkeypatch.setattr("cases.search.query.RANK_LIMIT", 2)
    for n in range(3):
        make_article(title=f"客服{n}", publish_at=past(n))
    results = search(parse_query("客服").terms)
    assert not results.ranked
    assert [entry.title for entry in results.entries] == ["客服0", "客服1", "客服2"]
    assert RANK_LIMIT >= 100


def test_counting_stops_past_the_count_limit(monkeypatch):
    monkeypatch.setattr("cases.search.query.COUNT_LIMIT", 3)
    for n in range(4):
        make_article(title=f"客服{n}", publish_at=past(n))
    make_case(title="客服案例", publish_at=past(9))
    results = search(parse_query("客服").terms)
    assert results.total_all == results.total == HitCount(3, more=True)
    assert results.counts == {}  # per kind unknown
    assert not results.ranked
    assert [entry.title for entry in results.entries] == ["客服0", "客服1", "客服2"]  # the first three listed
    assert COUNT_LIMIT >= RANK_LIMIT


def test_a_kind_is_counted_on_its_own_past_the_count_limit(monkeypatch):
    monkeypatch.setattr("cases.search.query.COUNT_LIMIT", 3)
    for n in range(4):
        make_article(title=f"客服{n}")
    make_case(title="客服案例")
    results = search(parse_query("客服").terms, kind="case")
    assert results.total_all == HitCount(3, more=True)
    assert results.total == HitCount(1)
    assert results.counts == {"case": 1}
    assert [entry.title for entry in results.entries] == ["客服案例"]


def test_hit_counts_read_as_numbers_with_a_plus_past_the_limit():
    assert str(HitCount(1000, more=True)) == "1,000+"
    assert str(HitCount(1000)) == "1,000"
    assert str(HitCount(7)) == "7"
    assert HitCount.of(COUNT_LIMIT + 1) == HitCount(COUNT_LIMIT, more=True)
    assert HitCount.of(COUNT_LIMIT) == HitCount(COUNT_LIMIT)


def test_pages_of_hits_keep_the_order_across_slices():
    for n in range(25):
        make_article(title=f"甲{n}", body="开会宝", publish_at=past(n))
    make_article(title="开会宝标题", publish_at=past(99))
    hits = search(parse_query("开会宝").terms).entries
    everything = [entry.title for entry in hits]
    assert len(hits) == 26 and everything[0] == "开会宝标题"
    assert [entry.title for entry in hits[10:20]] == everything[10:20]
    assert hits[25].title == everything[25]
    assert hits[30:40] == []
    with pytest.raises(IndexError):
        hits[26]


def test_adjacency_is_checked_after_the_order_for_a_page():
    # Every token of 开会宝 occurs in the newer items, but not side by side.
    for n in range(12):
        make_article(title=f"新{n}", body="开会。会宝", publish_at=past(n))
    make_article(title="旧", body="下载开会宝", publish_at=past(50))
    for kind in ("", "article"):
        results = search(parse_query("开会宝").terms, kind=kind)
        assert results.total == HitCount(1)
        assert [entry.title for entry in results.entries[0:10]] == ["旧"]


def test_no_terms_find_nothing():
    make_article(title="客服")
    assert titles("&|!") == []


def test_deleted_items_leave_the_index():
    case = make_case(title="客服案例")
    scam_type = case.scam_type
    Case.objects.filter(pk=case.pk).delete()
    ScamType.objects.filter(pk=scam_type.pk).delete()
    assert titles("客服") == []
