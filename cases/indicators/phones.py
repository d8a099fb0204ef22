"""Phone numbers: Chinese mobiles, landlines and service numbers by rule, foreign numbers with `phonenumbers`.

Chinese numbers are checked with a few regular expressions, which is much
faster than `phonenumbers`; only numbers written with "+" or "00" (other than
+86) go through the library.

"spoofed_plus" marks a "+" (or "00") that does not lead to a real international
number, the way spoofed caller IDs and scam texts dress up a Chinese number:
- zeros right after the "+" (+00852…, +086…): no country code starts with 0;
  the digits after the zeros are read again, so +0085261234567 is the Hong Kong
  number +85261234567, spoofed_plus and overseas;
- +86/0086 before a short service number (+86 95566): those cannot be dialled
  from abroad (400/800 numbers after +86 are not flagged);
- a "+" before digits that are no valid international number but are a
  Chinese mobile or service number (+95566, +13812345678); value is the
  Chinese number;
- a "+" before 5 or more digits that are nothing at all; value is "+" and the digits.
A foreign number needs only to be possible for its country (the right length):
`phonenumbers`' ranges lag behind new ones, and full validation costs 40 µs a number.

Masked numbers (138****5678, 138XXXX5678, 6222 **** **** 1234) are not numbers:
`masked` finds them so that no part of one becomes a phone, QQ or card.
"""

import re

import phonenumbers

from .kinds import Flag, Indicator, IndicatorKind
from .text import search

MOBILE = re.compile(r"1[3-9]\d{9}")
# Without the trunk 0: 10/2x plus 8 digits, or a 3-digit area code plus 7–8 digits. The subscriber
# number may start with 1 (real ones do not): 010-12345678 is how every warning writes a fake one.
LANDLINE = re.compile(r"(?:10|2\d)[1-9]\d{7}|[3-9]\d{2}[1-9]\d{6,7}")
SERVICE = re.compile(r"9[56]\d{3,6}|[48]00\d{7}|12\d{3}")
SHORT_SERVICE = re.compile(r"9[56]\d{3,6}|12\d{3}")
VIRTUAL_PREFIXES = ("170", "171", "162", "165", "167")

# A run of digits with single spaces or hyphens inside, perhaps after "+" or "(0755)".
_TOKEN = re.compile(
    r"(?<![0-9A-Za-z_.+])(?P<plus>\+ ?)?(?:[(（]0[0-9]{2,3}[)）] ?)?[0-9](?:[ \-]?[0-9])*(?![0-9A-Za-z_]|\.[0-9])"
)
_TOKEN_STARTS = re.compile(r"[+(（0-9](?<![0-9A-Za-z_.+].)")
_MAX_TOKEN = 40
_PIECE = re.compile("[^ ]+")
# What follows an amount or a count, not a phone number.
_UNIT_AFTER = re.compile(r" ?[元块万千百亿%‰年月日号次个分秒岁]")
# A short number right after these words is a code or a reference, not a number to call.
_CODE_BEFORE = re.compile(r"(?:验证码|校验码|动态码|确认码|密码|尾号|单号|编号|工号|账号|帐号)[是为:： ]*$")
_MASKED = re.compile(r"[0-9](?<![0-9A-Za-z_].)[0-9]*[ \-]?(?:[*xX×•][ \-]?){2,}[0-9]*")


def masked(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _MASKED.finditer(text)]


def _chinese(national: str, *, landline: bool = True) -> tuple[str, set[str]] | None:
    """E.164 and flags for a Chinese number given without +86 and without the trunk 0."""
    if MOBILE.fullmatch(national):
        return "+86" + national, {Flag.VIRTUAL_OPERATOR} if national.startswith(VIRTUAL_PREFIXES) else set()
    if SERVICE.fullmatch(national):
        return "+86" + national, {Flag.SERVICE_NUMBER}
    if landline and LANDLINE.fullmatch(national):
        return "+86" + national, set()
    return None


def _foreign(digits: str) -> phonenumbers.PhoneNumber | None:
    """The number "+digits", or None without a country code.

    Country codes are prefix-free, so the first of 1–3 leading digits that is one
    is the code. Building the number directly is four times faster than
    `phonenumbers.parse`, which mostly normalises text we have already reduced to digits.
    """
    for size in (1, 2, 3):
        code = int(digits[:size] or 0)
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[size:]
            zeros = len(national) - len(national.lstrip("0"))
            return phonenumbers.PhoneNumber(
                country_code=code,
                national_number=int(national or 0),
                italian_leading_zero=zeros > 0 or None,
                number_of_leading_zeros=zeros if zeros > 1 else None,
            )
    return None


