"""Parsing many documents at once: in local processes or on a Dask cluster.

Ingestion is a map over documents followed by writes. This module is the map,
run on an existing engine (the standard library's process pool on one
machine, Dask distributed across machines), never on a scheduler of our own.
It reads and parses; it never writes. The caller stores what comes back.

Outcomes are yielded in the order the paths were given, whatever order the
workers finish in, so a parallel ingest writes exactly what a single-process
one would, in the same order. To keep memory bounded, at most `window`
documents are in flight or waiting to be yielded at any time.

A worker that dies mid-document loses nothing: Dask hands the task to another
worker (and gives up on a document that has killed workers three times); the
process pool is rebuilt and the documents it held are sent again, with the
same limit. Such a document comes back as a failure naming the reason.
"""

from __future__ import annotations

import multiprocessing
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minutebook.errors import MinutebookError, UnreadableDocument
from minutebook.model import ParsedDocument

#: How many times a document may take its worker down before it is reported
#: as failed (the same number Dask uses by default, `allowed-failures`).
MAX_ATTEMPTS = 3

ParseFunction = Callable[..., ParsedDocument]


@dataclass
class ParseOutcome:
    """One document's result: the parse, or why there is none.

    `path` is the path as the caller gave it, so messages and the stored
    record name the file the way the single-process ingest does."""

    path: str
    parsed: ParsedDocument | None = None
    error: str | None = None  # "PATH: reason", as UnreadableDocument words it
    seconds: float = 0.0  # time spent reading and parsing on the worker
    worker: str | None = None  # which process or Dask worker did it
    unchanged: bool = False  # the record already holds these bytes under this path: not parsed

    @property
    def ok(self) -> bool:
        return self.parsed is not None


def parse_one(
    path: str,
    *,
    base: str | None = None,
    ocr: bool = False,
    parse: ParseFunction | None = None,
    known: str | None = None,
) -> ParseOutcome:
    """Read and parse one file on whatever process runs this.

    Every error becomes a failure outcome instead of an exception: one bad
    file must not stop a run over a whole archive, and exceptions with custom
    constructors (UnreadableDocument) do not survive pickling back to the
    client. `base` is the client's working folder: a relative path is read
    from there when this worker's own working folder differs (a remote
    worker), and reported under the name the caller gave. `known` is the
    sha256 the record holds for this path: when the file still has it, the
    worker only hashes it and says so, so that rerunning a crashed job
    parses only what is not stored yet."""
    if parse is None:
        from minutebook.parse import parse_path as parse
    start = time.perf_counter()
    local = path
    if base is not None and not os.path.isabs(path) and os.path.abspath(os.getcwd()) != base:
        local = os.path.join(base, path)
    worker = _worker_name()
    if known is not None and _sha256(local) == known:
        return ParseOutcome(path, seconds=time.perf_counter() - start, worker=worker, unchanged=True)
    try:
        parsed = parse(local, ocr=ocr)
    except UnreadableDocument as exc:
        reason = exc.reason
        if base is not None and not os.path.exists(local):  # on a Dask worker
            reason += f" on the Dask worker {worker} (workers must see the source files at the client's paths)"
        return ParseOutcome(path, error=f"{path}: {reason}", seconds=time.perf_counter() - start, worker=worker)
    except Exception as exc:  # a bug in an extractor: report it against the file and keep going
        reason = f"{path}: could not be parsed ({type(exc).__name__}: {exc})"
        return ParseOutcome(path, error=reason, seconds=time.perf_counter() - start, worker=worker)
    if local != path:
        _rename(parsed, local, path)
    return ParseOutcome(path, parsed=parsed, seconds=time.perf_counter() - start, worker=worker)


