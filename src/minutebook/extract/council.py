"""The council a document is from, as it prints its own name.

A council heads its papers with its name on a line of its own (`Coventry
City Council`, `KENT COUNTY COUNCIL`, `London Borough of Camden`), names
itself in the opening lines (`X Community Council held their meeting`), or
is confirmed by its officers' gov.uk addresses. Split from meeting.py, which
reads the meeting itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from minutebook.model import Line
from minutebook.patterns import scanning

# A council's own name: `Coventry City Council`, `KENT COUNTY COUNCIL`,
# `Manordeilo and Salem Community Council`, `London Borough of Camden`.
_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})"
_JOIN = r"(?:and|upon|on|in|under|by|the|of|-|&)"
COUNCIL_NAME = re.compile(
    rf"\b({_WORD}(?:\s+(?:{_JOIN}\s+)?{_WORD}){{0,4}}\s+"
    r"(?:City|County|Borough|District|Metropolitan Borough|County Borough|Town|Parish|Community|Unitary)\s+Council)\b"
    rf"|\b((?:London|Royal)\s+Borough\s+of\s+{_WORD}(?:\s+(?:and|upon)\s+{_WORD})*(?:\s+Council)?)\b"
    rf"|\b((?:City|County|Borough)\s+of\s+{_WORD}(?:\s+(?:and|upon)\s+{_WORD})*\s+Council)\b"
    # `Cornwall Council`, `Isle of Wight Council`, `Bath and North East Somerset Council`
    rf"|\b({_WORD}(?:\s+(?:(?:and|of|upon|on)\s+)?{_WORD}){{0,4}}\s+Council)\b"
    # (not a place: 'Venue Council Chamber', 'the Council Offices')
    r"(?!\s+(?:Chambers?|Offices?|House|Buildings?|Hall|Meeting\s+Room|Tax|Procedure|Plan)\b)"
    # authorities that publish meeting packs as councils do: `West Midlands Combined Authority`,
    # `Peak District National Park Authority`, `Kent and Medway Fire and Rescue Authority`, and the combined
    # county authorities of 2024 on ('East Midlands Combined County Authority')
    rf"|\b({_WORD}(?:\s+(?:(?:and|&)\s+)?{_WORD}){{0,4}}\s+(?:Combined(?:\s+County)?|Fire(?:\s+and\s+Rescue)?|National\s+Park)\s+Authority)\b"
    # a city governed by its corporation: 'City of London Corporation'
    rf"|\b(City\s+of\s+{_WORD}\s+Corporation)\b"
)
# Words that make a line a meeting's or a body's name, not a council's (`Meeting of Council`).
NOT_COUNCIL_WORDS = re.compile(
    r"\b(?:meeting|agenda|minutes|committee|cabinet|board|panel|members?|leaders?|group|report|chamber|house|of the"
    # ('Brackley Vale Youth Council': the borough's young people's; 'Standing Advisory Council on Religious Education')
    r"|services?|partnership|team|youth|advisory"
    r"|recommended|resolved|agreed|decided|referred|to)\b",  # ('RECOMMENDED TO COUNCIL:': a decision's words)
    re.I,
)
OF_PLACE = re.compile(r"(?:(?:London|Royal)\s+)?(?:City|County|Borough)\s+of\s")
COUNCIL_HINT = scanning(r"council|borough|authority", re.I)  # cheap test before the name pattern
TYPED = re.compile(r"\b(?:City|County|Borough|District|Town|Parish|Community|Unitary)\s+Council$|\bof\b|Authority$")
NOT_A_PLACE = re.compile(
    r"^(?:the|a|an|this|that|full|special|extraordinary|annual|ordinary|county|city|borough|district|town|parish|"
    r"community|unitary|our|each|every|all|any|local|neighbouring|constituent|member|other|new|your|and|of)$",
    re.I,
)
ROLE_OF = re.compile(
    r"^(?:leader|chair\w*|members?|cabinet|mayor|clerk|director|head|chief|deputy|officers?|councillors?)\b"
    # (not a sentence's: 'Councillor A stated that she was a member of Wemley Town Council.' names her other body)
    r"(?:(?!\b(?:stated|said|declared|was|were|is|had|has)\b).)*?\bof\s+(?:the\s+)?",
    re.I,
)
GOV_DOMAIN = re.compile(r"@(?:[\w-]+\.)*?([\w-]+)\.gov\.(?:uk|wales|scot)\b", re.I)
MARKUP = re.compile(r"[*_`|]+")
SPACES = re.compile(r"\s+")


def tidy(text: str) -> str:
    return SPACES.sub(" ", MARKUP.sub(" ", text)).strip(" ,.;:-–\t#")


JOINING_PARTS = {"ar", "y", "yr", "upon", "on", "in", "le", "la", "en", "under", "by", "the", "of", "and", "cum", "de"}


def _capitalised_parts(word: str) -> str:
    """'sub-committee' -> 'Sub-Committee', 'llanfair-ar-deifi' -> 'Llanfair-ar-Deifi': each part of a hyphened word,
    but a joining word within it, or what follows a short prefix ('Co-opted', the Welsh 'Is-bwyllgor')."""
    parts = word.split("-")
    return "-".join(
        part
        if k and (part in JOINING_PARTS or len(parts[0]) < 3)
        else re.sub(r"[a-z]", lambda m: m.group(0).upper(), part, count=1)
        for k, part in enumerate(parts)
    )


def title_case(text: str) -> str:
    """Front sheets print `CABINET`, `KENT COUNTY COUNCIL`, `COUNCIL CHAMBER, HOVE TOWN HALL`: the record keeps
    `Cabinet`."""
    if text.isupper():
        small = {"and", "of", "the", "for", "in", "on", "&"}
        words = [
            # (a word with a figure in it is kept as printed: a postcode 'BN3 4AH', 'ROOM 2A')
            printed if re.search(r"\d", printed) else w if w in small and i else _capitalised_parts(w)
            for i, (w, printed) in enumerate(zip(text.lower().split(), text.split(), strict=True))
        ]
        return " ".join(words)
    return text


def council_names(text: str) -> Iterable[tuple[int, str]]:
    """Every council's own name in a line, with its position."""
    if text.isupper():
        text = title_case(text)
    for m in COUNCIL_NAME.finditer(text):
        name = ROLE_OF.sub("", next(g for g in m.groups() if g))
        name = WELSH_COUNCIL.sub("", name)  # 'Cyngor Sir Glaslyn County Council': the Welsh name's words before it
        name = DONE_BY.sub("", name)  # 'Administered by Plymwood City Council': who does it, then the council
        words = name.split()
        if not OF_PLACE.match(name):  # `City of York Council` stays whole
            while words and NOT_A_PLACE.match(words[0]):
                words = words[1:]
        if len(words) < 2 or words[0].lower() == "council" or NOT_COUNCIL_WORDS.search(" ".join(words)):
            continue
        if [w.lower() for w in words[-2:]] == ["common", "council"]:
            continue  # the 'Court of Common Council': a City corporation's assembly, the body that meets
        if HONORIFIC.match(words[0]):
            continue  # 'Cllr J Ashworth | Kelderby District Council': a member and the council that appointed him
        yield m.start(), title_case(" ".join(words))


