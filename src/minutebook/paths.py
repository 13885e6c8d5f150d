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
            found = (f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            out.extend(sorted(f for f in found if f.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            out.append(p)
    return out
