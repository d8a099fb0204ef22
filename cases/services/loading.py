"""Loading the production taxonomy and the demo content from `cases.data`.

Both loaders are idempotent and conservative: every row is looked up by its
natural key (stage, technique and advice codes, scam type slugs) and created
only when missing. An existing row is never changed, because staff may have
edited it since the last load. Children (pretexts, red flags, steps, losses,
dialogue lines, article advice) are written only together with a parent created
in the same run, and a many-to-many link (technique ↔ scam type, advice ↔
technique, advice ↔ scam type) only in the run that creates one of its two
ends. So a new scam type joins the shared techniques it lists, while a link or
red flag staff deleted between two existing rows does not come back.
docs/decisions.md says how a shipped change to an existing row is applied.
"""

from datetime import timedelta

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from cases.data import allowed_numbers, demo, signals, taxonomy
from cases.models import (
    Advice,
    Agency,
    AllowedNumber,
    Article,
    ArticleAdvice,
    ArticleStep,
    Case,
    CaseStep,
    Channel,
    DialogueLine,
    Loss,
    Platform,
    Pretext,
    RedFlag,
    Region,
    ScamType,
    Signal,
    SignalPhrase,
    Stage,
    Status,
    Technique,
)
from cases.search.signals import deferred_indexing
from cases.services.cases import case_create

TAXONOMY_MODELS = [Stage, ScamType, Pretext, Technique, RedFlag, Advice, Signal, SignalPhrase, AllowedNumber]
DEMO_MODELS = [
    *TAXONOMY_MODELS,
    Agency,
    Platform,
    Channel,
    Region,
    Article,
    ArticleStep,
    DialogueLine,
    ArticleAdvice,
    Case,
    CaseStep,
    Loss,
]


class LoadError(Exception):
    """The shipped data refers to something that does not exist."""


class _Counts:
    """Rows created and rows found already present, per model."""

    def __init__(self, models_):
        self._counts = {}
        for model in models_:
            self._counts[_key(model, "created")] = 0
            self._counts[_key(model, "present")] = 0

    def created(self, model, n=1):
        self._counts[_key(model, "created")] += n

    def present(self, model):
        self._counts[_key(model, "present")] += 1

    def as_dict(self) -> dict[str, int]:
        return dict(self._counts)


def _key(model, what: str) -> str:
    return f"{model._meta.model_name}_{what}"


def _find_or_create(model, lookup: Q, fields: dict, counts: _Counts) -> tuple[models.Model, bool]:
    """The row matching `lookup`, untouched, or a new validated row built from `fields`."""
    row = model.objects.filter(lookup).order_by("pk").first()
    if row is not None:
        counts.present(model)
        return row, False
    row = model(**fields)
    row.full_clean()
    row.save()
    counts.created(model)
    return row, True


def _create_child(model, counts: _Counts, **fields) -> models.Model:
    row = model(**fields)
    row.full_clean()
    row.save()
    counts.created(model)
    return row


def _resolve(objects: dict, key, what: str):
    try:
        return objects[key]
    except KeyError:
        raise LoadError(f"数据引用了不存在的{what}：{key}") from None


class _Taxonomy:
    """The taxonomy rows by natural key, for the demo data to refer to."""

    def __init__(self):
        self.stages: dict[str, Stage] = {}
        self.scam_types: dict[str, ScamType] = {}
        self.techniques: dict[str, Technique] = {}
        self.advice: dict[str, Advice] = {}