HONORIFIC = re.compile(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?$")
# a table row's first cell naming a person: 'Jonathan Eade', 'Dr C Llewellyn-Baird', 'Cllr A Reid'
PERSON_CELL = re.compile(
    r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){1,3}"
)
HOSTED_BY = re.compile(
    r"^(?:(?:hosted|administered|serviced|supported)\s+by\s+(?:the\s+)?"
    # a joint committee's label for the council that runs it: 'Administering authority: Hartsmoor District Council'
    r"|(?:administering|host|lead)\s+(?:authority|council)\s*:\s*)",
    re.I,
)
DONE_BY = re.compile(r"^(?:[A-Z][a-z]+ed|Run)\s+by\s+")
# A council's bilingual heading on one line starts with the Welsh words for its kind of council:
# 'Cyngor Sir', 'Cyngor Bwrdeistref Sirol', 'Cyngor Dinas', 'Cyngor Tref', 'Cyngor Cymuned'.
WELSH_COUNCIL = re.compile(r"^Cyngor\s+(?:(?:Sir|Bwrdeistref(?:\s+Sirol)?|Dinas(?:\s+a\s+Sir)?|Tref|Cymuned)\s+)?")
# a web page's footer: '© 2025', 'Copyright © 2025'
# ('© Copyright Wexmoor Council': both marks, either way round)
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright\b))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?", re.I
)


