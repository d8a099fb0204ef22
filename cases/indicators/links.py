"""Links: with or without a scheme, by host name or IP address, each with its registrable domain and flags.

With a scheme (http://, https://) any host counts, non-ASCII ones included.
Without one, a host needs a common top-level domain, or "www." or a path, so
"Mr.Li" or "v1.2" are no links; an IP address needs a port or a path. A link
ends at the first character that cannot be in one (Chinese text and
punctuation), and ASCII punctuation at its end (a full stop) is left out.

The value is the whole link lower-cased, with "http://" when none was written.
The domain is the registrable domain (tldextract's bundled suffix list, read
offline), or the address itself for an IP host.
"""

import re

import tldextract

from cases.data.official_domains import OFFICIAL_DOMAINS

from .kinds import Flag, Indicator, IndicatorKind
from .text import finditer

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
_EXTRACT("example.com")  # build the suffix trie now (a tenth of a second), not in the first request

SHORTENERS = (
    "t.cn", "url.cn", "dwz.cn", "bit.ly", "tinyurl.com", "suo.im", "0x3.me", "goo.gl", "is.gd", "v.gd", "ow.ly",
    "t.co", "j.mp", "u.nu", "cutt.ly", "rebrand.ly", "shorturl.at", "reurl.cc", "sohu.gg", "mrw.so", "suo.nz",
    "kks.me", "6du.in", "3.cn", "tb.cn", "dwz.date", "s.id",
)  # fmt: skip
# Top-level domains a bare host (no scheme, no "www.", no path) may end in. Not .ren, .xin, .mo or
# .kim: "Mr.Ren" is a name.
COMMON_TLDS = frozenset((
    "com", "cn", "net", "org", "top", "xyz", "vip", "cc", "co", "io", "me", "info", "club", "shop", "site", "online",
    "link", "app", "tv", "ws", "asia", "hk", "tw", "ltd", "icu", "work", "fun", "pw", "biz", "ink", "live", "store",
    "tech", "pro", "red", "cloud", "uk", "jp", "kr", "sg", "us", "ru", "kh", "ph", "vn", "中国", "公司", "网络",
))  # fmt: skip
_OFFICIAL = frozenset(OFFICIAL_DOMAINS)
_SHORT = frozenset(SHORTENERS)

_LATIN = "A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"  # Latin, Greek, Cyrillic: look-alike letters count
_WIDE = _LATIN + "\u4e00-\u9fff"  # with a scheme, Chinese host names too
_PATH = r"(?:[/?#][A-Za-z0-9\-._~:/?#@!$&*+;=%]*)"
_IPV4 = r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}"


def _label(letters: str) -> str:
    return rf"[{letters}](?:[{letters}\-]{{0,61}}[{letters}])?"


_CJK_TLD = "中国|公司|网络"
# With a scheme, Chinese labels are allowed except last, so "http://x.com请点击" stops at "com".
_SCHEME_HOST = rf"(?:{_label(_WIDE)}\.)*(?:{_label(_LATIN)}|{_CJK_TLD})"
_BARE_HOST = rf"(?:{_label(_LATIN)}\.)+(?:[A-Za-z]{{2,24}}|xn--[a-z0-9\-]{{2,59}}|{_CJK_TLD})"
_LINK = re.compile(
    rf"(?<![{_LATIN}.\-@/:_])"
    rf"(?:(?P<scheme>[hH][tT]{{2}}[pP][sS]?)://(?:[A-Za-z0-9\-._~%!$&*+;=:]+@)?(?P<host>{_IPV4}|{_SCHEME_HOST})"
    rf"|(?P<ip>{_IPV4})(?=[:/])"
    rf"|(?P<bare>{_BARE_HOST}))"
    rf"(?P<port>:[0-9]{{1,5}})?(?P<path>{_PATH})?(?![{_LATIN}\-@])"
)
# A link begins a run of letters and digits that goes on to "." or ":" (most runs in a message do not).
_LINK_STARTS = re.compile(rf"[{_LATIN}](?<![{_LATIN}.\-@/:_].)[{_LATIN}\-]*[.:]")
_IP = re.compile(_IPV4)
_DOWNLOAD_PATH = re.compile(r"\.(?:apk|ipa)(?:$|[?#])|(?:^|[/._\-?=&])(?:download|down|dl|xiazai|apk)(?:$|[/._\-?=&])")
_TRAILING = ".:;!?*=&-_~"


def _parents(host: str):
    """The host and each domain above it: a.b.c.cn, b.c.cn, c.cn, cn."""
    labels = host.split(".")
    return (".".join(labels[i:]) for i in range(len(labels)))


def registrable_domain(host: str) -> str:
    """icbc.com.cn for www.icbc.com.cn; empty when the host has no public suffix."""
    try:
        parts = _EXTRACT(host)
    except (UnicodeError, ValueError):
        return ""
    return parts.top_domain_under_public_suffix


def _flags(host: str, domain: str, path: str, *, ip: bool) -> set[str]:
    flags = set()
    if ip:
        flags.add(Flag.IP_HOST)
    if "xn--" in host or not host.isascii():
        flags.add(Flag.PUNYCODE)
    parents = set(_parents(host))
    if parents & _SHORT:
        flags.add(Flag.SHORT_LINK)
    if not ip and (parents & _OFFICIAL or "gov.cn" in parents):
        flags.add(Flag.OFFICIAL)
    else:
        flags.add(Flag.UNKNOWN_LINK)
    if _DOWNLOAD_PATH.search(path.lower()):
        flags.add(Flag.DOWNLOAD)
    return flags


def parse(match: re.Match, original: str) -> Indicator | None:
    start, end = match.start(), match.end()
    path = (match["path"] or "").rstrip(_TRAILING)
    end -= len(match["path"] or "") - len(path)
    host = (match["host"] or match["ip"] or match["bare"]).lower().rstrip(".")
    ip = _IP.fullmatch(host) is not None
    if ip:
        domain = host
    else:
        domain = registrable_domain(host)
        if match["bare"] and not (
            domain and (host.startswith("www.") or path or host.rsplit(".", 1)[-1] in COMMON_TLDS)
        ):
            return None
        domain = domain or host  # localhost, intranet names: only with a scheme
    written = match.string[start:end]
    rest = written.split("://", 1)[1] if match["scheme"] else written
    if rest.endswith("/") and rest.count("/") == 1:
        rest = rest[:-1]
    value = f"{(match['scheme'] or 'http').lower()}://{rest.lower()}"
    flags = _flags(host, domain, path, ip=ip)
    return Indicator(IndicatorKind.URL, value, original[start:end], start, end, domain=domain, flags=frozenset(flags))


def find(text: str, original: str) -> list[Indicator]:
    """Every link in `text` (width-folded `original`)."""
    return [link for match in finditer(_LINK, _LINK_STARTS, text) if (link := parse(match, original)) is not None]
