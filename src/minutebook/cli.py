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
    text: Path | None = typer.Option(None, "--text", help="Print the text the parser reads, pages split by form feeds."),
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


def main() -> None:
    try:
        app()
    except MinutebookError as exc:
        _err(str(exc))
        sys.exit(1)


if __name__ == "__main__":
    main()