def _load_taxonomy(counts: _Counts) -> _Taxonomy:
    tax = _Taxonomy()
    now = timezone.now()

    for item in taxonomy.STAGES:
        tax.stages[item["code"]], _ = _find_or_create(Stage, Q(code=item["code"]), item, counts)

    new_scam_types: set[str] = set()
    for item in taxonomy.SCAM_TYPES:
        fields = {key: value for key, value in item.items() if key != "pretexts"}
        # Production scam types go live at once: the public explainers are built from them.
        fields.update(status=Status.PUBLISHED, publish_at=now)
        scam_type, created = _find_or_create(ScamType, Q(slug=item["slug"]) | Q(name=item["name"]), fields, counts)
        tax.scam_types[item["slug"]] = scam_type
        if created:
            new_scam_types.add(item["slug"])
            for order, text in enumerate(item["pretexts"], start=1):
                _create_child(Pretext, counts, scam_type=scam_type, order=order, text=text)

    new_techniques: set[str] = set()
    for item in taxonomy.TECHNIQUES:
        fields = {
            "code": item["code"],
            "name": item["name"],
            "summary": item["summary"],
            "stage": _resolve(tax.stages, item["stage"], "诈骗阶段"),
        }
        technique, created = _find_or_create(Technique, Q(code=item["code"]), fields, counts)
        tax.techniques[item["code"]] = technique
        if created:
            new_techniques.add(item["code"])
            for phrase, weight, *pattern in item["red_flags"]:
                is_pattern = bool(pattern and pattern[0])
                _create_child(RedFlag, counts, technique=technique, phrase=phrase, weight=weight, is_pattern=is_pattern)
        slugs = _new_links(item["scam_types"], created, new_scam_types)
        technique.scam_types.add(*[_resolve(tax.scam_types, slug, "诈骗类型") for slug in slugs])

    for item in taxonomy.ADVICE:
        fields = {key: item[key] for key in ("code", "title", "body", "is_general", "order")}
        advice, created = _find_or_create(Advice, Q(code=item["code"]), fields, counts)
        tax.advice[item["code"]] = advice
        codes = _new_links(item["techniques"], created, new_techniques)
        advice.techniques.add(*[_resolve(tax.techniques, code, "诈骗手法") for code in codes])
        slugs = _new_links(item["scam_types"], created, new_scam_types)
        advice.scam_types.add(*[_resolve(tax.scam_types, slug, "诈骗类型") for slug in slugs])

    for item in signals.SIGNALS:
        fields = {key: item.get(key, "") for key in ("code", "kind", "name", "explanation", "strength", "trigger")}
        signal, created = _find_or_create(Signal, Q(code=item["code"]) | Q(name=item["name"]), fields, counts)
        if created:
            phrases = [(phrase, False) for phrase in item.get("phrases", ())]
            phrases += [(pattern, True) for pattern in item.get("patterns", ())]
            for phrase, is_pattern in phrases:
                _create_child(SignalPhrase, counts, signal=signal, phrase=phrase, is_pattern=is_pattern)
        signal.scam_types.add(
            *[
                _resolve(tax.scam_types, slug, "诈骗类型")
                for slug in _new_links(item["scam_types"], created, new_scam_types)
            ]
        )
        signal.techniques.add(
            *[
                _resolve(tax.techniques, code, "诈骗手法")
                for code in _new_links(item["techniques"], created, new_techniques)
            ]
        )

    for item in allowed_numbers.ALLOWED_NUMBERS:
        _find_or_create(AllowedNumber, Q(number=item["number"]), item, counts)

    return tax


def _new_links(keys: list[str], row_created: bool, created_keys: set[str]) -> list[str]:
    """The links to write for one row: all of them for a new row, else those to rows new in this run."""
    return list(keys) if row_created else [key for key in keys if key in created_keys]


def _load_vocabulary(model, items: list[dict], lookup_fields: tuple[str, ...], counts: _Counts) -> dict:
    """Rows of a simple vocabulary keyed by name; any unique field matching counts as present."""
    rows = {}
    for item in items:
        lookup = Q()
        for field in lookup_fields:
            lookup |= Q(**{field: item[field]})
        rows[item["name"]], _ = _find_or_create(model, lookup, item, counts)
    return rows


def _load_demo(counts: _Counts) -> None:
    tax = _load_taxonomy(counts)
    agencies = _load_vocabulary(Agency, demo.AGENCIES, ("name", "slug"), counts)
    platforms = _load_vocabulary(Platform, demo.PLATFORMS, ("name", "slug"), counts)
    channels = _load_vocabulary(Channel, demo.CHANNELS, ("name", "slug"), counts)
    regions = _load_vocabulary(Region, demo.REGIONS, ("name",), counts)
    now = timezone.now()

    articles: dict[str, Article] = {}
    new_articles: list[tuple[Article, dict]] = []
    for item in demo.ARTICLES:
        publish_at = item.get("publish_at")
        if "publish_in_days" in item:
            publish_at = now + timedelta(days=item["publish_in_days"])
        fields = {
            "slug": item["slug"],
            "title": item["title"],
            "kind": item["kind"],
            "status": item["status"],
            "publish_at": publish_at,
            "lead": item["lead"],
            "body": item["body"],
            "source_agency": _resolve(agencies, item["source_agency"], "来源机构") if item["source_agency"] else None,
            "original_url": item["original_url"],
            "original_published_on": item["original_published_on"],
        }
        article, created = _find_or_create(Article, Q(slug=item["slug"]), fields, counts)
        articles[item["slug"]] = article
        if created:
            new_articles.append((article, item))
            _create_article_children(article, item, tax, counts)

    cases: dict[str, Case] = {}
    for item in demo.CASES:
        scam_type = _resolve(tax.scam_types, item["scam_type"], "诈骗类型")
        existing = Case.objects.filter(title=item["title"], scam_type=scam_type).order_by("pk").first()
        if existing is not None:
            counts.present(Case)
            cases[item["ref"]] = existing
            continue
        cases[item["ref"]] = _create_case(item, scam_type, tax, agencies, platforms, channels, regions, articles)
        counts.created(Case)
        counts.created(CaseStep, len(item["steps"]))
        counts.created(Loss, len(item["losses"]))

    # Featured cases last: articles and cases refer to each other.
    for article, item in new_articles:
        article.featured_cases.set([_resolve(cases, ref, "案例") for ref in item["featured_cases"]])


