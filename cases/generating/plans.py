"""Plans of generated cases and articles: field values and child rows, from (seed, kind, index).

A plan names vocabulary rows by id (from a `Vocabulary` snapshot) and holds the
rows to insert; `cases.services.generating` writes them in bulk. Only the case's
loss totals are left to the database (`case_refresh_totals`' rule).
"""

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from cases.data.phrasebank import narrative, people, scam_types, steps
from cases.templatetags.public_tags import yuan

from .text import date_text, draw_planted, fill, fill_some, plant, time_text, weighted
from .vocabulary import Term, Vocabulary

# Recognising generated rows: a case's internal notes start with CASE_MARK, an article's slug with ARTICLE_SLUG.
CASE_MARK = "【生成数据】"
ARTICLE_SLUG = "generated-"


def seed_prefixes(seed: int) -> dict[str, str]:
    """How the marker of a generated case and the slug of a generated article made with `seed` start.

    The item's index follows, zero-padded to `INDEX_DIGITS`, so the largest marker
    of a seed holds its largest index (a top-up continues after it).
    """
    return {"case": f"{CASE_MARK}{seed}-", "article": f"{ARTICLE_SLUG}{seed}-"}


INDEX_DIGITS = 7


def case_note(seed: int, index: int) -> str:
    return f"{seed_prefixes(seed)['case']}{index:0{INDEX_DIGITS}d} 压力测试用的虚构案例，可用 generate_data --replace 删除。"


def article_slug(seed: int, index: int) -> str:
    return f"{seed_prefixes(seed)['article']}{index:0{INDEX_DIGITS}d}"


@dataclass(frozen=True)
class Span:
    """Generated dates fall between `start` and `until`; `tz` places times of day."""

    start: date
    until: date
    tz: ZoneInfo

    def day(self, rng: random.Random) -> date:
        # Skewed towards recent years, as reported fraud has grown.
        return self.start + timedelta(days=int((self.until - self.start).days * rng.random() ** 0.8))

    def at(self, day: date, rng: random.Random, hours=(8, 22)) -> datetime:
        moment = time(rng.randint(*hours), rng.randrange(60))
        return datetime.combine(day, moment, tzinfo=self.tz)


@dataclass
class CasePlan:
    index: int
    fields: dict  # Case field values, foreign keys as `<name>_id`
    steps: list[dict] = field(default_factory=list)  # CaseStep fields: stage_id, technique_id, description
    losses: list[dict] = field(default_factory=list)  # Loss fields: amount, approximate, payment_method, …


@dataclass
class ArticlePlan:
    index: int
    fields: dict
    scam_type_ids: list[int] = field(default_factory=list)
    steps: list[dict] = field(default_factory=list)  # ArticleStep fields: stage_id, title, text
    dialogue: list[dict] = field(default_factory=list)  # DialogueLine fields: speaker, role, text
    advice_ids: list[int] = field(default_factory=list)


VICTIM_OUTCOMES = {"defrauded": 62, "attempted": 12, "stopped": 9, "recovered": 6, "investigating": 11}
ENFORCEMENT_OUTCOMES = {"solved": 85, "investigating": 15}
STATUSES = {"published": 85, "draft": 6, "review": 4, "archived": 5}
ARTICLE_KINDS = {"warning": 40, "case": 25, "lesson": 20, "repost": 15}
ARTICLE_STATUSES = {"published": 86, "scheduled": 4, "draft": 5, "review": 3, "archived": 2}
LOSS_COUNTS = {1: 55, 2: 25, 3: 12, 4: 5, 5: 3}


def _profile(slug: str) -> dict:
    return scam_types.TYPES.get(slug, scam_types.DEFAULT_TYPE)


def _scam_type(rng: random.Random, vocabulary: Vocabulary) -> Term:
    shares = {term: scam_types.SHARES.get(term.key, scam_types.DEFAULT_SHARE) for term in vocabulary.scam_types}
    return weighted(rng, shares)


def _preferred(rng: random.Random, terms: tuple[Term, ...], keys: list[str], *, liked: float, other: float):
    """One of the terms the scam type prefers (by key) with probability `liked`, any term with `other`, else None.

    A type that prefers none of the terms present gets any term with probability `liked`.
    """
    preferred = [term for term in terms if term.key in keys] or list(terms)
    draw = rng.random()
    if preferred and draw < liked:
        return rng.choice(preferred)
    if terms and draw < liked + other:
        return rng.choice(terms)
    return None


