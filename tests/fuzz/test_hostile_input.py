"""Property: random and hostile values in every query parameter and form field never give a 5xx
and never reveal unpublished content.

Routes are discovered from the URL resolver (the admin excepted), so pages added
later are fuzzed without touching this file. The parameters fuzzed on a page are
the fields of the forms it renders, plus common names (page, q, sort, …).
Unpublished sentinels (drafts, items in review, archived, scheduled, internal
cases, a draft scam type) carry a marker that must never appear in a response.
"""

import re
import string
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from django.utils import timezone
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from cases.models import Status
from tests.factories import make_article, make_case, make_scam_type, make_stage, make_technique, make_user, past
from tests.fuzz.conftest import STATS

pytestmark = pytest.mark.django_db

MARKER = "哨兵SENTINEL7f3a"
ANALYST_WORKSPACE = "/analysis/"
COMMON_PARAMS = ["page", "q", "sort", "order", "type", "stage", "technique", "platform", "channel", "region",
                 "from", "to", "min_loss", "max_loss", "format", "kind", "outcome", "year"]  # fmt: skip
SKIPPED_NAMESPACES = {"admin"}

HOSTILE = [
    "", " ", "0", "-1", "1.5", "1e309", "NaN", "inf", "9" * 40, str(2**63), str(-(2**63) - 1), "00000000001",
    "' OR '1'='1", "'; DROP TABLE cases_case; --", '"><script>alert(1)</script>', "{{ 7*7 }}", "{% debug %}",
    "../../../etc/passwd", "%00", "\x00", "a\x00b", "\r\nSet-Cookie: x=1", "\u202e\u200b", "😀" * 50,
    "\ufeff", "𠀀𪚥", "１２３", "null", "true", "[]", "{}", "x" * 5000, "中" * 3000, "2024-02-30", "0000-00-00",
    "9999-12-31", "-0", "0x1F", "1,000", "１０元", "draft", "published", "archived", "review", MARKER[:6],
]  # fmt: skip

hostile_values = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.text(alphabet=string.digits + "-.,eE+ ", max_size=25),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.dates().map(str),
)


class FormFinder(HTMLParser):
    """The forms of a page: method, action and the names (and offered values) of their fields."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append(
                {"method": (attrs.get("method") or "get").lower(), "action": attrs.get("action"), "fields": {}}
            )
        elif self.forms and tag in {"input", "select", "textarea"} and attrs.get("name"):
            self.forms[-1]["fields"].setdefault(attrs["name"], [])
            if attrs.get("value") is not None:
                self.forms[-1]["fields"][attrs["name"]].append(attrs["value"])
        elif self.forms and tag == "option" and self.forms[-1]["fields"]:
            last = list(self.forms[-1]["fields"])[-1]
            self.forms[-1]["fields"][last].append(attrs.get("value", ""))


def discover_routes(resolver=None, prefix=""):
    """(route, converters) for every path() in the project, admin excepted."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace in SKIPPED_NAMESPACES or not isinstance(entry.pattern, RoutePattern):
                continue
            yield from discover_routes(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern) and isinstance(entry.pattern, RoutePattern):
            yield prefix + str(entry.pattern), entry.pattern.converters


@pytest.fixture
def sentinels():
    """Published content to find, and unpublished content marked with MARKER that must stay hidden."""
    stage = make_stage()
    technique = make_technique(stage=stage)
    scam_type = make_scam_type()
    published = [make_article(), make_case(scam_type=scam_type, losses=["1200"])]
    hidden_type = make_scam_type(name=f"{MARKER}类型", slug="sentinel-type", status=Status.DRAFT)
    future = timezone.now() + timedelta(days=30)
    hidden = [
        make_article(title=f"{MARKER}草稿", slug="sentinel-draft", status=Status.DRAFT, publish_at=None),
        make_article(title=f"{MARKER}待审", slug="sentinel-review", status=Status.REVIEW, body=MARKER),
        make_article(title=f"{MARKER}归档", slug="sentinel-archived", status=Status.ARCHIVED, lead=MARKER),
        make_article(title=f"{MARKER}定时", slug="sentinel-future", publish_at=future),
        make_case(title=f"{MARKER}草稿案例", status=Status.DRAFT, publish_at=None, scam_type=scam_type),
        make_case(title=f"{MARKER}内部案例", is_public=False, summary=MARKER, scam_type=scam_type),
        make_case(title=f"{MARKER}定时案例", publish_at=future, scam_type=scam_type),
        make_case(title=f"{MARKER}归档案例", status=Status.ARCHIVED, publish_at=past(), scam_type=hidden_type),
    ]
    return {
        "slug": [obj.slug for obj in [*published, *hidden, scam_type, hidden_type] if hasattr(obj, "slug")],
        "int": [obj.pk for obj in [*published, *hidden] if not hasattr(obj, "slug")],
        "str": [technique.code, "T001", "T999"],
    }


