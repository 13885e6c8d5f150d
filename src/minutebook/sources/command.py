"""`minutebook sync` behind the CLI: options in, a report and an exit status out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from minutebook.sources.http import PoliteFetcher
from minutebook.sources.sync import Syncer, SyncError, SyncReport


class UsageError(ValueError):
    """A bad option value (exit status 2)."""


def parse_day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value!r}: use YYYY-MM-DD") from None


def run_sync(
    base_url: str,
    *,
    db: str | None = None,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
    council: str | None = None,
    delay: float = 1.0,
    max_mb: float = 100.0,
    timeout: float = 30.0,
    retries: int = 3,
    delegated: bool = False,
    papers: str | None = "minutebook-papers",
    progress: Callable[[str], None] | None = None,
) -> SyncReport:
    """Open the record, sync the site into it, close both. Raises UsageError
    for bad options and SyncError when the site cannot be walked at all."""
    from minutebook.store import open_store

    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if first and last and first > last:
        raise UsageError(f"--since {since} is after --until {until}")
    if delay < 0 or max_mb <= 0 or timeout <= 0 or retries < 0:
        raise UsageError("--delay and --retries must be >= 0; --max-mb and --timeout > 0")
    store = open_store(db)
    fetcher = PoliteFetcher(delay=delay, max_bytes=int(max_mb * 1024 * 1024), timeout=timeout, retries=retries)
    try:
        papers_dir = Path(papers) if papers else None
        syncer = Syncer(base_url, store, fetcher, council=council, progress=progress, papers_dir=papers_dir)
        return syncer.run(committee=committee, since=first, until=last, delegated=delegated)
    except SQLAlchemyError as exc:
        reason = str(exc).splitlines()[0]
        raise SyncError(f"the record could not be written ({reason}); everything written before is kept") from None
    finally:
        fetcher.close()
        store.close()


def list_committees(base_url: str, *, delay: float = 1.0, timeout: float = 30.0) -> list[str]:
    """`ID  Title` lines for every current committee of a site, so a user can
    pick one for --committee without reading the site."""
    with PoliteFetcher(delay=delay, timeout=timeout) as fetcher:
        syncer = Syncer(base_url, None, fetcher, council="-")
        found = syncer.committees()
    return [f"{c.id:>6}  {c.title}" + ("  (expired)" if c.expired else "") for c in found if not c.deleted]


__all__ = ["SyncError", "UsageError", "list_committees", "run_sync"]