def parse_many(
    paths: Iterable[str | Path],
    *,
    workers: int = 1,
    scheduler: str | None = None,
    ocr: bool = False,
    window: int | None = None,
    parse: ParseFunction | None = None,
    known: dict[str, str] | None = None,
) -> Iterator[ParseOutcome]:
    """Parse every path, yielding outcomes in the order the paths were given.

    `scheduler` ("tcp://HOST:PORT") sends the work to a Dask distributed
    cluster, whose workers must have minutebook installed and see the source
    files at the same paths (shared storage); otherwise `workers` > 1 uses
    that many local processes, and 1 parses here, one file after another.
    `parse` replaces `minutebook.parse.parse_path` (it must pickle: a
    top-level function for local processes; Dask also takes closures).
    `known` maps paths to the sha256 the record holds for them (see
    `stored_sha256`): a file whose bytes still match comes back `unchanged`,
    unparsed."""
    items = [str(p) for p in paths]
    known = known or {}
    if workers < 1:
        raise MinutebookError(f"--workers must be 1 or more, not {workers}")
    if scheduler:
        yield from _on_dask(items, scheduler, ocr=ocr, window=window, parse=parse, known=known)
    elif workers > 1:
        yield from _in_processes(items, workers, ocr=ocr, window=window, parse=parse, known=known)
    else:
        for path in items:
            yield parse_one(path, ocr=ocr, parse=parse, known=known.get(path))


# ---------------------------------------------------------------- local processes


def _in_processes(
    items: list[str],
    workers: int,
    *,
    ocr: bool,
    window: int | None,
    parse: ParseFunction | None,
    known: dict[str, str],
) -> Iterator[ParseOutcome]:
    """A process pool, rebuilt when a process dies (out of memory, a crash in
    the PDF library). A dead process breaks every document the pool held, so
    those become suspects and are parsed again one at a time: only a document
    that kills its process while parsed alone is charged for it."""
    window = max(window or 4 * workers, workers)
    # forkserver: children start clean, not as forks of a parent that may hold
    # threads (progress bars, database pools) and their locks.
    context = multiprocessing.get_context("forkserver")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    deaths = [0] * len(items)
    running: dict[Future[ParseOutcome], int] = {}
    done: dict[int, ParseOutcome] = {}
    suspects: list[int] = []
    next_submit = 0
    next_yield = 0

    def submit(index: int) -> None:
        path = items[index]
        running[pool.submit(parse_one, path, ocr=ocr, parse=parse, known=known.get(path))] = index

    try:
        while next_yield < len(items):
            if suspects:
                if not running:
                    submit(suspects[0])
            else:
                while next_submit < len(items) and len(running) + len(done) < window:
                    submit(next_submit)
                    next_submit += 1
            alone = len(running) == 1 and bool(suspects)
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = False
            for future in finished:
                index = running.pop(future)
                try:
                    done[index] = future.result()
                except BrokenProcessPool:
                    broken = True
                    if not alone:
                        suspects.append(index)
                        continue
                    deaths[index] += 1
                    if deaths[index] < MAX_ATTEMPTS:
                        continue
                    done[index] = ParseOutcome(
                        items[index],
                        error=f"{items[index]}: the process parsing it died {deaths[index]} times "
                        "(out of memory, or a crash in the PDF library)",
                    )
                if index in suspects:
                    suspects.remove(index)
            if broken:
                # Every future of a broken pool fails: take them all back and start afresh.
                suspects.extend(running.values())
                running.clear()
                suspects.sort()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
            while next_yield in done:
                yield done.pop(next_yield)
                next_yield += 1
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------- Dask distributed


def connect(scheduler: str, *, timeout: str = "20s") -> Any:
    """A Dask client on `scheduler`, with an error that says what to do when
    there is no cluster there or its workers cannot run minutebook."""
    from distributed import Client

    try:
        client = Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise MinutebookError(
            f"cannot reach the Dask scheduler at {scheduler} ({exc}); start one with `dask scheduler` "
            "and workers with `dask worker " + scheduler + "`"
        ) from exc
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (OSError, TimeoutError):
        pass  # reported below as "no workers"
    try:
        versions = client.run(code_version)
    except Exception as exc:
        client.close()
        raise MinutebookError(
            f"the Dask workers at {scheduler} cannot run minutebook ({type(exc).__name__}: {exc}); "
            "install the same minutebook version in every worker's environment"
        ) from exc
    here = code_version()
    other = sorted(worker for worker, version in versions.items() if version != here)
    if other:
        client.close()
        raise MinutebookError(
            f"the Dask workers {', '.join(other)} run other minutebook code than this client ({here}): "
            "install the same version everywhere so that every worker parses alike"
        )
    if not versions:
        client.close()
        raise MinutebookError(
            f"the Dask scheduler at {scheduler} has no workers; start some with `dask worker {scheduler}`"
        )
    return client