def path_value(converter_name: str, known: dict):
    randoms = {
        "int": st.integers(min_value=0, max_value=2**70),
        "slug": st.from_regex(r"[-a-zA-Z0-9_]{1,30}", fullmatch=True),
        "str": st.text(
            alphabet=st.characters(blacklist_characters="/?#%", blacklist_categories=("Cs", "Cc")),
            min_size=1,
            max_size=20,
        ),
        "path": st.text(
            alphabet=st.characters(blacklist_characters="?#%", blacklist_categories=("Cs", "Cc")),
            min_size=1,
            max_size=30,
        ),
        "uuid": st.uuids(),
    }
    strategy = randoms.get(converter_name, randoms["str"])
    if known.get(converter_name):
        strategy = st.one_of(st.sampled_from(known[converter_name]), strategy)
    return strategy.map(str)


def converter_name(converter) -> str:
    return {
        "IntConverter": "int",
        "SlugConverter": "slug",
        "StringConverter": "str",
        "PathConverter": "path",
        "UUIDConverter": "uuid",
    }.get(type(converter).__name__, "str")


def body_of(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", errors="replace")


def forms_on(client, url) -> list[dict]:
    response = client.get(url)
    if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
        return []
    finder = FormFinder()
    finder.feed(body_of(response))
    return finder.forms


def test_hostile_input_never_breaks_a_page_nor_reveals_unpublished_content(sentinels, settings):
    settings.CHECKER_RATE_LIMIT = 10**9  # fuzz the checker itself, not its rate limit
    anonymous = Client()
    analyst = Client()
    analyst.force_login(make_user(groups=["分析员"], is_staff=False))
    clients = {"anonymous": anonymous, "analyst": analyst}

    routes = []
    for route, converters in discover_routes():
        sample = re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: str(sentinels.get(m.group(1) or "str", ["x"])[0]), route)
        forms = forms_on(anonymous, "/" + sample) + forms_on(analyst, "/" + sample)
        get_fields = {
            name: values for form in forms if form["method"] == "get" for name, values in form["fields"].items()
        }
        post_fields = {
            name: values for form in forms if form["method"] == "post" for name, values in form["fields"].items()
        }
        routes.append((route, converters, get_fields, post_fields))
    STATS["routes"] = len(routes)
    assert len(routes) >= 8  # home, lists, details, checker, health …

    @st.composite
    def requests(draw):
        route, converters, get_fields, post_fields = draw(st.sampled_from(routes))
        url = "/" + route
        for name, converter in converters.items():
            value = draw(path_value(converter_name(converter), sentinels))
            url = re.sub(rf"<(?:\w+:)?{name}>", lambda _m, v=value: v, url)
        method = "POST" if post_fields and draw(st.booleans()) else "GET"
        fields = post_fields if method == "POST" else {**{key: [] for key in COMMON_PARAMS}, **get_fields}
        names = draw(st.lists(st.sampled_from(sorted(fields)), max_size=5, unique=True)) if fields else []
        data = {}
        for name in names:
            offered = [v for v in fields[name] if v]
            value = draw(st.one_of(st.sampled_from(offered), hostile_values) if offered else hostile_values)
            data[name] = draw(st.sampled_from([value, [value, draw(hostile_values)]]))
        who = draw(st.sampled_from(sorted(clients)))
        return method, url, data, who

    @given(requests())
    def send(request):
        method, url, data, who = request
        client = clients[who]
        response = client.post(url, data) if method == "POST" else client.get(url, data)
        STATS["requests"] += 1
        STATS[method] += 1
        STATS[f"status {response.status_code}"] += 1
        assert response.status_code < 500, (method, url, data, who)
        # The analyst workspace shows internal and unpublished cases by design; every
        # other page, to anyone signed in or not, must keep them hidden.
        if not (who == "analyst" and url.startswith(ANALYST_WORKSPACE)):
            assert MARKER not in body_of(response), (method, url, data, who)

    send()
    assert STATS["requests"] >= hypothesis_settings.default.max_examples