def _create_article_children(article: Article, item: dict, tax: _Taxonomy, counts: _Counts) -> None:
    article.scam_types.set([_resolve(tax.scam_types, slug, "诈骗类型") for slug in item["scam_types"]])
    for order, (stage_code, text) in enumerate(item["steps"], start=1):
        stage = _resolve(tax.stages, stage_code, "诈骗阶段")
        _create_child(ArticleStep, counts, article=article, order=order, stage=stage, text=text)
    for order, (speaker, role, text) in enumerate(item.get("dialogue", ()), start=1):
        _create_child(DialogueLine, counts, article=article, order=order, speaker=speaker, role=role, text=text)
    for order, code in enumerate(item["advice"], start=1):
        advice = _resolve(tax.advice, code, "警方提醒")
        _create_child(ArticleAdvice, counts, article=article, advice=advice, order=order)


def _create_case(item, scam_type, tax, agencies, platforms, channels, regions, articles) -> Case:
    optional_fk = {
        "region": (regions, "地区"),
        "platform": (platforms, "冒充平台"),
        "channel": (channels, "接触渠道"),
        "source_agency": (agencies, "来源机构"),
        "source_article": (articles, "来源文章"),
    }
    fields = {
        key: item[key]
        for key in (
            "title",
            "kind",
            "alias",
            "age_band",
            "gender",
            "occupation",
            "occurred_on",
            "reported_on",
            "summary",
            "outcome",
            "suspects_count",
            "internal_notes",
            "publish_at",
        )
        if key in item
    }
    for field, (rows, what) in optional_fk.items():
        if item.get(field):
            fields[field] = _resolve(rows, item[field], what)
    steps = [
        {
            "stage": _resolve(tax.stages, stage_code, "诈骗阶段"),
            "technique": _resolve(tax.techniques, code, "诈骗手法") if code else None,
            "description": text,
        }
        for stage_code, code, text in item["steps"]
    ]
    return case_create(
        scam_type=scam_type,
        # Demo cases are public and live unless marked otherwise.
        is_public=item.get("is_public", True),
        status=item.get("status", Status.PUBLISHED),
        steps=steps,
        losses=item["losses"],
        **fields,
    )


def _run(load, models_, *, dry_run: bool) -> dict[str, int]:
    counts = _Counts(models_)
    # One search-index write per item at the end, inside the transaction (not one per child row).
    with transaction.atomic():
        with deferred_indexing():
            load(counts)
        if dry_run:
            transaction.set_rollback(True)
    return counts.as_dict()


def taxonomy_load(*, dry_run: bool = False) -> dict[str, int]:
    """Create the missing stages, scam types, techniques, red flags and advice.

    Returns `<model>_created` and `<model>_present` counts; with `dry_run` the
    counts are what a real run would do, and nothing is written.
    """
    return _run(_load_taxonomy, TAXONOMY_MODELS, dry_run=dry_run)


def demo_load(*, dry_run: bool = False) -> dict[str, int]:
    """Load the taxonomy, then the missing demo agencies, vocabularies, articles and cases."""
    return _run(_load_demo, DEMO_MODELS, dry_run=dry_run)


VOCABULARY_MODELS = [Agency, Platform, Channel, Region]


def vocabularies_load(
    *, agencies: list[dict] = (), platforms: list[dict] = (), channels: list[dict] = (), regions: list[dict] = ()
) -> dict[str, int]:
    """Create the missing agencies, platforms, channels and regions of the lists given (demo format)."""

    def load(counts: _Counts) -> None:
        _load_vocabulary(Agency, list(agencies), ("name", "slug"), counts)
        _load_vocabulary(Platform, list(platforms), ("name", "slug"), counts)
        _load_vocabulary(Channel, list(channels), ("name", "slug"), counts)
        _load_vocabulary(Region, list(regions), ("name",), counts)

    return _run(load, VOCABULARY_MODELS, dry_run=False)


def counts_lines(counts: dict[str, int], models_=DEMO_MODELS) -> list[str]:
    """One line per model that was looked at, in Chinese, for the management commands."""
    lines = []
    for model in models_:
        created = counts.get(_key(model, "created"), 0)
        present = counts.get(_key(model, "present"), 0)
        if created or present:
            lines.append(f"{model._meta.verbose_name_plural}：新建 {created}，已有 {present}")
    return lines


def counts_total(counts: dict[str, int]) -> tuple[int, int]:
    """Rows created and rows already present, over all models."""
    created = sum(value for key, value in counts.items() if key.endswith("_created"))
    present = sum(value for key, value in counts.items() if key.endswith("_present"))
    return created, present
