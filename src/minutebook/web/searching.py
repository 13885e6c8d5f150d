"""Search for the pages and the API: `minutebook.search.search` with the
web's filters (a year facet on top of since/until) and each hit given the
links a reader follows: its minute or meeting, and the source page."""

from __future__ import annotations

import dataclasses
import os
import re
import threading
import time
from collections import OrderedDict
from typing import Any

from minutebook.search import MARK_CLOSE, MARK_OPEN, search
from minutebook.web import filters
from minutebook.web.params import BadParameter
from minutebook.web.queries import source_url

PAGE_SIZE = 20
CACHE_SIZE = int(os.environ.get("MINUTEBOOK_SEARCH_CACHE", "2048"))  # answers kept per worker; 0 turns it off
VERSION_CHECK_SECONDS = 1.0


class AnswerCache:
    """Recent search answers, per worker process, dropped as soon as the record
    changes (an ingest adds or replaces documents). Ranking and facet counts
    over a large record cost tens of milliseconds for a common word, and
    readers repeat queries: paging, clicking a facet and back, shared links."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()
        self._version: tuple[Any, ...] | None = None
        self._checked = 0.0

    def _current_version(self, store: Any) -> tuple[Any, ...]:
        now = time.monotonic()
        if self._version is None or now - self._checked > VERSION_CHECK_SECONDS:
            from sqlalchemy import func, select

            from minutebook.store.schema import documents

            with store.engine.connect() as conn:
                version = tuple(
                    conn.execute(
                        select(func.count(), func.max(documents.c.id), func.max(documents.c.ingested_at))
                    ).one()
                )
            with self._lock:
                if version != self._version:
                    self._items.clear()
                self._version, self._checked = version, now
        return self._version  # type: ignore[return-value]

    def get(self, store: Any, key: tuple[Any, ...]) -> Any:
        if self.size <= 0:
            return None
        self._current_version(store)
        with self._lock:
            value = self._items.get((id(store), *key))
            if value is not None:
                self._items.move_to_end((id(store), *key))
            return value

    def put(self, store: Any, key: tuple[Any, ...], value: Any) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[(id(store), *key)] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)


answers = AnswerCache(CACHE_SIZE)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _as_dict(obj: Any) -> dict[str, Any]:
    if isinstance(obj, dict):
        return dict(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    if hasattr(obj, "_asdict"):
        return dict(obj._asdict())
    return dict(vars(obj))


def _year_range(year: str | None, since: str | None, until: str | None) -> tuple[str | None, str | None]:
    if not year:
        return since, until
    if not (len(year) == 4 and year.isdigit()):
        raise BadParameter("year", f"{year[:20]!r} is not a year; write it as four digits, e.g. 2024")
    lo, hi = f"{year}-01-01", f"{year}-12-31"
    return max(filter(None, [since, lo])), min(filter(None, [until, hi]))


def run_search(
    store: Any,
    query: str,
    *,
    council: str | None = None,
    body: str | None = None,
    kind: str | None = None,
    year: str | None = None,
    since: str | None = None,
    until: str | None = None,
    page: int = 1,
) -> dict[str, Any]:
    """{"total", "hits": [...], "facets": {"council": [{"value", "count"}], "body", "kind", "year"},
    "facet_sample": None, or N when the facets count only the best N of a larger set of matches}."""
    since, until = _year_range(year, since, until)
    if since and until and since > until:
        raise BadParameter("since", f"the range {since} to {until} is empty: 'since' is after 'until'")
    key = (query, council, body, kind, since, until)
    cached = answers.get(store, (*key, page))
    if cached is not None:
        return _copy(cached)
    kept = answers.get(store, ("facets", *key))  # the same for every page of one search
    facets, facet_sample = kept if kept is not None else (None, None)
    result = search(
        store,
        query,
        council=council,
        body=body,
        since=since,
        until=until,
        kind=kind,
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
        facets=facets is None,
    )
    if facets is None:
        facets = _facets(_get(result, "facets") or {})
        facet_sample = _get(result, "facet_sample")  # counted over the best N matches, not all of them
        answers.put(store, ("facets", *key), (facets, facet_sample))
    raw_hits = _get(result, "hits") or []
    links = _links(store, [h.passage_id for h in raw_hits])
    hits = [_hit(h, links) for h in raw_hits]
    answer = {
        "total": int(_get(result, "total") or 0),
        "hits": hits,
        "facets": facets,
        "facet_sample": facet_sample,
        "notes": list(_get(result, "notes") or []),
    }
    answers.put(store, (*key, page), answer)
    return _copy(answer)


def _copy(answer: dict[str, Any]) -> dict[str, Any]:
    """A shallow copy per request, so a caller adding keys never changes the cached answer."""
    return {**answer, "hits": [dict(h) for h in answer["hits"]]}


def _links(store: Any, passage_ids: list[int]) -> dict[int, tuple[int | None, str | None, str | None]]:
    """passage id -> (its minute item, that minute's title, its document's format), in one query for a page of hits."""
    if not passage_ids:
        return {}
    from sqlalchemy import select

    from minutebook.store.schema import documents, minute_items, passages

    q = (
        select(passages.c.id, passages.c.minute_item_id, minute_items.c.title, documents.c.format)
        .join(documents, documents.c.id == passages.c.document_id)
        .outerjoin(minute_items, minute_items.c.id == passages.c.minute_item_id)
        .where(passages.c.id.in_(passage_ids))
    )
    with store.engine.connect() as conn:
        return {r.id: (r.minute_item_id, r.title, r.format) for r in conn.execute(q)}


def _hit(raw: Any, links: dict[int, tuple[int | None, str | None, str | None]]) -> dict[str, Any]:
    h = _as_dict(raw)
    h.pop("path", None)  # where the server keeps its files is not the reader's business
    marked = h.pop("marked", None) or h.get("text", "")
    h["snippet_html"] = str(filters.marked(marked))
    h["snippet"] = re.sub(r"\s+", " ", marked).replace(MARK_OPEN, "[").replace(MARK_CLOSE, "]").strip()
    h["marked"] = marked
    minute_item_id, minute_title, fmt = links.get(h.get("passage_id") or -1, (None, None, None))
    h["minute_item_id"] = minute_item_id
    h["format"] = fmt
    doc_id = h.get("document_id")
    h["source"] = source_url(doc_id, fmt, h.get("page"), h.get("line"))
    h["meeting_url"] = f"/meetings/{h['meeting_id']}" if h.get("meeting_id") else None
    if h.get("minute_item_id"):
        h["url"] = f"/minutes/{h['minute_item_id']}"
    else:
        h["url"] = h["source"] or h["meeting_url"] or "#"  # a report or plan passage: open it where it is
    label = {"resolution": "Decision", "minute": "Minute", "agenda": "Agenda item"}.get(h.get("kind") or "", "")
    item = h.get("item")
    head = f"{label} {item}".strip() if item else (label or (h.get("kind") or "passage").replace("_", " ").capitalize())
    h["title"] = f"{head}: {minute_title}" if minute_title else f"{head} — {h.get('body') or h.get('document')}"
    return h


def _facets(raw: Any) -> dict[str, list[dict[str, Any]]]:
    """Facets as {name: [{"value", "count"}]}, whatever shape search gives them in."""
    out: dict[str, list[dict[str, Any]]] = {}
    items = raw.items() if isinstance(raw, dict) else _as_dict(raw).items()
    for name, values in items:
        rows: list[dict[str, Any]] = []
        if isinstance(values, dict):
            rows = [{"value": k, "count": v} for k, v in values.items()]
        else:
            for v in values or []:
                if isinstance(v, dict):
                    rows.append({"value": v.get("value", v.get("name")), "count": v.get("count", 0)})
                elif isinstance(v, list | tuple) and len(v) == 2:
                    rows.append({"value": v[0], "count": v[1]})
        out[name] = [r for r in rows if r["value"] not in (None, "")]
    return out
