import pytest

from cases.markup import render_markdown


def test_markdown_is_rendered():
    html = render_markdown("## 第一步\n\n骗子**冒充客服**。\n\n- 加微信\n- 发链接")
    assert "<h2>第一步</h2>" in html
    assert "<strong>冒充客服</strong>" in html
    assert "<li>加微信</li>" in html


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "[点我](javascript:alert(1))",
        '<a href="javascript:alert(1)">点我</a>',
        '<iframe src="https://example.com"></iframe>',
        '<p style="background:url(javascript:alert(1))">x</p>',
        "<svg onload=alert(1)>",
    ],
)
def test_dangerous_markup_is_removed(hostile):
    html = render_markdown(hostile).lower()
    assert "<script" not in html
    assert "onerror" not in html
    assert "onload" not in html
    assert "javascript:" not in html
    assert "<iframe" not in html
    assert "style=" not in html


def test_links_get_a_safe_rel():
    html = render_markdown("[官方客服](https://example.com/help)")
    assert 'href="https://example.com/help"' in html
    assert "noopener" in html


def test_one_render_leaves_nothing_behind_for_the_next():
    """The renderer is reused between calls: footnotes and abbreviations must not carry over."""
    first = render_markdown("受骗[^1]，ATM\n\n[^1]: 注释内容。\n\n*[ATM]: 自动柜员机")
    assert "注释内容" in first
    assert "自动柜员机" in first
    second = render_markdown("ATM 转账")
    assert "注释内容" not in second
    assert "自动柜员机" not in second
