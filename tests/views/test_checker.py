import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from cases.checker.concepts import SignalKind
from cases.forms import EMPTY_MESSAGE, NO_WORDS_MESSAGE, TOO_LONG_MESSAGE, UNREADABLE_MESSAGE
from cases.models import RedFlag, Signal, TechniqueMatchCount
from cases.views.checker import RATE_LIMITED_MESSAGE, VERDICTS
from tests.factories import make_advice, make_scam_type, make_stage, make_technique

pytestmark = pytest.mark.django_db

URL = reverse("checker")


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


@pytest.fixture
def taxonomy():
    """A scam type with two techniques, their red flags and advice."""
    scam_type = make_scam_type(slug="courier", name="冒充快递客服诈骗", summary="自称快递客服，以理赔为名骗钱。")
    stage = make_stage(name="取得信任")
    compensation = make_technique(code="T201", name="高额理赔", stage=stage, summary="主动提出多倍赔偿。")
    code = make_technique(code="T202", name="索要验证码", summary="骗取短信验证码。")
    for technique in (compensation, code):
        technique.scam_types.add(scam_type)
    RedFlag.objects.create(technique=compensation, phrase="三倍赔偿", weight=3)
    RedFlag.objects.create(technique=compensation, phrase="理赔", weight=1)
    RedFlag.objects.create(technique=code, phrase="验证码", weight=4)
    make_advice(title="验证码不给任何人").techniques.add(code)
    asks_code = Signal.objects.create(
        code="C22", kind=SignalKind.REQUEST, name="索要验证码", explanation="验证码谁要都不能给。", strength=4
    )
    asks_code.phrases.create(phrase=r"验证码.{0,4}(念|发)", is_pattern=True)
    asks_code.techniques.add(code)
    make_advice(title="接到陌生来电先核实", is_general=True)
    return scam_type


def post(client, message):
    return client.post(URL, {"message": message})


