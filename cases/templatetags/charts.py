"""Template tags for the SVG charts in `cases.charts`."""

from django import template
from django.utils.html import format_html, format_html_join

from cases import charts
from cases.templatetags import public_tags

register = template.Library()


@register.simple_tag
def bar_chart(rows, metric, label):
    return charts.bar_chart(rows, metric, label)


@register.simple_tag
def column_chart(months, metric, label):
    return charts.column_chart(months, metric, label)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None removes one) and the page dropped.

    `append_<name>=value` adds a value to a multi-valued parameter instead.
    """
    query = context["request"].GET.copy()
    query.pop("page", None)
    for name, value in changes.items():
        if name.startswith("append_"):
            name = name.removeprefix("append_")
            if str(value) not in query.getlist(name):
                query.appendlist(name, str(value))
        elif value is None:
            query.pop(name, None)
        else:
            query[name] = str(value)
    return query.urlencode()


@register.filter
def yuan(value):
    """Yuan with fen and thousands commas (the zh-hans locale would group none)."""
    return "" if value in (None, "") else f"{value:,.2f}"


# The matrix's cells are too narrow for fen: there amounts read as the public pages write them
# (12.92亿元, 6.4万元); the tables beside every chart keep the exact figures.
register.filter("yuan_compact", public_tags.yuan)


@register.filter
def count(value):
    return "" if value in (None, "") else f"{int(value):,}"


@register.simple_tag
def choice_inputs(field, size=None):
    """The options of a multiple-choice filter as one select (with `size`) or as checkboxes.

    Written out here rather than by Django's widget templates, which cost an
    include per option, or a template loop, which still cost a tenth of the page.
    """
    value = field.value()
    selected = {str(item) for item in ([value] if isinstance(value, str) else value or [])}
    choices = [(str(choice), label, str(choice) in selected) for choice, label in field.field.choices]
    if size:
        options = format_html_join(
            "", '<option value="{}"{}>{}</option>', ((v, " selected" if on else "", label) for v, label, on in choices)
        )
        return format_html(
            '<select name="{}" id="{}" multiple size="{}">{}</select>', field.html_name, field.auto_id, size, options
        )
    boxes = format_html_join(
        "",
        '<label><input type="checkbox" name="{}" value="{}"{}> {}</label>',
        ((field.html_name, v, " checked" if on else "", label) for v, label, on in choices),
    )
    return format_html('<div class="choices" id="{}">{}</div>', field.auto_id, boxes)
