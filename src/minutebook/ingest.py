"""Putting files into the record: parse each (here, in local processes, or on
Dask via `minutebook.parallel`), then store each in its own transaction.

One file that cannot be read or stored is reported with its reason and the
rest still go in; the summary says what happened to every document and what
the record holds afterwards.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.exc import SQLAlchemyError

from minutebook.parallel import ParseOutcome, parse_many, stored_sha256
from minutebook.paths import expand_paths
from minutebook.store import Store, open_store

log = logging.getLogger("minutebook.ingest")


@dataclass
class IngestSummary:
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    pages: int = 0  # pages read from the documents added or replaced
    seconds: float = 0.0
    record: dict[str, int] = field(default_factory=dict)  # rows per table after the run
    interrupted: bool = False  # Ctrl-C: the document in progress was rolled back, the rest not read

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def lines(self) -> list[str]:
        """The closing summary, in words."""
        r = self.record
        out = [
            f"documents: {self.added} added, {self.unchanged} skipped as unchanged, {self.replaced} replaced, "
            f"{self.failed} failed",
        ]
        if r:
            out.append(
                f"the record holds: {r.get('documents', 0)} documents, {r.get('meetings', 0)} meetings, "
                f"{r.get('agenda_items', 0) + r.get('minute_items', 0)} items "
                f"({r.get('agenda_items', 0)} agenda, {r.get('minute_items', 0)} minutes), "
                f"{r.get('resolutions', 0)} resolutions, {r.get('people', 0)} people, {r.get('passages', 0)} passages"
            )
        if self.pages:
            out.append(f"read {self.pages} pages in {self.seconds:.1f}s ({self.pages_per_second:.1f} pages/s)")
        return out


def _take(outcome: ParseOutcome, store: Store, summary: IngestSummary) -> None:
    """Store one parsed document (or note why there is none) in the summary."""
    if outcome.unchanged:
        summary.unchanged += 1
    elif outcome.parsed is None:
        reason = outcome.error or "could not be read"
        prefix = f"{outcome.path}: "
        summary.failures.append((outcome.path, reason[len(prefix) :] if reason.startswith(prefix) else reason))
    else:
        try:
            status = store.ingest(outcome.parsed)
        except Exception as exc:  # one document's failure must not stop the run
            first = (str(exc).strip().splitlines() or [""])[0]
            summary.failures.append((outcome.path, f"could not be stored: {type(exc).__name__}: {first}"))
        else:
            setattr(summary, status, getattr(summary, status) + 1)
            if status != "unchanged":
                summary.pages += len(outcome.parsed.document.pages)


def _merge_search_index(store: Store, summary: IngestSummary) -> None:
    """Tidy the search index after a run (instant when there is nothing to
    merge, so a rerun finishes a merge an earlier run did not). The documents
    are stored by now: a merge that fails or is interrupted leaves them as
    they are, only searched a little slower until the next run."""
    try:
        store.merge_search_index()
    except KeyboardInterrupt:
        summary.interrupted = True
    except SQLAlchemyError as exc:
        log.warning("the search index was not merged (%s); the next ingest tries again", str(exc).splitlines()[0])


def ingest_paths(
    paths: Iterable[str | Path],
    url: str | None = None,
    *,
    progress: bool = True,
    store: Store | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    ocr: bool = False,
) -> IngestSummary:
    """Ingest files and folders into the record at `url` (or into `store`)."""
    files = [str(p) for p in expand_paths(paths)]
    own = store is None
    store = store or open_store(url)
    summary = IngestSummary()
    start = time.perf_counter()
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    columns += (TextColumn("{task.description}"),)
    try:
        try:
            with Progress(*columns, console=Console(stderr=True), transient=True, disable=not progress) as bar:
                task = bar.add_task("", total=len(files))
                # Across processes or machines, files the record already holds are
                # only hashed, not parsed again: rerunning a crashed job is cheap.
                known = stored_sha256(store, files) if workers > 1 or scheduler else None
                for outcome in parse_many(files, workers=workers, scheduler=scheduler, ocr=ocr, known=known):
                    bar.update(task, description=Path(outcome.path).name)
                    _take(outcome, store, summary)
                    bar.advance(task)
        except KeyboardInterrupt:  # the open transaction is rolled back; what was committed stays
            summary.interrupted = True
        if not summary.interrupted:
            _merge_search_index(store, summary)
        summary.seconds = time.perf_counter() - start
        summary.record = store.counts()
    finally:
        if own:
            store.close()
    return summary
