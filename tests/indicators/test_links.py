import pytest

from cases.indicators import Flag, IndicatorKind

from .helpers import found, only, values

URL = IndicatorKind.URL


@pytest.mark.parametrize(
    ("text", "display", "value"),
    [
        (
            "您的快递丢失，点击 http://kd-lipei.com/claim 办理理赔",
            "http://kd-lipei.com/claim",
            "http://kd-lipei.com/claim",
        ),
        (
            "登录HTTPS://Pay.Example.COM/Login?id=7即可",
            "HTTPS://Pay.Example.COM/Login?id=7",
            "https://pay.example.com/login?id=7",
        ),
        ("官网www.abc-bank.com，请勿泄露", "www.abc-bank.com", "http://www.abc-bank.com"),
        ("退款入口 abc.cn/xyz。", "abc.cn/xyz", "http://abc.cn/xyz"),
        ("详情t.cn/A6xyzAB！", "t.cn/A6xyzAB", "http://t.cn/a6xyzab"),
        ("访问http://1.2.3.4:8080/a，", "http://1.2.3.4:8080/a", "http://1.2.3.4:8080/a"),
        ("访问 1.2.3.4:8080/a 领取", "1.2.3.4:8080/a", "http://1.2.3.4:8080/a"),
        ("网址：ｗｗｗ．ｆａｋｅ．ｃｏｍ，速领", "ｗｗｗ．ｆａｋｅ．ｃｏｍ", "http://www.fake.com"),
        ("网址 https://fake.top/", "https://fake.top/", "https://fake.top"),
    ],
)
def test_links_with_or_without_scheme(text, display, value):
    link = only(text, URL)
    assert link.display == display
    assert link.value == value


@pytest.mark.parametrize("after", ["，", "。", "！", "？", "：", "；", "、", "）", "」", "”", "请点击", ".", ","])
def test_punctuation_and_chinese_text_after_a_link_are_not_part_of_it(after):
    assert only(f"点击abc.cn/x{after}领取", URL).display == "abc.cn/x"


def test_the_domain_is_the_registrable_domain():
    assert only("登录 https://www.icbc.com.cn/login", URL).domain == "icbc.com.cn"
    assert only("登录 http://a.b.example.co.uk/x", URL).domain == "example.co.uk"
    assert only("访问http://1.2.3.4/a", URL).domain == "1.2.3.4"


def test_a_link_with_user_info_is_the_host_after_the_at_sign():
    link = only("登录 http://www.icbc.com.cn@evil.top/login", URL)
    assert link.domain == "evil.top"
    assert Flag.UNKNOWN_LINK in link.flags


@pytest.mark.parametrize(
    "text",
    [
        "查询 https://www.chinatax.gov.cn/x",
        "登录 beijing.gov.cn",
        "购票请上12306.cn",
        "工行 www.icbc.com.cn",
        "建行 ccb.com",
        "打开 weixin.qq.com/x",
        "淘宝 taobao.com",
        "顺丰 www.sf-express.com",
    ],
)
def test_official_domains(text):
    assert only(text, URL).flags == {Flag.OFFICIAL}


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("点击t.cn/A6xyz", {Flag.SHORT_LINK, Flag.UNKNOWN_LINK}),
        ("点击 url.cn/abc", {Flag.SHORT_LINK, Flag.UNKNOWN_LINK}),
        ("点击 https://bit.ly/3xyz", {Flag.SHORT_LINK, Flag.UNKNOWN_LINK}),
        ("点击 0x3.me/ab", {Flag.SHORT_LINK, Flag.UNKNOWN_LINK}),
        ("点击 http://1.2.3.4:8080/a", {Flag.IP_HOST, Flag.UNKNOWN_LINK}),
        ("点击 icbc-kefu.com/a", {Flag.UNKNOWN_LINK}),
        ("点击 http://xn--fiqs8s.cn/a", {Flag.PUNYCODE, Flag.UNKNOWN_LINK}),
        ("点击 http://中国银行.com/a", {Flag.PUNYCODE, Flag.UNKNOWN_LINK}),
        ("点击 аlipay.com/a", {Flag.PUNYCODE, Flag.UNKNOWN_LINK}),  # Cyrillic а
        ("下载 http://abc.xyz/app.apk", {Flag.DOWNLOAD, Flag.UNKNOWN_LINK}),
        ("下载 abc.xyz/download/app", {Flag.DOWNLOAD, Flag.UNKNOWN_LINK}),
        ("下载 abc.xyz/down.html?id=1", {Flag.DOWNLOAD, Flag.UNKNOWN_LINK}),
    ],
)
def test_link_flags(text, flags):
    assert only(text, URL).flags == flags


def test_a_lookalike_host_keeps_its_own_letters():
    link = only("点击 аlipay.com/a", URL)
    assert link.display == "аlipay.com/a"
    assert link.domain == "аlipay.com"


@pytest.mark.parametrize(
    "text",
    [
        "损失1.5万元",
        "请升级到 v1.2 版本",
        "Mr.Li 您好",
        "文件 report.pdf 已发送",
        "版本 2.0.1",
        "1.2.3.4",  # a bare address without port or path: a version number as often as a host
        "发邮件到 service@abc.com",
    ],
)
def test_things_that_are_no_links(text):
    assert values(text, URL) == []


def test_digits_inside_a_link_are_not_a_phone_number():
    assert [indicator.kind for indicator in found("点击 http://abc.cn/13812345678 查看")] == [URL]
