"""Finding the structure of a republished post: steps, advice, dialogue, cases and their losses.

Pure functions over a `Document` and a `Vocabulary` (the taxonomy rows the
detection may refer to, read by `cases.selectors.importing`). Every result is
a proposal: the editor sees it in the preview, unticks or edits it, and only
then is anything saved.

How the post is read: the body is split into blocks (paragraphs; blockquote
lines one by one; lines a WeChat post broke for the phone joined again), then
sections are recognised by their headings (警方提醒 …, 第一步 …, a numbered
list introduced as the scam's 流程/步骤/套路), dialogue by speaker labels, and
victim stories by an alias (阿苹（化名）, 季女士, 老李, 张某) or an arrest
(侦破 … 抓获 … 名). A story runs until the next heading, section or story.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from cases.checker.normalise import normalise
from cases.checker.phrases import PhraseSet

from .amounts import AmountKind, AmountMention, find_amounts, parse_number
from .formats import Document

# —— what the detection may refer to ——


@dataclass(frozen=True)
class RedFlagRule:
    technique_id: int
    technique_code: str
    technique_name: str
    stage_code: str
    phrase: str
    weight: int
    is_pattern: bool = False


@dataclass(frozen=True)
class Named:
    id: int
    name: str
    extra: str = ""  # an agency's WeChat id, an advice's body, a stage's code


@dataclass(frozen=True)
class Vocabulary:
    red_flags: tuple[RedFlagRule, ...] = ()
    stages: tuple[Named, ...] = ()  # extra = code
    advice: tuple[Named, ...] = ()  # name = title, extra = body
    agencies: tuple[Named, ...] = ()  # extra = WeChat id
    platforms: tuple[Named, ...] = ()
    channels: tuple[Named, ...] = ()
    regions: tuple[Named, ...] = ()
    scam_types: tuple[Named, ...] = ()  # in their display order
    technique_scam_types: tuple[tuple[str, int], ...] = ()  # (technique code, scam type id)


# —— what it proposes ——


@dataclass
class TechniqueHit:
    technique_id: int
    code: str
    name: str
    stage_code: str
    phrase: str
    weight: int
    start: int
    sentence: str = ""
    quote: str = ""  # what the phrase or pattern matched, as written in the post


@dataclass
class StepProposal:
    title: str
    text: str
    stage_code: str = ""


@dataclass
class AdviceProposal:
    text: str
    advice_id: int | None = None
    advice_title: str = ""
    score: float = 0.0


@dataclass
class DialogueProposal:
    speaker: str
    role: str  # DialogueLine.Role values: scammer, victim, narrator
    text: str


@dataclass
class CaseProposal:
    kind: str  # Case.Kind values: victim, enforcement
    alias: str
    title: str
    summary: str
    outcome: str
    region_id: int | None = None
    place: str = ""  # a place named in the story that is not yet a Region
    platform_id: int | None = None
    channel_id: int | None = None
    occurred_on: date | None = None
    suspects_count: int | None = None
    techniques: list[TechniqueHit] = field(default_factory=list)
    amounts: list[AmountMention] = field(default_factory=list)

    @property
    def losses(self) -> list[AmountMention]:
        return [mention for mention in self.amounts if mention.kind == AmountKind.LOSS]


@dataclass
class AgencyProposal:
    name: str
    wechat_id: str = ""
    agency_id: int | None = None


@dataclass
class Detection:
    lead: str = ""
    agency: AgencyProposal | None = None
    scam_type_id: int | None = None
    steps: list[StepProposal] = field(default_factory=list)
    advice: list[AdviceProposal] = field(default_factory=list)
    dialogue: list[DialogueProposal] = field(default_factory=list)
    cases: list[CaseProposal] = field(default_factory=list)


# —— blocks ——

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_TERMINAL = "。！？!?；;…：:”」"
_STEP_MARKER = re.compile(r"^第\s*([一二三四五六七八九十\d]{1,3})\s*步\s*[：:、.．]?\s*(.*)$")
_NUMBERED = re.compile(
    r"^(?:\*\*)?\s*(?:(?P<arabic>\d{1,2})\s*[.、．)）]|[（(](?P<paren>[一二三四五六七八九十\d]{1,3})[)）]"
    r"|(?P<cn>[一二三四五六七八九十]{1,3})、|(?P<circled>[①②③④⑤⑥⑦⑧⑨⑩]))\s*(?:\*\*)?\s*"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_ADVICE_HEADING = re.compile(
    r"^(?:警方|民警|公安|反诈|防骗|防范|温馨|特别|小编)?(?:提醒|提示|忠告|建议|支招|防范要点|防范提示)"
    r"|^(?:警方|民警)(?:提醒|提示)|^防范(?:提示|要点|建议)"
)
_ADVICE_INLINE = re.compile(r"^(?:警方|民警|防范)(?:提醒|提示)\s*[：:]\s*(?P<rest>.+)$")
_STEP_INTRO = re.compile(r"步|流程|套路|过程|环节|步骤|怎么骗|如何骗|作案手法|诈骗手法")


@dataclass
class _Block:
    markdown: str
    plain: str
    heading: bool = False
    quote: bool = False
    image_only: bool = False


def plain_text(markdown: str) -> str:
    text = _IMAGE.sub("", markdown)
    text = re.sub(r"(?<!!)\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s*(>\s*)+", "", text, flags=re.M)
    text = re.sub(r"^\s*#{1,6}\s*", "", text, flags=re.M)
    return re.sub(r"[*_`]", "", text).strip()


def _is_heading(markdown: str, plain: str) -> bool:
    stripped = markdown.strip()
    if stripped.startswith("#"):
        return True
    if not plain or len(plain) > 40:
        return False
    if re.fullmatch(r"\*\*.+?\*\*[：:”」]?", stripped) or re.fullmatch(r"\*\*\*.+\*\*\*", stripped):
        return not _NUMBERED.match(stripped)
    # A short line with an inline image and no punctuation at its end: a section title in WeChat style.
    return bool(_IMAGE.search(stripped)) and stripped.rstrip().endswith(")") and plain[-1] not in _TERMINAL


def _blocks(body: str) -> list[_Block]:
    blocks: list[_Block] = []
    for paragraph in re.split(r"\n\s*\n", body):
        if not paragraph.strip():
            continue
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if all(line.lstrip().startswith(">") for line in lines):
            pieces = [line for line in lines if plain_text(line)]
            quote = True
        elif len(lines) > 1 and all(_NUMBERED.match(line.strip()) or re.match(r"\s*[-*+]\s", line) for line in lines):
            pieces, quote = lines, False  # a Markdown list: one block per item
        else:
            pieces, quote = [paragraph], False
        for piece in pieces:
            plain = plain_text(piece)
            if re.fullmatch(r"\s*[-*_]{3,}\s*", piece):
                blocks.append(_Block(markdown="---", plain="", heading=True))
                continue
            if not plain:
                continue  # an image on its own: transparent to detection
            blocks.append(_Block(markdown=piece, plain=plain, heading=_is_heading(piece, plain), quote=quote))
    return _join_broken_lines(blocks)


def _is_section_title(block: _Block) -> bool:
    """A heading, or a bare line such as 警方提醒 in copied text, which has no formatting."""
    return block.heading or (len(block.plain) <= 10 and bool(_ADVICE_HEADING.search(block.plain.strip("：: "))))


def _joinable(block: _Block) -> bool:
    return not (
        _is_section_title(block) or block.quote or _STEP_MARKER.match(block.plain) or _NUMBERED.match(block.markdown)
    )


def _ends_open(plain: str) -> bool:
    """A short piece with no closing punctuation: the sentence goes on in the next line."""
    last = plain.split("\n")[-1]
    return len(last) <= 24 and last[-1] not in _TERMINAL


def _join_broken_lines(blocks: list[_Block]) -> list[_Block]:
    """WeChat posts break sentences into short lines for the phone; join them back for reading."""
    joined: list[_Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if previous and _joinable(previous) and _joinable(block) and _ends_open(previous.plain):
            previous.markdown += "\n" + block.markdown
            previous.plain += "\n" + block.plain
        else:
            joined.append(block)
    return joined


def flat(text: str) -> str:
    """Text for people: lines a WeChat post broke are joined again."""
    return text.replace("\n", "")


# —— techniques ——


@lru_cache(maxsize=8)
def _phrase_set(rules: tuple[RedFlagRule, ...]) -> PhraseSet:
    return PhraseSet([(rule, rule.phrase, rule.is_pattern) for rule in rules])


def propose_techniques(text: str, rules: tuple[RedFlagRule, ...]) -> list[TechniqueHit]:
    """Red flags found in `text` by the checker's phrase matching, in order of appearance.

    The same folding and matching as the public checker (`cases.checker.phrases`):
    full-width, traditional and numeral spellings meet, and pattern rules run, so
    the import proposes the techniques the checker would flag.
    """
    hits = []
    for found in _phrase_set(rules).find(normalise(text)):
        rule = found.owner
        hits.append(
            TechniqueHit(
                technique_id=rule.technique_id,
                code=rule.technique_code,
                name=rule.technique_name,
                stage_code=rule.stage_code,
                phrase=rule.phrase,
                weight=rule.weight,
                start=found.start,
                sentence=_sentence_at(text, found.start),
                quote=text[found.start : found.end],
            )
        )
    return sorted(hits, key=lambda hit: (hit.start, -hit.weight))


def _sentence_at(text: str, position: int) -> str:
    left = max((m.end() for m in re.finditer(r"[。！？!?\n]", text[:position])), default=0)
    right = re.search(r"[。！？!?\n]", text[position:])
    end = position + right.end() if right else len(text)
    return text[left:end].strip()[:200]


# —— stages for steps ——

STAGE_CUES = {
    "S1": ["获取", "获得", "泄露", "倒卖", "非法渠道", "购物信息", "个人信息", "快递信息"],
    "S2": ["冒充", "自称", "致电", "拨打", "来电", "打电话", "联系你", "短信"],
    "S3": ["谎称", "有问题", "质量", "退款", "赔偿", "理赔", "订单异常", "缺货", "信任", "说出", "报出"],
    "S4": ["加为", "添加", "好友", "下载", "聊天软件", "避开", "脱离", "QQ", "微信"],
    "S5": ["屏幕共享", "信用", "征信", "失误", "积分", "手续费"],
    "S6": ["验证码", "转账", "转走", "钓鱼", "链接", "银行卡", "密码", "借款", "汇款", "转款", "购买操作"],
    "S7": ["拉黑", "关机", "失联", "联系不上"],
}


def propose_stage(text: str, rules: tuple[RedFlagRule, ...], stage_codes: set[str]) -> str:
    """The stage a step most likely describes: red flags count double, cue words once; ties go to the later stage."""
    scores: Counter[str] = Counter()
    for hit in propose_techniques(text, rules):
        scores[hit.stage_code] += 2
    for code, cues in STAGE_CUES.items():
        scores[code] += sum(1 for cue in cues if cue.casefold() in text.casefold())
    candidates = [(score, code) for code, score in scores.items() if score and code in stage_codes]
    if not candidates:
        return ""
    return max(candidates, key=lambda item: (item[0], int(item[1][1:]) if item[1][1:].isdigit() else 0))[1]


# —— steps ——


def _number_of(match: re.Match) -> int:
    if match["arabic"]:
        return int(match["arabic"])
    if match["circled"]:
        return _CIRCLED.index(match["circled"]) + 1
    return int(parse_number(match["paren"] or match["cn"]))


def _strip_marker(block: _Block) -> str:
    return flat(plain_text(_NUMBERED.sub("", block.markdown.strip(), count=1)))


def _numbered_runs(blocks: list[_Block], start: int, end: int) -> list[tuple[int, list[int]]]:
    """Runs of blocks numbered 1, 2, 3 … (at least two) between start and end: (intro index, item indexes)."""
    runs = []
    index = start
    while index < end:
        match = _NUMBERED.match(blocks[index].markdown.strip())
        if match and _number_of(match) == 1:
            items = [index]
            expected = 2
            cursor = index + 1
            while cursor < end:
                following = _NUMBERED.match(blocks[cursor].markdown.strip())
                if following and _number_of(following) == expected:
                    items.append(cursor)
                    expected += 1
                elif following or blocks[cursor].heading:
                    break
                cursor += 1
            if len(items) >= 2:
                runs.append((index - 1, items))
                index = items[-1] + 1
                continue
        index += 1
    return runs


# —— advice ——


def _bigrams(text: str) -> set[str]:
    chars = re.sub(r"[^\w]", "", text.casefold())
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def advice_score(text: str, advice: Named) -> float:
    """How much `text` is like existing advice, from 0 to 1.

    The larger of two shares of two-character pieces: of the item's found in the
    advice's title and body, and of the advice title's found in the item (titles
    are short and telling; a long item would dilute the first share).
    """
    pieces = _bigrams(text)
    if not pieces:
        return 0.0
    title = _bigrams(advice.name)
    return max(
        len(pieces & _bigrams(advice.name + advice.extra)) / len(pieces),
        len(title & pieces) / len(title) if title else 0.0,
    )


def match_advice(items: list[str], advice: tuple[Named, ...]) -> list[tuple[Named | None, float]]:
    """For each item the existing advice it matches, best pairs first, each advice used once."""
    scored = sorted(
        ((advice_score(text, entry), index, entry) for index, text in enumerate(items) for entry in advice),
        key=lambda triple: (-triple[0], triple[1], triple[2].id),
    )
    result: list[tuple[Named | None, float]] = [(None, 0.0)] * len(items)
    best = [0.0] * len(items)
    for score, index, _ in scored:
        best[index] = max(best[index], score)
    taken: set[int] = set()
    for score, index, entry in scored:
        if score < ADVICE_MATCH_THRESHOLD:
            break
        if result[index][0] is None and entry.id not in taken:
            result[index] = (entry, score)
            taken.add(entry.id)
    return [(entry, score if entry else best[index]) for index, (entry, score) in enumerate(result)]


ADVICE_MATCH_THRESHOLD = 0.25


def _advice_items(blocks: list[_Block]) -> list[str]:
    """Split an advice section into items: numbered items with their continuations, else paragraphs;
    a short lead-in such as “记住“三不一多”原则” takes the short lines after it."""
    items: list[str] = []
    numbered = any(_NUMBERED.match(block.markdown.strip()) for block in blocks)
    lead_in = False
    for block in blocks:
        if numbered:
            if _NUMBERED.match(block.markdown.strip()):
                items.append(_strip_marker(block))
            elif items:
                items[-1] += flat(block.plain)
            continue
        text = flat(block.plain)
        if lead_in and len(text) <= 20:
            items[-1] += (
                ("：" if items[-1][-1] not in "：:" else "") if items[-1].endswith(("则", "诀", "条", "点")) else "，"
            )
            items[-1] = items[-1].replace("：，", "：") + text
            continue
        lead_in = len(text) <= 16 and not re.search(r"[。！？!?]", text)
        items.append(text.rstrip("：:"))
    return [re.sub(r"，(?=：)", "", item).strip() for item in items if item.strip()]


# —— dialogue ——

_SPEAKER_BOLD = re.compile(r"^\*\*(?P<speaker>[^*：:]{1,12})\*\*\s*[：:]\s*(?P<text>.+)$", re.S)
_SPEAKER_PLAIN = re.compile(r"^(?P<speaker>[^\s：:，,。！？“”\"（）()\d]{1,8})\s*[：:]\s*(?P<text>.+)$", re.S)
_NOT_SPEAKERS = re.compile(
    r"^(来源|原文|转载|转自|注|备注|审核|责编|编辑|校对|作者|记者|通讯员|网址|电话|地址|时间|日期|提示|提醒|"
    r"警方提醒|警方提示|民警提醒|温馨提示|防范提示|微信号|功能介绍|案例|典型案例|案情|结果|原因|特点|手法|套路|"
    r"第.{1,3}步|步骤|例如|比如|其中|答|问|关键词)$"
)
_NARRATION = re.compile(r"^[（(].+[）)]$")
_WHOLE_QUOTE = re.compile(r"^“[^“”]+”$")
_VICTIM_SPEAKER = re.compile(
    r"^(老|小|阿)\w$|女士|先生|阿姨|大爷|大妈|奶奶|爷爷|市民|事主|受害人|当事人|买家|顾客|^我$"
)
_SCAMMER_SPEAKER = re.compile(r"客服|小二|骗子|嫌疑人|诈骗|专员|工作人员|卖家|店家|店主|老板|冒充|假|对方|“")
_NARRATOR_SPEAKER = re.compile(r"旁白|画外音|提示音|系统|语音")
_SCAMMER_WORDS = re.compile(r"您|先生|女士|退款|赔|客服|验证码|链接|加我|下载|转账|账户|平台")


def _speaker_line(block: _Block) -> tuple[str, str] | None:
    text = re.sub(r"^\s*>\s*", "", block.markdown.strip())
    match = _SPEAKER_BOLD.match(text) or _SPEAKER_PLAIN.match(text)
    if not match:
        return None
    speaker = plain_text(match["speaker"]).strip()
    if not speaker or _NOT_SPEAKERS.match(speaker):
        return None
    return speaker, plain_text(match["text"]).strip()


def _roles(speakers: list[str], victims: set[str]) -> dict[str, str]:
    roles: dict[str, str] = {}
    for speaker in speakers:
        if _NARRATOR_SPEAKER.search(speaker):
            roles[speaker] = "narrator"
        elif speaker in victims or any(speaker in alias or alias in speaker for alias in victims):
            roles[speaker] = "victim"
        elif _SCAMMER_SPEAKER.search(speaker):
            roles[speaker] = "scammer"
        elif _VICTIM_SPEAKER.search(speaker):
            roles[speaker] = "victim"
    for speaker in speakers:
        if speaker not in roles:
            # Whoever is left: the scammer usually opens the call, the victim answers.
            roles[speaker] = "victim" if "scammer" in roles.values() else "scammer"
    return roles


def _dialogue_runs(blocks: list[_Block]) -> list[tuple[int, int]]:
    """(start, end) index ranges of blocks that form a transcript."""
    runs = []
    index = 0
    while index < len(blocks):
        if _speaker_line(blocks[index]):
            end = index
            speakers = []
            cursor = index
            while cursor < len(blocks):
                line = _speaker_line(blocks[cursor])
                if line:
                    speakers.append(line[0])
                    end = cursor
                elif not (blocks[cursor].quote and _NARRATION.match(blocks[cursor].plain)):
                    break
                else:
                    end = cursor
                cursor += 1
            if len(speakers) >= 2 and len(set(speakers)) >= 2:
                runs.append((index, end))
                index = end + 1
                continue
        elif _WHOLE_QUOTE.match(blocks[index].plain):
            end = index
            while end + 1 < len(blocks) and _WHOLE_QUOTE.match(blocks[end + 1].plain):
                end += 1
            if end > index:
                runs.append((index, end))
                index = end + 1
                continue
        index += 1
    return runs


def _dialogue(blocks: list[_Block], start: int, end: int, victims: set[str]) -> list[DialogueProposal]:
    lines: list[tuple[str, str]] = []
    for block in blocks[start : end + 1]:
        line = _speaker_line(block)
        if line:
            lines.append(line)
        elif _NARRATION.match(block.plain):
            lines.append(("旁白", block.plain.strip("（）()")))
        else:  # a quoted exchange with no speaker labels
            quote = block.plain.strip("“”")
            lines.append(("对方" if _SCAMMER_WORDS.search(quote) else "当事人", quote))
    roles = _roles([speaker for speaker, _ in lines], victims)
    roles.update({"对方": "scammer", "当事人": "victim", "旁白": "narrator"})
    return [DialogueProposal(speaker=speaker[:30], role=roles[speaker], text=text) for speaker, text in lines]


# —— cases ——

_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤季"
)
_ALIAS_TAGGED = re.compile(r"([\u4e00-\u9fff]{1,3})[（(]化名[）)]")
_ALIAS_TITLE = re.compile(r"([\u4e00-\u9fff])(女士|先生|阿姨|大爷|大妈|奶奶|爷爷|师傅|同学|小姐)")
_ALIAS_FAMILIAR = re.compile(r"(?<![“「\"'])(老|小|阿)([\u4e00-\u9fff])(?![\d零一二三四五六七八九十百千万])")
_ALIAS_MOU = re.compile(r"([\u4e00-\u9fff])某某?")
_NOT_NAME_START = set("的是在了民员生名位叫让给将把和与及被对向称说这那该某此其其一个请有为跟同")
_NOT_TITLE_CHAR = _NOT_NAME_START | set("各诸两几每本贵")
_SCAMMER_CONTEXT = re.compile(r"(客服|工作人员|民警|警官|专员|嫌疑人|骗子|对方)[“「]?$")
_ENFORCEMENT = re.compile(r"(侦破|破获|打掉|捣毁|端掉|抓获)")
_ARRESTS = re.compile(r"抓获[^，。；]{0,10}?(\d+|[一二两三四五六七八九十百]+)\s*名")
_PLACE = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:省|市|县|区|镇|乡))")
_NOT_PLACE = re.compile(
    r"(社区|小区|园区|城区|景区|辖区|地区|市区|片区|城市|超市|门市|都市|股市|上市|本市|该市|全市|我市)$"
)
_CASE_DATE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_ATTEMPTED = re.compile(r"识破|挂断|没有上当|未上当|未被骗|没被骗|不见了|及时醒悟|劝阻")
_CHANNEL_CUES = [
    (re.compile(r"[+＋].{0,20}(电话|来电|号码)|(电话|来电|号码).{0,8}[+＋]|境外(来电|号码|电话)"), ("+", "境外")),
    (re.compile(r"电话|来电|致电|打来|通话"), ("电话",)),
    (re.compile(r"短信"), ("短信",)),
    (re.compile(r"私信"), ("私信",)),
    (re.compile(r"QQ", re.I), ("QQ",)),
    (re.compile(r"企业微信"), ("企业微信",)),
    (re.compile(r"微信"), ("微信",)),
]
_PAYMENT_CUES = [
    (re.compile(r"备用金|借呗|贷款|借款|微粒贷"), "loan"),
    (re.compile(r"链接|网页|盗刷"), "card"),
    (re.compile(r"支付宝"), "alipay"),
    (re.compile(r"微信|零钱"), "wechat"),
    (re.compile(r"银行|卡"), "bank"),
]


def find_aliases(text: str) -> list[tuple[int, str, str]]:
    """Victim aliases in `text`: (position, alias as written, core name to recognise later mentions)."""
    found: list[tuple[int, int, str, str]] = []  # (position, priority, alias, core)
    for match in _ALIAS_TAGGED.finditer(text):
        name = match[1]
        while len(name) > 1 and name[0] in _NOT_NAME_START:
            name = name[1:]
        if len(name) > 2 and name[0] not in _SURNAMES and name[0] not in "阿小老":
            name = name[-2:]
        found.append((match.end(1) - len(name), 0, f"{name}（化名）", name))
    for match in _ALIAS_TITLE.finditer(text):
        if match[1] in _NOT_TITLE_CHAR or not re.match(r"[\u4e00-\u9fff]", match[1]):
            continue
        found.append((match.start(), 1, match[0], match[0]))
    for match in _ALIAS_FAMILIAR.finditer(text):
        if match[2] not in _SURNAMES or _SCAMMER_CONTEXT.search(text[max(0, match.start() - 6) : match.start()]):
            continue
        found.append((match.start(), 1, match[0], match[0]))
    for match in _ALIAS_MOU.finditer(text):
        if match[1] in _SURNAMES:
            found.append((match.start(), 1, match[0], match[0]))
    found.sort()
    # A tagged alias wins over the same name found by the other patterns.
    result: list[tuple[int, str, str]] = []
    for position, _, alias, core in found:
        if any(
            abs(position - other) <= 2 and (core in other_core or other_core in core) for other, _, other_core in result
        ):
            continue
        result.append((position, alias, core))
    return result


def _region_candidates(name: str) -> list[str]:
    candidates = {name, re.sub(r"(市|县|区|镇|乡)$", "", name)}
    if "市" in name[:-1]:
        tail = name.split("市", 1)[1]
        candidates |= {tail, re.sub(r"(县|区|镇|乡)$", "", tail)}
    return [candidate for candidate in candidates if len(candidate) >= 2]


def match_region(text: str, regions: tuple[Named, ...]) -> Named | None:
    best: tuple[int, Named] | None = None
    for region in regions:
        for candidate in _region_candidates(region.name):
            position = text.find(candidate)
            if position != -1 and (best is None or position < best[0]):
                best = (position, region)
    return best[1] if best else None


def _place(text: str) -> str:
    for match in _PLACE.finditer(text):
        if not _NOT_PLACE.search(match[1]) and match[1][0] not in "另一这那该本我全各每此其某":
            return match[1]
    return ""


def _platform(text: str, platforms: tuple[Named, ...]) -> Named | None:
    """The platform the caller claimed to speak for (X客服), else the first one named."""
    claimed = []
    mentioned = []
    for platform in platforms:
        for found in re.finditer(re.escape(platform.name), text):
            after = text[found.end() : found.end() + 8]
            before = text[max(0, found.start() - 2) : found.start()]
            if re.match(r"(平台)?(的)?(官方)?(客服|工作人员|专员)", after):
                claimed.append((found.start(), platform))
            elif not re.search(r"(加|添加|企业|下载)$", before):
                mentioned.append((found.start(), platform))
    for group in (claimed, mentioned):
        if group:
            return min(group, key=lambda item: item[0])[1]
    return None


def _channel(text: str, channels: tuple[Named, ...]) -> Named | None:
    """How the scammer first reached the victim: the earliest contact cue that names an existing channel."""
    candidates = []
    for index, (pattern, words) in enumerate(_CHANNEL_CUES):
        found = pattern.search(text)
        channel = next((c for c in channels if any(word in c.name for word in words)), None) if found else None
        if channel:
            # A "+" number is more telling than the word 电话 that comes with it.
            candidates.append((-1 if index == 0 else found.start(), channel))
    return min(candidates, key=lambda item: item[0])[1] if candidates else None


def payment_method(clause: str) -> str:
    """How the money left, from the words around it (Loss.PaymentMethod values)."""
    for pattern, method in _PAYMENT_CUES:
        if pattern.search(clause):
            return method
    return "other"


def _headline(text: str, anchor: str) -> str:
    sentences = [sentence for sentence in re.split(r"(?<=[。！？!?])", text) if sentence.strip()]
    sentence = next((s for s in sentences if anchor and anchor in s), sentences[0] if sentences else text)
    sentence = re.sub(r"^(近日|近期|最近|日前|今年\d*月?|前不久)[，,]?", "", sentence.strip())
    return sentence if len(sentence) <= 60 else sentence[:59] + "…"


def _case_date(text: str, article_date: date | None) -> date | None:
    match = _CASE_DATE.search(text)
    if not match or article_date is None:
        return None
    month, day = int(match[1]), int(match[2])
    year = article_date.year if (month, day) <= (article_date.month, article_date.day) else article_date.year - 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _case(texts: list[str], alias: str, kind: str, vocab: Vocabulary, doc: Document, fallback_region) -> CaseProposal:
    # Amounts are read with the post's line breaks, which often end a clause; the rest from joined text.
    amounts = find_amounts("\n".join(texts))
    story = "\n".join(flat(text) for text in texts)
    techniques: list[TechniqueHit] = []
    seen: set[str] = set()
    for hit in propose_techniques(story, vocab.red_flags):
        if hit.code not in seen:
            seen.add(hit.code)
            techniques.append(hit)
    region = match_region(story, vocab.regions)
    place = "" if region else _place(story)
    if not region and not place:
        region = fallback_region
    platform = _platform(story, vocab.platforms)
    channel = _channel(story, vocab.channels) if kind == "victim" else None
    suspects = None
    if kind == "enforcement":
        outcome = "solved"
        arrests = _ARRESTS.search(story)
        suspects = int(parse_number(arrests[1])) if arrests else None
    elif any(mention.kind == AmountKind.LOSS for mention in amounts):
        outcome = "defrauded"
    elif re.search(r"止付|追回|挽回", story):
        outcome = "stopped"
    else:
        outcome = "attempted" if _ATTEMPTED.search(story) or not amounts else "defrauded"
    core = re.sub(r"[（(]化名[）)]", "", alias)
    return CaseProposal(
        kind=kind,
        alias=alias,
        title=_headline(story, core or "抓获"),
        summary=story[:1500],
        outcome=outcome,
        region_id=region.id if region else None,
        place=place,
        platform_id=platform.id if platform else None,
        channel_id=channel.id if channel else None,
        occurred_on=_case_date(story, doc.original_date),
        suspects_count=suspects,
        techniques=techniques,
        amounts=amounts,
    )


# —— the whole post ——


def _agency(doc: Document, vocab: Vocabulary) -> AgencyProposal | None:
    names = [name for name in [doc.source_account, *doc.credited, doc.author] if name]
    for name in names:
        for agency in vocab.agencies:
            if agency.name == name or (doc.source_wechat_id and agency.extra == doc.source_wechat_id):
                return AgencyProposal(name=agency.name, wechat_id=agency.extra, agency_id=agency.id)
    for name in names:
        for agency in vocab.agencies:
            if len(name) >= 3 and len(agency.name) >= 3 and (name in agency.name or agency.name in name):
                return AgencyProposal(name=agency.name, wechat_id=agency.extra, agency_id=agency.id)
    if names:
        return AgencyProposal(name=names[0][:60], wechat_id=doc.source_wechat_id)
    return None


def _scam_type(text: str, vocab: Vocabulary) -> int | None:
    by_technique: dict[str, list[int]] = {}
    for code, scam_type_id in vocab.technique_scam_types:
        by_technique.setdefault(code, []).append(scam_type_id)
    votes: Counter[int] = Counter()
    for hit in propose_techniques(text, vocab.red_flags):
        for scam_type_id in by_technique.get(hit.code, []):
            votes[scam_type_id] += hit.weight
    for scam_type in vocab.scam_types:
        if scam_type.name and scam_type.name in text:
            votes[scam_type.id] += 10
    if votes:
        order = {scam_type.id: index for index, scam_type in enumerate(vocab.scam_types)}
        return max(votes, key=lambda key: (votes[key], -order.get(key, 0)))
    return vocab.scam_types[0].id if vocab.scam_types else None


def _lead(blocks: list[_Block]) -> str:
    for block in blocks:
        if not block.heading and not block.quote and len(block.plain) >= 20:
            text = flat(block.plain)
            return text if len(text) <= 150 else text[:149] + "…"
    return ""


def detect(doc: Document, vocab: Vocabulary) -> Detection:
    blocks = _blocks(doc.body)
    used = [False] * len(blocks)  # blocks that belong to steps or advice
    detection = Detection(
        lead=_lead(blocks), agency=_agency(doc, vocab), scam_type_id=_scam_type(plain_text(doc.body), vocab)
    )
    stage_codes = {stage.extra for stage in vocab.stages}

    # Advice sections: from an advice heading to the next heading that is not part of the list, a rule or the end.
    for index, block in enumerate(blocks):
        inline = _ADVICE_INLINE.match(block.plain)
        if inline and not block.heading:
            detection.advice.append(AdviceProposal(text=inline["rest"]))
            used[index] = True
            continue
        if not (
            _is_section_title(block) and len(block.plain) <= 20 and _ADVICE_HEADING.search(block.plain.strip("：: "))
        ):
            continue
        used[index] = True
        section = []
        cursor = index + 1
        while cursor < len(blocks):
            current = blocks[cursor]
            if (
                current.markdown == "---"
                or current.markdown.lstrip().startswith("#")
                or _STEP_MARKER.match(current.plain)
            ):
                break
            if current.heading and _ADVICE_HEADING.search(current.plain):
                break
            section.append(current)
            used[cursor] = True
            cursor += 1
        detection.advice.extend(AdviceProposal(text=text) for text in _advice_items(section))

    # Steps: 第一步 … markers, each with the paragraphs that follow it.
    for index, block in enumerate(blocks):
        marker = _STEP_MARKER.match(block.plain)
        if not marker or used[index]:
            continue
        used[index] = True
        text = marker[2].strip()
        cursor = index + 1
        while not text and cursor < len(blocks):
            following = blocks[cursor]
            if following.heading or _STEP_MARKER.match(following.plain) or used[cursor]:
                break
            text = flat(following.plain)
            used[cursor] = True
            cursor += 1
        if text:
            number = marker[1]
            detection.steps.append(StepProposal(title=f"第{number}步", text=text))
    # … or a numbered list introduced as the way the scam goes.
    if not detection.steps:
        for intro, items in _numbered_runs(blocks, 0, len(blocks)):
            if any(used[item] for item in items) or intro < 0 or not _STEP_INTRO.search(blocks[intro].plain):
                continue
            for item in items:
                used[item] = True
                detection.steps.append(StepProposal(title="", text=_strip_marker(blocks[item])))
    for step in detection.steps:
        step.stage_code = propose_stage(step.text, vocab.red_flags, stage_codes)

    # Dialogue: the first transcript (an article has one).
    runs = _dialogue_runs(blocks)
    aliases = {core for _, _, core in find_aliases("\n".join(block.plain for block in blocks if not block.quote))}
    if runs:
        labelled = [run for run in runs if any(_speaker_line(block) for block in blocks[run[0] : run[1] + 1])]
        start, end = (labelled or runs)[0]
        detection.dialogue = _dialogue(blocks, start, end, aliases)
    in_dialogue = {index for start, end in runs for index in range(start, end + 1)}

    # Cases: a story starts at a new alias or an arrest and runs to the next heading, section or story.
    fallback_region = None
    for name in [doc.source_account, *doc.credited]:
        fallback_region = fallback_region or (match_region(name, vocab.regions) if name else None)
    seen_cores: set[str] = set()
    stories: list[tuple[str, str, list[str]]] = []  # (kind, alias, texts)
    current: tuple[str, str, list[str]] | None = None
    for index, block in enumerate(blocks):
        if used[index] or block.heading or block.plain.rstrip().endswith(("：", ":")):
            current = None  # a heading, a section, or a line introducing one (骗子的套路有三步：)
            continue
        new_alias = None
        if index not in in_dialogue:
            for _, alias, core in find_aliases(block.plain):
                if not any(core in seen or seen in core for seen in seen_cores):
                    seen_cores.add(core)
                    new_alias = new_alias or alias
        arrest = index not in in_dialogue and _ENFORCEMENT.search(block.plain) and _ARRESTS.search(block.plain)
        if new_alias:
            current = ("victim", new_alias, [])
            stories.append(current)
        elif arrest and (current is None or current[0] != "enforcement"):
            current = ("enforcement", "", [])
            stories.append(current)
        if current is not None:
            current[2].append(block.plain)
    for kind, alias, texts in stories:
        detection.cases.append(_case(texts, alias, kind, vocab, doc, fallback_region))

    # Advice: match to existing advice, each used once.
    matches = match_advice([proposal.text for proposal in detection.advice], vocab.advice)
    for proposal, (match, score) in zip(detection.advice, matches, strict=True):
        proposal.score = round(score, 2)
        if match:
            proposal.advice_id, proposal.advice_title = match.id, match.name
    return detection
