"""Members of the body as the front sheet lists them, with roles.

Front sheets print the membership as one sentence (`Membership: Councillors
A, B (Chair) and C`), one name a line (`Councillor X (Chair)`), or in groups
under headings (`Non-voting Deputy Cabinet Members:` / `By invitation:`). A
group heading that only names the body (`Cabinet Members:`) gives no role;
any other heading is the role of everyone under it. A role in brackets after
a name wins when it is one person's role (`(Chair)`), not a description of
the group (`(non-voting Opposition representatives)`).
"""

from __future__ import annotations

import re

from minutebook.extract.attendance import split_at_honorifics
from minutebook.extract.council import whole_name
from minutebook.extract.names import (
    HONORIFIC,
    PARTY_NAMES,
    PARTY_SHORT,
    POSTNOMINALS,
    clean_name,
    split_names,
    split_role,
)
from minutebook.model import Line, Person, Segment

MEMBERSHIP_HEAD = re.compile(
    r"^\W*(?:membership(?:\s+of\s+[^:]{2,80})?|members(?:\s+of\s+the\s+[^:]{2,80})?|committee\s+members|"
    r"(?:to|for)\s*:?\s+(?:all\s+)?(?:the\s+)?(?:members|councillors)\b[^:]{0,80}?)\s*[:\-–]*\s*(.*)$",
    re.I,
)
# A political group's heading with its seat count, `Conservative (10):`: a party is not a role.
# 'Conservative (12): ...'; the colon is sometimes lost before a TAB ('Labour (1)<TAB>Mrs B Okonjo').
PARTY_GROUP = re.compile(r"^\W*[A-Z][A-Za-z&'. -]{1,40}?\s*\(\d{1,3}\)\s*(?::|\t|$)\s*(.*)$")
# A heading over a group of members: short, ends with a colon, names no one.
# 'Co-opted Members:', 'Teacher Representative (co-opted, non-voting):' (a bracket may hold commas)
GROUP_HEAD = re.compile(r"^\W*([A-Za-z](?:[A-Za-z&'()\- ]|\([^()]{1,40}\)){1,70}?)\s*:\s*(.*)$")
# A heading that only names the body's own members gives no role.
ORDINARY_GROUP = re.compile(
    r"^(?:the\s+)?(?:(?:cabinet|committee|council|board|panel|sub-committee|executive|voting|elected|full|"
    r"county|city|borough|district|town|parish|community)\s+)?"  # `County Councillors:` names no role
    r"(?:members?|membership|councillors?)$",
    re.I,
)
# Roles one person holds, printed in brackets after the name or as a label before it.
BRACKET_CELL = re.compile(r"\(([^()]{3,80})\)")
PERSON_ROLE = re.compile(
    r"^(?:(?:deputy|vice)[- ]?)?chair(?:man|woman|person)?(?:\s+of\s+.+)?$|^co-?opt(?:ed|ee)(?:\s+member)?$|"
    r"^(?:non-?voting|voting)\b.*(?<!s)$|^substitute(?:\s+member)?$|^ex[- ]officio.*$|^(?:deputy\s+)?leader\b.*$|"
    r"^(?:lord\s+|deputy\s+)?mayor$|^(?:lead\s+)?member\s+for\b.*$|^cabinet\s+member\b.*$|^portfolio\s+holder\b.*$|"
    r"^(?:independent|lay|parent governor|church)\b.*(?<!s)$|^observer$|^by invitation$|"
    # Scots `Convener` / `Depute Convener`, `Provost`; Welsh councils' `Presiding Member`
    r"^(?:(?:depute|deputy|vice)[- ]?)?convener$|^(?:lord\s+|depute\s+)?provost$|^(?:deputy\s+)?presiding\s+member$",
    re.I,
)
# A bracket saying whom a member represents (`(Church of England Diocese)`, `(Parent Governor
# Representative)`): the person's role when nothing else gives one, but under a group heading
# (`Co-opted Members:`) the heading is the role and the bracket only says where they come from.
REPRESENTS = re.compile(r"^(?:(?:independent|lay|parent governor|church)\b|.*\brepresentatives?$)", re.I)
# A civic office printed before the name as its title: `Provost C Lyle`, `The Mayor, Councillor X`.
CIVIC_TITLE = re.compile(
    r"^(?:the\s+)?((?:right\s+worshipful\s+)?(?:lord\s+|deputy\s+|depute\s+)?(?:provost|mayor)|bailie)\b[\s,]+",
    re.I,
)
# Letters of names as printed, accents included ('Sinéad', 'Siân', 'Llŷr', 'Zoë').
NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]*\.?|[A-Z]{1,3}|de|da|van|von|der|den|la|le|du|di|bin|al|el|ap)$"
)
STOP_WORDS = re.compile(
    r"\b(?:agenda|items?|business|please|note|meeting|council|committee|cabinet|public|date|time|venue|place|"
    r"contact|email|tel|telephone|page|report|minutes|apologies|quorum|clerk|officer|enquiries|dear)\b",
    re.I,
)
# Words no one's name is made of (`Jimmy Page` and `Ann Place` are names, so page and place are not here).
NOT_A_NAME = re.compile(
    r"\b(?:agenda|items?|business|please|meeting|council|committee|cabinet|public|contact|email|telephone|report|"
    r"minutes|apologies|quorum|enquiries|membership|members|councillors?|substitutes?|notice|webcast(?:ing)?"
    r"|vacancy|vacant)\b",  # 'Vacancy | Parent Governor Representative (Primary)': a seat, no one in it
    re.I,
)
BARE_GROUP = re.compile(
    # 'Education Co-opted Members (voting on education matters only)': a word or two may say which
    r"^\W*(?:councillors?|members?|(?:[A-Za-z]+\s+){0,2}(?:co-?opted|substitute|non-?voting|independent|lay|voting"
    r"|parent governor|church|religious|teacher|parent|pupil)\s+(?:members?|representatives?|councillors?)"
    r"(?:\s*\([^()]{1,60}\))?|co-?optees?"
    r"|substitutes?|by invitation)\W*$",
    re.I,
)
# What follows a name on a one-a-line list: ward, party (`A Scopes (Chair) - Adel and Wharfedale;`).
AFFILIATION = re.compile(r"\s+[-–]\s+[^()]*?[;,]?\s*$|\s*;\s*$")
TABLE_HEADER = re.compile(
    r"(?:(?:(?:(?:cabinet|committee|board|panel)\s+)?(?:councillors?|members?)|name|role(?:\s+on\s+the\s+\w+)?|position"
    r"|party|political group"
    r"|ward|division|title|portfolios?"
    r"|responsibilit(?:y|ies)|representing|organisation"
    # a joint body's: 'Appointing authority | Member | Substitute'
    r"|(?:appointing|constituent)\s+(?:authority|council)|substitutes?)\s*(?:(?:\t|/|&|\band\b)\s*)?)+",
    re.I,
)
CO_OPT = re.compile(r"\bco-?opt", re.I)
# a heading cell over names: 'Councillor', 'Name', 'Cabinet Member'
NAME_HEADING = re.compile(r"(?:(?:cabinet|committee|board|panel)\s+)?(?:councillors?|members?)|names?")
PLAIN_MEMBER = re.compile(r"(?:(?:board|committee|panel)\s+)?members?", re.I)  # a role cell saying only 'Member'
ROLE_HEADING = re.compile(r"roles?(?:\s+on\s+the\s+\w+)?|positions?|portfolios?|responsibilit(?:y|ies)|title")
# Substitutes (`Substitute Members: Councillors B Kemp, ...`, `Reserves:`) are a pool who may sit in a
# member's place at one meeting: not the body's membership, so they are read past, not listed.
NOT_MEMBERSHIP = re.compile(r"^(?:named\s+)?(?:substitute|reserve)s?\b", re.I)


