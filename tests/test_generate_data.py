"""`manage.py generate_data` and `cases.services.generating`: realistic, deterministic, consistent, recognisable."""

import inspect
import math
import re
from datetime import date
from decimal import Decimal
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count, Q, Sum
from django.utils import timezone

from cases import privacy
from cases.data import phrasebank, taxonomy
from cases.data.phrasebank import narrative, people, planted, scam_types, steps
from cases.data.phrasebank import vocabulary as bank_vocabulary
from cases.generating.plans import Span, article_plan, case_plan
from cases.generating.vocabulary import Term, Vocabulary
from cases.models import Article, Case, CaseStep, SearchEntry, Technique
from cases.pagecache.store import PageStore
from cases.search.documents import article_document, case_document
from cases.search.index import rebuild_index
from cases.search.query import search
from cases.search.tokens import fold, parse_query
from cases.selectors.privacy import item_personal_data
from cases.services.cases import case_refresh_totals
from cases.services.generating import (
    GenerationError,
    generated_articles,
    generated_cases,
    generated_data_create,
)
from tests.factories import make_article, make_case

UNTIL = date(2025, 6, 30)
SPAN = Span(date(2021, 1, 1), UNTIL, ZoneInfo("Asia/Shanghai"))


def generate(**options):
    return generated_data_create(**{"cases": 40, "articles": 6, "seed": 7, "until": UNTIL, **options})


def snapshot() -> list:
    """Every generated row by natural keys (ids and creation times differ between runs)."""
    cases = generated_cases().select_related("scam_type", "region", "platform", "channel", "source_agency")
    rows = []
    for case in cases.prefetch_related("steps__stage", "steps__technique", "losses").order_by("internal_notes"):
        rows.append(
            (
                case.internal_notes,
                case.title,
                case.summary,
                case.kind,
                case.alias,
                case.age_band,
                case.gender,
                case.occupation,
                case.scam_type.slug,
                case.region and case.region.name,
                case.platform and case.platform.slug,
                case.channel and case.channel.slug,
                case.source_agency and case.source_agency.slug,
                case.occurred_on,
                case.reported_on,
                case.outcome,
                case.suspects_count,
                case.is_public,
                case.status,
                case.publish_at,
                case.total_loss,
                case.total_loss_approximate,
                [(s.order, s.stage.code, s.technique and s.technique.code, s.description) for s in case.steps.all()],
                [
                    (x.order, x.amount, x.approximate, x.payment_method, x.paid_at, x.description)
                    for x in case.losses.all()
                ],
            )
        )
    articles = generated_articles().prefetch_related("scam_types", "steps__stage", "dialogue", "advice_items__advice")
    for article in articles.order_by("slug"):
        rows.append(
            (
                article.slug,
                article.title,
                article.kind,
                article.lead,
                article.body,
                article.status,
                article.publish_at,
                article.original_published_on,
                sorted(t.slug for t in article.scam_types.all()),
                [(s.order, s.stage and s.stage.code, s.text) for s in article.steps.all()],
                [(d.order, d.speaker, d.role, d.text) for d in article.dialogue.all()],
                [(a.order, a.advice.code) for a in article.advice_items.all()],
            )
        )
    return rows


def shipped_vocabulary() -> Vocabulary:
    """The shipped taxonomy and phrase-bank vocabularies as a snapshot, without a database."""
    type_techniques, stage_techniques = {}, {}
    for number, item in enumerate(taxonomy.TECHNIQUES, start=1):
        term = Term(number, item["code"], item["name"])
        stage_techniques.setdefault(item["stage"], []).append(term)
        for slug in item["scam_types"]:
            type_techniques.setdefault((slug, item["stage"]), []).append(term)

    def terms(rows, key):
        return tuple(Term(number, row[key], row["name"]) for number, row in enumerate(rows, start=1))

    return Vocabulary(
        scam_types=tuple(Term(n, s["slug"], s["name"]) for n, s in enumerate(taxonomy.SCAM_TYPES, start=1)),
        stages=tuple(Term(n, s["code"], s["name"]) for n, s in enumerate(taxonomy.STAGES, start=1)),
        type_techniques={key: tuple(value) for key, value in type_techniques.items()},
        stage_techniques={key: tuple(value) for key, value in stage_techniques.items()},
        platforms=terms(bank_vocabulary.PLATFORMS, "slug"),
        channels=terms(bank_vocabulary.CHANNELS, "slug"),
        regions=terms(bank_vocabulary.REGIONS, "name"),
        agencies=terms(bank_vocabulary.AGENCIES, "slug"),
        advice={s["slug"]: (1, 2, 3) for s in taxonomy.SCAM_TYPES},
    )


