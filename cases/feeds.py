"""RSS and Atom feeds of the latest published articles (warnings)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed

from cases.selectors.public import public_articles

FEED_SIZE = 20


class LatestArticlesFeed(Feed):
    title = "反诈中心 · 最新预警"
    link = reverse_lazy("article-list")
    description = "最新的反诈预警、典型案例与防骗课堂。"
    language = "zh-cn"

    def items(self):
        return public_articles()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.source_agency.name if item.source_agency else None

    def item_categories(self, item):
        return [item.get_kind_display()]


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description