def _person(rng: random.Random, gender: str) -> str:
    pattern = weighted(rng, dict(people.ALIAS_PATTERNS[gender]))
    return pattern.format(s=rng.choice(people.SURNAMES))


def _amount(rng: random.Random, median: float, spread: float) -> tuple[Decimal, bool]:
    """One payment: log-normal around the type's median; some approximate (6.4万余元), few with cents."""
    value = min(max(median * math.exp(spread * rng.gauss(0, 1)), 20), 5_000_000)
    if rng.random() < 0.15:
        digits = max(0, int(math.log10(value)) - 1)  # two significant figures
        return Decimal(round(value, -digits)).quantize(Decimal("1")), True
    draw = rng.random()
    if draw < 0.1:
        return Decimal(f"{value:.2f}"), False
    if draw < 0.5:
        return Decimal(round(value)), False
    return Decimal(max(100, round(value, -2))).quantize(Decimal("1")), False


def _losses(rng: random.Random, profile: dict, kind: str, outcome: str, occurred, span: Span) -> list[dict]:
    if outcome == "attempted" or (kind == "enforcement" and rng.random() < 0.4):
        return []
    count = weighted(rng, LOSS_COUNTS)
    median = profile["loss_median"] / (1.5 if count > 1 else 1)
    paid_at = span.at(occurred, rng) if occurred else None
    rows = []
    for _ in range(count):
        amount, approximate = _amount(rng, median, profile["loss_spread"])
        method = weighted(rng, profile["methods"])
        rows.append(
            {
                "amount": amount,
                "approximate": approximate,
                "payment_method": method,
                "paid_at": paid_at,
                "description": rng.choice(scam_types.LOSS_DESCRIPTIONS[method]) if rng.random() < 0.7 else "",
            }
        )
        if paid_at:
            paid_at += timedelta(minutes=rng.randint(3, 600))
    return rows


def _case_steps(rng, vocabulary: Vocabulary, slug: str, outcome: str, slots: dict) -> list[dict]:
    """Steps in stage order; each technique belongs to its stage and, nearly always, to the scam type."""
    chances = {"S1": 0.35, "S2": 0.95, "S3": 0.85, "S4": 0.6, "S5": 0.75, "S6": 0.95, "S7": 0.5}
    if outcome == "attempted":  # stopped before any money left
        chances |= {"S6": 0.0, "S7": 0.0}
    stages = [stage for stage in vocabulary.type_stages(slug) if rng.random() < chances.get(stage.key, 0.5)]
    if not stages:
        stages = list(vocabulary.type_stages(slug)[:2]) or list(vocabulary.stages[:2])
    rows = []
    for stage in stages:
        own = list(vocabulary.type_techniques.get((slug, stage.key), ()))
        count = 2 if len(own) > 1 and rng.random() < 0.1 else 1
        for technique in rng.sample(own, count) if own else [None]:
            draw = rng.random()
            if draw < 0.03:  # a move the taxonomy has not linked to this type yet
                technique = rng.choice(vocabulary.stage_techniques.get(stage.key) or [None])
            elif draw < 0.08:  # the report does not say how
                technique = None
            templates = steps.TECHNIQUES.get(technique.key) if technique else None
            rows.append(
                {
                    "stage_id": stage.id,
                    "technique_id": technique.id if technique else None,
                    "description": fill(
                        rng.choice(templates or steps.STAGES.get(stage.key, steps.STAGES["S5"])), slots
                    ),
                }
            )
    return rows


def _publication(rng: random.Random, statuses: dict, span: Span, day: date | None) -> tuple[str, datetime | None]:
    status = weighted(rng, statuses)
    if status in ("draft", "review"):
        return status, None
    if status == "scheduled":  # published, due later than the span's end
        return "published", span.at(span.until + timedelta(days=rng.randint(1, 60)), rng, (8, 18))
    day = min((day or span.day(rng)) + timedelta(days=rng.randint(1, 45)), span.until - timedelta(days=1))
    return status, span.at(day, rng, (8, 18))