def looks_like_name(text: str) -> bool:
    """`Marian Humphreys`, `A S Khan`, `Penny-Anne O'Donnell`: two to six
    name-shaped words, no digits, no sentence words."""
    t = text.strip()
    if not t or re.search(r"\d|[:@/;]", t) or NOT_A_NAME.search(t):
        return False
    words = t.split()
    # `W Xu`, `K Ng`: a two-letter surname after an initial or forename is a name too
    short_surname = len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]", words[-1]) is not None
    return (
        1 <= len(words) <= 6
        and all(NAME_TOKEN.match(w) for w in words)
        and (any(len(w) > 2 for w in words) or short_surname)
    )


def _role_from_heading(heading: str) -> str | None:
    """`Non-voting Deputy Cabinet Members` -> `Non-voting Deputy Cabinet Member`;
    `Cabinet Members` -> None (the body's own members); `By invitation` kept."""
    h = re.sub(r"\s+", " ", heading).strip(" :-–*")
    if ORDINARY_GROUP.match(h):
        return None
    if re.fullmatch(r"co-?opted(?:\s+(?:members?|representatives?))?|co-?optees?", h, re.I):
        return "Co-opted"  # the contract's word for them
    return re.sub(r"(Member|Representative|Councillor|Co-optee|Substitute|Observer)s\b", r"\1", h)


