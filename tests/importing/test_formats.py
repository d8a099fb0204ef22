import pytest

from cases.importing import formats
from cases.importing.formats import ImportFormatError, clean_url, decode, read_document


def test_front_matter_with_jekyll_tags(fixture_bytes):
    doc = read_document(fixture_bytes("jekyll_repost.md"), filename="jekyll_repost.md")
    assert doc.format == "markdown"
    assert doc.title == "【网购售后】“衣服要召回”的电话别信！"
    assert str(doc.original_date) == "2021-03-12"
    assert doc.author == ""  # "转载" says nothing about who wrote it
    assert doc.source_account == "江城反诈"
    assert doc.source_wechat_id == "jcfz_2020"
    body = doc.body
    assert "{{" not in body and "site.baseurl" not in body
    assert "微信号" not in body and "功能介绍" not in body and "转载：" not in body
    assert "broken-local-path" not in body and "![]()" not in body
    assert "![头图](/postimg/banner-c3d4.jpeg)" in body
    assert "**典型案例**" in body
    assert "【网购售后】" not in body  # the repeated title heading is gone
    assert ">**王阿姨**：哦，那怎么退？" in body
    assert "\n>\n>\n" not in body  # runs of empty quote lines collapsed
    assert "<blockquote>" not in body


def test_html_with_inline_styles_is_sanitised(fixture_bytes):
    doc = read_document(fixture_bytes("styled_post.html"), filename="styled_post.html")
    assert doc.format == "html"
    assert doc.title == "海滨公安：一个“理赔”电话，她的存款没了"
    assert str(doc.original_date) == "2022-03-08"
    assert doc.url == "https://mp.weixin.qq.com/s?__biz=MzAbCdEf==&mid=100&idx=1&sn=fe12"
    assert doc.source_account == "海滨公安"
    body = doc.body
    for unwanted in ["style", "script", "alert", "onclick", "<p", "<span", "本文转自", "点击上方蓝字", "data:image"]:
        assert unwanted not in body, unwanted
    assert "## 案例：快递丢了要“理赔”" in body
    assert "**屏幕共享**" in body
    assert "1. 快递丢失理赔请在官方App里办理" in body
    # WeChat keeps the real picture in data-src; the reference stays, nothing is fetched.
    assert "![通话记录截图](https://mmbiz.qpic.cn/mmbiz_png/abc123/640?wx_fmt=png)" in body


def test_wechat_copy_with_boilerplate(fixture_bytes):
    doc = read_document(fixture_bytes("wechat_copy.txt"), filename="wechat_copy.txt")
    assert doc.format == "text"
    assert doc.title == "冒充快递理赔，一周三人被骗"
    assert str(doc.original_date) == "2022-11-15"
    assert doc.source_account == "海滨公安"
    assert doc.source_wechat_id == "hbga_police"
    for unwanted in ["原创", "微信号", "功能介绍", "点击上方蓝字", "向上滑动", "阅读原文"]:
        assert unwanted not in doc.body, unwanted
    # One paragraph per line, as the post showed them.
    assert "提高警惕。\n\n市民小周" in doc.body


def test_gbk_text_is_detected(fixture_bytes):
    data = fixture_bytes("wechat_copy.txt").decode("utf-8").encode("gbk")
    doc = read_document(data, filename="wechat_copy.txt")
    assert doc.encoding == "gb18030"
    assert doc.title == "冒充快递理赔，一周三人被骗"
    assert any("GB18030" in note for note in doc.notes)


def test_short_gbk_text_is_detected():
    assert decode("警方提醒：不要转账".encode("gbk")) == ("警方提醒：不要转账", "gb18030")


def test_utf8_with_bom_and_crlf():
    text, encoding = decode("\ufeff标题\r\n正文。".encode())
    assert (text, encoding) == ("标题\n正文。", "utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", formats.EMPTY),
        (b"   \n\n ", formats.EMPTY),
        ("   ", formats.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", formats.BINARY),
        (b"\xff\xfe\x00\x01\x02", formats.BINARY),
        (bytes(range(1, 32)) * 20, formats.BINARY),
        (b"\x80\x81\xfe\xff" * 50, formats.UNKNOWN_ENCODING),
        ("一" * (formats.MAX_IMPORT_BYTES // 3 + 1), "内容太大"),
        (b"a" * (formats.MAX_IMPORT_BYTES + 1), "内容太大"),
    ],
)
def test_bad_input_gets_a_clear_message(data, message):
    with pytest.raises(ImportFormatError) as error:
        read_document(data)
    assert message.split("{")[0] in str(error.value)


def test_wrong_extension_is_refused():
    with pytest.raises(ImportFormatError, match="只能导入"):
        read_document(b"text", filename="photo.jpg")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: 标题\ndate: 2021-01-01\n\n正文没有结束的分隔线。", formats.FRONT_MATTER_UNCLOSED),
        ("---\ntitle: [没有闭合\n---\n正文。", "不是有效的 YAML"),
        ("---\ntitle: 标题\n  - 缩进错了: x\n---\n正文。", "不是有效的 YAML"),
    ],
)
def test_malformed_front_matter(text, message):
    with pytest.raises(ImportFormatError, match=message.replace("（", ".").replace("）", ".")[:12]):
        read_document(text.encode())


def test_unparseable_front_matter_date_is_noted_not_fatal():
    doc = read_document("---\ntitle: 标题\ndate: 去年冬天\n---\n正文。".encode())
    assert doc.original_date is None
    assert any("去年冬天" in note for note in doc.notes)


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<div><p>正文被截断了</p><img src='x.png'", formats.HTML_TRUNCATED.split("“")[0]),
        ("<html><body><div><img src='a.png'><script>alert(1)</script></div></body></html>", formats.NO_BODY),
    ],
)
def test_malformed_html(html, message):
    with pytest.raises(ImportFormatError, match=message):
        read_document(html.encode(), filename="post.html")


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        (
            "http://mp.weixin.qq.com/s?__biz=MzI==&mid=22&idx=6&sn=74c&chksm=97cb&scene=27#wechat_redirect",
            "http://mp.weixin.qq.com/s?__biz=MzI==&mid=22&idx=6&sn=74c",
        ),
        ("https://example.cn/a?utm_source=wx&id=3", "https://example.cn/a?id=3"),
        ("https://cors.example.dev/?http://static.example.com/img/a.png", "http://static.example.com/img/a.png"),
        ("`https://example.cn/p`", "https://example.cn/p"),
    ],
)
def test_clean_url(url, clean):
    assert clean_url(url) == clean


def test_html_parts_inside_markdown_are_converted_and_sanitised():
    text = "# 标题\n\n<div style='color:red'><p>转载：某地反诈<br>来源：微信公众号</p></div>\n\n正文<span style='x'>一段</span>。<script>alert(1)</script>\n"
    doc = read_document(text.encode())
    assert doc.source_account == "某地反诈"
    assert doc.body == "正文一段。\n"