def _international(digits: str, *, plus: bool) -> tuple[str, set[str]] | None:
    """A number written after "+" (plus) or "00", `digits` being what follows."""
    spoofed = set()
    if digits.startswith("0"):
        if not plus:
            return None
        digits = digits.lstrip("0")
        spoofed = {Flag.SPOOFED_PLUS}
    if digits.startswith("86"):
        national = digits[2:]
        found = _chinese(national[1:] if national.startswith("0") else national)
        if found:
            value, flags = found
            if SHORT_SERVICE.fullmatch(value[3:]):
                flags.add(Flag.SPOOFED_PLUS)
            return value, flags | spoofed
    elif len(digits) <= 7 and SHORT_SERVICE.fullmatch(digits):
        # +95566: no international number is this short.
        return "+86" + digits, {Flag.SERVICE_NUMBER, Flag.SPOOFED_PLUS}
    else:
        number = _foreign(digits)
        # A Chinese number behind a "+" (+13812345678), unless the digits are a valid foreign number too.
        found = _chinese(digits, landline=False)
        if found and not (number is not None and phonenumbers.is_valid_number(number)):
            return found[0], found[1] | {Flag.SPOOFED_PLUS}
        # Possible (of a length the country uses) is enough: the library's ranges lag behind new ones.
        if number is not None and phonenumbers.is_possible_number(number):
            return "+" + digits, {Flag.OVERSEAS} | spoofed
    if plus and len(digits) >= 5:
        return "+" + digits, {Flag.SPOOFED_PLUS}
    return None


def classify(written: str) -> tuple[str, set[str]] | None:
    """(E.164, flags) for one number as written (width already folded), or None when it is no phone number."""
    plus = written.lstrip().startswith("+")
    digits = re.sub(r"[^0-9]", "", written)
    if plus:
        return _international(digits, plus=True)
    if digits.startswith("00"):
        return _international(digits[2:], plus=False)
    if digits.startswith("0"):
        national = digits[1:]
        return ("+86" + national, set()) if LANDLINE.fullmatch(national) else None
    if len(digits) == 13 and digits.startswith("86") and MOBILE.fullmatch(digits[2:]):
        return _chinese(digits[2:])
    return _chinese(digits, landline=False)


def _cuts(token: str) -> list[int]:
    """Where a token may end: its end, then before each separator, longest first."""
    ends = [len(token)]
    ends += [i for i in range(len(token) - 1, 0, -1) if token[i] in " -" and token[i - 1].isdigit()]
    return ends


def _in_context(text: str, original: str, start: int, written: str, value: str, flags: set[str]) -> Indicator | None:
    """The number written at `start`, unless what is around it says it is an amount, a count or a code."""
    end = start + len(written)
    if _UNIT_AFTER.match(text, end):
        return None
    if Flag.SERVICE_NUMBER in flags and _CODE_BEFORE.search(text, max(0, start - 12), start):
        return None
    return Indicator(IndicatorKind.PHONE, value, original[start:end], start, end, flags=frozenset(flags))


def find(text: str, original: str) -> list[Indicator]:
    """Every phone number in `text` (width-folded `original`).

    A token is read whole, or else cut before a separator, longest first, so
    "138 1234 5678 2次" gives the number; the rest of the token is read again.
    A token too long to be one number is a list: each space-separated piece is read alone.
    """
    found = []
    position = 0
    while match := search(_TOKEN, _TOKEN_STARTS, text, position):
        start, token = match.start(), match[0]
        position = match.end()
        if len(token) < 5:
            continue
        if len(token) > _MAX_TOKEN:
            for piece in _PIECE.finditer(token):
                if (result := classify(piece[0])) and (
                    phone := _in_context(text, original, start + piece.start(), piece[0], *result)
                ):
                    found.append(phone)
            continue
        for cut in _cuts(token):
            written = token[:cut].rstrip(" -")
            if result := classify(written):
                if phone := _in_context(text, original, start, written, *result):
                    found.append(phone)
                    position = phone.end
                break
    return found