def test_page_has_a_text_box_and_sample_links(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="message"' in html
    assert 'href="?sample=call#result"' in html


def test_scam_message_shows_highlights_techniques_type_advice_and_what_to_do(client, taxonomy):
    response = post(client, "您好，快递丢了要理赔，给您三倍賠償，把驗證碼念给我")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark>三倍賠償</mark>" in html
    assert "<mark>驗證碼念</mark>" in html
    assert "为什么这样判断" in html and "验证码谁要都不能给。" in html
    assert "高额理赔" in html and "取得信任" in html and "主动提出多倍赔偿。" in html
    assert "索要验证码" in html
    assert "冒充快递客服诈骗" in html and taxonomy.get_absolute_url() in html
    assert "验证码不给任何人" in html
    assert VERDICTS[response.context["result"].level].title in html
    assert response.context["result"].level.name == "HIGH"
    for step in ("挂断电话", "验证码不告诉任何人", "不共享屏幕", "96110", "110"):
        assert step in html
    assert "no-store" in response["Cache-Control"]


def test_no_match_never_says_safe_and_gives_general_advice(client, taxonomy):
    response = post(client, "周末一起去爬山吧")
    html = response.content.decode()
    assert response.status_code == 200
    assert "未发现已知的诈骗特征" in html
    assert "不代表它一定安全" in html
    assert "接到陌生来电先核实" in html
    assert "安全。" not in html.replace("一定安全", "")
    assert "<mark>" not in html


def test_sample_link_shows_a_result_without_counting(client, taxonomy):
    response = client.get(URL, {"sample": "call"})
    assert response.status_code == 200
    assert response.context["is_sample"]
    assert "<mark>" in response.content.decode()
    assert not TechniqueMatchCount.objects.exists()


def test_unknown_sample_is_ignored(client):
    response = client.get(URL, {"sample": "<script>"})
    assert response.status_code == 200
    assert "result" not in response.context


def test_matches_are_counted_per_technique_without_the_text(client, taxonomy):
    post(client, "三倍赔偿，验证码")
    post(client, "验证码")
    counts = dict(TechniqueMatchCount.objects.values_list("technique__code", "count"))
    assert counts == {"T201": 1, "T202": 2}


@pytest.mark.parametrize(
    ("message", "error"),
    [
        ("", EMPTY_MESSAGE),
        ("   \n\t ", EMPTY_MESSAGE),
        ("\x00\x01\x07", EMPTY_MESSAGE),
        ("😀🎉🙏", NO_WORDS_MESSAGE),
        ("！？……", NO_WORDS_MESSAGE),
    ],
)
def test_bad_input_gets_a_clear_message(client, taxonomy, message, error):
    response = post(client, message)
    assert response.status_code == 400
    assert error in response.content.decode()


def test_over_length_input_gets_a_clear_message(client, taxonomy, settings):
    response = post(client, "验证码" * 40_000)  # 120,000 characters
    assert response.status_code == 400
    assert TOO_LONG_MESSAGE.format(limit=settings.CHECKER_MAX_LENGTH, length=120_000) in response.content.decode()
    assert not TechniqueMatchCount.objects.exists()


def test_control_characters_inside_text_are_removed_and_the_rest_checked(client, taxonomy):
    response = post(client, "验\x00证\x1b码")
    assert response.status_code == 200
    assert response.context["result"].matched


def test_html_in_the_message_is_escaped_in_the_highlighted_output(client, taxonomy):
    response = post(client, '<script>alert("x")</script><b>验证码</b>')
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;<mark>验证码</mark>&lt;/b&gt;" in html


def test_post_without_csrf_token_is_refused():
    client = Client(enforce_csrf_checks=True)
    assert client.post(URL, {"message": "验证码"}).status_code == 403


def test_post_with_csrf_token_is_accepted(taxonomy):
    client = Client(enforce_csrf_checks=True)
    client.get(URL)
    token = client.cookies["csrftoken"].value
    assert client.post(URL, {"message": "验证码", "csrfmiddlewaretoken": token}).status_code == 200


def test_rate_limit_refuses_with_a_clear_message(client, taxonomy, settings):
    settings.CHECKER_RATE_LIMIT = 2
    assert post(client, "验证码").status_code == 200
    assert post(client, "验证码").status_code == 200
    response = post(client, "验证码")
    assert response.status_code == 429
    assert RATE_LIMITED_MESSAGE in response.content.decode()
    assert TechniqueMatchCount.objects.get().count == 2
    # Another client is not affected.
    assert Client(REMOTE_ADDR="203.0.113.50").post(URL, {"message": "验证码"}).status_code == 200


def test_other_methods_are_refused(client):
    assert client.put(URL).status_code == 405


def test_query_count_is_fixed_whatever_the_taxonomy_size(client, taxonomy, django_assert_max_num_queries):
    # Warm the rules cache, then check a matching and a non-matching message.
    post(client, "热身")
    with django_assert_max_num_queries(6):  # fingerprint, techniques, types, advice, 2 count writes
        post(client, "三倍赔偿，验证码")
    for n in range(30):
        technique = make_technique(code=f"T{300 + n}")
        technique.scam_types.add(taxonomy)
        RedFlag.objects.create(technique=technique, phrase=f"话术{n}号", weight=2)
    post(client, "热身")
    with django_assert_max_num_queries(6):
        post(client, "三倍赔偿，验证码，" + "，".join(f"话术{n}号" for n in range(30)))
    with django_assert_max_num_queries(4):
        post(client, "周末一起去爬山吧")


def test_on_the_demo_taxonomy_a_scam_call_is_high_risk_in_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    from cases.services.loading import taxonomy_load

    taxonomy_load()
    post(client, "热身")  # load the rules into the cache
    with django_assert_max_num_queries(6):
        response = post(client, "我是淘宝客服，给您三倍赔偿，先加我QQ，下载开会宝共享屏幕，再把验证码告诉我。")
    assert response.status_code == 200
    assert response.context["result"].level.name == "HIGH"
    assert [t.slug for t in response.context["report"].scam_types] == ["fake-customer-service"]
    html = response.content.decode()
    assert "/types/fake-customer-service/" in html
    assert "验证码是最后一道防线" in html


def test_a_megabyte_paste_is_refused_without_echoing_it_back(client, taxonomy):
    response = post(client, "a" * 1_000_000)
    assert response.status_code == 400
    assert len(response.content) < 100_000
    assert "内容太长了" in response.content.decode()


def test_a_paste_too_large_for_the_request_gets_a_clear_page(client, taxonomy):
    response = post(client, "验证码" * 1_000_000)  # 9 MB of UTF-8, over Django's upload limit
    assert response.status_code == 400
    assert "无法处理这次提交" in response.content.decode()


def test_invalid_utf8_gets_a_clear_message(client, taxonomy):
    body = b"message=" + "验证码发我".encode() + b"%FF%FE"
    response = client.post(URL, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert UNREADABLE_MESSAGE in response.content.decode()


@pytest.mark.parametrize("message", ["((((((a", "[验证码*+?{99999}", "\\" * 500 + "验证码", "(?P<x>" * 100 + "转账"])
def test_regex_hostile_text_is_checked_as_plain_text(client, taxonomy, message):
    assert post(client, message).status_code == 200