def case_plan(vocabulary: Vocabulary, *, seed: int, index: int, span: Span) -> CasePlan:
    rng = random.Random(f"{seed}/case/{index}")
    scam_type = _scam_type(rng, vocabulary)
    profile = _profile(scam_type.key)
    kind = "enforcement" if rng.random() < 0.05 else "victim"
    outcome = weighted(rng, ENFORCEMENT_OUTCOMES if kind == "enforcement" else VICTIM_OUTCOMES)
    occurred = span.day(rng) if rng.random() > 0.03 else None
    reported = min(occurred + timedelta(days=int(rng.expovariate(0.3))), span.until) if occurred else None

    gender = weighted(rng, {"female": 52, "male": 43, "": 5})
    age_band = weighted(rng, profile["ages"]) if rng.random() > 0.08 else ""
    jobs = people.OCCUPATIONS.get(age_band) or [job for band in people.OCCUPATIONS.values() for job in band]
    occupation = rng.choice(jobs) if rng.random() > 0.15 else ""
    alias = _person(rng, gender) if kind == "victim" and rng.random() < 0.88 else ""
    region = rng.choice(vocabulary.regions) if vocabulary.regions and rng.random() < 0.95 else None
    channel = _preferred(rng, vocabulary.channels, profile["channels"], liked=0.9, other=0.08)
    if profile["platforms"]:
        platform = _preferred(rng, vocabulary.platforms, profile["platforms"], liked=0.75, other=0.0)
    else:  # impersonating the police: rarely a platform
        platform = rng.choice(vocabulary.platforms) if vocabulary.platforms and rng.random() < 0.1 else None
    agency = rng.choice(vocabulary.agencies) if vocabulary.agencies and rng.random() < 0.6 else None
    suspects = rng.randint(2, 60) if kind == "enforcement" else None

    losses = _losses(rng, profile, kind, outcome, occurred or span.day(rng), span)
    total = sum((loss["amount"] for loss in losses), Decimal("0"))
    slots = {
        "person": alias or rng.choice(people.NO_ALIAS),
        "who": occupation or "市民",
        "region": region.name if region else "本地",
        "platform": platform.name if platform else "网购平台",
        "channel": channel.name if channel else "电话",
        "app": rng.choice(steps.APPS),
        "amount": yuan(total, any(loss["approximate"] for loss in losses)) if losses else "一笔钱",
        "count": len(losses) or "多",
        "days": rng.randint(7, 90),
        "date": date_text(occurred) if occurred else "近日",
        "time": time_text(rng),
        "label": profile["label"],
        "suspects": suspects or 0,
        "agency": agency.name if agency else "当地警方",
    }
    case_steps = _case_steps(rng, vocabulary, scam_type.key, outcome, slots)

    if kind == "enforcement":
        titles = [t for t in narrative.ENFORCEMENT_TITLES if losses or "{amount}" not in t]
        title = fill(rng.choice(titles), slots)
        sentences = [fill(rng.choice(narrative.ENFORCEMENT_OPENINGS), slots)]
        sentences += fill_some(rng, narrative.ENFORCEMENT_DETAILS, 2, slots)
    else:
        title = fill(rng.choice(profile["titles"] if losses else profile["titles_no_loss"]), slots)
        sentences = [fill(rng.choice(narrative.OPENINGS), slots)]
        sentences += fill_some(rng, profile["story"], rng.randint(1, 2), slots)
        sentences += [step["description"] for step in case_steps[:3]]
        if losses:
            sentences += fill_some(rng, profile["aftermath"], 1, slots)
            sentences.append(fill(rng.choice(narrative.LOSS_SENTENCES), slots))
    sentences.append(fill(rng.choice(narrative.OUTCOMES[outcome]), slots))
    _lengthen(rng, sentences, rng.randint(150, 600), [*profile["story"], *narrative.REMARKS], slots)
    title, planted = plant(rng, draw_planted(rng), title)
    for sentence in planted:  # anywhere but first
        sentences.insert(rng.randint(1, len(sentences)), sentence)

    is_public = rng.random() < (0.9 if kind == "enforcement" else 0.65)
    status, publish_at = _publication(rng, STATUSES, span, reported or occurred)
    fields = {
        "title": title[:120],
        "kind": kind,
        "alias": alias,
        "age_band": age_band,
        "gender": gender,
        "occupation": occupation,
        "region_id": region.id if region else None,
        "occurred_on": occurred,
        "reported_on": reported,
        "scam_type_id": scam_type.id,
        "platform_id": platform.id if platform else None,
        "channel_id": channel.id if channel else None,
        "summary": "".join(sentences),
        "outcome": outcome,
        "suspects_count": suspects,
        "is_public": is_public,
        "source_agency_id": agency.id if agency else None,
        "internal_notes": case_note(seed, index),
        "status": status,
        "publish_at": publish_at,
    }
    return CasePlan(index=index, fields=fields, steps=case_steps, losses=losses)


