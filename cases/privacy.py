"""Find personal data in text before it is published: pure functions, no Django.

`scan(text, allowed)` returns what looks like a mainland mobile number, an
18-digit resident ID number (valid check digit), a bank card number (Luhn), a
landline number, an e-mail address or a street address down to 号/室.

Numbers are found even when split by spaces or dashes (“138 1234 5678”,
“6222-0212-3456-7890”): the text is cut into groups of digits joined by short
runs of separators, and every run of consecutive groups is tried as a whole
number. A long number written without separators is never cut into pieces,
so an order number does not hide a “mobile number” inside it. Numbers written
with Chinese numerals or partly masked (“138****5678”) are not found; masked
numbers are what editors should write anyway.

`allowed` holds numbers staff declared not personal (110, 96110, an official
hotline), compared by their digits only.
"""

import re
from dataclasses import dataclass

MOBILE = "mobile"
ID_NUMBER = "id_number"
BANK_CARD = "bank_card"
LANDLINE = "landline"
EMAIL = "email"
ADDRESS = "address"

KIND_LABELS = {
    MOBILE: "手机号",
    ID_NUMBER: "身份证号",
    BANK_CARD: "银行卡号",
    LANDLINE: "固定电话",
    EMAIL: "电子邮箱",
    ADDRESS: "详细地址",
}

# Full-width digits and separators become their ASCII twins one character for
# one, so positions found in the folded text quote the original exactly.
_FOLD = str.maketrans("０１２３４５６７８９Ｘｘ－＠．", "0123456789Xx-@.")
_SEPARATOR = r"[ \t\u00a0\u3000\-\u2010-\u2015\u2212]{1,3}"
_DIGIT_RUN = re.compile(rf"\d+(?:{_SEPARATOR}\d+)*[Xx]?")
_DIGIT_GROUP = re.compile(r"\d+[Xx]?")

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")

_NUM = r"[0-9一二三四五六七八九十百零〇]+"
_ROAD = r"(?:大道|大街|路|街|巷|弄|胡同|村|组)"
_BUILDING = rf"{_NUM}\s*(?:号楼|栋|幢|座|单元|楼|层)"
_ADDRESS = re.compile(
    # 中山路 123 号（5 栋 2 单元 301 室）, 幸福村 3 组 15 号
    rf"[\u4e00-\u9fff]{{1,8}}?{_ROAD}\s*{_NUM}\s*号(?:院)?(?:\s*{_BUILDING})*(?:\s*{_NUM}\s*室)?"
    # 5 栋 2 单元 301 室, 12 号楼 803 室 (no road named)
    rf"|(?:{_BUILDING}\s*)+{_NUM}\s*室"
)
_ADDRESS_LEAD = re.compile(r"(?:家住|住在|居住在|位于|地址是|地址|住址|现住|住|在|于|到)?[：:\s]*")

# Resident ID numbers: weights and check characters of ISO 7064 MOD 11-2.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str  # as written, separators included
    start: int
    end: int

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def normalized(self) -> str:
        """What an allow-list entry is compared with: digits for numbers, lower case for e-mail."""
        if self.kind == EMAIL:
            return self.text.translate(_FOLD).lower()
        if self.kind == ADDRESS:
            return self.text
        return normalize_number(self.text)


def normalize_number(value: str) -> str:
    """The digits (and a trailing X) of a number, whatever separators it was written with."""
    return "".join(ch for ch in value.translate(_FOLD) if ch.isdigit() or ch in "Xx").upper()


def is_valid_id_number(digits: str) -> bool:
    """An 18-character resident ID number with a plausible birth date and the right check character."""
    if not re.fullmatch(r"\d{17}[\dX]", digits):
        return False
    year, month, day = int(digits[6:10]), int(digits[10:12]), int(digits[12:14])
    if not (1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == digits[17]


def luhn_valid(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _number_kind(digits: str) -> str | None:
    """What a whole number (digits only) is, most specific first."""
    if len(digits) == 18 and is_valid_id_number(digits):
        return ID_NUMBER
    if len(digits) == 11 and re.fullmatch(r"1[3-9]\d{9}", digits):
        return MOBILE
    if 16 <= len(digits) <= 19 and luhn_valid(digits):
        return BANK_CARD
    # Area code 0xx or 0xxx, then a 7- or 8-digit local number.
    if 10 <= len(digits) <= 12 and re.fullmatch(r"0[1-9]\d{8,10}", digits):
        return LANDLINE
    return None


def _scan_numbers(folded: str, original: str) -> list[Finding]:
    findings = []
    for run in _DIGIT_RUN.finditer(folded):
        offset = run.start()
        groups = [(m.start() + offset, m.end() + offset) for m in _DIGIT_GROUP.finditer(run.group())]
        # Every span i..j of consecutive groups short enough to be one number (at most 19 digits).
        candidates = []
        for i in range(len(groups)):
            length = 0
            for j in range(i, len(groups)):
                length += groups[j][1] - groups[j][0]
                if length > 19:
                    break
                candidates.append((i, j))
        # Most groups first, so a card number is reported whole, not as the mobile number inside it.
        taken = [False] * len(groups)
        for i, j in sorted(candidates, key=lambda span: (span[0] - span[1], span[0])):
            if any(taken[i : j + 1]):
                continue
            start, end = groups[i][0], groups[j][1]
            kind = _number_kind(normalize_number(folded[start:end]))
            if kind:
                taken[i : j + 1] = [True] * (j + 1 - i)
                findings.append(Finding(kind, original[start:end], start, end))
    return findings


def scan(text: str, allowed: frozenset[str] | set[str] = frozenset()) -> list[Finding]:
    """Everything in `text` that looks like personal data, in reading order, minus `allowed` values."""
    if not text:
        return []
    folded = text.translate(_FOLD)
    findings = _scan_numbers(folded, text)
    for match in _EMAIL.finditer(folded):
        findings.append(Finding(EMAIL, text[match.start() : match.end()], match.start(), match.end()))
    for match in _ADDRESS.finditer(folded):
        # Quote from the place name on: “家住中山路8号” → “中山路8号”.
        start = match.start() + len(_ADDRESS_LEAD.match(folded, match.start(), match.end()).group())
        findings.append(Finding(ADDRESS, text[start : match.end()], start, match.end()))
    allowed_values = {normalize_allowed(value) for value in allowed}
    findings = [finding for finding in findings if finding.normalized not in allowed_values]
    return sorted(findings, key=lambda finding: (finding.start, finding.end))


def normalize_allowed(value: str) -> str:
    """An allow-list entry as findings are compared with it: digits for a number, else lower case."""
    value = value.strip()
    if "@" in value.translate(_FOLD):
        return value.translate(_FOLD).lower()
    digits = normalize_number(value)
    return digits if digits else value