def plan_texts(n_cases: int, n_articles: int, seed: int = 1) -> list[str]:
    """The indexed text of planned cases and articles, as `cases.search.documents` would join it."""
    vocabulary = shipped_vocabulary()
    texts = []
    for index in range(n_cases):
        plan = case_plan(vocabulary, seed=seed, index=index, span=SPAN)
        texts.append("\n".join([plan.fields["title"], plan.fields["summary"], *(s["description"] for s in plan.steps)]))
    for index in range(n_articles):
        plan = article_plan(vocabulary, seed=seed, index=index, span=SPAN)
        parts = [plan.fields["title"], plan.fields["lead"], plan.fields["body"], *(s["text"] for s in plan.steps)]
        texts.append("\n".join(parts + [f"{d['speaker']}：{d['text']}" for d in plan.dialogue]))
    return texts


# Pure: the phrase bank and the plans.


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def test_only_the_planted_sentences_hold_the_planted_words():
    modules = [narrative, people, scam_types, steps, bank_vocabulary]
    assert {m.__name__ for m in modules} | {planted.__name__} >= {
        f"{phrasebank.__name__}.{name}" for name in ("narrative", "people", "scam_types", "steps", "planted")
    }
    for module in modules:
        for name, value in inspect.getmembers(module):
            for text in _strings(value) if name.isupper() else ():
                assert not [word for word in planted.PLANTED if word in text], (module.__name__, name, text)
    for word in planted.PLANTED:
        for text in [*planted.SENTENCES[word], *planted.TITLE_PREFIXES[word]]:
            assert [w for w in planted.PLANTED if w in text] == [word], text


def test_planted_words_hit_their_share_of_documents():
    texts = plan_texts(3000, 300)
    for word, share in planted.PLANTED.items():
        hits = sum(word in text for text in texts)
        # Within five standard deviations of the binomial count: fails on a bias, not on chance.
        tolerance = 5 * math.sqrt(len(texts) * share * (1 - share)) + 2
        assert abs(hits - share * len(texts)) <= tolerance, (word, hits / len(texts), share)


def test_plans_are_a_function_of_seed_and_index():
    vocabulary = shipped_vocabulary()
    first = case_plan(vocabulary, seed=3, index=10, span=SPAN)
    assert case_plan(vocabulary, seed=3, index=10, span=SPAN) == first
    assert case_plan(vocabulary, seed=4, index=10, span=SPAN) != first
    assert article_plan(vocabulary, seed=3, index=2, span=SPAN) == article_plan(vocabulary, seed=3, index=2, span=SPAN)


def test_generated_text_has_realistic_lengths_and_no_personal_data():
    vocabulary = shipped_vocabulary()
    cases = [case_plan(vocabulary, seed=5, index=i, span=SPAN) for i in range(400)]
    articles = [article_plan(vocabulary, seed=5, index=i, span=SPAN) for i in range(60)]
    assert all(150 <= len(plan.fields["summary"]) <= 900 for plan in cases)
    assert all(800 <= len(plan.fields["body"]) <= 3600 for plan in articles)
    assert all(len(plan.fields["title"]) <= 120 for plan in [*cases, *articles])
    for text in plan_texts(400, 60, seed=5):
        assert privacy.scan(text, frozenset({"110", "96110"})) == [], text


# Database: what the service writes.


@pytest.mark.django_db
def test_same_seed_gives_the_same_rows_and_another_seed_others():
    generate()
    first = snapshot()
    generate(replace=True)
    assert snapshot() == first
    generate(replace=True, seed=8)
    assert snapshot() != first


