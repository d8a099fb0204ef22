"""Reading a republished post, whatever its format, into one `Document` with a clean Markdown body.

Three kinds of input arrive, often mixed in one file: Markdown with YAML front
matter (blog exports, with Jekyll tags such as `{{site.baseurl}}`), HTML (saved
pages or fragments, with inline styles), and text copied from WeChat with the
account's promotion block, swipe prompts and credits around it. The pipeline:

    bytes → `decode` (UTF-8, else a detected Chinese encoding, else refuse)
          → front matter (PyYAML) → HTML parts sanitised (nh3) and converted
            (markdownify) → `clean_markdown` drops the boilerplate and pulls
            out the title, original URL, date and source account it finds.

Nothing is fetched from the network: images stay references with their alt text.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import nh3
import yaml
from bs4 import BeautifulSoup
from charset_normalizer import from_bytes
from markdownify import MarkdownConverter

MAX_IMPORT_BYTES = 2 * 1024 * 1024  # a long WeChat post is about 30 KB; 2 MB leaves room for inline HTML
SHANGHAI = ZoneInfo("Asia/Shanghai")
ALLOWED_EXTENSIONS = (".md", ".markdown", ".html", ".htm", ".txt")

# Messages the editor sees; tests import them.
EMPTY = "没有可导入的内容：文件或粘贴的文字是空的。"
TOO_LARGE = "内容太大（{size} KB），单篇导入的上限是 {limit} KB。"
BINARY = "这不是文本文件（含有二进制内容），请上传 .md、.html 或 .txt 文件。"
UNKNOWN_ENCODING = "无法识别文件的编码，请用 UTF-8（或 GBK）编码另存后再导入。"
BAD_EXTENSION = "只能导入 .md、.html、.htm 或 .txt 文件。"
FRONT_MATTER_UNCLOSED = "文件开头的 front matter 缺少结束的“---”行。"
FRONT_MATTER_INVALID = "文件开头的 front matter（两行“---”之间）不是有效的 YAML：{error}"
FRONT_MATTER_NOT_MAPPING = "文件开头的 front matter 应当是“键: 值”的形式。"
HTML_TRUNCATED = "HTML 不完整：结尾处有未闭合的标签“{tag}”。"
NO_BODY = "没有识别出正文。"


class ImportFormatError(ValueError):
    """Input that cannot be read as a post; the message is for the editor."""


@dataclass
class Document:
    """A post in a common shape: metadata as found, body as clean Markdown."""

    title: str = ""
    original_date: date | None = None
    author: str = ""  # the byline or front matter author, e.g. the platform that reposted it
    source_account: str = ""  # the police account that first published it
    source_wechat_id: str = ""
    credited: list[str] = field(default_factory=list)  # every account named as a source, in order
    url: str = ""
    body: str = ""
    format: str = "text"  # "markdown", "html" or "text"
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)  # what the reader did, for the preview


# —— bytes to text ——

_CHINESE_ENCODINGS = {"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "hz", "cp950", "cp936"}


def _looks_chinese(text: str) -> bool:
    """Most non-ASCII characters are CJK or CJK punctuation: a correct decoding of a Chinese post."""
    non_ascii = [char for char in text if ord(char) > 127]
    if not non_ascii:
        return True
    cjk = sum(
        1
        for char in non_ascii
        if "\u4e00" <= char <= "\u9fff"
        or "\u3000" <= char <= "\u303f"
        or "\uff00" <= char <= "\uffef"
        or char in "“”‘’…—·"
    )
    return cjk / len(non_ascii) >= 0.9


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding; refuses empty, huge, binary and undecodable input."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFormatError(TOO_LARGE.format(size=len(data) // 1024, limit=MAX_IMPORT_BYTES // 1024))
    if not data.strip():
        raise ImportFormatError(EMPTY)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _check_text(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError:
            raise ImportFormatError(BINARY) from None
    if b"\x00" in data:
        raise ImportFormatError(BINARY)
    try:
        return _check_text(data.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError:
        pass
    # Short GBK text fools statistical detectors, so try GB18030 (a superset of GBK) strictly first.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_chinese(text):
        return _check_text(text), "gb18030"
    best = from_bytes(data).best()
    if best is not None and best.encoding in _CHINESE_ENCODINGS and _looks_chinese(str(best)):
        return _check_text(str(best)), best.encoding
    raise ImportFormatError(UNKNOWN_ENCODING)


def _check_text(text: str) -> str:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise ImportFormatError(BINARY)
    if not text.strip():
        raise ImportFormatError(EMPTY)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# —— front matter ——

_FRONT_MATTER_OPEN = re.compile(r"\A\s*---[ \t]*\n(?=[ \t]*[\w-]+[ \t]*:)")
_FRONT_MATTER_CLOSE = re.compile(r"^---[ \t]*$", re.MULTILINE)


def split_front_matter(text: str) -> tuple[dict, str]:
    opening = _FRONT_MATTER_OPEN.match(text)
    if not opening:
        return {}, text
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if not closing:
        raise ImportFormatError(FRONT_MATTER_UNCLOSED)
    try:
        meta = yaml.safe_load(text[opening.end() : closing.start()])
    except yaml.YAMLError as error:
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        mark = getattr(error, "problem_mark", None)
        where = f"（第 {mark.line + 2} 行）" if mark else ""
        raise ImportFormatError(FRONT_MATTER_INVALID.format(error=f"{problem}{where}")) from error
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ImportFormatError(FRONT_MATTER_NOT_MAPPING)
    return meta, text[closing.end() :]


def parse_date(value) -> date | None:
    """A date from front matter or a byline: date objects, ISO, 2021年9月28日, or RFC 2822."""
    if isinstance(value, datetime):
        return (value.astimezone(SHANGHAI) if value.tzinfo else value).date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    match = re.search(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value.strip()).astimezone(SHANGHAI).date()
    except (TypeError, ValueError, IndexError):
        return None


# —— HTML ——

_HTML_TAGS = {
    "a", "b", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li",
    "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul", "div", "span", "section",
    "figure", "figcaption", "u", "s", "del", "sup", "sub",
}  # fmt: skip
_HTML_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title", "data-src"}}
_HTML_BLOCK = re.compile(
    r"^[ \t]*<(blockquote|div|p|section|table|ul|ol|h[1-6]|figure|article)\b.*?</\1>[ \t]*$", re.M | re.S | re.I
)
_HTML_LEFTOVER_TAG = re.compile(
    r"</?(?:" + "|".join(sorted(_HTML_TAGS | {"font", "center", "iframe", "mpvoice", "mp-style-type"})) + r")\b[^>]*>",
    re.I,
)
_DANGEROUS = re.compile(r"<(script|style|iframe|object|embed)\b.*?(</\1>|$)", re.S | re.I)


class _Converter(MarkdownConverter):
    def convert_img(self, el, text, parent_tags):
        # WeChat pages keep the real address in data-src and a placeholder in src.
        if el.get("data-src") and not el.get("src", "").startswith("http"):
            el["src"] = el["data-src"]
        return super().convert_img(el, text, parent_tags)


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=_HTML_TAGS,
        attributes=_HTML_ATTRIBUTES,
        clean_content_tags={"script", "style"},
        url_schemes={"http", "https"},
        link_rel=None,
        strip_comments=True,
    )


def html_to_markdown(html: str) -> str:
    return _Converter(heading_style="ATX", bullets="-", strip=["div", "span", "section", "figure", "u"]).convert(
        sanitise_html(html)
    )


def _read_html(text: str, doc: Document) -> str:
    stripped = text.rstrip()
    unclosed = re.search(r"<([a-zA-Z][\w-]*)\b[^<>]*$", stripped)
    if unclosed:
        raise ImportFormatError(HTML_TRUNCATED.format(tag=unclosed[1]))
    soup = BeautifulSoup(text, "html.parser")

    def meta(**attrs):
        tag = soup.find("meta", attrs=attrs)
        return (tag.get("content") or "").strip() if tag else ""

    def text_of(selector):
        tag = soup.select_one(selector)
        return tag.get_text(" ", strip=True) if tag else ""

    doc.title = doc.title or text_of("#activity-name") or meta(property="og:title") or text_of("title")
    canonical = soup.find("link", rel="canonical")
    url = meta(property="og:url") or (canonical.get("href", "") if canonical else "")
    doc.url = doc.url or (clean_url(url) if url else "")
    doc.source_account = doc.source_account or text_of("#js_name")
    doc.author = doc.author or meta(name="author")
    doc.original_date = (
        doc.original_date or parse_date(meta(property="article:published_time")) or parse_date(text_of("#publish_time"))
    )
    content = soup.select_one("#js_content") or soup.find("article") or soup.find("body")
    return html_to_markdown(str(content) if content else text)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype", "<html", "<div", "<p", "<section", "<article", "<body", "<h1", "<table")):
        return True
    return len(re.findall(r"</(p|div|section|span)>", text, re.I)) >= 5 and "**" not in text


# —— Markdown clean-up ——

_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*([^)]*?)\s*(?:\"[^\"]*\")?\s*\)", re.S)
_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\(\s*([^)\s]*)\s*\)")
_TEMPLATE_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|spm|from|scene|chksm|token|lang|sharer_\w+|clicktime|enterid|ascene|devicetype|version|nettype|pass_ticket|wx_header|srcid|exportkey|share_\w+|subscene|sessionid)$"
)
_IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp")

# Lines that are account furniture, not the article: swipe and follow prompts, page chrome, credits.
_BOILERPLATE_LINES = [
    re.compile(pattern)
    for pattern in [
        r"向[左右上下]滑动", r"[左右]滑查看", r"点击?(上方|下方|上面)?蓝字", r"长按(识别)?(图中)?二维码", r"扫码关注",
        r"关注(我们|本公众号|公众号)", r"速戳", r"戳(这里|下方)", r"↓↓|↑↑", r"点(个)?(赞|在看)", r"分享给(更多|身边)",
        r"^(阅读原文|轻触阅读原文|阅读|在看|分享|点赞|写留言|留言|收藏|赞|知道了|取消|允许)$", r"^收录于(话题|合集)",
        r"预览时标签不可点", r"微信扫一扫", r"继续滑动看下一个", r"向上滑动看下一个", r"满意度", r"民意调查",
        r"公正的评价", r"十分满意",
    ]
]  # fmt: skip
_CREDIT_WORDS = re.compile(r"(审核|责编|责任编辑|编辑|校对|排版|监制|美编|图片)\s*[:：]")
_SOURCE_LINE = re.compile(
    r"^(?:来源|转载|转自|稿源|本文转自|本文来源|文章来源)\s*[:：]?\s*[【\[]?(?P<names>[^【】\[\]\n]+?)[】\]]?\s*[；;。]?$"
)
_ORIGINAL_LINE = re.compile(r"^(?:原文(?:链接|地址)?)\s*[:：]\s*(?P<rest>.+)$")
_WECHAT_ID_LINE = re.compile(r"^微信号\s*[:：]?\s*(?P<id>[A-Za-z][\w-]{4,})\s*$")
_INTRO_LINE = re.compile(r"^功能介绍")
_BYLINE = re.compile(
    r"^(?:原创\s+)?(?:(?P<names>[^\d\s][^\d]{0,30}?)\s+)?(?P<date>\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?)(?:\s+\d{1,2}:\d{2})?$"
)
_GENERIC_SOURCES = {"微信公众号", "公众号", "网络", "转载", "综合", "整理", "原创"}


def clean_url(url: str) -> str:
    """Drop tracking parameters and unwrap proxies (…/?http://real) so the same post has one address."""
    url = unquote(url.strip()) if "%3A%2F%2F" in url else url.strip()
    url = url.strip("`<> ")
    split = urlsplit(url)
    if split.query.startswith(("http://", "https://")):
        return clean_url(split.query)
    if split.scheme not in ("http", "https"):
        return url
    query = [
        (key, value) for key, value in parse_qsl(split.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(key)
    ]
    fragment = "" if split.fragment in ("wechat_redirect", "rd") else split.fragment
    return urlunsplit((split.scheme, split.netloc, split.path, urlencode(query, safe="=/_"), fragment))


def _plain(line: str) -> str:
    """A Markdown line as plain text: no images, emphasis, quote markers or link syntax."""
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = re.sub(r"^\s*(>\s*)+", "", line)
    line = re.sub(r"^\s*#{1,6}\s*", "", line)
    return re.sub(r"[*_`]", "", line).strip()


def _image(match: re.Match, doc: Document) -> str:
    alt, src = match[1].strip(), match[2].strip()
    if not src or re.search(r"[\s\\]", src):
        return ""  # an empty placeholder or a broken local path
    src = clean_url(src)
    if "mp.weixin.qq.com/s" in src or (
        src.startswith("http")
        and not urlsplit(src).path.lower().endswith(_IMAGE_EXTENSIONS)
        and "mmbiz" not in src
        and "img" not in src
    ):
        return ""  # a link to another post dressed as an image
    return f"![{alt}]({src})"


def _link(match: re.Match) -> str:
    return f"[{match[1]}]({clean_url(match[2])})"


def _names(text: str) -> list[str]:
    names = [name.strip(' 　*_“”"') for name in re.split(r"[，,、/|&＆和及]", text)]
    return [name for name in names if name and name not in _GENERIC_SOURCES and len(name) <= 30]


def _credit(doc: Document, names: list[str]) -> None:
    for name in names:
        if name not in doc.credited:
            doc.credited.append(name)
    if names and not doc.source_account:
        doc.source_account = names[0]


def _convert_inline_html(text: str) -> str:
    text = _DANGEROUS.sub("", text)
    text = _HTML_BLOCK.sub(lambda match: "\n" + html_to_markdown(match[0]).strip() + "\n", text)
    return _HTML_LEFTOVER_TAG.sub("", text)


def clean_markdown(text: str, doc: Document) -> str:
    """The article's own Markdown, with metadata lifted into `doc` and the furniture dropped."""
    text = _TEMPLATE_TAG.sub("", text)
    text = _convert_inline_html(text)
    text = _IMAGE.sub(lambda match: _image(match, doc), text)
    text = _LINK.sub(_link, text)
    text = text.replace("****", "")
    lines = text.split("\n")
    kept: list[str] = []
    for index, raw in enumerate(lines):
        line = raw.rstrip()
        plain = _plain(line)
        quote = re.match(r"^\s*>", line) is not None
        if quote and not plain:
            if kept and kept[-1].strip() != ">":
                kept.append(">")
            continue
        if not plain:
            if not line.strip() or not _IMAGE.search(line):
                kept.append("")
                continue
        elif re.fullmatch(r"[\W_]+", plain) and not _IMAGE.search(line):
            continue  # decoration such as **!** or ——
        if (match := _ORIGINAL_LINE.match(plain)) and not doc.url:
            links = _LINK.findall(line)
            url = links[0][1] if links else match["rest"].strip("` ")
            if url.startswith("http") or "." in url:
                doc.url = clean_url(url if url.startswith("http") else f"https://{url}")
                continue
        if match := _WECHAT_ID_LINE.match(re.sub(r"[*`>]", "", line).strip()):
            doc.source_wechat_id = doc.source_wechat_id or match["id"]
            _take_account_name(kept, doc)
            continue
        if _INTRO_LINE.match(plain):
            continue
        if (match := _SOURCE_LINE.match(plain)) and len(plain) <= 60:
            _credit(doc, _names(match["names"]))
            continue
        if len(_CREDIT_WORDS.findall(plain)) >= 2:
            continue
        if any(pattern.search(plain) for pattern in _BOILERPLATE_LINES):
            continue
        if index < 8 and (match := _BYLINE.match(plain)) and len(plain) <= 60:
            doc.original_date = doc.original_date or parse_date(match["date"])
            if match["names"]:
                _credit(doc, _names(match["names"].split()[-1]))
            continue
        if _is_embed_link_line(line):
            continue
        kept.append(line)
    return "\n".join(kept)


def _take_account_name(kept: list[str], doc: Document) -> None:
    """The account's name sits just above its 微信号 line, often twice ([名称] then **名称**): lift it out."""
    names = []
    while kept and len(names) < 2:
        if not kept[-1].strip():
            kept.pop()
            continue
        line = kept[-1]
        name = _plain(line).strip("[]【】 ")
        if line.lstrip().startswith("#") or not name or len(name) > 20 or re.search(r"[。！？，：…]", name):
            break
        names.append(name)
        kept.pop()
    for name in reversed(names):
        _credit(doc, [name])


def _is_embed_link_line(line: str) -> bool:
    """A line that is only a link whose text is its own address: a video or page embed left behind."""
    match = re.fullmatch(r"\s*\[`?([^\]`]*)`?\]\(([^)]*)\)\s*", line)
    return bool(match and (match[1].startswith(("http", "www.")) or "/" in match[1] or "." in match[1]))


def _drop_title(lines: list[str], doc: Document) -> list[str]:
    """Take the first heading (or a short first line of plain text) as the title and remove it from the body."""
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        plain = _plain(line)
        heading = re.match(r"^\s*#{1,6}", line) is not None
        if heading and (not doc.title or _same_title(plain, doc.title)):
            doc.title = doc.title or plain
            return lines[:index] + lines[index + 1 :]
        if (
            not doc.title
            and doc.format == "text"
            and len(plain) <= 64
            and not re.search(r"[。！？，；]$", plain)
            and not _IMAGE.search(line)
        ):
            doc.title = plain
            return lines[:index] + lines[index + 1 :]
        if index > 12:
            break
    return lines


def _same_title(a: str, b: str) -> bool:
    def norm(text):
        return re.sub(r"[\W_]", "", text)

    return norm(a) == norm(b)


def _join_split_speaker(lines: list[str]) -> list[str]:
    """`>**店小二**` followed by `>：很抱歉…` is one line of dialogue split in two."""
    joined: list[str] = []
    for line in lines:
        if joined and re.match(r"^\s*>?\s*[：:]", line) and re.fullmatch(r"\s*>?\s*\*\*[^*]{1,12}\*\*\s*", joined[-1]):
            joined[-1] = joined[-1].rstrip() + re.sub(r"^\s*>?\s*", "", line)
        else:
            joined.append(line)
    return joined


def _drop_repeated_decoration(lines: list[str]) -> list[str]:
    """Short slogan lines repeated between sections (以梦为马不负韶华 …) are decoration."""
    counts: dict[str, int] = {}
    for line in lines:
        plain = _plain(line)
        if (
            plain
            and len(plain) <= 12
            and not re.search(r"[\d。！？：:，]", plain)
            and not line.lstrip().startswith(("#", ">", "**", "-"))
        ):
            counts[plain] = counts.get(plain, 0) + 1
    repeated = {plain for plain, count in counts.items() if count >= 2}
    return [line for line in lines if _plain(line) not in repeated or not _plain(line)]


def _paragraphs(lines: list[str]) -> list[str]:
    """WeChat copies put one paragraph on each line; Markdown needs a blank line between paragraphs."""
    non_blank = [line for line in lines if line.strip()]
    blank = len(lines) - len(non_blank)
    if blank >= len(non_blank) * 0.5:
        return lines
    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and line.strip():
            both_quote = out[-1].lstrip().startswith(">") and line.lstrip().startswith(">")
            both_list = _is_list_item(out[-1]) and _is_list_item(line)
            if not (both_quote or both_list):
                out.append("")
        out.append(line)
    return out


def _is_list_item(line: str) -> bool:
    return re.match(r"^\s*([-*+]|\d+\.)\s", line) is not None


def _tidy(text: str) -> str:
    text = re.sub(r"\*\*[ \t]+(?=[，。、；：！？”）》\u4e00-\u9fff])", "**", text)  # `**3倍赔偿** 。` from HTML
    text = re.sub(r"^\*\*((?:!\[[^\]]*\]\([^)]*\))+)\*\*$", r"\1", text, flags=re.M)  # bold around images
    text = re.sub(r"^(#{1,6})(?=[^#\s])", r"\1 ", text, flags=re.M)  # `#标题` → `# 标题`
    text = re.sub(r"(\n\s*>\s*){2,}\n", "\n>\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def _title_text(title: str) -> str:
    title = re.sub(r"(?<![\w])[_*]+|[_*]+(?![\w])|_", "", title)
    return re.sub(r"\s+", " ", title).strip()


def read_document(data: bytes | str, *, filename: str = "") -> Document:
    """Read a post from a file's bytes or from pasted text."""
    if filename and not filename.lower().endswith(ALLOWED_EXTENSIONS):
        raise ImportFormatError(BAD_EXTENSION)
    if isinstance(data, str):
        if len(data.encode("utf-8")) > MAX_IMPORT_BYTES:
            raise ImportFormatError(TOO_LARGE.format(size=len(data.encode()) // 1024, limit=MAX_IMPORT_BYTES // 1024))
        text, encoding = _check_text(data) if data.strip() else "", "utf-8"
        if not text:
            raise ImportFormatError(EMPTY)
    else:
        text, encoding = decode(data)
    doc = Document(encoding=encoding)
    if encoding not in ("utf-8", "utf-16"):
        doc.notes.append(f"文件编码识别为 {encoding.upper()}，已转换为 UTF-8。")

    meta, rest = split_front_matter(text)
    if meta:
        doc.format = "markdown"
        doc.title = _title_text(str(meta.get("title") or ""))
        doc.original_date = parse_date(meta.get("date"))
        if meta.get("date") and not doc.original_date:
            doc.notes.append(f"front matter 中的日期“{meta['date']}”无法识别，已留空。")
        author = str(meta.get("author") or "").strip()
        doc.author = "" if author in _GENERIC_SOURCES else author
        for key in ("original_url", "source_url", "url", "link", "permalink"):
            if isinstance(meta.get(key), str) and meta[key].startswith("http"):
                doc.url = clean_url(meta[key])
                break
        if isinstance(meta.get("source"), str):
            _credit(doc, _names(meta["source"]))

    if _looks_like_html(rest):
        doc.format = "html"
        markdown = _read_html(rest, doc)
    else:
        if doc.format != "markdown" and re.search(r"^\s*(#{1,6}\s?\S|>|!\[|\*\*)", rest, re.M):
            doc.format = "markdown"
        markdown = rest
    doc.title = _title_text(doc.title)
    body = clean_markdown(markdown, doc)
    lines = _join_split_speaker(body.split("\n"))
    lines = _drop_title(lines, doc)
    lines = _drop_repeated_decoration(lines)
    lines = _paragraphs(lines)
    doc.body = _tidy("\n".join(lines))
    if not _plain(doc.body.replace("\n", " ")):
        raise ImportFormatError(NO_BODY)
    doc.title = _title_text(doc.title)[:120]
    return doc
