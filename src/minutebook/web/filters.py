"""Jinja filters. All document text is untrusted: it is escaped first and
only markup we add ourselves (the <mark> around matched words) is let through."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment
from markupsafe import Markup, escape

from minutebook.search import MARK_CLOSE, MARK_OPEN  # sentinels search puts around matched words


def marked(snippet: str | None, query: str | None = None) -> Markup:
    """A search snippet as safe HTML: escaped, with matched words in <mark>.
    Control-character markers from search are used when present; otherwise
    the query's words are marked here."""
    text = re.sub(r"\s+", " ", snippet or "").strip()
    if MARK_OPEN in text:
        out = str(escape(text))
        out = out.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
        # an unbalanced marker (snippet cut mid-match) would leave <mark> open
        if out.count("<mark>") > out.count("</mark>"):
            out += "</mark>"
        return Markup(out)
    return highlight(text, query)


def highlight(text: str | None, query: str | None) -> Markup:
    words = sorted({w for w in re.findall(r"\w{2,}", query or "")}, key=len, reverse=True)[:12]
    escaped = str(escape(text or ""))
    if not words:
        return Markup(escaped)
    pattern = re.compile(r"\b(" + "|".join(re.escape(str(escape(w))) for w in words) + r")\w*", re.IGNORECASE)
    return Markup(pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped))


def long_date(value: str | None) -> str:
    """`2019-10-29` -> `Tuesday 29 October 2019`; anything else as given."""
    if not value:
        return "date unknown"
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{d:%A} {d.day} {d:%B %Y}"


def short_date(value: str | None) -> str:
    if not value:
        return "date unknown"
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{d.day} {d:%b %Y}"


def safe_url(value: str | None) -> str | None:
    """Only http(s) links and our own paths; anything else (javascript:, data:) is dropped."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("/") and not value.startswith("//"):
        return value
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc:
        return value
    return None


def cite_label(row: dict[str, Any] | None) -> str:
    """`page 5, line 192` for a row carrying a citation."""
    if not row:
        return ""
    bits = []
    if row.get("page"):
        bits.append(f"page {row['page']}")
    if row.get("line"):
        bits.append(f"line {row['line']}")
    return ", ".join(bits) or "source"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def install(env: Environment) -> None:
    env.filters["marked"] = marked
    env.filters["highlight"] = highlight
    env.filters["long_date"] = long_date
    env.filters["short_date"] = short_date
    env.filters["safe_url"] = safe_url
    env.filters["cite_label"] = cite_label
    env.filters["percent"] = percent
