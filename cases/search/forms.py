"""The search page's GET parameters. Invalid values become messages, never errors."""

from django import forms

from cases.models import SearchEntry

# Anything longer is cut before parsing (the parser then cuts to MAX_QUERY_CHARS and says so).
RAW_QUERY_LIMIT = 1000
MAX_PAGE = 10_000

NOTICE_TRUNCATED = "搜索词太长，只按前 {limit} 个字符和前 {terms} 个词搜索。"
NOTICE_NO_WORDS = "搜索词里没有可以搜索的文字或数字，请换个说法。"
NOTICE_BAD_KIND = "没有这个分类，已显示全部结果。"
NOTICE_BAD_PAGE = "页码无效，已显示第 1 页。"
NOTICE_PAGE_OUT_OF_RANGE = "没有第 {page} 页，已显示最后一页。"
NOTICE_NOT_RANKED = "结果很多（超过 {limit} 条），标题命中的排在前面，其余按时间从新到旧排列。可以多加一个词缩小范围。"
NOTICE_CAPPED = (
    "结果超过 {limit} 条，这里只列出前 {limit} 条：标题命中的排在前面，其余按时间从新到旧排列。可以多加一个词缩小范围。"
)


class QueryField(forms.CharField):
    """Null characters become spaces instead of failing validation: the parser drops them anyway."""

    def to_python(self, value):
        return super().to_python(value).replace("\x00", " ")


class SearchForm(forms.Form):
    q = QueryField(required=False, strip=True)
    kind = forms.ChoiceField(required=False, choices=[("", "全部"), *SearchEntry.Kind.choices])
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)

    def clean_q(self):
        return self.cleaned_data["q"][:RAW_QUERY_LIMIT]

    def values(self) -> tuple[str, str, int, list[str]]:
        """(query, kind, page, notices): valid values, defaults for invalid ones, and why."""
        self.is_valid()
        notices = []
        if "kind" in self.errors:
            notices.append(NOTICE_BAD_KIND)
        if "page" in self.errors:
            notices.append(NOTICE_BAD_PAGE)
        data = self.cleaned_data
        return data.get("q", ""), data.get("kind") or "", data.get("page") or 1, notices