def _with_group(group_role: str | None, role: str) -> str:
    """A row's role under a group heading that gives one too ('Co-opted Members' over 'Mrs X | Diocesan
    Representative'): both, the group's first."""
    return f"{group_role}, {role}" if group_role and group_role.lower() not in role.lower() else role


# A party printed after the name and its bracket, in a cell of a membership table: 'Councillor Rosalind Tewkes
# (Chair) Liberal Democrat'. Not part of the name, not a role.
# A party that is also a surname ('Alan Green') is taken off only after a bracket.
GRID_RUN_TOGETHER = re.compile(r"(?<=[\w)])\s+(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])")
SURNAME_TAIL = re.compile(r"([A-Z][\w'’-]+)(?:\s*\([^()]{2,40}\))*")  # a name's last word wrapped in its cell
BRACKETS_ONLY = re.compile(r"(?:\s*\([^()]{2,40}\))+\s*")
PARTY_AFTER = re.compile(
    rf"(?:(?<=\))\s+(?:{PARTY_NAMES}|Green|Alliance|Reform)|(?<=\w)\s+(?:{PARTY_NAMES}))(?:\s+(?:Party|Group))?\s*$"
)


def _person(raw: str, group_role: str | None) -> Person | None:
    """`Councillor Jane Doe (Chair) (Labour)` -> Jane Doe, Chair: every bracket
    after the name is read, the party or ward ones are not roles."""
    rest, brackets = raw.strip().rstrip(".;"), []  # the list's full stop after the last entry's bracket
    if rest.count("(") > rest.count(")"):
        rest = rest[: rest.rfind("(")].rstrip()  # 'Councillor Meinir Bowen (Cadeirydd': a bracket wrapped in its cell
    party = PARTY_AFTER.search(rest)
    if party and len(rest[: party.start()].split()) >= 2:
        rest = rest[: party.start()]
    while True:
        rest, bracket = split_role(rest)
        if bracket is None:
            break
        brackets.insert(0, bracket.strip())
    civic = CIVIC_TITLE.match(rest.strip())
    if civic:
        rest = rest.strip()[civic.end() :]
    name = clean_name(rest)
    if not looks_like_name(name) or not POSTNOMINALS.sub("", f" {name}").strip():
        return None  # not a name; or only the honours after one ('Mr I Hazelwood, MBE, Mr R Littlejohn')
    role = next((b for b in brackets if PERSON_ROLE.match(b) and not (group_role and REPRESENTS.match(b))), None)
    role = role or (civic.group(1).title() if civic else None) or group_role
    return Person(name=name, role=role, kind="member")


def _role_after_dash(text: str) -> str:
    """`Councillor F Hale - Chairman` -> `Councillor F Hale (Chairman)`: a dash
    before a person's role, not before a ward or party."""
    parts = re.split(r"\s+[-–]\s+", text)
    role = parts[-1].strip(" ;,.") if len(parts) > 1 else ""
    if role and "(" not in role and PERSON_ROLE.match(role):
        return f"{' - '.join(parts[:-1])} ({role})"
    return text