def whole_name(text: str) -> str | None:
    """The council's name where the text is that name and nothing more: a heading line, a table cell
    ('Cyngor Sir Glaslyn County Council' too, the Welsh words for its kind before it)."""
    t = WELSH_COUNCIL.sub("", COPYRIGHT.sub("", text.strip()))
    hosted = HOSTED_BY.match(t)  # 'hosted by Castlebury City Council' under a joint committee's masthead
    if hosted:  # ('Serviced by Strathlevern Council, Legal and Democratic Services': the council, then its department)
        t = t[hosted.end() :].split(",")[0].strip()
    found = next((name for pos, name in council_names(t) if pos == 0 and len(name) >= len(t) - 1), None)
    shadow = SHADOW_AUTHORITY.fullmatch(title_case(t)) if found is None and ("hadow" in t or "HADOW" in t) else None
    if shadow:  # 'KESTONSHIRE SHADOW AUTHORITY': the new council before it takes office, its record the council's
        found = f"{shadow.group(1)} Council"
    if found is None and ("orough" in t or "OROUGH" in t):
        bare = BOROUGH_OF.fullmatch(title_case(t))
        found = bare.group(0) if bare else None
    if found is None and ("ounty of" in t or "OUNTY OF" in t):
        city = CITY_AND_COUNTY_OF.fullmatch(title_case(t))  # 'City and County of Swansea': no 'Council' in its name
        found = city.group(0) if city else None
    return found


# England's reorganised councils meet first as shadow authorities: 'Kestonshire Shadow Authority'
SHADOW_AUTHORITY = re.compile(rf"({_WORD}(?:\s+(?:and\s+)?{_WORD}){{0,3}})\s+Shadow\s+Authority")
# A borough that styles itself without the word 'Council' ('Borough of Broxbourne'), on a line of its own.
BOROUGH_OF = re.compile(rf"Borough\s+of\s+{_WORD}(?:\s+(?:and|upon)\s+{_WORD})*")


# The kind of council alone on a line, under a masthead's place name.
KIND_ALONE = re.compile(
    r"\W*(?:(?:city|county|borough|district|town|parish|community|metropolitan\s+(?:district|borough))\s+)?council"
    r"|\W*(?:combined(?:\s+county)?|fire(?:\s+and\s+rescue)?|national\s+park)\s+authority\W*",
    re.I,
)
BOROUGH_ALONE = re.compile(r"(?:LONDON|ROYAL)\s+BOROUGH|(?:London|Royal)\s+Borough")  # a logo's first line
# a logo's place name ('City of Wharfeside' over 'Metropolitan District Council', as Bradford's logo sets it)
PLACE_ALONE = re.compile(r"(?:City\s+of\s+)?[A-Z][\w'’-]+(?:\s+(?:upon\s+|on\s+|and\s+)?[A-Z][\w'’-]+){0,3}")
PIECES = re.compile(r"\s+[·•|]\s+")  # the pieces of a footer or address line
# ('County Telephone: ...' / 'Hall, Maidstone': the venue's cell wrapped beside a contact box)
SELF_COUNTY = re.compile(r"\bthe\s+County\s+Council\b|\bCounty\s+Hall\b|\bCounty(?:\s[^\n]*)?\nHall\b")
# England's county councils, named for their counties: a county named in a postal address, right before the
# postcode ('County Hall, Maidstone, Kent, ME14 1XQ'), is the county of a paper that calls its council 'the
# County Council' and prints the name only in its logo.
COUNTIES = (
    "Cambridgeshire|Derbyshire|Devon|Durham|East Sussex|Essex|Gloucestershire|Hampshire|Hertfordshire|Kent"
    "|Lancashire|Leicestershire|Lincolnshire|Norfolk|Northumberland|Nottinghamshire|Oxfordshire|Staffordshire"
    "|Suffolk|Surrey|Warwickshire|West Sussex|Worcestershire"
)
COUNTY_IN_ADDRESS = re.compile(rf",\s*({COUNTIES}),?\s+[A-Z]{{1,2}}\d[A-Z\d]?\s*\d[A-Z]{{2}}\b")


