from decimal import Decimal

import pytest
from django.test import RequestFactory

from cases.templatetags.public_tags import canonical_url, cn_number, yuan


@pytest.mark.parametrize(
    ("amount", "approximate", "expected"),
    [
        (Decimal("3450"), False, "3,450元"),
        (Decimal("99.5"), False, "99.50元"),
        (Decimal("64000"), True, "6.4万余元"),
        (Decimal("105450"), False, "10.55万元"),
        (Decimal("10000"), False, "1万元"),
        (Decimal("123456789"), False, "1.23亿元"),
        (Decimal("0"), False, "0元"),
        (None, False, "0元"),
        ("not money", False, ""),
    ],
)
def test_yuan_writes_amounts_as_chinese_police_posts_do(amount, approximate, expected):
    assert yuan(amount, approximate) == expected


@pytest.mark.parametrize(
    ("n", "expected"), [(1, "一"), (7, "七"), (10, "十"), (12, "十二"), (20, "二十"), (23, "二十三")]
)
def test_cn_number(n, expected):
    assert cn_number(n) == expected


def test_canonical_url_drops_filters_and_page_one_but_keeps_other_pages():
    factory = RequestFactory()
    context = {"request": factory.get("/cases/", {"technique": "T001", "page": "3"})}
    assert canonical_url(context, "page") == "http://testserver/cases/?page=3"
    assert canonical_url({"request": factory.get("/cases/", {"page": "1"})}, "page") == "http://testserver/cases/"
    assert canonical_url(context) == "http://testserver/cases/"