def _roles_after_commas(parts: list[str]) -> list[str]:
    """`Councillor F Hale, Chairman, Councillor G Ince` split at commas: the
    role is the bracket of the name before it, not a name of its own."""
    out: list[str] = []
    for part in parts:
        if out and PERSON_ROLE.match(part.strip()) and not out[-1].rstrip().endswith(")"):
            out[-1] = f"{out[-1].rstrip()} ({part.strip()})"
        else:
            out.append(part)
    return out


def _parse_list(text: str, group_role: str | None) -> list[Person]:
    out = []
    for part in _roles_after_commas(split_names(text)):
        p = _person(part, group_role)
        if p is not None:
            out.append(p)
    return out


WRAPPED_ENTRY = re.compile(r"\(|[A-Z][\w'’-]*(?:,|\s+and\b)")
LAYOUT_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # columns set apart by spaces in layout text


def _section_lines(lines: list[Line], start: int, stop: int) -> list[tuple[Line, str]]:
    """The membership section's lines from its heading, continuation lines
    (after a trailing comma or `and`) joined onto the line they continue."""
    out: list[tuple[Line, str]] = []
    for line in lines[start:stop]:
        text = line.text.strip()
        if not text:
            out.append((line, ""))
            continue
        if "\t" not in text and LAYOUT_GAP.search(text):
            text = LAYOUT_GAP.sub("\t", text)  # `pdftotext -layout`: 'Helen Marchetti      Leader of the Council'
        prev = next((t for _, t in reversed(out) if t), "")
        # a cell's text wrapped in layout text, set in under its column: '<spaces>and Resources', '<spaces>Schools'
        indented = len(line.text) - len(line.text.lstrip(" ")) >= 12 and prev.count("\t") == 1 and "\t" not in text
        continues = (
            (indented and not HONORIFIC.match(text) and ":" not in text)
            or re.search(r"(?:,|\band|&)\s*$", prev)
            # 'Councillor N Ashworth-Kaye (Deputy Chair) - Deputy Leader and Cabinet Member for' / 'Economic Growth
            # and Regeneration': an office after a dash, broken after its 'for'
            or (HONORIFIC.match(prev) and re.search(r"\s[-–]\s.*\b(?:for|of)$", prev) and not HONORIFIC.match(text))
            or re.match(r"(?:and|&|,)\s", text)
            # a comma list wrapped mid-entry: '..., Councillor Ian Treloar' / '(Deputy Leader), Councillors ...'
            # (not a table's next row: 'Communities, Culture and Leisure | Cllr X' over 'Highways and ... | Cllr Y')
            or (
                "," in prev
                and not prev.endswith((".", ";", ":"))
                and WRAPPED_ENTRY.match(text)
                and not ("\t" in text and text.count("\t") == prev.count("\t"))
            )
            or prev.count("(") > prev.count(")")  # '... Michael Ashby (Diocese' / 'of Kingsholt), Mrs ...'
            # '... Okafor (Chair), Daniel' / 'Fitzwilliam (Vice-Chair), ...': a forename alone after the list's comma
            or (
                re.search(r"(?:,|\band)\s*[A-Z][a-z'’-]+$", prev)
                and re.match(r"[A-Z][\w'’-]+(?:\s*\(|,|\s+and\b|\.?$)", text)
            )
            # '... and Mrs D' / 'Stanbridge': a name broken after its honorific or initials
            or re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)(?:\s+[A-Z]\.?)*$", prev)
            # 'Councillor X | Cabinet Member for Environment, Transport and Climate' / 'Emergency': a role cell wrapped
            or (
                prev.count("\t") == 1
                and HONORIFIC.match(prev)
                and "\t" not in text
                and ":" not in text
                and len(text.split()) <= 5
                and not HONORIFIC.match(text)
                and not STOP_WORDS.search(text)
                and not BARE_GROUP.match(text)
            )
        )
        if out and prev and continues and out[-1][1]:
            cells = prev.split("\t")
            open_cells = [k for k, c in enumerate(cells) if c.count("(") > c.count(")")]
            if len(cells) >= 2 and len(open_cells) == 1 and "\t" not in text and ")" in text:
                # 'Councillor A Price (Leader of the Council and<TAB>Portfolio Holder ...' over 'Chair)', 'Councillor
                # P Hollins (Chairman)<TAB>Councillor J Attwater (Vice-<TAB>Councillor S Bellamy' over 'Chairman)':
                # the bracket wrapped in its cell, the cells beside it whole
                k = open_cells[0]
                cells[k] = f"{cells[k]}{'' if cells[k].endswith('-') else ' '}{text}"
                out[-1] = (out[-1][0], "\t".join(cells))
                continue
            out[-1] = (out[-1][0], f"{prev} {text}")
            continue
        out.append((line, text))
    return out