OF_ALONE = re.compile(r"\W*(?:(?:london|royal)\s+)?borough\s+of|city\s+(?:and\s+county\s+)?of|county\s+of", re.I)


def find_council(lines: list[Line], front: list[Line]) -> str | None:
    """The council's name as printed: a heading line of the front sheet or
    anywhere in the pack (`Coventry City Council` over bound minutes), then a
    name at the start of the opening lines (`X Community Council held their
    meeting`), then a name in the text that the officers' gov.uk e-mail
    addresses confirm. None when nothing says it."""

    def standalone(pool: list[Line], typed_only: bool) -> str | None:
        """The name printed most often as a line of its own (first printed wins a
        tie): a pack's own council heads its minutes' pages; a partner council
        named once in a report does not outvote it."""
        seen: Counter[str] = Counter()
        for k, line in enumerate(pool):
            text = line.text
            after = pool[k + 1].text.strip() if k + 1 < len(pool) else ""
            later = pool[k + 2].text if k + 2 < len(pool) else ""
            if (
                "\t" in later
                and "\t" not in text
                and "\t" not in after
                and KIND_ALONE.fullmatch(later.split("\t")[0].strip())
                and PLACE_ALONE.fullmatch(text.strip())
            ):
                # 'Pennine Marches' / 'Combined Authority Board' / 'COMBINED AUTHORITY<TAB>Minutes': a strap's line
                # set between a logo's two lines
                after = later.strip().split("\t")[0].strip()
            elif "\t" in text and (crest := _crest_over_kind(text.split("\t")[0], after, later)):
                text, after = crest, ""
            elif (
                "\t" in text
                and "\t" in later
                and "\t" not in after
                and KIND_ALONE.fullmatch(later.split("\t")[0].strip())
                and PLACE_ALONE.fullmatch(text.split("\t")[0].strip())
            ):
                # 'BRANTWICK<TAB>Chief Executive: ...' / 'Town Hall' / 'BOROUGH COUNCIL<TAB>Market Place': a logo's two
                # lines in the left cell, an address beside them longer by a line
                text, after = text.split("\t")[0].strip(), later.split("\t")[0].strip()
            elif "\t" in after and "\t" in text and KIND_ALONE.fullmatch(after.split("\t")[0].strip()):
                # 'Wyndham<TAB>Agenda front sheet' over 'DISTRICT COUNCIL<TAB>Open to the public': a masthead's
                # cell beside other words
                text, after = re.sub(r"^\W*[A-Z]\s+(?=[A-Z]{2})", "", text.split("\t")[0]), after.split("\t")[0].strip()
            elif (
                "\t" in text
                and "\t" not in after
                and KIND_ALONE.fullmatch(after)
                and PLACE_ALONE.fullmatch(text.split("\t")[-1].strip())
            ):
                # '... at 5.00 pm.<TAB>DUNSGATE' over 'DISTRICT COUNCIL': a logo's two lines, the first beside the
                # heading sentence
                text = text.split("\t")[-1].strip()
            if ("orough" in text or "OROUGH" in text) and BOROUGH_ALONE.fullmatch(text.strip()):
                # 'LONDON BOROUGH' / ('B', a crest's letter) / 'OF BRENTMERE': a logo's name broken before 'OF'
                nxt = after if len(after) > 2 else later.strip()
                if re.match(r"(?:OF|of)\s+[A-Z]", nxt) and "\t" not in nxt and len(nxt) <= 40:
                    text = f"{text.strip()} {nxt}"
            if OF_ALONE.fullmatch(text.strip()) and after and "\t" not in after and len(after) <= 40:
                # 'LONDON BOROUGH OF' / 'Ravensgate': a masthead's prefix over the place
                text = f"{title_case(text.strip()) if text.isupper() else text.strip()} {after}"
            elif KIND_ALONE.fullmatch(after) and not re.search(r"\b(?:council|authority)\W*$", text, re.I):
                # 'LLANFEIRION COUNTY BOROUGH' / 'COUNCIL', 'Ashdale Moors' / 'NATIONAL PARK AUTHORITY' (not
                # 'KENT COUNTY COUNCIL' over the meeting's 'County Council')
                text = f"{text} {after if text.isupper() else title_case(after)}"
            if len(text) > 200 or not (COUNCIL_HINT.search(text) or CITY_AND_COUNTY_OF.match(text.strip())):
                continue
            if (
                "\t" in text
                and PERSON_CELL.fullmatch(first := text.split("\t")[0].strip())
                and not COUNCIL_HINT.search(first)
            ):
                continue  # 'Jonathan Eade | Programme Director | Kestonshire County Council': where someone comes from
            if "\t" in text and sum(1 for c in text.split("\t") if whole_name(c.strip())) >= 2:
                continue  # 'X County Council<TAB>Y District Council': a joint body's councils heading its columns
            # a footer of pieces: 'London Borough of Wexham · Governance Services · Wexham Town Hall, ...'
            pieces = PIECES.split(text) if ("·" in text or "•" in text or "|" in text) else [text]
            # ('CYNGOR SIR GLANFOR / GLANFOR COUNTY COUNCIL': a bilingual masthead, the English half its name here)
            pieces = [half for p in pieces for half in (p.split(" / ") if " / " in p else [p])]
            for piece in pieces:
                t = ROLE_OF.sub("", tidy(piece))
                if not t or len(t) > 80:
                    continue
                name = whole_name(t)
                if name and (not typed_only or TYPED.search(name)):
                    seen[name] += 1
        return max(seen, key=lambda n: seen[n]) if seen else None

    found = standalone(front, False) or standalone(lines, True)
    if found:
        return found
    opening = [ln for ln in lines if ln.text.strip()][:6]
    for line in opening:
        for cell in line.text.split("\t"):  # 'THAMESVALE PENSION FUND<TAB>Thamesvale County Council – ...'
            for pos, name in council_names(tidy(cell)):
                if pos == 0:
                    return name
    owner = copyright_owner(lines)
    if owner:
        return owner
    # an address broken over lines (`georgina.little@kent` / `.gov.uk`, `hayley.brimstead@kent.gov.` / `uk`) is
    # joined first
    joined = re.sub(r"\s*\n\s*(?=\.(?:gov|[a-z]{2,3})\b)", "", "\n".join(ln.text.strip() for ln in lines))
    joined = re.sub(r"(@[\w.-]{1,40}\.)\n(?=(?:gov\.)?(?:uk|wales|scot)\b)", r"\1", joined)
    domains = {m.group(1).lower() for m in GOV_DOMAIN.finditer(joined)}
    if domains:
        for line in lines:  # a typed name only: `Kent Council Leaders` is not a council's name
            if not COUNCIL_HINT.search(line.text):
                continue
            for cell in line.text.split("\t"):  # a heading set beside a contact box reads as a row's first cell
                for at, name in council_names(cell):
                    if name.split()[0].lower() in domains and TYPED.search(name):
                        return name
                    # a unitary's own name, no kind in it, its place's words the address's domain run together
                    # ('Wessex Downs Council had set its budget' for wessexdowns.gov.uk; not 'Kent Council Leaders')
                    own = re.sub(r"[^a-z]", "", name.lower()) in {f"{d}council" for d in domains}
                    if own and re.match(r"\s*[,.;:)]|\s+[a-z]", cell[at + len(name) :]):  # (not at a line's end)
                        return name
        if SELF_COUNTY.search(joined):
            # the name only in the logo: officers at kent.gov.uk (the first address, the contact officer's),
            # meeting at County Hall / 'the County Council', and the county named in the text as it is spelt
            # ('Kent', 'West Sussex' for westsussex.gov.uk)
            domain = GOV_DOMAIN.search(joined).group(1).lower()  # type: ignore[union-attr]
            spelt = re.compile(r"\b" + r"[\s-]?".join(map(re.escape, domain)) + r"\b", re.I)
            place = next((m.group() for m in spelt.finditer(joined) if m.group()[0].isupper()), None)
            if place:
                return f"{place} County Council"
    if SELF_COUNTY.search(joined) and re.search(r"\bthe\s+County\s+Council\b", joined):
        county = COUNTY_IN_ADDRESS.search(joined)
        if county:
            return f"{SPACES.sub(' ', county.group(1))} County Council"
    return welsh_council(lines) or council_behind(lines) or council_named_whole(lines)