def _lengthen(rng: random.Random, sentences: list[str], target: int, pool: list[str], slots: dict) -> None:
    """Add sentences from `pool` (each once) before the last sentence until the text reaches `target` characters."""
    length = sum(map(len, sentences))
    for template in rng.sample(pool, len(pool)):
        if length >= target:
            return
        sentence = fill(template, slots)
        if sentence not in sentences:
            sentences.insert(len(sentences) - 1, sentence)
            length += len(sentence)


def _story_paragraph(rng: random.Random, vocabulary: Vocabulary, profile: dict, span: Span) -> str:
    """A short made-up case for an article: someone, what happened, the loss and the outcome."""
    gender = rng.choice(["female", "male"])
    band = weighted(rng, profile["ages"])
    amount, approximate = _amount(rng, profile["loss_median"] * 1.5, profile["loss_spread"])
    slots = {
        "person": _person(rng, gender),
        "who": rng.choice(people.OCCUPATIONS[band]),
        "region": rng.choice(vocabulary.regions).name if vocabulary.regions else "本地",
        "channel": rng.choice(vocabulary.channels).name if vocabulary.channels else "电话",
        "platform": "网购平台",
        "app": rng.choice(steps.APPS),
        "amount": yuan(amount, approximate),
        "count": rng.randint(2, 6),
        "days": rng.randint(7, 90),
        "date": date_text(span.day(rng)),
        "time": time_text(rng),
    }
    sentences = [fill(rng.choice(narrative.OPENINGS), slots)]
    sentences += fill_some(rng, profile["story"], rng.randint(1, 2), slots)
    sentences += fill_some(rng, profile["aftermath"], 1, slots)
    sentences.append(fill(rng.choice(narrative.LOSS_SENTENCES), slots))
    outcome = weighted(rng, {key: share for key, share in VICTIM_OUTCOMES.items() if key != "attempted"})
    sentences.append(fill(rng.choice(narrative.OUTCOMES[outcome]), slots))
    return "".join(sentences)


