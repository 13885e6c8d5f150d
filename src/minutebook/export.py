"""The whole record as plain files: one CSV or JSON file per table.

For people who want the data in a spreadsheet, pandas or another database;
every fact row keeps its document_id, page and line, so a citation survives
the export.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from minutebook.errors import MinutebookError
from minutebook.store import Store
from minutebook.store.schema import metadata

FORMATS = ("csv", "json")


def _cell(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def export_record(store: Store, out: str | Path, fmt: str = "csv") -> dict[str, int]:
    """Write `<table>.csv` (header + rows) or `<table>.json` (an array of
    objects) for every table into `out`; returns rows written per table."""
    if fmt not in FORMATS:
        raise MinutebookError(f"--format {fmt!r}: use csv or json")
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MinutebookError(f"{folder}: cannot create the folder ({exc.strerror or exc})") from None
    written: dict[str, int] = {}
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            result = conn.execute(select(table).order_by(*table.primary_key.columns))
            names = list(result.keys())
            path = folder / f"{table.name}.{fmt}"
            n = 0
            with path.open("w", encoding="utf-8", newline="") as fh:
                if fmt == "csv":
                    writer = csv.writer(fh)
                    writer.writerow(names)
                    for row in result:
                        writer.writerow([_cell(v) for v in row])
                        n += 1
                else:
                    fh.write("[")
                    for row in result:
                        fh.write(",\n" if n else "\n")
                        fh.write(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False, default=str))
                        n += 1
                    fh.write("\n]\n" if n else "]\n")
            written[table.name] = n
    return written