def _a_council(label: str) -> bool:
    """The whole label is a council's name (the constituent council a joint body's members sit for)."""
    return whole_name(label) is not None


def _members_from(lines: list[Line], head: int, stop: int) -> list[Person]:
    members: list[Person] = []
    group_role: str | None = None
    # gap: a blank line since the list began; titled: entries printed `Councillor ...`; heading: a group heading last
    state = {"gap": False, "titled": False, "heading": False}
    columns: tuple[list[int], list[int]] | None = None  # a table of several columns: which hold names, which roles

    def add(found: list[Person], line: Line) -> None:
        for p in found:
            p.citation = line.cite()
        members.extend(found)

    def take(line: Line, text: str) -> bool:
        """Read one entry of the section; False where the section has ended."""
        nonlocal group_role
        if BARE_GROUP.match(text):
            # `Councillors` / `Co-opted Member (Voting)` heading the names under it, no colon
            group_role = _role_from_heading(text)
            state["heading"], state["gap"] = True, False  # the names under a heading are a list of their own
            return True
        party = PARTY_GROUP.match(text)
        if party:
            group_role = None
            state["heading"] = True
            if party.group(1).strip():
                add(_parse_list(party.group(1), None), line)
            return True
        text = _role_after_dash(text)  # `Councillor F Hale - Chairman`
        text = AFFILIATION.sub("", text)  # `A Scopes (Chair) - Adel and Wharfedale;`
        g = GROUP_HEAD.match(text)
        title = HONORIFIC.match(g.group(1) + " ") if g else None
        # `Cllr X: ...` is a person; `County Councillors: A, B and C` is a group heading over names
        named = g is not None and title is not None and looks_like_name(g.group(1)[title.end() :])
        if g and len(g.group(1).split()) <= 8 and not named:
            label = g.group(1).strip()
            office = re.sub(r"^the\s+", "", label, flags=re.I)  # `The Mayor: Councillor X`
            if PERSON_ROLE.match(office) and g.group(2) and len(split_names(g.group(2))) == 1:
                p = _person(g.group(2), None)  # `Chair: Councillor X`
                if p:
                    p.role = office
                    add([p], line)
                    return True
            if not looks_like_name(label):
                if _a_council(label):  # 'Kestleigh County Council: Councillors A, B and C': a joint body's members
                    group_role = None
                    state["heading"] = True
                    if g.group(2):
                        add(_parse_list(g.group(2), None), line)
                    return True
                if STOP_WORDS.search(label) and not re.search(r"\bmembers?\b|\bcouncillors?\b", label, re.I):
                    return False
                group_role = _role_from_heading(label)
                state["heading"] = True
                if g.group(2):
                    add(_parse_list(g.group(2), group_role), line)
                return True
        honorific = bool(HONORIFIC.match(text))
        if not honorific and state["gap"] and state["titled"] and not state["heading"]:
            return False  # a bare name after a gap below `Councillor ...` lines: the contact officer, not a member
        parts = _roles_after_commas(split_names(text)) if honorific or "," in text else [text]
        found = [p for p in (_person(x, group_role) for x in parts) if p is not None]
        if found and (honorific or len(found) == len(parts)):
            add(found, line)
            state["titled"] = state["titled"] or honorific
            state["heading"] = False
            return True
        return False

    above: list[Person | None] = []  # who each cell of the row above named, for a role wrapped under a name
    sections = _section_lines(lines, head, stop)
    m = MEMBERSHIP_HEAD.match(sections[0][1] if sections else lines[head].text.strip())
    # 'To: All Members of the Fire and Rescue Authority': the body the summons goes to, not names
    if m and m.group(1).strip() and sections and not re.match(r"of\b", m.group(1).strip(), re.I):
        add(_parse_list(m.group(1).strip(), None), sections[0][0])
    width = 0  # how many cells the table's heading row has
    for n, (line, text) in enumerate(sections[1:], start=1):
        if not text:
            # a gap since the list began; one right under a group's heading ('Co-opted Members') is not
            state["gap"] = (bool(members) and not state["heading"]) or state["gap"]
            continue
        # a bulleted list's marker; a numbered list's only before `Councillor ...` (`1. Apologies` is an agenda item)
        text = re.sub(
            r"^(?:[-*•▪◦·]\s+|\d{1,2}[.)]\s+(?=(?:councillor|cllr|mr|mrs|ms|miss|dr|revd?|prof(?:essor)?)\.?\s))",
            "",
            text,
            flags=re.I,
        )
        markdown = text.lstrip("- ").startswith("|")
        if markdown:  # a markdown table row: its cells, as a tab row
            text = "\t".join(c.strip() for c in text.lstrip("- ").strip().strip("|").split("|"))
            if not text.strip() or re.fullmatch(r"[\s:\-\t]*", text):
                continue
        if "\t" in text and "attendance" in [c.strip().lower() for c in text.split("\t")]:
            break  # 'Attendee | Role | Attendance | Notes': who came to a meeting, not the body's membership
        if (markdown or "\t" in text) and TABLE_HEADER.fullmatch(text.strip()):
            # the table's heading row: 'Councillor | Portfolio', 'Councillor | Ward | Councillor | Ward'
            heads = [c.strip().lower() for c in text.split("\t")]
            named = [k for k, h in enumerate(heads) if NAME_HEADING.fullmatch(h)]
            roles = [k for k, h in enumerate(heads) if ROLE_HEADING.fullmatch(h)]
            # 'Councillor | Ward | Councillor | Ward'; two columns only where one names the role ('Portfolio')
            columns = (named, roles) if len(heads) > 2 or (named and roles) else None
            width = len(heads)
            continue
        if columns and "\t" not in text and not HONORIFIC.match(text):
            # a line of no cells among a table's rows: a panel beside the table, its lines between the rows ('Venue' /
            # 'Committee Room 1, Carrowby Town', 'Tel: ...'), no member's row; with no row below it (and no label or
            # group heading of names of its own) the table has ended
            if _row_below(sections, n, width):
                continue
            if not (":" in text or BARE_GROUP.match(text)):
                return members
        if columns and "\t" in text:  # a row under such a heading: the names from their columns, a role beside
            cells = text.split("\t")
            found = []
            # an authority's cell naming a kind of member ('Independent co-opted member | Mrs E Whitcombe')
            kind_cell = cells[0].strip() if 0 not in columns[0] else ""
            role = "Co-opted" if CO_OPT.search(kind_cell) else group_role
            for k in columns[0]:
                cell = cells[k].strip() if k < len(cells) else ""
                # two members of one authority in one cell: 'Councillor A Begum Councillor N Trevithick (Vice-Chair)'
                for entry in split_at_honorifics(cell) if cell else []:
                    p = _person(entry, role)
                    near = (k + 1, k - 1) if len(columns[1]) != 1 or len(columns[0]) != 1 else tuple(columns[1])
                    # (the one role column wherever it stands: 'Member | Organisation | Role on the Board')
                    beside = [j for j in near if j in columns[1] and 0 <= j < len(cells) and cells[j].strip()]
                    plain_member = beside and PLAIN_MEMBER.fullmatch(cells[beside[0]].strip())
                    if p is not None and beside and not plain_member:
                        # the role cell after the name, or before it ('Portfolio | Member'); not 'Member' alone
                        p.role = cells[beside[0]].strip()
                    found += [p] if p is not None else []
            add(found, line)
            continue

        cells = [c.strip() for c in text.split("\t") if c.strip()]
        spaced = [c.strip() for c in re.split(r"\s{3,}", text) if c.strip()]
        if len(cells) == 1 and len(spaced) > 1 and all(HONORIFIC.match(c) for c in spaced):
            cells = spaced  # `Councillor A Smith (Chairman)      Councillor B Jones`: columns set out with spaces
        # `Councillor X<TAB>Chair`; 'Mr Iolo Bebb<TAB>(Lay Member)': a bracket in a cell of its own is the role
        bracket = BRACKET_CELL.fullmatch(cells[1]) if len(cells) == 2 else None
        if len(cells) == 2 and (PERSON_ROLE.match(cells[1]) or bracket) and _person(cells[0], None):
            p = _person(cells[0], None)
            assert p is not None
            cell_role = _with_group(group_role, bracket.group(1).strip() if bracket else cells[1])
            # 'Councillor A Price (Leader of the Council and Chair)<TAB>Portfolio Holder for ...': both his roles
            p.role = f"{p.role}, {cell_role}" if p.role and p.role.lower() not in cell_role.lower() else cell_role
            add([p], line)
            continue
        row = cells if len(cells) > 1 else spaced
        if len(row) > 1 and HONORIFIC.match(row[0]) and not any(HONORIFIC.match(c) for c in row[1:]):
            p = _person(row[0], group_role)  # `Councillor A Smith   Conservative   Riverside`: a row, not names
            if p is not None:
                # a bare `Independent` in a row's columns is the party column, not a role
                roles = [c for c in row[1:] if PERSON_ROLE.match(c) and c.lower() != "independent"]
                if roles and p.role == group_role:
                    p.role = _with_group(group_role, roles[0])
                elif roles:
                    p.role = roles[0]
                add([p], line)
                continue
        tails = [c for c in cells if c.endswith(")") and "(" not in c]
        if tails:  # '/ Chair)<TAB>gadeirydd / Vice-Chair)': the ends of brackets above, wrapped in their cells
            cells = [c for c in cells if c not in tails]
            if not cells:
                continue
            text = "\t".join(cells)
        if len(cells) > 1 and len(cells) == len(above):
            # 'Councillor Tomasz Kowalczyk' over '(Deputy Mayor)' in the middle column: a role wrapped in its cell
            kept = []
            for k, cell in enumerate(cells):
                wrapped, person = re.fullmatch(r"\((?P<r>[^()]{2,40})\)", cell), above[k]
                if wrapped and person is not None and not person.role and not PARTY_SHORT.fullmatch(wrapped.group("r")):
                    person.role = wrapped.group("r").strip()
                tail = SURNAME_TAIL.fullmatch(cell)
                if tail and person is not None and len(person.name.split()) == 1:
                    person.name = f"{person.name} {tail.group(1)}"  # 'Councillor Christopher' / 'Dunwell (LD)'
                elif not wrapped:
                    kept.append(cell)
            cells = kept
            if not cells:
                continue  # the row was all the wrapped ends of the cells above
            text = "\t".join(cells)
        elif len(cells) > 1 and len(above) > len(cells) and all(BRACKETS_ONLY.fullmatch(c) for c in cells):
            # a grid's cells wrapped, their brackets on the line below in column order: '(Lab) (Chair)<TAB>(Vice-Chair)'
            for cell, person in zip(cells, above, strict=False):
                offices = [b for b in re.findall(r"\(([^()]{2,40})\)", cell) if not PARTY_SHORT.fullmatch(b)]
                if person is not None and offices and not person.role:
                    person.role = offices[0].strip()
            continue
        if len(cells) > 1 and all(HONORIFIC.match(c) for c in cells):
            # 'Councillor A Saddiq (Lab) Councillor P Ackroyd': two cells of a grid of names run together, no comma
            cells = [part for c in cells for part in GRID_RUN_TOGETHER.split(c)]
        # names printed in columns: each cell is an entry of its own
        above = []
        for cell in cells if len(cells) > 1 else [text]:
            before = len(members)
            if not take(line, cell):
                return members
            above.append(members[-1] if len(members) == before + 1 else None)
    return members


