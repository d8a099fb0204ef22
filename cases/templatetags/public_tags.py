"""Template helpers for the public pages."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template

register = template.Library()

WAN = Decimal(10_000)
YI = Decimal(100_000_000)


def _trim(value: Decimal, places: int) -> str:
    text = str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))
    return text.rstrip("0").rstrip(".") if "." in text else text


@register.filter
def yuan(amount, approximate=False) -> str:
    """Money the way Chinese police posts write it: 3,450元, 6.4万元, 6.4万余元, 1.2亿元."""
    try:
        value = Decimal(amount or 0)
    except (InvalidOperation, TypeError, ValueError):
        return ""
    more = "余" if approximate else ""
    if value >= YI:
        return f"{_trim(value / YI, 2)}亿{more}元"
    if value >= WAN:
        return f"{_trim(value / WAN, 2)}万{more}元"
    if value == value.to_integral_value():
        return f"{int(value):,}{more}元"
    return f"{value:,.2f}{more}元"


CN_DIGITS = "零一二三四五六七八九"


@register.filter
def cn_number(value) -> str:
    """1 → 一, 12 → 十二, 23 → 二十三: for 第一步 and 第二阶段 (up to 99)."""
    try:
        n = int(value)
    except (TypeError, ValueError):
        return ""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    text = (CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "")
    return text + (CN_DIGITS[ones] if ones else "")


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    """An absolute URL for share cards and feeds; the path unchanged where there is no request."""
    request = context.get("request")
    return request.build_absolute_uri(path) if request else path


@register.simple_tag(takes_context=True)
def canonical_url(context, *keep: str) -> str:
    """This page's absolute URL without its query string, except the parameters named in `keep`.

    Filter combinations all point at the unfiltered list; page numbers are kept
    where a list passes "page".
    """
    request = context.get("request")
    if request is None:
        return ""
    params = request.GET.copy()
    for name in list(params):
        if name not in keep or (name == "page" and params.get(name) == "1"):
            del params[name]
    query = params.urlencode()
    return request.build_absolute_uri(request.path + (f"?{query}" if query else ""))
