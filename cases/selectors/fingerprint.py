"""Cache keys derived from the database: one cheap query whose answer changes when the data may have.

Because the key comes from the database, every app process sees a change at
once, with or without a shared cache, and no signal handler is needed. Used by
the checker's rules and the public site's counts and losses.
"""

from collections.abc import Sequence

from django.db import connection
from django.db.models import F, Func, QuerySet

# One scalar subquery: SQL and its parameters.
Part = tuple[str, Sequence]


def newest(model, field: str = "pk") -> Part:
    """The largest value of `field`: a new row (or history row) moves it.

    Plain SQL from the model's metadata: it runs on every page view, and
    compiling a queryset would cost more than the query.
    """
    column = model._meta.pk.column if field == "pk" else model._meta.get_field(field).column
    quote = connection.ops.quote_name
    return f"SELECT MAX({quote(column)}) FROM {quote(model._meta.db_table)}", ()


def row_count(queryset: QuerySet) -> Part:
    """How many rows `queryset` holds."""
    return queryset.order_by().annotate(value=Func(F("pk"), function="COUNT")).values("value").query.sql_with_params()


def data_fingerprint(*parts: Part) -> str:
    """The values of the parts (`newest`, `row_count`), read in one query, as a string."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT " + ", ".join(f"({sql})" for sql, _ in parts), [param for _, params in parts for param in params]
        )
        return "-".join(str(value or 0) for value in cursor.fetchone())