def only_council_named(lines: list[Line]) -> str | None:
    """Minutes headed only by their body ('CABINET', 'POLICY AND RESOURCES COMMITTEE') whose council is named once
    in their sentences ('... core spending power for Wearmouth City Council of 5.8%'): the one principal council
    the text names in full, by its kind (a member's town council named in a declaration is not the one that met);
    None where it names two or more, since a partner's name is no guide."""
    names: set[str] = set()
    for line in lines:
        if not COUNCIL_HINT.search(line.text):
            continue
        text = tidy(line.text)
        for at, name in council_names(text):
            if not (TYPED.search(name) and PLACE_NAMED.match(name)):
                continue
            if LOCAL_COUNCIL.search(name) and OUTSIDE_BODY.search(text[:at]):
                continue  # 'a member of Wemley Town Council', 'on behalf of Wemley Town Council': another body
            names.add(name)
    principal = {n for n in names if not LOCAL_COUNCIL.search(n)}
    chosen = principal or names
    return chosen.pop() if len(chosen) == 1 else None


# a place's words before the kind ('Wearmouth City Council'), not a sentence's ('C. The County Council')
PLACE_NAMED = re.compile(
    r"(?!(?:The|This|That|Our|Each|Every|Any)\s)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+Council$"
)
LOCAL_COUNCIL = re.compile(r"\b(?:Town|Parish|Community|Village)\s+Council$")
# the words naming a local council as someone's other body: a member's, or the one a speaker spoke for
OUTSIDE_BODY = re.compile(r"\b(?:member\s+of|on\s+behalf\s+of|representing|for)\s+(?:the\s+)?$", re.I)


