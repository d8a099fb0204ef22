"""Server-rendered SVG charts: no JavaScript, they print, and every one has a table beside it.

Pure functions from numbers to markup; every text that comes from data is escaped.
"""

from collections.abc import Sequence
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR_COLOUR = "#b3261e"
LINE_COLOUR = "#0b57d0"
AXIS_COLOUR = "#8c959f"
TEXT_COLOUR = "#1f2328"


def format_value(value, metric: str) -> str:
    """Counts as integers, losses in 万元 above ten thousand yuan."""
    if metric == "cases":
        return f"{int(value):,}"
    value = Decimal(value)
    if value >= 10000:
        return f"{value / 10000:,.1f}万"
    return f"{value:,.0f}"


def _svg(width: int, height: int, label: str, body: list[str]) -> SafeString:
    # Safe: every piece of data in `body` and `label` has been escaped.
    return mark_safe(
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(label)}</title>{''.join(body)}</svg>"
    )


def bar_chart(rows: Sequence, metric: str, label: str, limit: int = 12) -> SafeString:
    """Horizontal bars, largest first: `rows` have `.label` and the metric (`cases` or `loss`)."""
    rows = sorted(rows, key=lambda row: getattr(row, metric), reverse=True)[:limit]
    width, label_width, value_width, bar_height, gap = 480, 150, 70, 20, 6
    height = max(1, len(rows)) * (bar_height + gap) + gap
    largest = max((float(getattr(row, metric)) for row in rows), default=0) or 1
    span = width - label_width - value_width
    body = []
    for index, row in enumerate(rows):
        y = gap + index * (bar_height + gap)
        value = getattr(row, metric)
        length = span * float(value) / largest
        text = str(row.label)
        text = text if len(text) <= 11 else text[:10] + "…"
        body.append(
            f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end" font-size="13" fill="{TEXT_COLOUR}">'
            f"{escape(text)}</text>"
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}" fill="{BAR_COLOUR}"/>'
            f'<text x="{label_width + length + 4:.1f}" y="{y + 15}" font-size="13" fill="{TEXT_COLOUR}">'
            f"{escape(format_value(value, metric))}</text>"
        )
    if not rows:
        body.append(f'<text x="{width / 2}" y="18" text-anchor="middle" font-size="13">无数据</text>')
    return _svg(width, height, label, body)


def column_chart(months: Sequence, metric: str, label: str) -> SafeString:
    """Columns per month (`months` have `.month`, `.cases`, `.loss`), with a year mark each January."""
    width, height, left, bottom, top = 480, 200, 48, 28, 12
    plot_height = height - top - bottom
    count = max(1, len(months))
    step = (width - left - 8) / count
    largest = max((float(getattr(m, metric)) for m in months), default=0) or 1
    body = [
        f'<line x1="{left}" y1="{top + plot_height}" x2="{width - 4}" y2="{top + plot_height}" '
        f'stroke="{AXIS_COLOUR}"/>',
        f'<text x="{left - 4}" y="{top + 9}" text-anchor="end" font-size="11" fill="{TEXT_COLOUR}">'
        f"{escape(format_value(largest, metric))}</text>",
        f'<text x="{left - 4}" y="{top + plot_height}" text-anchor="end" font-size="11" fill="{TEXT_COLOUR}">0</text>',
    ]
    label_every = max(1, count // 8)
    for index, month in enumerate(months):
        value = float(getattr(month, metric))
        bar = plot_height * value / largest
        x = left + index * step
        body.append(
            f'<rect x="{x + step * 0.1:.1f}" y="{top + plot_height - bar:.1f}" width="{step * 0.8:.1f}" '
            f'height="{bar:.1f}" fill="{BAR_COLOUR if metric == "cases" else LINE_COLOUR}">'
            f"<title>{escape(month.label)}：{escape(format_value(value, metric))}</title></rect>"
        )
        if index % label_every == 0:
            body.append(
                f'<text x="{x + step / 2:.1f}" y="{height - 10}" text-anchor="middle" font-size="11" '
                f'fill="{TEXT_COLOUR}">{month.month.year % 100:02d}/{month.month.month}</text>'
            )
    if not months:
        body.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" font-size="13">无数据</text>')
    return _svg(width, height, label, body)
