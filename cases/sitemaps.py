"""sitemap.xml: every public page, and nothing that `published()` hides."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from cases.models import Article, Case, Technique
from cases.selectors.public import public_scam_types


class PageSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return ["home", "article-list", "case-list"]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.7

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ScamTypeSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.9

    def items(self):
        return public_scam_types().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class TechniqueSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Technique.objects.active().only("code").order_by("pk")


class CaseSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Case.objects.published().only("pk", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "pages": PageSitemap,
    "articles": ArticleSitemap,
    "types": ScamTypeSitemap,
    "techniques": TechniqueSitemap,
    "cases": CaseSitemap,
}
