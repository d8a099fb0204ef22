"""Relevance and backend equality on the demo content (`demo_load`).

The suite runs on SQLite and on PostgreSQL, so each test here runs on both:
the same expected items on both databases is the backends-agree check.
"""

import re

import pytest

from cases.models import Article, Case
from cases.search.query import matching_entries, visible_entries
from cases.search.tokens import parse_query

from .conftest import ident, result_ids

pytestmark = pytest.mark.django_db

FAKE_SERVICE_CASE = "case:店员接“+”号来电称快递丢失，为“关闭备用金”两次转账共7.5万余元"
SCREEN_SHARE_CASE = "case:“快递丢失双倍补偿”，开通备用金再共享屏幕，12万余元存款被转走"
TAOBAO_CASE = "case:“淘宝客服”称衣服质量有问题要退款，钓鱼链接加验证码骗走4万余元"
CREDIT_CASE = "case:“客服”许诺三倍赔偿，又称信用积分不足，南京市民被骗10万余元"
POLICE_CASE = "case:退休教师被“民警”称涉嫌洗钱，转入“安全账户”28万元"
BRUSHING_CASE = "case:宝妈刷单被要求交“解冻金”，接到96110劝阻电话后及时止付"
LIKES_CASE = "case:大学生做“点赞兼职”，连单卡单三次转账共2.6万元"
LOAN_CASE = "case:网上申请贷款，“卡号填错”要交解冻金，钱没借到反被骗走1.2万元"
CAMPUS_LOAN_CASE = "case:毕业生接到“注销校园贷”电话，借款清空额度后转出4.3万元"
GAME_CASE = "case:初中生卖游戏账号，被假交易平台以“解冻”为名骗走3200元"

# (query, items expected at the top, how many top results they must be within).
# Title hits come first on both databases; within them PostgreSQL orders by
# ts_rank_cd and SQLite by date, so the expectation is a set, not a sequence.
RELEVANCE = [
    ("备用金", {FAKE_SERVICE_CASE, SCREEN_SHARE_CASE, "technique:T015"}, 3),
    ("屏幕共享", {"technique:T014"}, 1),
    ("验证码", {"technique:T022", TAOBAO_CASE}, 2),
    ("开会宝", {"technique:T013", FAKE_SERVICE_CASE, "article:tangxia-fake-customer-service-calls"}, 4),
    ("開會寶", {"technique:T013", FAKE_SERVICE_CASE}, 4),
    ("三不一多", {"article:nanning-lesson-fake-ecommerce-courier-service"}, 1),
    ("安全账户", {"technique:T023", POLICE_CASE}, 2),
    ("芝麻信用", {"technique:T016", "article:nanning-lesson-fake-ecommerce-courier-service"}, 3),
    ("快递丢失 赔偿", {FAKE_SERVICE_CASE, "article:shopping-season-fake-customer-service"}, 2),
    ("加微信", {"article:wuhan-quality-problem-refund-trap"}, 4),
    ("客服", {"technique:T003", "scamtype:fake-customer-service", CREDIT_CASE, TAOBAO_CASE}, 8),
    ("退款", {"article:wuhan-quality-problem-refund-trap", TAOBAO_CASE, "technique:T021"}, 5),
    ("ＱＱ", {"technique:T012"}, 1),
    ("刷单", {"scamtype:order-brushing-rebate", "article:lesson-order-brushing-rebate", BRUSHING_CASE}, 4),
    ("公检法", {"scamtype:impersonating-police", "technique:T004"}, 2),
    ("钓鱼链接", {TAOBAO_CASE}, 1),
    ("信用积分", {CREDIT_CASE, "technique:T016"}, 2),
    ("96110", {BRUSHING_CASE}, 1),
    ("洗钱", {POLICE_CASE, "article:warning-fake-police-safe-account"}, 2),
    ("企业微信", {"technique:T012"}, 1),
    ("借呗", {"technique:T015"}, 1),
    ("拉黑", {"technique:T025"}, 2),
    ("解冻金", {BRUSHING_CASE, LOAN_CASE, "technique:T019"}, 3),
    ("点赞", {LIKES_CASE}, 1),
    ("质量问题", {"article:wuhan-quality-problem-refund-trap"}, 1),
]


