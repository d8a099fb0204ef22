"""Small helpers to write generated text: choices, slots, dates, and planting the benchmark's words."""

import random
from collections.abc import Mapping, Sequence
from datetime import date

from cases.data.phrasebank.planted import PLANTED, SENTENCES, TITLE_PREFIXES, TITLE_SHARE


def weighted(rng: random.Random, weights: Mapping):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def fill(template: str, slots: Mapping[str, object]) -> str:
    return template.format_map(slots)


def fill_some(rng: random.Random, templates: Sequence[str], k: int, slots: Mapping[str, object]) -> list[str]:
    """`k` different templates (or all of them), filled."""
    return [fill(template, slots) for template in rng.sample(list(templates), min(k, len(templates)))]


def date_text(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def time_text(rng: random.Random) -> str:
    hour = rng.randint(8, 22)
    part = "上午" if hour < 12 else "中午" if hour < 14 else "下午" if hour < 18 else "晚上"
    return f"{part}{hour if hour <= 12 else hour - 12}时许"


def draw_planted(rng: random.Random) -> list[str]:
    """The benchmark words this document gets, each with its own probability."""
    return [word for word, share in PLANTED.items() if rng.random() < share]


def plant(rng: random.Random, words: list[str], title: str) -> tuple[str, list[str]]:
    """Where each word goes: at most one as a prefix of the title, the others as sentences.

    Returns the title and the sentences the caller puts into the body.
    """
    sentences, prefixed = [], False
    for word in words:
        if not prefixed and rng.random() < TITLE_SHARE:
            title, prefixed = f"【{rng.choice(TITLE_PREFIXES[word])}】{title}", True
        else:
            sentences.append(rng.choice(SENTENCES[word]))
    return title, sentences
