"""Youth Justice Plans: find one inside a pack and read its parts.

Every youth justice service publishes a plan each year (Crime and Disorder
Act 1998, s.40); it is usually bound into a Cabinet, scrutiny or Council pack
as an appendix. Since 2022 the Youth Justice Board gives a template, so the
sections repeat from council to council under slightly different words;
their vocabulary is kept in one table here (`TEMPLATE`), not in branches.

The plan is recognised from its own headings (a title naming a youth
justice or youth offending plan and a year, followed by a contents list or
numbered sections that match the template), so it does not depend on the
segmenter.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from minutebook.extract.names import split_role
from minutebook.extract.tables import body, columns, parse_number
from minutebook.model import Citation, Line, Segment, Table
from minutebook.patterns import scanning

# (key, printed heading patterns): the YJB template's sections, first match wins.
TEMPLATE: list[tuple[str, str]] = [
    ("sign_off", r"sign[- ]?off|submission and approval"),
    ("introduction", r"introduction|foreword|executive summary|vision and strategy"),
    ("local_context", r"local context|youth crime profile|city (and|&) youth"),
    ("child_first", r"child first"),
    ("voice_of_the_child", r"voice of the child|participation"),
    ("governance", r"governance|leadership|partnership arrangements|structures"),
    ("board_development", r"board development"),
    ("workforce", r"workforce"),
    ("resources_and_services", r"resources|budgets?\b|value for money"),
    ("progress", r"progress on|previous plan"),
    ("performance_and_priorities", r"performance|^priorities|priorities for"),
    ("national_standards", r"national standards|standards for children"),
    ("national_priority_areas", r"national priority"),
    ("risks", r"risks|challenges"),
    ("service_improvement_plan", r"service (improvement|development) plan|improvement plan"),
    ("evidence_based_practice", r"evidence[- ]based"),
    ("looking_forward", r"looking forward|coming year"),
    ("appendix", r"^appendi(x|ces)"),
]

TITLE_RE = scanning(  # asked of every line
    r"(youth (justice|offending)\b.{0,60}\b(plan|strategy)|\bstrategic plan|\bjustice plan)\b.{0,40}?\b(19|20)\d{2}"
    r"|\b(19|20)\d{2}\b.{0,20}\byouth (justice|offending)\b.{0,40}\b(plan|strategy)\b",
    re.I,
)
SERVICE_RE = re.compile(r"^(?:the\s+)?([A-Z][A-Za-z'’&,.\- ]{1,60}?)(?:'s|’s)?\s+youth (?:justice|offending)\b", re.I)
YEARS_RE = re.compile(r"\b((?:19|20)\d{2})(?:\s*(?:[-/–—]|to)\s*((?:19|20)?\d{2})\b)?")
CONTENTS_LINE_RE = re.compile(r"^\s*(.*?[A-Za-z].*?)(?:\s*([.·…_]{3,})\s*|\s{2,}|\s+)(\d{1,3})\s*$")
CONTENTS_RE = re.compile(r"^\s*(table of )?contents\b", re.I)
NUMBERED_RE = re.compile(r"^\s*(\d{1,2})\.?\s+([A-Z].{2,100})$")
APPENDIX_RE = re.compile(r"^\s*appendi(?:x|ces)\s+(\w+)\s*[-–—:]?\s*(.*)$", re.I)
END_MARKERS = re.compile(
    r"^(this page is intentionally left blank|agenda item \d+|report title:|name of cabinet member:|"
    r"is this a key decision\??)$",
    re.I,
)
STOPWORDS = {"the", "and", "of", "on", "a", "an", "for", "to", "in", "&"}
COUNCIL_SUFFIX = re.compile(
    r"\s+(city|county|borough|district|metropolitan borough|county borough|town)?\s*council$", re.I
)


@dataclass
class Plan:
    """Where a plan lies in the pack and what it is called."""

    title: str
    start: int  # index into lines
    end: int  # index into lines, inclusive
    area: str | None
    years: list[int]
    period: str | None
    citation: Citation
    sections: list[dict[str, Any]] = field(default_factory=list)


def _words(text: str) -> list[str]:
    text = re.sub(r"^\s*(\d{1,2}\.|appendi(x|ces))\s*", "", text.lower())
    return [w for w in re.findall(r"[a-z]+", text) if w not in STOPWORDS]


def template_key(title: str) -> str | None:
    t = re.sub(r"^\s*\d{1,2}\.?\s*", "", title.strip()).lower()
    for key, pattern in TEMPLATE:
        if re.search(pattern, t):
            return key
    return None


def _is_heading(text: str) -> bool:
    s = text.strip()
    return (
        bool(s) and "\t" not in s and len(s) <= 100 and not s.endswith((".", ",", ";")) and not s.startswith(("-", "•"))
    )


def plan_years(title: str) -> tuple[list[int], str | None]:
    """'Strategic Plan 2024 / 25' -> ([2024, 2025], '2024/25');
    'Strategy and Plan - 2021-23 (Update 2022)' -> ([2021, 2022, 2023], '2021-23')."""
    m = YEARS_RE.search(title)
    if not m:
        return [], None
    first = int(m.group(1))
    last = first
    if m.group(2):
        tail = m.group(2)
        last = int(tail) if len(tail) == 4 else (first // 100) * 100 + int(tail)
        if last < first or last - first > 5:
            last = first
    printed = re.sub(r"\s+", "", m.group(0))
    return list(range(first, last + 1)), printed


def area_name(council: str | None) -> str | None:
    """'Coventry City Council', 'London Borough of Camden' -> 'Coventry', 'Camden'; the place a council's own
    figures belong to."""
    if not council:
        return None
    place = COUNCIL_PREFIX.sub("", COUNCIL_SUFFIX.sub("", council.strip()).strip())
    return place or council


# 'London Borough of Camden', 'City of York': the place after the kind of council
COUNCIL_PREFIX = re.compile(r"^(?:(?:London|Royal)\s+)?(?:City|County|Borough)\s+of\s+(?=\S)", re.I)


def _contents(lines: list[Line], start: int, limit: int) -> list[tuple[str, int]]:
    """Titles listed in a contents table right after `start`: (title, line index)."""
    out: list[tuple[str, int]] = []
    i = start + 1
    misses = 0
    while i < min(limit, len(lines)) and misses < 4:
        text = lines[i].text
        if "\t" not in text:
            m = CONTENTS_LINE_RE.match(text)
            if m and (m.group(2) or template_key(m.group(1))):
                text = f"{m.group(1)}\t{m.group(3)}"
            else:
                if text.strip():
                    misses += 1
                i += 1
                continue
        cells = [c.strip() for c in text.split("\t") if c.strip()]
        words = [c for c in cells if not re.fullmatch(r"\d{1,3}\.?", c)]
        if cells and re.fullmatch(r"\d{1,3}", cells[-1]) and words:
            title = " ".join(words)
            if title.lower() not in ("page", "appendices page"):
                out.append((title, i))
            misses = 0
        elif cells and cells[-1].lower() == "page":
            misses = 0
        else:
            misses += 1
        i += 1
    return out


def _same_heading(heading: str, title: str) -> bool:
    h, t = _words(heading), _words(title)
    if not h or not t:
        return False
    if h == t or (len(h) >= 1 and t[: len(h)] == h and len(" ".join(h)) >= 8) or h[: len(t)] == t:
        return True
    nh = re.match(r"\s*(\d{1,2})\.", heading)
    nt = re.match(r"\s*(\d{1,2})\.", title)
    if nh and nt and nh.group(1) == nt.group(1) and h[0] == t[0]:
        return True
    overlap = len(set(h) & set(t)) / len(set(h) | set(t))
    return overlap >= 0.75


def _sections_from_contents(lines: list[Line], entries: list[tuple[str, int]], end: int) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = []
    cursor = entries[-1][1] + 1
    for title, at in entries:
        found = None
        for j in range(cursor, end + 1):
            if _is_heading(lines[j].text) and _same_heading(lines[j].text.strip(), title):
                found = j
                break
        line = lines[found] if found is not None else lines[at]
        if found is not None:
            cursor = found + 1
        sections.append({"title": title, "template": template_key(title), "citation": line.cite().to_json()})
    if any(APPENDIX_RE.match(lines[j].text.strip()) for j in range(cursor, end + 1)):
        sections = [s for s in sections if s["title"].strip().lower() != "appendices"]
    listed = {re.sub(r"\W+", " ", s["title"]).strip().lower() for s in sections}
    for j in range(cursor, end + 1):
        text = lines[j].text.strip()
        key = re.sub(r"\W+", " ", text).strip().lower()
        if (
            _is_heading(text)
            and APPENDIX_RE.match(text)
            and re.match(r"^appendi(x|ces)\s+\w+\s*[-–—:]", text, re.I)
            and key not in listed
        ):
            listed.add(key)
            sections.append({"title": text, "template": "appendix", "citation": lines[j].cite().to_json()})
    return sections


def _unrun(text: str) -> str:
    """'AppendicesAppendix One – …' (headings run together) -> 'Appendix One – …'."""
    return re.sub(r"^appendices\s*(?=appendix)", "", text.strip(), flags=re.I)


def _numbered_sections(lines: list[Line], start: int, end: int) -> list[dict[str, Any]]:
    """Top-level numbered headings 1., 2., 3. … in order, plus 'Appendix N' headings."""
    sections: list[dict[str, Any]] = []
    expect = 1
    # ('Appendix A – Wyvernmouth Youth Justice Plan 2025-26' at the top of each of the plan's pages: its running
    # header, not a section)
    printed = Counter(lines[j].text.strip() for j in range(start, min(end + 1, len(lines))))
    for j in range(start, end + 1):
        text = lines[j].text.strip()
        if not _is_heading(text):
            continue
        m = NUMBERED_RE.match(text)
        if m and int(m.group(1)) == expect and not re.match(r"^\d+\.\d", text):
            sections.append(
                {"title": text, "template": template_key(m.group(2)), "citation": lines[j].cite().to_json()}
            )
            expect += 1
        elif APPENDIX_RE.match(_unrun(text)) and expect > 3 and printed[text] == 1:
            sections.append({"title": _unrun(text), "template": "appendix", "citation": lines[j].cite().to_json()})
    return sections


def _first(lines: list[Line], start: int, stop: int, test: Callable[[str], bool]) -> int | None:
    return next((j for j in range(start, min(stop, len(lines))) if test(lines[j].text.strip())), None)


def _is_first_numbered(text: str) -> bool:
    m = NUMBERED_RE.match(text)
    return (
        bool(m)
        and m.group(1) == "1"
        and "\t" not in text
        and template_key(m.group(2)) in ("introduction", "local_context")
    )


def _template_headings(lines: list[Line], start: int, end: int) -> list[dict[str, Any]]:
    """Unnumbered plans: short heading lines that name a template section, the first of each."""
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for j in range(start, end + 1):
        text = lines[j].text.strip()
        if not _is_heading(text) or len(text.split()) > 8 or not text[:1].isupper():
            continue
        key = template_key(text)
        if key and key not in seen and key != "appendix":
            seen.add(key)
            out.append({"title": text, "template": key, "citation": lines[j].cite().to_json()})
    return out


def _sections(
    lines: list[Line], title_at: int, end: int, headings: bool = False
) -> tuple[int, list[dict[str, Any]]] | None:
    """The plan's sections and the line they start from, read from a
    contents list, else numbered headings '1. Introduction…', else
    unnumbered headings in the template's words; None when too few match
    the template for this to be a plan."""
    window = min(end + 1, title_at + 80)
    at = _first(lines, title_at + 1, window, lambda t: bool(CONTENTS_RE.match(t)))
    if at is not None:
        entries = _contents(lines, at, end)
        if len({template_key(t) for t, _ in entries} - {None, "appendix"}) >= 3:
            return at, _sections_from_contents(lines, entries, end)
    at = _first(lines, title_at + 1, window, _is_first_numbered)
    if at is not None:
        sections = _numbered_sections(lines, at, end)
        if len({s["template"] for s in sections[:5]} - {None, "appendix"}) >= 3:
            return at, sections
    if not headings or not _is_heading(lines[title_at].text):
        return None
    sections = _template_headings(lines, title_at + 1, min(end, title_at + 3000))
    near = sections and lines[title_at].number + 150 >= sections[0]["citation"]["line"]
    if len(sections) >= 5 and near:
        return title_at + 1, sections
    return None


def _plan_end(lines: list[Line], start: int, segments: list[Segment]) -> int:
    """The plan runs to the end of the segment holding it when the segmenter
    found one that starts near it, else to the next page that begins another
    document (a blank-page notice, an 'Agenda Item', a report front sheet)."""
    start_line = lines[start].number
    for seg in segments:
        if (
            seg.kind in ("appendix", "plan", "report")
            and abs(seg.start.line - start_line) <= 40
            and seg.end.line > start_line + 100
        ):
            for j in range(start, len(lines)):
                if lines[j].number >= seg.end.line:
                    return j
    for j in range(start + 1, len(lines)):
        if END_MARKERS.match(lines[j].text.strip()):
            return j - 1
    return len(lines) - 1


def _sentence_line(text: str) -> bool:
    """A line of prose naming the plan ('I am pleased to introduce Scarthby's Youth Justice Plan for 2025-26. The
    plan sets out ...'): a sentence's words, not the plan's title."""
    if re.search(r"[.;]\s+[A-Z]", text):
        return True
    verb = re.search(r"\b(?:I|we|am|is|are|was|were|has|have|sets?\s+out|introduce|present|presents)\b", text)
    lower = len(re.findall(r"\b[a-z][a-z'’-]+\b", text))
    # ('This refresh updates the Youth Justice Plan 2024–2027 for its second year, as the ...': a title is never
    # so many small words)
    return (bool(verb) and lower >= 6) or lower >= 8


def find_plan(lines: list[Line], segments: list[Segment], council: str | None) -> Plan | None:
    """The first Youth Justice Plan in the pack, or None."""
    candidates = [
        i
        for i, line in enumerate(lines)
        if "\t" not in line.text
        and len(line.text) <= 140
        and TITLE_RE.search(line.text)
        and not _sentence_line(line.text)
    ]
    # A contents list or numbered headings first; unnumbered template headings only when no plan has either.
    tries = [(i, False) for i in candidates] + [(i, True) for i in candidates]
    for i, headings in tries:
        text = lines[i].text.strip()
        found = _sections(lines, i, _plan_end(lines, i, segments), headings)
        if not found:
            continue
        at, sections = found
        # The title is the last title-like line before the contents or first heading.
        for j in range(at - 1, i, -1):
            t = lines[j].text.strip()
            if "\t" not in t and len(t) <= 140 and TITLE_RE.search(t) and not _sentence_line(t):
                i, text = j, t
                break
        end = _plan_end(lines, i, segments)
        title, start = text, i
        prev = next((j for j in range(i - 1, max(-1, i - 4), -1) if lines[j].text.strip()), None)
        service_line = None
        if prev is not None and SERVICE_RE.match(lines[prev].text.strip()) and len(lines[prev].text.strip()) < 80:
            service_line = lines[prev].text.strip()
            if not re.search(r"youth (justice|offending)", title, re.I):
                title, start = f"{service_line} {title}", prev
        years, period = plan_years(text)
        area = None
        for candidate in (title, service_line or ""):
            m = SERVICE_RE.match(candidate)
            if m and m.group(1).strip().lower() not in ("the", "annual"):
                area = m.group(1).strip()
                break
        area = area or area_name(council)
        return Plan(
            title=re.sub(r"\s+", " ", title),
            start=start,
            end=end,
            area=area,
            years=years,
            period=period,
            citation=lines[start].cite(),
            sections=sections,
        )
    return None


# ---------------------------------------------------------------- plan tables


def _in_plan(table: Table, plan: Plan, lines: list[Line]) -> bool:
    return lines[plan.start].number <= table.citation.line <= lines[plan.end].number


def _col(cols: list[str], *patterns: str) -> int | None:
    for i, c in enumerate(cols):
        if any(re.search(p, c, re.I) for p in patterns):
            return i
    return None


def budget_rows(table: Table) -> list[dict[str, Any]] | None:
    """Partner contributions to the pooled budget, one dict per agency, values
    as printed; where a printed total differs from the sum of its parts the
    row keeps both and says so in `flags` (totals are never corrected)."""
    cols = columns(table)
    agency = _col(cols, r"agency|partner|contributor")
    staffing = _col(cols, r"staff")
    kind = _col(cols, r"in kind")
    other = _col(cols, r"other|delegated")
    total = _col(cols, r"^total")
    if agency is None or staffing is None or total is None:
        return None
    out: list[dict[str, Any]] = []
    parts_sum = {k: 0.0 for k in ("staffing", "in_kind", "other", "total")}
    for row, i in body(table):
        name = row[agency].strip() if agency < len(row) else ""
        name = re.sub(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰*]+\s*", "", name)
        if not name:
            continue

        def val(idx: int | None, row: list[str] = row) -> float | None:
            return parse_number(row[idx]) if idx is not None and idx < len(row) else None

        entry: dict[str, Any] = {
            "agency": name,
            "staffing": val(staffing),
            "in_kind": val(kind),
            "other": val(other),
            "total": val(total),
            "citation": (table.row_citations[i] if i < len(table.row_citations) else table.citation).to_json(),
            "flags": [],
        }
        if all(entry[k] is None for k in ("staffing", "in_kind", "other", "total")):
            continue
        parts = sum(entry[k] or 0.0 for k in ("staffing", "in_kind", "other"))
        is_total = re.match(r"^(grand )?total|^budget$", name, re.I)
        if entry["total"] is not None and abs(parts - entry["total"]) > 0.5 and not is_total:
            entry["flags"].append(f"printed total {entry['total']:,.0f} differs from the sum of its parts {parts:,.0f}")
        if is_total:
            for key in ("staffing", "in_kind", "other", "total"):
                if entry[key] is not None and abs(parts_sum[key] - entry[key]) > 0.5:
                    entry["flags"].append(
                        f"printed {key} column total {entry[key]:,.0f} differs from"
                        f" the sum of the rows above {parts_sum[key]:,.0f}"
                    )
        else:
            for key in parts_sum:
                parts_sum[key] += entry[key] or 0.0
        out.append(entry)
    return out or None


def board_rows(table: Table) -> list[dict[str, Any]] | None:
    """Management board members: name, role (as printed) and, where printed,
    the organisation and attendance."""
    cols = [c.lower() for c in columns(table)]
    rows = body(table)
    if not rows:
        return None
    name_i = _col(cols, r"^name|representative|^member") if any(cols) else 0
    if name_i is None:
        return None
    role_i = _col(cols, r"title|role|position|job")
    org_i = _col(cols, r"organi[sz]ation|agency|representing|partner")
    att_i = _col(cols, r"attendance")
    if not any(cols):
        role_i, org_i = 1, 2
    out: list[dict[str, Any]] = []
    for row, i in rows:
        raw = row[name_i].strip() if name_i < len(row) else ""
        filled = [c for c in row if c.strip()]
        if not raw or len(filled) < 2 or len(raw) > 60:
            continue
        name, note = split_role(raw)
        out.append(
            {
                "name": name,
                "board_role": note,
                "role": row[role_i].strip() if role_i is not None and role_i < len(row) else None,
                "organisation": row[org_i].strip()
                if org_i is not None and org_i < len(row) and row[org_i].strip()
                else None,
                "attendance": row[att_i].strip()
                if att_i is not None and att_i < len(row) and row[att_i].strip()
                else None,
                "citation": (table.row_citations[i] if i < len(table.row_citations) else table.citation).to_json(),
            }
        )
    return out or None


def is_board_table(table: Table) -> bool:
    caption = (table.caption or "").lower()
    cols = [c.lower() for c in columns(table)]
    about_board = "board" in caption or "membership" in caption
    return about_board and (not any(cols) or _col(cols, r"^name|representative|^member") is not None)


def action_rows(table: Table) -> list[dict[str, Any]] | None:
    """Action plan rows: number, action, lead, deadline (as printed), and the
    theme heading they sit under (a heading row, or a first column naming the
    priority); a row with nothing in its first column continues the one
    above it (a row split by a page break or a sub-action)."""
    cols = columns(table)
    action_i = _col(cols, r"^actions?\b|^action")
    lead_i = _col(cols, r"^lead|owner|responsible")
    when_i = _col(cols, r"timescale|by when|deadline|due|target date|^date|^when")
    if action_i is None or lead_i is None:
        return None
    num_i = 0 if action_i != 0 else None
    out: list[dict[str, Any]] = []
    theme: str | None = None
    for row, i in body(table):
        filled = [k for k, c in enumerate(row) if c.strip()]
        if not filled:
            continue
        first = row[0].strip()
        number = (
            re.fullmatch(r"(\d{1,3}(?:\.\d{1,2})?|[A-Z]?\d{1,3}[a-z]?|\(?[a-z]\))\.?", first)
            if num_i is not None
            else None
        )
        cite = (table.row_citations[i] if i < len(table.row_citations) else table.citation).to_json()

        def cell(k: int | None, row: list[str] = row) -> str | None:
            return row[k].strip() or None if k is not None and k < len(row) else None

        if number or (num_i is None and cell(action_i)):
            out.append(
                {
                    "number": number.group(1) if number else None,
                    "action": cell(action_i),
                    "lead": cell(lead_i),
                    "deadline": cell(when_i),
                    "theme": theme,
                    "citation": cite,
                }
            )
        elif first and (len(filled) == 1 or all(k == 0 or k == len(row) - 1 for k in filled)):
            theme = first.replace("\n", " ")
        elif first and cell(action_i) and (cell(lead_i) or cell(when_i)):
            # A plan whose first column is a priority, not a number: the row is an action under it.
            theme = first.replace("\n", " ")
            out.append(
                {
                    "number": None,
                    "action": cell(action_i),
                    "lead": cell(lead_i),
                    "deadline": cell(when_i),
                    "theme": theme,
                    "citation": cite,
                }
            )
        elif not first and out and out[-1]["number"] is None and cell(action_i) and (cell(lead_i) or cell(when_i)):
            # The priority cell spans several rows: another action under it.
            out.append(
                {**out[-1], "action": cell(action_i), "lead": cell(lead_i), "deadline": cell(when_i), "citation": cite}
            )
        elif not first and out:
            last = out[-1]
            for key, k in (("action", action_i), ("lead", lead_i), ("deadline", when_i)):
                extra = cell(k)
                if extra:
                    last[key] = f"{last[key]}\n{extra}" if last[key] else extra
    return out or None


def charts_without_figures(lines: list[Line], plan: Plan, tables: list[Table]) -> list[dict[str, Any]]:
    """Captions ('Table 1: FTEs per 100,000…') whose figures did not survive
    conversion (a chart or image): listed so a reader knows they exist,
    never filled in."""
    starts = {t.citation.line for t in tables}
    out = []
    for j in range(plan.start, plan.end + 1):
        text = lines[j].text.strip()
        if not re.match(r"^(table|graph|chart|figure)\s+[\dA-Z]{1,3}\b", text, re.I) or "\t" in text:
            continue
        nxt = next((k for k in range(j + 1, min(plan.end + 1, j + 4)) if lines[k].text.strip()), None)
        if nxt is None or lines[nxt].number not in starts:
            out.append({"caption": text, "citation": lines[j].cite().to_json()})
    return out


def read_plan(
    lines: list[Line], segments: list[Segment], tables: list[Table], council: str | None
) -> tuple[Plan | None, dict[str, Any]]:
    """The plan and its extras dict (JSON-ready), or (None, {})."""
    plan = find_plan(lines, segments, council)
    if plan is None:
        return None, {}
    inside = [t for t in tables if _in_plan(t, plan, lines)]
    budget: list[dict[str, Any]] = []
    board: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    for table in inside:
        if not budget:
            budget = budget_rows(table) or []
        if not board and is_board_table(table):
            board = board_rows(table) or []
        found = action_rows(table)
        if found:
            actions.extend(found)
    extras = {
        "title": plan.title,
        "years": plan.years,
        "period": plan.period,
        "council": council,
        "area": plan.area,
        "citation": plan.citation.to_json(),
        "end": lines[plan.end].cite().to_json(),
        "sections": plan.sections,
        "budget": budget,
        "board": board,
        "actions": actions,
        "charts_without_figures": charts_without_figures(lines, plan, inside),
    }
    return plan, extras
