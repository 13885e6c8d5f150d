"""Search for the pages and the API: `minutebook.search.search` with the
web's filters (a year facet on top of since/until) and each hit given the
links a reader follows: its minute or meeting, and the source page."""

from __future__ import annotations

import os
import re
import threading
import time
from collections import OrderedDict
from typing import Any

from starlette.concurrency import run_in_threadpool

from minutebook.search import MARK_CLOSE, MARK_OPEN, Hit, search
from minutebook.web import filters
from minutebook.web.params import BadParameter
from minutebook.web.queries import source_url

PAGE_SIZE = 20
CACHE_SIZE = int(os.environ.get("MINUTEBOOK_SEARCH_CACHE", "2048"))  # answers kept per worker; 0 turns it off
VERSION_CHECK_SECONDS = 1.0
_SPACES = re.compile(r"\s+")


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
        facets = {
            name: [{"value": v, "count": n} for v, n in values if v not in (None, "")]
            for name, values in result.facets.items()
        }
        facet_sample = result.facet_sample  # counted over the best N matches, not all of them
        answers.put(store, ("facets", *key), (facets, facet_sample))
    hits = [_hit(h, query) for h in result.hits]
    answer = {
        "total": result.total,
        "hits": hits,
        "facets": facets,
        "facet_sample": facet_sample,
        "notes": list(result.notes),
    }
    answers.put(store, (*key, page), answer)
    return _copy(answer)


async def run_search_async(store: Any, query: str, **filters: Any) -> dict[str, Any]:
    """`run_search` for an async route. On SQLite it runs right here on the event
    loop: the work is this process's CPU either way, and a hop to a worker
    thread added about a millisecond a request in GIL hand-offs
    (bench/search_load.py); `serve --workers N` runs one process per core.
    PostgreSQL searches wait on the network, so they go to the thread pool
    and the loop keeps answering in the meantime."""
    if store.dialect == "sqlite":
        return run_search(store, query, **filters)
    return await run_in_threadpool(run_search, store, query, **filters)


def _copy(answer: dict[str, Any]) -> dict[str, Any]:
    """A shallow copy per request, so a caller adding keys never changes the cached answer."""
    return {**answer, "hits": [dict(h) for h in answer["hits"]]}


_KIND_LABELS = {"resolution": "Decision", "minute": "Minute", "agenda": "Agenda item"}


def _hit(hit: Hit, query: str) -> dict[str, Any]:
    """A hit as the page and the API show it: the snippet marked both ways,
    and the links a reader follows (its minute, its meeting, the source page)."""
    h = dict(vars(hit))
    del h["path"]  # where the server keeps its files is not the reader's business
    marked = h["marked"] or h["text"]
    h["snippet_html"] = filters.marked(marked, query)  # safe HTML: escaped, <mark> added
    h["snippet"] = _SPACES.sub(" ", marked).replace(MARK_OPEN, "[").replace(MARK_CLOSE, "]").strip()
    h["marked"] = marked
    h["source"] = source_url(hit.document_id, hit.format, hit.page, hit.line)
    h["meeting_url"] = f"/meetings/{hit.meeting_id}" if hit.meeting_id else None
    if hit.minute_item_id:
        h["url"] = f"/minutes/{hit.minute_item_id}"
    else:
        h["url"] = h["source"] or h["meeting_url"] or "#"  # a report or plan passage: open it where it is
    label = _KIND_LABELS.get(hit.kind or "", "")
    if hit.item:
        head = f"{label} {hit.item}".strip()
    else:
        head = label or (hit.kind or "passage").replace("_", " ").capitalize()
    h["title"] = f"{head}: {hit.minute_title}" if hit.minute_title else f"{head} — {hit.body or hit.document}"
    return h