# the council that runs what the paper is about, named in its sentences: the service it hosts ('Harrowfield YJS
# is hosted by Harrowfield County Council'), the clerk it employs ('J Rintoul, Committee Officer, Glendarroch
# Council': a joint board's minutes serviced by a partner council)
BEHIND = re.compile(
    r"\b(?:(?:is|are)\s+hosted\s+by|(?:Committee|Democratic\s+Services|Governance|Clerk(?:ing)?)\s+"
    r"(?:Officer|Adviser|Advisor|Manager|Team\s+Leader)\s*,)\s+(?:the\s+)?(?=[A-Z])"
)


def council_behind(lines: list[Line]) -> str | None:
    """Where nothing prints the council as a heading: the one that hosts the service or employs the clerk."""
    for line in lines:
        text = line.text
        if "Council" not in text:
            continue
        for m in BEHIND.finditer(text):
            found = next(iter(council_names(text[m.end() :].split("\t")[0])), None)
            if found and found[0] == 0:
                return found[1]
    return None


def council_in_running_lines(removed: list[str]) -> str | None:
    """The council a paper's running header or footer names, where its text names none ('Secretariat: Countryside
    Access, Kestonshire County Council, County Hall, ...' at the foot of every page of a forum's minutes): the
    typed name printed there most often."""
    seen: Counter[str] = Counter()
    for text in dict.fromkeys(removed):
        if COUNCIL_HINT.search(text):
            seen.update(name for _, name in council_names(tidy(text)) if TYPED.search(name))
    return max(seen, key=lambda n: seen[n]) if seen else None


