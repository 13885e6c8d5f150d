"""Human-readable summary of a parsed document (for `parse` without --json)."""

from __future__ import annotations

from minutebook.model import ParsedDocument


def summarise(result: ParsedDocument) -> str:
    m = result.meeting
    lines = [
        f"{result.document.path}  ({result.document.format}, {len(result.document.pages)} page(s))",
        f"  council:  {result.council or '-'}",
        f"  meeting:  {m.body or '-'} · {m.date or '-'} {m.time or ''} · {m.venue or '-'}",
        f"  members:  {len(result.members)}",
        f"  agenda:   {len(result.agenda)} item(s)",
        f"  parts:    {', '.join(s.kind for s in result.segments) or '-'}",
    ]
    for mins in result.minutes:
        n_res = sum(len(i.resolutions) for i in mins.items)
        lines.append(
            f"  minutes:  {mins.body or '-'} {mins.date or '-'}: {len(mins.items)} item(s), "
            f"{len(mins.present)} present, {len(mins.apologies)} apologies, {n_res} resolution(s)"
        )
    lines.append(f"  declarations: {len(result.declarations)}   indicators: {len(result.indicators)}")
    return "\n".join(lines)
