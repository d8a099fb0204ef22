import pytest

from cases.indicators import Flag, IndicatorKind

from .helpers import found, only, values

APP = IndicatorKind.APP


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("请下载腾讯会议，输入会议号", "腾讯会议"),
        ("我们用钉钉视频核实身份", "钉钉"),
        ("打开zoom共享一下", "Zoom"),
        ("安装 TODESK 远程协助", "ToDesk"),
        ("用向日葵远程帮你操作", "向日葵"),
        ("开启屏幕共享给我看一下", "屏幕共享"),
        ("装一个TeamViewer", "TeamViewer"),
    ],
)
def test_curated_apps_in_any_case_take_their_own_spelling(text, value):
    assert values(text, APP) == [value]


def test_a_latin_app_name_counts_only_as_a_whole_word():
    assert values("the picture zoomed in", APP) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("请下载'安全防护'APP进行检测", "安全防护"),
        ("请下载“百度金融”App", "百度金融"),
        ("安装《国家反诈中心》app", "国家反诈中心"),
        ("使用「易借宝」软件申请", "易借宝"),
        ("登录『聚财通』客户端", "聚财通"),
    ],
)
def test_quoted_names_before_app_or_software(text, value):
    assert values(text, APP) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("请下载易借宝APP申请额度", "易借宝"),
        ("在这个聚财通app上投资", "聚财通"),
        ("打开 CoinPro APP", "CoinPro"),
    ],
)
def test_the_words_right_before_app_cut_after_the_verb(text, value):
    assert values(text, APP) == [value]


@pytest.mark.parametrize("text", ["请下载官方APP", "打开手机app", "下载指定APP"])
def test_generic_words_before_app_are_no_name(text):
    assert values(text, APP) == []


def test_app_at_the_end_of_a_latin_word_is_part_of_it():
    assert values("WhatsApp 上联系", APP) == ["WhatsApp"]


@pytest.mark.parametrize(
    "text",
    [
        "请先下载腾讯会议",
        "你装一个腾讯会议",
        "去应用商店下个腾讯会议",
        "腾讯会议下载一下",
        "安装好腾讯会议后告诉我",
    ],
)
def test_an_app_the_message_asks_you_to_install_is_flagged_download(text):
    assert only(text, APP).flags == {Flag.DOWNLOAD}


@pytest.mark.parametrize("text", ["我们用腾讯会议开会", "下载好了吗？腾讯会议里等你"])
def test_an_app_merely_named_is_not_flagged(text):
    assert only(text, APP).flags == frozenset()


def test_an_app_inside_a_link_is_part_of_the_link():
    assert [i.kind for i in found("下载 http://zoom.abc.top/app")] == [IndicatorKind.URL]