# A council named in Welsh alone, the place after its kind: 'Cyngor Cymuned Llanysgawen', 'CYNGOR TREF
# ABERWENNOL', 'Cyngor Sir Ddinbych'; after 'o' or 'i' softened ('o Gyngor Tref X'), after 'yn' nasal.
WELSH_NAME = re.compile(
    r"(?:C|G|Ngh)yngor\s+(?P<kind>(?:Sir|Bwrdeistref(?:\s+Sirol)?|Dinas(?:\s+a\s+Sir)?|Tref|Cymuned)\s+)?"
    r"(?P<place>[A-ZÂÊÎÔÛŴŶ][\w'’-]+(?:\s+(?:(?:a|ac|y|yr)\s+)?[A-ZÂÊÎÔÛŴŶ][\w'’-]+){0,2})"
)
WELSH_NOT_A_PLACE = re.compile(r"^(?:Llawn|Sir|Tref|Cymuned|Dinas|Bwrdeistref)\b")  # 'Cyngor Llawn': full Council


def welsh_council(lines: list[Line]) -> str | None:
    """The council of a paper in Welsh alone, named as it prints it (`Cyngor Cymuned Llanysgawen`, not
    translated): the name printed most often on a line of its own (a masthead, a footer's piece), else the
    first named in the opening lines, the heading sentence's (`o Gyngor Tref X`). A county council named in
    a community council's planning items is not its council; a name with no kind in it (`CYNGOR GWYNEDD`)
    counts only on a line of its own."""
    alone: Counter[str] = Counter()
    opening: list[str] = []
    filled = 0
    for line in lines:
        filled += bool(line.text.strip())
        if "yngor" not in line.text and "YNGOR" not in line.text:
            continue
        for piece in PIECES.split(line.text.replace("\t", " · ")):
            # ('© Cyngor Sir Eryrfon 2026. Diweddarwyd ...': a web page's footer names its owner first)
            owned = piece.lstrip()[:1] in ("©", "(", "C", "c") and COPYRIGHT.match(piece.strip()) is not None
            piece = tidy(COPYRIGHT.sub("", piece.strip()))
            text = title_case(piece) if piece.isupper() else piece
            for m in WELSH_NAME.finditer(text):
                if WELSH_NOT_A_PLACE.match(m.group("place")):
                    continue
                name = _welsh_name(m)
                if m.start() == 0 and (m.end() >= len(text) - 1 or (owned and m.group("kind"))):
                    alone[name] += 1
                elif m.group("kind") and filled <= OPENING_LINES:
                    opening.append(name)
    if alone:
        return max(alone, key=lambda n: alone[n])
    return opening[0] if opening else None


OPENING_LINES = 15  # filled lines that hold a paper's heading sentence


def _welsh_name(m: re.Match[str]) -> str:
    return "Cyngor " + (m.group("kind") or "") + m.group("place")  # unsoftened: 'o Gyngor Tref X' -> 'Cyngor Tref X'


def welsh_whole_name(text: str) -> str | None:
    """A council's Welsh name where the text is that name and nothing more ('CYNGOR SIR CAERWYDD')."""
    t = tidy(text)
    m = WELSH_NAME.fullmatch(title_case(t) if t.isupper() else t)
    return _welsh_name(m) if m and not WELSH_NOT_A_PLACE.match(m.group("place")) else None


def copyright_owner(lines: list[Line]) -> str | None:
    """The council a web page's footer says owns it: '© Severnmere Council 2025. This page was last updated ...'."""
    for line in lines:
        if line.text.lstrip()[:1] in ("©", "(", "C", "c") and COPYRIGHT.match(line.text.strip()):
            owner = next((n for pos, n in council_names(COPYRIGHT.sub("", line.text.strip())) if pos == 0), None)
            if owner:
                return owner
    return None


def _crest_over_kind(place: str, between: str, kind: str) -> str | None:
    """A crest's place in a cell of its own with its kind of council a line further down, another cell's line
    read between them: 'RAVENMOOR<TAB>Lancashire' / 'BB9 4RM' / 'DISTRICT COUNCIL' (the address beside it),
    'FENMARSH<TAB>Fenmarsh YJS' / 'Youth Justice Service' / 'County Council' (a partner's logo beside it)."""
    place, kind = place.strip(), kind.strip()
    if (
        place.isupper()
        and PLACE_ALONE.fullmatch(place)
        and KIND_ALONE.fullmatch(kind)
        and not KIND_ALONE.fullmatch(between)
    ):
        return f"{title_case(place)} {title_case(kind)}"
    return None