@pytest.mark.django_db
def test_counts_and_top_up_continue_where_the_last_run_stopped():
    result = generate(cases=25, articles=4)
    assert (result.cases_added, result.articles_added) == (25, 4)
    assert (generated_cases().count(), generated_articles().count()) == (25, 4)
    result = generate(cases=40, articles=6, batch=7)
    assert (result.cases_present, result.cases_added, result.articles_added) == (25, 15, 2)
    topped_up = snapshot()
    generate(replace=True)  # one run of 40 and 6 in batches of 1,000
    assert snapshot() == topped_up
    result = generate(cases=10, articles=0)  # fewer asked than present: nothing added, nothing deleted
    assert (result.cases_added, generated_cases().count(), generated_articles().count()) == (0, 40, 6)


@pytest.mark.django_db
def test_rows_of_another_seed_are_not_mixed_in():
    generate(cases=5, articles=1)
    with pytest.raises(GenerationError):
        generate(cases=10, seed=8)
    assert generate(cases=10, articles=1, seed=8, replace=True).cases_deleted == 5


@pytest.mark.django_db
def test_replace_deletes_generated_rows_only():
    generate(cases=20, articles=4)
    real_case = make_case(title="真实案例")
    real_article = make_article(title="真实文章")
    generated_article = generated_articles().first()
    generated_article.featured_cases.add(real_case)
    real_article.featured_cases.add(generated_cases().first())
    Case.objects.filter(pk=real_case.pk).update(source_article=generated_article)

    result = generate(cases=8, articles=2, replace=True)
    assert (result.cases_deleted, result.articles_deleted) == (20, 4)
    assert (generated_cases().count(), generated_articles().count()) == (8, 2)
    real_case.refresh_from_db()
    assert real_case.source_article is None
    assert real_article.featured_cases.count() == 0
    assert Article.objects.filter(pk=real_article.pk).exists()
    assert SearchEntry.objects.filter(case=real_case).exists()
    assert Case.history.filter(history_type="-").count() == 0  # no "deleted" history for generated rows
    connection.check_constraints()  # nothing left pointing at a deleted row


@pytest.mark.django_db
def test_steps_follow_the_taxonomy_and_totals_follow_the_rule():
    generate(cases=80, articles=0)
    steps_ = CaseStep.objects.filter(case__in=generated_cases()).select_related("technique", "stage", "case")
    assert steps_.exists()
    tagged = [step for step in steps_ if step.technique]
    assert all(step.technique.stage_id == step.stage_id for step in tagged)
    linked = sum(step.case.scam_type_id in {t.id for t in step.technique.scam_types.all()} for step in tagged)
    assert linked >= 0.9 * len(tagged)
    for case in generated_cases().prefetch_related("steps__stage"):
        rows = list(case.steps.all())
        assert [step.order for step in rows] == list(range(1, len(rows) + 1))
        assert [step.stage.order for step in rows] == sorted(step.stage.order for step in rows)
    totals = generated_cases().annotate(
        summed=Sum("losses__amount"), approximate=Count("losses", filter=Q(losses__approximate=True))
    )
    for case in totals:
        assert case.total_loss == (case.summed or Decimal("0"))
        assert case.total_loss_approximate == bool(case.approximate)
    case = generated_cases().filter(total_loss__gt=0).first()
    stored = (case.total_loss, case.total_loss_approximate)
    assert (case_refresh_totals(case=case).total_loss, case.total_loss_approximate) == stored


@pytest.mark.django_db
def test_a_realistic_mix_of_visibility():
    generate(cases=200, articles=40, until=timezone.localdate())
    cases, articles = generated_cases(), generated_articles()
    now = timezone.now()
    assert cases.filter(is_public=False).exists()
    assert cases.filter(status="draft").exists()
    assert 0.3 < Case.objects.published().filter(pk__in=cases).count() / cases.count() < 0.8
    assert articles.filter(status="published", publish_at__gt=now).exists()  # scheduled
    assert articles.exclude(status="published").exists()
    assert cases.filter(kind="enforcement").exists()
    assert cases.filter(occurred_on__year=2021).exists()
    assert cases.filter(occurred_on__year=timezone.localdate().year - 1).exists()
    assert Technique.objects.exists()  # the taxonomy was loaded for them


