"""Apps a message names: the curated tools scammers ask for (`cases.data.apps`), and names put before "App".

Three forms: a curated name anywhere (any case); a name in quotes or 《》「」
right before App, 软件 or 客户端 (下载“安全防护”APP); and the words right before
"App" (下载安全防护APP), cut after the last verb or pronoun (下载, 这个 …).
An app is flagged download when 下载, 安装, 装一个 or 下个 comes shortly before it
in the same sentence, or 下载/安装 right after it.
"""

import re

from cases.data.apps import KNOWN_APPS

from .kinds import Flag, Indicator, IndicatorKind

_CANONICAL = {name.lower(): name for name in KNOWN_APPS}
_LETTER = re.compile("[A-Za-z]")
_QUOTED = re.compile(
    r"[《“「『\"'‘][ \t]*(?P<name>[^《》“”「」『』\"'‘’\s，。！？、：；]{1,20}?)[ \t]*[》”」』\"'’][ \t]*(?:app|软件|客户端)",
    re.IGNORECASE,
)
_APP_WORD = re.compile(r"[aA](?<![A-Za-z].)[pP]{2}(?![A-Za-z])")
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{1,30}( ?)\Z")
_LEAD_WORDS = re.compile(
    r".*(?:下载|安装|装一个|装个|下个|下一个|打开|登录|登陆|注册|使用|进入|点击|通过|一款|一个|这款|这个|那个|该|的)"
)
_NOT_NAMES = frozenset(
    ("手机", "官方", "正规", "指定", "第三方", "相关", "其他", "任何", "陌生", "不明", "我们", "你们")
)
_INSTALL_BEFORE = re.compile(r"下载|安装|装一个|装个|下个|下一个|装上")
_INSTALL_AFTER = re.compile(r"[ \t]*(?:并|后|一下|来)?[ \t]*(?:下载|安装)")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_WINDOW = 16


def _whole_word(text: str, start: int, end: int) -> bool:
    return not (start and _LETTER.match(text, start - 1)) and not _LETTER.match(text, end)


def _known(text: str) -> list[tuple[int, int, str]]:
    """The curated names, in any case; a Latin one only as a whole word (not "zoom" in "zoomed")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text  # a letter that lower-cases to two (İ) would shift offsets: match as written
    found = []
    for key, name in _CANONICAL.items():
        start = lowered.find(key)
        while start != -1:
            end = start + len(key)
            if not name.isascii() or _whole_word(text, start, end):
                found.append((start, end, name))
            start = lowered.find(key, end)
    return found


def _named(text: str) -> list[tuple[int, int, str]]:
    """Names right before "App": the word run, cut after the last verb or pronoun."""
    found = []
    for match in _APP_WORD.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, match.start() - 31), match.start())
        if before is None:
            continue
        run = before[0].rstrip(" ")
        if run[-1].isascii() and run[-1].isalpha() and not before[1]:
            continue  # part of a word: WhatsApp, happ
        lead = _LEAD_WORDS.match(run)
        name = run[lead.end() :] if lead else run
        if 2 <= len(name) <= 10 and name not in _NOT_NAMES:
            start = before.start() + len(run) - len(name)
            found.append((start, start + len(name), name))
    return found


def _asks_to_install(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _WINDOW) : start]
    before = _SENTENCE_END.split(before)[-1]
    return _INSTALL_BEFORE.search(before) is not None or _INSTALL_AFTER.match(text, end) is not None


def find(text: str, original: str) -> list[Indicator]:
    """Every app named in `text` (width-folded `original`); overlaps are left to `extract`."""
    spans = _known(text)
    spans += [(*match.span("name"), match["name"]) for match in _QUOTED.finditer(text)]
    spans += _named(text)
    found = []
    for start, end, name in spans:
        value = _CANONICAL.get(name.lower(), name)
        flags = frozenset({Flag.DOWNLOAD}) if _asks_to_install(text, start, end) else frozenset()
        found.append(Indicator(IndicatorKind.APP, value, original[start:end], start, end, flags=flags))
    return found