def council_named_whole(lines: list[Line]) -> str | None:
    """The council of a plan whose logo does not spell its name ('Calderbrook' / 'Council' among its partners'
    logos): a typed name printed whole as a table's cell or after a signature's comma ('Director of Children's
    Services, Calderbrook Metropolitan Borough Council'), its place the one the opening lines name
    ('Calderbrook Youth Justice Service'); the one printed most often."""
    opening = " ".join(ln.text for ln in [ln for ln in lines if ln.text.strip()][:6]).lower()
    seen: Counter[str] = Counter()
    untyped: Counter[str] = Counter()
    for line in lines:
        if not COUNCIL_HINT.search(line.text):
            continue
        for piece in [*line.text.split("\t"), line.text.rsplit(",", 1)[-1]]:
            name = whole_name(tidy(piece))
            if name and TYPED.search(name) and name.split()[0].lower() in opening:
                seen[name] += 1
            elif name and name.removesuffix(" Council").lower() in opening:
                # (a unitary with no kind in its name, 'Thornbury Vale Council', where the opening names its place;
                # one with its kind in it first)
                untyped[name] += 1
    seen = seen or untyped
    return max(seen, key=lambda n: seen[n]) if seen else None


def council_heading(lines: list[Line]) -> str | None:
    """The council of a document with no front sheet (a plan, a dashboard, a report printed on its own) when
    it heads the document with its name on a line of its own: the first line may be any council's name
    (`Penhallow Council`); one of the next few lines only a typed one (`X Borough Council`, `Council of
    the Isles of Y`), since a service or partnership heading comes next. No meeting is read from it."""
    opening = [ln for ln in lines if ln.text.strip()][:4]
    for k, line in enumerate(opening):
        # 'Ravenholme Borough Council<TAB>Form ICMD1 (rev. 04/2025)': a masthead's cell beside a form's number
        t = ROLE_OF.sub("", tidy(line.text.split("\t")[0]))
        after = tidy(opening[k + 1].text) if k + 1 < len(opening) else ""
        later = tidy(opening[k + 2].text) if k + 2 < len(opening) else ""
        if PLACE_ALONE.fullmatch(t) and KIND_ALONE.fullmatch(after):
            t = f"{t} {after}"  # 'WESSEXSHIRE' / 'COUNTY COUNCIL': a crest's two lines
        elif "\t" in line.text and (crest := _crest_over_kind(t, after, later)):
            t = crest
        if not t or len(t) > 80 or not (COUNCIL_HINT.search(t) or CITY_AND_COUNTY_OF.match(t)):
            continue
        # 'KENT COUNTY COUNCIL – RECORD OF DECISION': the council, then what the document is
        name = whole_name(t) or whole_name(re.split(r"\s+[–—-]\s+", t, maxsplit=1)[0])
        if name and (k == 0 or TYPED.search(name)):
            return name
        # ('Harbourne Council | Harbourne Youth Justice Service': the council, then its service, a strap's pieces)
        raw = line.text.split("\t")[0]
        pieces = PIECES.split(raw.strip()) if "|" in raw or "·" in raw else []  # (tidy takes the '|' off)
        name = whole_name(tidy(pieces[0])) if len(pieces) >= 2 else None
        if name:
            return name
        of_the = COUNCIL_OF_THE.match(title_case(t) if t.isupper() else t)
        if of_the:
            return of_the.group(0)
    return None


# `City and County of Swansea`, `City and County of Cardiff`: a council named with no 'Council' in the name.
CITY_AND_COUNTY_OF = re.compile(rf"City\s+and\s+County\s+of\s+{_WORD}(?:\s+{_WORD}){{0,2}}")
# `Council of the Isles of Scilly`: a council whose name puts the place after the word.
COUNCIL_OF_THE = re.compile(rf"^Council\s+of\s+the\s+{_WORD}(?:\s+(?:{_JOIN}\s+)?{_WORD}){{0,4}}$")