def _row_below(sections: list[tuple[Line, str]], n: int, width: int) -> bool:
    """A row of the table (as many cells as its heading row, a name first) comes within a few lines below."""
    for _, text in sections[n + 1 : n + 7]:
        cells = text.split("\t")
        if len(cells) == width and _person(cells[0], None) is not None:
            return True
    return False


def _co_opted(members: list[Person], lines: list[Line], printed_bare: set[str]) -> None:
    """A member printed without `Councillor` among councillors is usually
    co-opted; the role is given only where the pack says so next to the name
    (`Michael Cowland and Phil Johnson, Co-optees`)."""
    if not printed_bare:
        return
    texts = [t for t in (ln.text for ln in lines) if ("opt" in t or "Opt" in t or "OPT" in t) and CO_OPT.search(t)]
    for p in members:
        if p.role or p.name not in printed_bare:
            continue
        pattern = re.compile(re.escape(p.name) + r"[^.;:]{0,80}?\bco-?opt", re.I)
        if any(pattern.search(t) for t in texts):
            p.role = "Co-opted"


def extract_members(lines: list[Line], segments: list[Segment]) -> list[Person]:
    """The membership the front sheet prints; [] when it prints none."""
    front = [s for s in segments if s.kind == "agenda"][:1]
    if not front or not lines:
        return []
    base = lines[0].number
    start, stop = front[0].start.line - base, front[0].end.line - base + 1
    for i in range(start, stop):
        text = lines[i].text.strip()
        if "\t" in text and "embership" in text:
            # a sidebar's cell beside the heading ('MEETING DETAILS<TAB>Membership'): the heading is its cell
            text = next((c.strip() for c in text.split("\t") if re.fullmatch(r"\W*membership\W*", c, re.I)), text)
        # a heading (`Membership`, `Members of the Committee`) or a labelled list, not a sentence
        if MEMBERSHIP_HEAD.match(text) and len(text) < 2000 and (":" in text[:60] or len(text) <= 50):
            if _under_attendance(lines, i, start):
                continue  # 'Attendance' over 'Members' / 'Officers': who came to the meeting, not its membership
            members = _roles_above(lines, i, start) + _members_from(lines, i, stop)
            if members:
                bare = {
                    clean_name(split_role(ln.text)[0])
                    for ln in lines[i:stop]
                    if ln.text.strip() and not HONORIFIC.match(ln.text.strip()) and "," not in ln.text
                }
                _co_opted(members, lines, bare)
                return _dedupe([p for p in members if not (p.role and NOT_MEMBERSHIP.match(p.role))])
    return []