def article_plan(vocabulary: Vocabulary, *, seed: int, index: int, span: Span) -> ArticlePlan:
    rng = random.Random(f"{seed}/article/{index}")
    kind = weighted(rng, ARTICLE_KINDS)
    types = [_scam_type(rng, vocabulary)]
    if rng.random() < 0.25:
        other = _scam_type(rng, vocabulary)
        types += [other] if other != types[0] else []
    profile = _profile(types[0].key)
    status, publish_at = _publication(rng, ARTICLE_STATUSES, span, None)
    agency = (
        rng.choice(vocabulary.agencies) if vocabulary.agencies and (kind == "repost" or rng.random() < 0.3) else None
    )
    gender = rng.choice(["female", "male"])
    slots = {
        "label": profile["label"],
        "region": rng.choice(vocabulary.regions).name if vocabulary.regions else "本地",
        "who": rng.choice(people.OCCUPATIONS[weighted(rng, profile["ages"])]),
        "person": _person(rng, gender),
        "amount": yuan(*_amount(rng, profile["loss_median"] * 3, profile["loss_spread"])),
        "count": len(vocabulary.type_stages(types[0].key)) or 5,
        "agency": agency.name if agency else "警方",
        "platform": "网购平台",
        "app": rng.choice(steps.APPS),
        "days": rng.randint(7, 90),
    }
    title = fill(rng.choice(narrative.ARTICLE_TITLES[kind]), slots)
    lead = [fill(template, slots) for template in rng.sample(narrative.ARTICLE_LEADS, rng.randint(1, 2))]

    # Paragraphs of each section, grown in turn until the body reaches its length.
    target = rng.randint(800, 3000)
    how_slots = {**slots, "person": "受害人"}
    story = [_story_paragraph(rng, vocabulary, profile, span)]
    how = ["".join(fill_some(rng, profile["story"], 2, how_slots))]
    moves = [
        term.key
        for stage in vocabulary.stages
        for term in vocabulary.type_techniques.get((types[0].key, stage.key), ())
    ]
    pool = [*narrative.ANALYSIS, *narrative.REMARKS, *(steps.TECHNIQUES.get(code, [""])[0] for code in moves)]
    pool = [template for template in pool if template]
    length = sum(map(len, [*lead, *story, *how]))
    while length < target:
        if rng.random() < 0.4:
            paragraph = _story_paragraph(rng, vocabulary, profile, span)
            story.append(paragraph)
        else:
            paragraph = "".join(fill_some(rng, pool, rng.randint(2, 4), how_slots))
            how.append(paragraph)
        length += len(paragraph)
    points = rng.sample(narrative.ADVICE_POINTS, rng.randint(3, 6))

    # Planted words go into the title, or as a sentence at the end of the lead or of a paragraph.
    title, planted = plant(rng, draw_planted(rng), title)
    paragraphs = [lead, story, how]
    for sentence in planted:
        part = rng.choice(paragraphs)
        spot = rng.randrange(len(part))
        part[spot] += sentence

    headings = {key: rng.choice(options) for key, options in narrative.SECTION_HEADINGS.items()}
    body = [f"## {headings['story']}", *story, f"## {headings['how']}", *how, f"## {headings['advice']}"]
    body += [f"{number}. {point}" for number, point in enumerate(points, start=1)]
    if kind == "repost":
        body.append(fill(rng.choice(narrative.REPOST_NOTES), slots))

    fields = {
        "title": title[:120],
        "slug": article_slug(seed, index),
        "kind": kind,
        "lead": "".join(lead),
        "body": "\n\n".join(body),
        "source_agency_id": agency.id if agency else None,
        "original_published_on": (publish_at.date() - timedelta(days=rng.randint(0, 3)))
        if kind == "repost" and publish_at
        else None,
        "status": status,
        "publish_at": publish_at,
    }
    plan = ArticlePlan(index=index, fields=fields, scam_type_ids=[term.id for term in types])
    plan.steps = _article_steps(rng, vocabulary, types[0].key, kind)
    plan.dialogue = _dialogue(rng, profile, kind, slots)
    advice = list(vocabulary.advice.get(types[0].key, ()))
    plan.advice_ids = rng.sample(advice, min(len(advice), rng.randint(2, 4)))
    return plan


def _article_steps(rng: random.Random, vocabulary: Vocabulary, slug: str, kind: str) -> list[dict]:
    if kind not in ("warning", "lesson") or rng.random() > 0.6:
        return []
    rows = []
    for stage in vocabulary.type_stages(slug):
        technique = rng.choice(vocabulary.type_techniques[(slug, stage.key)])
        templates = steps.TECHNIQUES.get(technique.key) or steps.STAGES.get(stage.key, steps.STAGES["S5"])
        slots = {"person": "你", "platform": "购物平台", "app": rng.choice(steps.APPS), "amount": "一笔钱"}
        slots |= {"count": "几", "days": rng.randint(7, 30)}
        rows.append({"stage_id": stage.id, "title": "", "text": fill(rng.choice(templates), slots)})
    return rows


def _dialogue(rng: random.Random, profile: dict, kind: str, slots: dict) -> list[dict]:
    if kind not in ("warning", "case") or rng.random() > 0.3:
        return []
    scammer, victim = rng.sample(profile["scammer"], len(profile["scammer"])), list(profile["victim"])
    speakers = {"scammer": rng.choice(["骗子", "假冒工作人员", "对方"]), "victim": slots["person"]}
    rows = []
    for line in scammer[: rng.randint(2, len(scammer))]:
        rows.append({"speaker": speakers["scammer"], "role": "scammer", "text": fill(line, slots)})
        if victim and rng.random() < 0.7:
            rows.append(
                {"speaker": speakers["victim"], "role": "victim", "text": victim.pop(rng.randrange(len(victim)))}
            )
    return rows
