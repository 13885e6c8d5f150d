"""Checking what a visitor typed: every bad value becomes a 4xx that says
what was wrong, never a 500 from deep inside a query."""

from __future__ import annotations

import datetime as dt

MAX_QUERY_CHARS = 500
MAX_PAGE = 10_000


class BadParameter(ValueError):
    """A query parameter a visitor can fix; answered with 400 and this message."""

    def __init__(self, name: str, message: str) -> None:
        self.name = name
        self.message = message
        super().__init__(f"{name}: {message}")


def parse_date(name: str, value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD), a year-month (YYYY-MM) or a year, checked for real days."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 1, 1).isoformat()
        if len(value) == 7 and value[4] == "-":
            return dt.date(int(value[:4]), int(value[5:]), 1).isoformat()
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadParameter(
            name, f"{value[:40]!r} is not a real date; write it as YYYY-MM-DD, e.g. 2024-09-17"
        ) from None


def end_date(name: str, value: str | None) -> str | None:
    """As parse_date, but a bare year or month means its last day, so `until=2024` includes December."""
    start = parse_date(name, value)
    if start is None or value is None:
        return None
    value = value.strip()
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        first = dt.date.fromisoformat(start)
        nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    return start


def check_query(value: str | None, name: str = "q") -> str:
    value = (value or "").strip()
    if len(value) > MAX_QUERY_CHARS:
        raise BadParameter(name, f"the search is {len(value):,} characters long; keep it under {MAX_QUERY_CHARS}")
    if "\x00" in value:
        raise BadParameter(name, "the search contains a NUL character")
    return value


def check_page(value: int) -> int:
    if value < 1:
        raise BadParameter("page", f"page {value} does not exist; pages start at 1")
    if value > MAX_PAGE:
        raise BadParameter("page", f"page {value} is beyond the last page we show ({MAX_PAGE})")
    return value


def check_text(name: str, value: str | None, limit: int = 200) -> str | None:
    value = (value or "").strip() or None
    if value is not None and len(value) > limit:
        raise BadParameter(name, f"{len(value):,} characters is too long; keep it under {limit}")
    return value


def decision_filters(
    q: str | None, council: str | None, body: str | None, since: str | None, until: str | None
) -> dict[str, str | None]:
    """The /decisions filters checked once for the page and the API alike."""
    return {
        "council": check_text("council", council),
        "body": check_text("body", body),
        "since": parse_date("since", since),
        "until": end_date("until", until),
        "words": check_query(q),
    }
