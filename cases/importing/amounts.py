"""The one parser for money amounts in Chinese police posts, and what each amount is.

`parse_amount("6.4 万余元")` gives 64000 yuan, approximate. `find_amounts(text)`
finds every money amount in running text and says from the words around it
whether it is money the victim lost or something else: a compensation the
scammer promised, a credit limit shown in an app, money recovered or stopped.

Forms understood: Arabic digits with thousands separators and decimals,
full-width digits, Chinese numerals (including 两, 〇 and the financial forms
壹贰叁…), the units 十 百 千 万 亿 in simplified and traditional forms, mixed
forms (1.7万, 1万2千), 余/多/几/约/近/逾/左右 for approximate amounts, and
ranges (3至5万元, 三四万元). A range keeps its lower bound as the value.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

# Full-width digits and point to ASCII, one character for one, so spans stay valid.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "三": 3, "叁": 3,
    "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7,
    "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_APPROX_INNER = "余多几幾"

_CN_DIGIT_CHARS = "".join(_CN_DIGITS)
_UNIT_CHARS = "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)
_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A number starts with a digit (or 十, as in 十万) and may run on through units and 余/多.
_NUMBER = (
    rf"(?:{_ARABIC}|[{_CN_DIGIT_CHARS}十拾])"
    rf"(?:\s?(?:{_ARABIC}|[{_CN_DIGIT_CHARS}{_UNIT_CHARS}]|[{_APPROX_INNER}]))*"
)
_RANGE_SEP = r"\s?(?:至|到|~|～|-|－|—|–)\s?"
_CURRENCY = r"(?:元钱|元|圆|块钱|块)"
_PREFIX_APPROX = r"(?:大约|大概|约合|将近|接近|超过|约|近|逾|超)"
_SUFFIX_APPROX = r"(?:左右|上下|许)"
_MONEY_NOUNS = r"(?:存款|现金|资金|人民币|积蓄|储蓄|块钱)"

MONEY_RE = re.compile(
    rf"(?P<rmb>(?:人民币|RMB|¥|￥)\s?)?"
    rf"(?P<prefix>{_PREFIX_APPROX})?"
    rf"(?P<low>{_NUMBER})(?:(?P<sep>{_RANGE_SEP})(?P<high>{_NUMBER}))?"
    rf"\s?(?P<currency>{_CURRENCY})?"
    rf"(?P<suffix>{_SUFFIX_APPROX})?"
)


@dataclass(frozen=True)
class Amount:
    """An amount in yuan. For a range, `value` is the lower bound and `upper` the higher."""

    value: Decimal
    approximate: bool = False
    upper: Decimal | None = None

    def __str__(self):
        text = _yuan(self.value) + (f"–{_yuan(self.upper)}" if self.upper is not None else "")
        return f"{text}元{'（约数）' if self.approximate else ''}"


def _yuan(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"


class AmountKind(StrEnum):
    LOSS = "loss"
    OFFER = "offer"
    LIMIT = "limit"
    RECOVERED = "recovered"
    OTHER = "other"

    @property
    def label(self) -> str:
        return AMOUNT_KIND_LABELS[self]


AMOUNT_KIND_LABELS = {
    AmountKind.LOSS: "损失",
    AmountKind.OFFER: "许诺的赔偿、退款或返利，不是损失",
    AmountKind.LIMIT: "备用金、借款额度，不是损失",
    AmountKind.RECOVERED: "追回或止付的钱，不是损失",
    AmountKind.OTHER: "未能判断",
}


@dataclass(frozen=True)
class AmountMention:
    """A money amount found in running text, where it is and what it is."""

    amount: Amount
    text: str
    start: int
    end: int
    kind: AmountKind
    clause: str

    @property
    def is_loss(self) -> bool:
        return self.kind == AmountKind.LOSS


# Words that say what an amount is, by kind (regular expressions). The one nearest the amount in its clause wins.
KIND_WORDS = {
    AmountKind.RECOVERED: ["追回", "挽回", "止付", "冻结", "返还给", "退还给", "拦截", "劝阻"],
    AmountKind.LIMIT: ["备用金", "借款额度", "贷款额度", "额度", "可提现", "可借", "借呗", "微粒贷", "贷款", "借贷"],
    AmountKind.OFFER: ["赔偿", "赔付", "补偿", "理赔", "赔款", "退款", "返利", "返现", "佣金", "奖励", "奖金", "红包", "中奖", "赔"],
    AmountKind.LOSS: [
        "被骗", "骗走", "骗取", "损失", "转账", "转走", "转出", "转入", "转进", "转到", "转给", "汇款", "汇入",
        "汇出", "支出", "扣除", "扣款", "被扣", "划走", "盗刷", "付款", "支付(?!宝|平台|工具|密码|软件)", "充值",
        "缴纳", "垫付", "打款", "共计", "合计", "少了", "没了", "付了",
    ],
}  # fmt: skip
_KIND_PATTERNS = [(kind, re.compile(word)) for kind, words in KIND_WORDS.items() for word in words]
_CLAUSE_BREAK = re.compile(r"[。！？；，,!?;：:\n]")


class AmountError(ValueError):
    """Text that is not one money amount."""


def normalise_digits(text: str) -> str:
    return text.translate(_FULL_WIDTH)


def _number_value(text: str) -> tuple[Decimal, bool]:
    """The value of one number (Arabic, Chinese or mixed, with units) and whether it was marked 余/多."""
    approximate = any(char in text for char in _APPROX_INNER)
    tokens = re.findall(rf"{_ARABIC}|\S", re.sub(rf"[\s{_APPROX_INNER}]", "", text))
    total = Decimal(0)
    section = Decimal(0)
    number: Decimal | None = None
    for token in tokens:
        if token[0].isdigit():
            number = Decimal(token.replace(",", ""))
        elif token in _CN_DIGITS:
            number = Decimal(_CN_DIGITS[token])
        elif token in _SMALL_UNITS:
            if number is None and token not in "十拾":
                raise AmountError(f"“{text}”不是一个数目")
            section += (Decimal(1) if number is None else number) * _SMALL_UNITS[token]
            number = None
        elif token in _BIG_UNITS:
            if number is None and section == 0 and total == 0:
                raise AmountError(f"“{text}”不是一个数目")
            unit = _BIG_UNITS[token]
            if unit == 100_000_000:
                total = (total + section + (number or 0)) * unit
            else:
                total += (section + (number or 0)) * unit
            section = Decimal(0)
            number = None
        else:
            raise AmountError(f"“{text}”不是一个数目")
    value = total + section + (number or 0)
    # 1.2万 is 12000, not 12000.0: whole amounts carry no decimals.
    return (value.to_integral_value() if value == value.to_integral_value() else value.normalize()), approximate


def parse_number(text: str) -> Decimal:
    """A plain count such as 9, 十二 or 2万 (no currency), for suspects and similar figures."""
    value, _ = _number_value(normalise_digits(text))
    return value


def _split_adjacent_range(text: str) -> tuple[str, str] | None:
    """三四万 → (三万, 四万): two neighbouring Chinese digits before a unit are a range."""
    match = re.fullmatch(rf"([一二两三四五六七八九])([二三四五六七八九])([{_UNIT_CHARS}].*)", text)
    if match and _CN_DIGITS[match[2]] == _CN_DIGITS[match[1]] + 1:
        return match[1] + match[3], match[2] + match[3]
    return None


def _unit_tail(text: str) -> str:
    """The trailing unit of a number (万 in 5万), which a bare lower bound (3 in 3至5万) shares."""
    match = re.search(rf"[{_UNIT_CHARS}][{_APPROX_INNER}]?$", text.strip())
    return match[0].strip(_APPROX_INNER) if match else ""


def _amount_from_match(match: re.Match) -> Amount:
    low_text, high_text = match["low"], match["high"]
    if high_text is None and (pair := _split_adjacent_range(low_text.replace(" ", ""))):
        low_text, high_text = pair
    approximate = bool(match["prefix"] or match["suffix"])
    if high_text is not None:
        if not _unit_tail(low_text):
            low_text += _unit_tail(high_text)
        low, _ = _number_value(low_text)
        high, _ = _number_value(high_text)
        if high < low:
            raise AmountError(f"“{match[0]}”的范围前大后小")
        return Amount(value=low, approximate=True, upper=high)
    value, inner_approx = _number_value(low_text)
    return Amount(value=value, approximate=approximate or inner_approx)


def _is_money(match: re.Match, text: str) -> bool:
    """A number is money when it says 元/块, follows 人民币/¥, or is 万/亿 followed by 存款 and the like."""
    if match["rmb"] or match["currency"]:
        if match["currency"] and match["currency"][0] == "块" and not match["currency"].endswith("钱"):
            # 一块 is also "together": take 块 alone only after Arabic digits.
            return bool(re.search(r"\d", match["low"]))
        return True
    number = match["high"] or match["low"]
    if re.search(r"[万萬亿億][余多]?$", number.strip()):
        return re.match(_MONEY_NOUNS, text[match.end() :]) is not None
    return False


def parse_amount(text: str) -> Amount:
    """Parse text that is exactly one amount of money, such as “6.4万余元” or “3至5万元”."""
    cleaned = normalise_digits(text.strip())
    match = MONEY_RE.fullmatch(cleaned)
    if not match or not _is_money(match, cleaned):
        raise AmountError(f"“{text}”不是一个金额")
    return _amount_from_match(match)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right_match = _CLAUSE_BREAK.search(text, end)
    return left, right_match.start() if right_match else len(text)


def classify(text: str, start: int, end: int) -> AmountKind:
    """What the amount at text[start:end] is, from the nearest telling word in its clause."""
    left, right = _clause_bounds(text, start, end)
    best: tuple[int, AmountKind] | None = None
    for kind, pattern in _KIND_PATTERNS:
        for found in pattern.finditer(text, left, right):
            position, length = found.start(), found.end() - found.start()
            distance = start - (position + length) if position < start else position - end
            if best is None or max(distance, 0) < best[0]:
                best = (max(distance, 0), kind)
    return best[1] if best else AmountKind.OTHER


def find_amounts(text: str) -> list[AmountMention]:
    """Every money amount in `text`, in order, each with its kind."""
    normalised = normalise_digits(text)
    mentions = []
    for match in MONEY_RE.finditer(normalised):
        if match.start() > 0 and re.match(r"[A-Za-z0-9_.]", normalised[match.start() - 1]):
            continue  # part of an identifier or a longer number, e.g. gh_9450…
        if not _is_money(match, normalised):
            continue
        try:
            amount = _amount_from_match(match)
        except (AmountError, InvalidOperation):
            continue
        if amount.value <= 0:
            continue
        left, right = _clause_bounds(normalised, match.start(), match.end())
        mentions.append(
            AmountMention(
                amount=amount,
                text=text[match.start() : match.end()].strip(),
                start=match.start(),
                end=match.end(),
                kind=classify(normalised, match.start(), match.end()),
                clause=text[left:right].strip(),
            )
        )
    return mentions
