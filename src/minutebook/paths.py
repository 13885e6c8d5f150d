"""Which files a command's PATH arguments mean."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from minutebook.text import SUPPORTED_SUFFIXES


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and for a folder every supported file under it, sorted
    so that runs are repeatable. A path that does not exist is kept, so the
    caller reports it by name."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not f.name.startswith("."))
            )
        else:
            out.append(p)
    return out
