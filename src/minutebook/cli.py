"""The `minutebook` command: a thin skin over the library.

Exit status (CONTRACT.md): 0 success; 1 some inputs could not be read (each
named on stderr with the reason, the rest still processed); 2 usage error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from minutebook.errors import MinutebookError, UnreadableDocument

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn UK council meeting packs into a searchable, cited record.",
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Turn UK council meeting packs into a searchable, cited record."""


def _err(message: str) -> None:
    typer.echo(message, err=True)


@app.command()
def parse(
    paths: list[Path] = typer.Argument(None, help="Documents (PDF, text, Markdown, HTML) or folders."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per file (JSON Lines)."),
    text: Path | None = typer.Option(None, "--text", help="Print the text the parser reads, one form feed a page."),
    ocr: bool = typer.Option(False, "--ocr", help="Read scanned PDFs with Tesseract OCR (optional extra)."),
) -> None:
    """Read documents and print what was found; writes nothing."""
    from minutebook.parse import parse_document
    from minutebook.paths import expand_paths
    from minutebook.summary import summarise
    from minutebook.text import read_document

    if text is not None:
        if paths:
            _err("parse --text takes one FILE and no other paths")
            raise typer.Exit(2)
        try:
            doc = read_document(text, ocr=ocr)
        except UnreadableDocument as exc:
            _err(str(exc))
            raise typer.Exit(1) from None
        sys.stdout.write(doc.text())
        return
    if not paths:
        _err("parse needs at least one PATH (or --text FILE)")
        raise typer.Exit(2)
    failed = 0
    for path in expand_paths(paths):
        try:
            result = parse_document(read_document(path, ocr=ocr))
        except UnreadableDocument as exc:
            _err(str(exc))
            failed += 1
            continue
        for warning in result.warnings + result.document.warnings:
            _err(f"warning: {warning}")
        if as_json:
            sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(summarise(result) + "\n")
        sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


_DB_HELP = "Database URL or file (default $MINUTEBOOK_DB or ./minutebook.db)."


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(None, help="Documents (PDF, text, Markdown, HTML) or folders."),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    workers: int = typer.Option(1, "--workers", min=1, help="Parse in this many local processes."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Parse on a Dask cluster (tcp://HOST:PORT)."),
    ocr: bool = typer.Option(False, "--ocr", help="Read scanned PDFs with Tesseract OCR (optional extra)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Add documents to the record; each in its own transaction."""
    from minutebook.ingest import ingest_paths

    if not paths:
        _err("ingest needs at least one PATH (a file or a folder)")
        raise typer.Exit(2)
    summary = ingest_paths(paths, db, progress=not quiet, workers=workers, scheduler=scheduler, ocr=ocr)
    for path, reason in summary.failures:
        _err(f"{path}: {reason}")
    for line in summary.lines():
        typer.echo(line)
    if summary.interrupted:
        _err("interrupted: the document in progress was not stored; run the same command again to go on")
        raise typer.Exit(130)
    if summary.failures:
        raise typer.Exit(1)


@app.command()
def search(
    query: str = typer.Argument(..., help='Words, "a phrase", prefix*, AND / OR / NOT.'),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per hit (JSON Lines), best first."),
    council: str | None = typer.Option(None, "--council", help="Only this council (part of its name)."),
    body: str | None = typer.Option(None, "--body", help="Only this committee or body (part of its name)."),
    since: str | None = typer.Option(None, "--since", help="Meetings on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, "--until", help="Meetings on or before YYYY-MM-DD."),
    kind: str | None = typer.Option(None, "--kind", help="agenda, minute, resolution, report, appendix, plan, other."),
    limit: int = typer.Option(20, "--limit", help="How many hits (1-1000)."),
) -> None:
    """Search the record; each hit with its citation."""
    from minutebook.search import QueryError
    from minutebook.search import search as run_search
    from minutebook.store import open_store

    try:
        store = open_store(db, create=False)
    except MinutebookError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None
    try:
        result = run_search(store, query, council=council, body=body, since=since, until=until, kind=kind,
                            limit=limit, facets=False)  # fmt: skip
    except QueryError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    finally:
        store.close()
    for note in result.notes:
        _err(f"note: {note}")
    for hit in result.hits:
        if as_json:
            sys.stdout.write(json.dumps(hit.to_json(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(f"{hit.citation()}  [{hit.kind}]\n    {hit.snippet()}\n\n")
    if not as_json:
        shown = f"{len(result.hits)} of {result.total}" if result.total > len(result.hits) else f"{result.total}"
        _err(f"{shown} hit{'s' if result.total != 1 else ''}")


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", help="csv or json: one file per table."),
    out: Path = typer.Option(..., "--out", help="Folder to write into (made if missing)."),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
) -> None:
    """Write the whole record as one CSV or JSON file per table."""
    from minutebook.export import FORMATS, export_record
    from minutebook.store import open_store

    if fmt not in FORMATS:
        _err(f"--format {fmt!r}: use csv or json")
        raise typer.Exit(2)
    store = open_store(db, create=False)
    try:
        written = export_record(store, out, fmt)
    finally:
        store.close()
    typer.echo(f"wrote {len(written)} files, {sum(written.values())} rows, to {out}")


@app.command()
def sync(
    base_url: str = typer.Argument(..., help="The council's ModernGov site, e.g. https://democracy.manchester.gov.uk"),
    committee: str | None = typer.Option(None, "--committee", help="One committee, by id or (part of) its name."),
    since: str | None = typer.Option(None, "--since", help="Meetings on or after YYYY-MM-DD (default: a year ago)."),
    until: str | None = typer.Option(None, "--until", help="Meetings on or before YYYY-MM-DD (default: 90 days on)."),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    delay: float = typer.Option(1.0, "--delay", help="Seconds between requests to the site (robots.txt may ask more)."),
    council: str | None = typer.Option(None, "--council", help="The council's name as the record should show it."),
    delegated: bool = typer.Option(False, "--delegated", help="Also fetch delegated decisions (mgDelegatedDecisions)."),
    max_mb: float = typer.Option(100.0, "--max-mb", help="Skip any document larger than this many megabytes."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds to wait for the site before retrying."),
    list_only: bool = typer.Option(False, "--list", help="List the site's committees (id, name); write nothing."),
    papers: str = typer.Option("minutebook-papers", "--papers", help="Folder to keep the papers in ('' keeps none)."),
) -> None:
    """Fetch a committee's meetings, papers and decisions from a ModernGov site into the record."""
    from minutebook.sources.command import SyncError, UsageError, list_committees, run_sync

    if list_only:
        try:
            lines = list_committees(base_url, delay=delay, timeout=timeout)
        except SyncError as exc:
            _err(f"sync failed: {exc}")
            raise typer.Exit(1) from None
        typer.echo("\n".join(lines))
        return
    try:
        report = run_sync(base_url, db=db, committee=committee, since=since, until=until, council=council,
                          delay=delay, max_mb=max_mb, timeout=timeout, delegated=delegated, papers=papers,
                          progress=_err)  # fmt: skip
    except UsageError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    except SyncError as exc:
        _err(f"sync failed: {exc}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        _err("sync interrupted: what was fetched is kept; run the same command again to fetch the rest")
        raise typer.Exit(130) from None
    for failure in report.failures:
        _err(f"failed: {failure}")
    typer.echo(report.summary())
    if report.failures:
        raise typer.Exit(1)


@app.command()
def serve(
    db: str | None = typer.Option(None, "--db", help="Database URL or file (default $MINUTEBOOK_DB, ./minutebook.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    workers: int | None = typer.Option(
        None, "--workers", min=1, help="Worker processes (default: one per core); each opens the record read-only."
    ),
) -> None:
    """Serve the record as a website and JSON API (/api/, described by /api/openapi.json). Read-only."""
    import os

    # a search is CPU work in one process (on SQLite, on its event loop): one process per core
    workers = workers or os.cpu_count() or 1

    import uvicorn

    from minutebook.web.app import create_app

    if not 0 < port < 65536:
        _err(f"--port {port}: give a port from 1 to 65535")
        raise typer.Exit(2)
    web_app = create_app(db)  # opens (and migrates) the record first, so a bad --db fails here with a message
    address = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    typer.echo(f"Minutebook is serving {web_app.state.store.url.split('///')[-1]} at {address}/  (Ctrl+C stops it)")
    sys.stdout.flush()
    if workers > 1:
        if db:
            os.environ["MINUTEBOOK_DB"] = db
        web_app.state.store.close()
        uvicorn.run(
            "minutebook.web.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            access_log=False,
        )
    else:
        uvicorn.run(web_app, host=host, port=port, log_level="warning", access_log=False)


@app.command()
def indicators(
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per figure (JSON Lines)."),
    as_csv: bool = typer.Option(False, "--csv", help="CSV with a header row."),
    name: str | None = typer.Option(None, "--name", help="Indicators whose name contains this, e.g. 'first time'."),
    council: str | None = typer.Option(None, "--council", help="Only this council (part of its name)."),
) -> None:
    """Figures read from reports (indicators), each with its source line."""
    import csv

    from rich.console import Console
    from rich.table import Table as RichTable

    from minutebook.store import open_store
    from minutebook.web.indicators import observations

    if as_json and as_csv:
        _err("indicators takes --json or --csv, not both")
        raise typer.Exit(2)
    try:
        store = open_store(db)
    except MinutebookError as exc:
        _err(str(exc))
        raise typer.Exit(1) from None
    try:
        with store.engine.connect() as conn:
            rows = observations(conn, name, council, exact=False)
    finally:
        store.close()
    keep = ["name", "council", "period", "area", "value", "unit", "flags", "document", "page", "line"]
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n")
    elif as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(keep)
        for r in rows:
            writer.writerow([("; ".join(r[k]) if k == "flags" else r[k]) for k in keep])
    else:
        table = RichTable("Indicator", "Council", "Period", "Area", "Value", "Unit", "Source", "Notes")
        for r in rows:
            where = f"{r['document']} " + (f"p.{r['page']} " if r["page"] else "") + f"line {r['line']}"
            table.add_row(r["name"], r["council"], r["period"] or "–", r["area"] or "–", f"{r['value']:g}",
                          r["unit"] or "", where, "; ".join(r["flags"]))  # fmt: skip
        Console(width=None if sys.stdout.isatty() else 200).print(table)
        _err(f"{len(rows)} figure{'s' if len(rows) != 1 else ''}")


def main() -> None:
    try:
        app()
    except MinutebookError as exc:
        _err(str(exc))
        sys.exit(1)


if __name__ == "__main__":
    main()