def _on_dask(
    items: list[str],
    scheduler: str,
    *,
    ocr: bool,
    window: int | None,
    parse: ParseFunction | None,
    known: dict[str, str],
) -> Iterator[ParseOutcome]:
    from distributed import as_completed

    client = connect(scheduler)
    try:
        threads = sum(client.nthreads().values()) or 1
        window = max(window or 4 * threads, 1)
        base = os.path.abspath(os.getcwd())
        run = uuid.uuid4().hex[:8]
        running: dict[Any, int] = {}
        done: dict[int, ParseOutcome] = {}
        pending = as_completed(loop=client.loop)
        next_submit = 0
        next_yield = 0

        def submit(index: int) -> None:
            key = f"minutebook-parse-{run}-{index}"
            path = items[index]
            future = client.submit(
                parse_one, path, base=base, ocr=ocr, parse=parse, known=known.get(path), key=key, pure=False
            )
            running[future] = index
            pending.add(future)

        while next_submit < len(items) and next_submit < window:
            submit(next_submit)
            next_submit += 1
        for future in pending:
            index = running.pop(future)
            try:
                done[index] = future.result()
            except Exception as exc:  # KilledWorker after MAX_ATTEMPTS deaths, or a cluster failure
                if "Cancelled" in type(exc).__name__:  # the scheduler is gone: nothing more can be parsed
                    raise MinutebookError(
                        f"lost the Dask scheduler at {scheduler} after {next_yield} of {len(items)} documents "
                        f"({type(exc).__name__}); what was stored is kept: run the same command again to go on"
                    ) from None
                done[index] = ParseOutcome(items[index], error=f"{items[index]}: {_dask_reason(exc)}")
            future.release()
            while next_yield in done:
                yield done.pop(next_yield)
                next_yield += 1
            # Refill only after yielding: the window counts results waiting to
            # be yielded, and `pending` must not run dry while work remains.
            while next_submit < len(items) and len(running) + len(done) < window:
                submit(next_submit)
                next_submit += 1
        if next_yield < len(items):  # never end a run quietly short
            raise MinutebookError(f"the Dask run ended after {next_yield} of {len(items)} documents")
    finally:
        client.close()


def _dask_reason(exc: BaseException) -> str:
    if type(exc).__name__ == "KilledWorker":
        return "the Dask workers parsing it died repeatedly (out of memory, or a crash in the PDF library)"
    return f"could not be parsed on the cluster ({type(exc).__name__}: {exc})"


# ---------------------------------------------------------------- helpers


def stored_sha256(store: Any, paths: list[str], chunk: int = 1000) -> dict[str, str]:
    """The sha256 the record holds for each of `paths` that it has, asked in
    chunks so that a million-file job does not send one giant query."""
    from sqlalchemy import select

    from minutebook.store import schema

    d = schema.documents.c
    out: dict[str, str] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(paths), chunk):
            rows = conn.execute(select(d.path, d.sha256).where(d.path.in_(paths[i : i + chunk])))
            out.update({path: sha for path, sha in rows})
    return out


def _sha256(path: str) -> str | None:
    import hashlib

    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None  # let the parse report why it cannot be read


def code_version() -> str:
    """The version and a digest of the package's source files: two
    installations that print the same version can still parse differently
    (an editable install, a patched worker image), and a record must not
    depend on which worker read which file."""
    import hashlib

    import minutebook

    root = Path(minutebook.__file__).parent
    digest = hashlib.sha256()
    for source in sorted(root.rglob("*.py")):
        digest.update(str(source.relative_to(root)).encode() + b"\0" + source.read_bytes())
    return f"{minutebook.__version__}+{digest.hexdigest()[:12]}"


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return f"pid {os.getpid()}"


def _rename(parsed: ParsedDocument, local: str, given: str) -> None:
    """Put back the name the caller gave for a file a remote worker read
    under its absolute path, so the record does not depend on where it was
    parsed."""
    parsed.document.path = given
    parsed.document.warnings = [w.replace(local, given) for w in parsed.document.warnings]
    parsed.warnings = [w.replace(local, given) for w in parsed.warnings]