# a web page's heading over the groups of who attended ('Attendance' / 'Members' / 'Officers')
ATTENDANCE_HEADING = re.compile(r"\W*(?:attendance|attendees|present|those\s+present)\s*:?\s*", re.I)


def _under_attendance(lines: list[Line], head: int, floor: int) -> bool:
    above = next((lines[j].text for j in range(head - 1, floor - 1, -1) if lines[j].text.strip()), "")
    return bool(ATTENDANCE_HEADING.fullmatch(above))


def _roles_above(lines: list[Line], head: int, floor: int) -> list[Person]:
    """`Chair: Councillor K Kelly` / `Vice-Chair: Councillor L Lynch` printed
    just above `Members: Councillors ...`: the chair and vice-chair are members too."""
    found: list[Person] = []
    j = head - 1
    while j >= floor and head - j <= 6:
        text = lines[j].text.strip()
        if not text:
            j -= 1
            continue
        g = GROUP_HEAD.match(text)
        if not g or not PERSON_ROLE.match(g.group(1).strip()) or len(split_names(g.group(2))) != 1:
            break
        p = _person(g.group(2), None)
        if p is None:
            break
        p.role = g.group(1).strip()
        p.citation = lines[j].cite()
        found.insert(0, p)
        j -= 1
    return found


def _dedupe(members: list[Person]) -> list[Person]:
    seen: set[str] = set()
    out = []
    for p in members:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out