@pytest.mark.django_db
def test_generated_items_are_indexed_and_only_published_ones_found():
    generate(cases=60, articles=10)
    entries = SearchEntry.objects.filter(Q(case__in=generated_cases()) | Q(article__in=generated_articles()))
    assert entries.count() == 70
    found = set(SearchEntry.objects.published().filter(case__in=generated_cases()).values_list("case", flat=True))
    assert found == set(Case.objects.published().filter(pk__in=generated_cases()).values_list("pk", flat=True))
    found = set(
        SearchEntry.objects.published().filter(article__in=generated_articles()).values_list("article", flat=True)
    )
    assert found == set(Article.objects.published().filter(pk__in=generated_articles()).values_list("pk", flat=True))

    public = Case.objects.published().filter(pk__in=generated_cases()).first()
    hidden = generated_cases().exclude(pk__in=Case.objects.published()).first()
    for case, visible in ((public, True), (hidden, False)):
        words = re.findall(r"[\u4e00-\u9fff]{2,}", case.title)[:8]
        results = search(parse_query(" ".join(words)).terms)
        assert any(entry.case_id == case.pk for entry in results.entries) is visible
    assert SearchEntry.objects.get(case=public).body == fold(case_document(public).body)
    article = generated_articles().first()
    assert SearchEntry.objects.get(article=article).title == article_document(article).title


def test_generating_and_deleting_invalidate_cached_pages(page_cache, django_capture_on_commit_callbacks):
    generate(cases=5, articles=1)  # loads the taxonomy, whose saves invalidate pages by their signals
    for options in ({"cases": 8, "articles": 2}, {"replace": True, "cases": 0, "articles": 0}):
        version = PageStore().version()
        with django_capture_on_commit_callbacks(execute=True):
            generate(**options)
        assert PageStore().version() != version


@pytest.mark.django_db
def test_without_indexing_the_rebuild_command_indexes_them_later():
    generate(cases=10, articles=2, index=False)
    assert not SearchEntry.objects.filter(case__in=generated_cases()).exists()
    rebuild_index()
    assert SearchEntry.objects.filter(case__in=generated_cases()).count() == 10


@pytest.mark.django_db
def test_no_personal_data_in_the_public_text_of_generated_items():
    generate(cases=60, articles=10)
    for item in [*generated_cases().prefetch_related("steps", "losses"), *generated_articles()]:
        assert item_personal_data(item) == [], item


# The command.


@pytest.mark.django_db
def test_command_reports_progress_and_a_summary(settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("generate_data", "--until=2025-06-30", cases=30, articles=3, batch=10, stdout=out)
    text = out.getvalue()
    assert "案例 10/30" in text and "文章 3/3" in text
    assert "新增案例 30 个、文章 3 篇，写入搜索索引 33 条" in text
    out = StringIO()
    call_command("generate_data", cases=30, articles=3, verbosity=0, stdout=out)
    assert out.getvalue() == ""


@pytest.mark.django_db
def test_command_dry_run_writes_nothing(settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("generate_data", cases=30, articles=3, dry_run=True, stdout=out)
    assert "试运行" in out.getvalue() and "新增案例 30 个" in out.getvalue() and "并先载入分类体系" in out.getvalue()
    assert not Case.objects.exists() and not Technique.objects.exists()


@pytest.mark.django_db
def test_command_without_index_says_how_to_index_later(settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("generate_data", cases=5, articles=1, no_index=True, stdout=out)
    assert "rebuild_search_index" in out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize("option", ["--cases=-1", "--batch=0", "--batch=100000", "--until=2020-01-01"])
def test_command_refuses_bad_options(settings, option):
    settings.DEBUG = True
    with pytest.raises(CommandError):
        call_command("generate_data", "--cases=5", "--articles=0", option, stdout=StringIO())
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_command_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("generate_data", cases=5, articles=0)
    call_command("generate_data", cases=5, articles=0, force=True, stdout=StringIO())
    assert generated_cases().count() == 5