@pytest.mark.parametrize(("query", "expected", "within"), RELEVANCE, ids=[row[0] for row in RELEVANCE])
def test_expected_items_rank_at_the_top(demo, query, expected, within):
    top = result_ids(query)[:within]
    assert expected <= set(top), f"{query}: {top}"


# The complete answer for a fixed list of queries: the same items on each database.
EXPECTED_ITEMS = {
    "开会宝": {
        "article:tangxia-fake-customer-service-calls",
        FAKE_SERVICE_CASE,
        "scamtype:fake-customer-service",
        "technique:T013",
    },
    "三不一多": {"article:nanning-lesson-fake-ecommerce-courier-service"},
    "快递丢失 赔偿": {"article:shopping-season-fake-customer-service", FAKE_SERVICE_CASE},
    "屏幕共享": {
        "article:shopping-season-fake-customer-service",
        "article:tangxia-fake-customer-service-calls",
        SCREEN_SHARE_CASE,
        FAKE_SERVICE_CASE,
        CAMPUS_LOAN_CASE,
        "scamtype:fake-credit-repair",
        "scamtype:fake-customer-service",
        "scamtype:fake-loan",
        "scamtype:impersonating-police",
        "technique:T014",
    },
    "公检法": {"article:warning-fake-police-safe-account", "scamtype:impersonating-police", "technique:T004"},
    "借呗": {"scamtype:fake-credit-repair", "scamtype:fake-customer-service", "technique:T015"},
    "解冻金": {
        "article:lesson-order-brushing-rebate",
        BRUSHING_CASE,
        LOAN_CASE,
        "scamtype:fake-loan",
        "scamtype:order-brushing-rebate",
        "technique:T019",
    },
    "ＱＱ": {
        "article:wuhan-quality-problem-refund-trap",
        TAOBAO_CASE,
        LIKES_CASE,
        GAME_CASE,
        "scamtype:fake-credit-repair",
        "scamtype:fake-customer-service",
        "scamtype:fake-game-trading",
        "scamtype:fake-loan",
        "scamtype:fake-shopping",
        "scamtype:impersonating-boss-or-acquaintance",
        "technique:T012",
        "technique:T027",
    },
    "信用积分": {
        "article:shopping-season-fake-customer-service",
        CREDIT_CASE,
        "scamtype:fake-customer-service",
        "technique:T016",
    },
    '"质量 问题"': set(),  # as written: a break between the words, which the text never has
}


@pytest.mark.parametrize("query", EXPECTED_ITEMS)
def test_fixed_queries_return_the_same_items_on_each_database(demo, query):
    assert set(result_ids(query)) == EXPECTED_ITEMS[query]


# Queries checked against a plain Python scan of the stored text: on PostgreSQL this
# proves the bigram vectors find exactly what a substring search finds.
REFERENCE_QUERIES = [
    *(row[0] for row in RELEVANCE),
    "骗",
    "金",
    "宝",
    "元",
    "9",
    "q",
    "客服 退款 验证码",
    '"屏幕 共享"',
    "“双倍 赔偿”",
    "共享屏幕",
    "淘宝 +",
    "app",
    "7.5万",
    "s3",
    "诈骗 骗子",
    "T012",
]


def reference_ids(query: str) -> set[str]:
    terms = parse_query(query).terms
    patterns = [re.compile(term.regex(), re.IGNORECASE) for term in terms]
    return {
        ident(entry)
        for entry in visible_entries().select_related("article", "case", "scam_type", "technique")
        if all(pattern.search(entry.title) or pattern.search(entry.body) for pattern in patterns)
    }


@pytest.mark.parametrize("query", REFERENCE_QUERIES)
def test_database_matches_a_plain_scan(demo, query):
    assert set(result_ids(query)) == reference_ids(query)


def test_hidden_demo_items_are_never_found(demo):
    hidden = {f"article:{article.slug}" for article in Article.objects.exclude(pk__in=Article.objects.published())} | {
        f"case:{case.title}" for case in Case.objects.exclude(pk__in=Case.objects.published())
    }
    assert len(hidden) >= 3  # the draft, the scheduled article and the internal cases
    for query in ("开会宝", "屏幕共享", "快递", "客服", "骗", "年货节", "8800"):
        assert not hidden & set(result_ids(query)), query
    assert not matching_entries(parse_query("年货节").terms).exists()
