"""Minutes printed in Welsh and English: the English for the extractors.

Welsh councils often print their papers as a two-column table, Welsh on one
side and English on the other, so every line of the text layer holds a Welsh
cell, a TAB and its English twin, and the headings come in pairs
(`PRESENT` / `PRESENNOL`). Read as they are, each name and decision is
printed twice and no heading starts a line in either language. The
extractors get the English column instead: each paired line becomes its
English cell and a Welsh line of its own becomes blank. Line numbers stay as
printed, so every citation still points at the page and line of the
document; the stored text keeps both languages.

Others print each heading and paragraph twice, the Welsh first and the English
under it, with labels and roles paired by a slash (`YN BRESENNOL / PRESENT:`,
`(Cadeirydd / Chair)`). Then the Welsh lines are left out of the view, a
numbered Welsh heading takes the English title printed under it, and the
Welsh half of each slash pair comes off.
"""

from __future__ import annotations

import re

from minutebook.model import Line

# Words that mark a cell as English or as Welsh (function words, and the words of a committee's headings).
ENGLISH_WORDS = frozenset(
    "the and of to in for was were be that on with at by from as which this is are had has it an".split()
)
WELSH_WORDS = frozenset(
    (
        "y yr a ac o i yn ar am gan ei eu fod bod wedi gyda hyn hynny ddydd mewn neu nad nid ydy oedd fydd "
        "cyngor cynghorydd cynghorwyr cadeirydd is-gadeirydd presennol bresennol ymddiheuriadau penderfynwyd "
        "cytunwyd swyddogion datganiadau datgan buddiant fuddiant cofnodion cyfarfod pwyllgor adroddiad eitem "
        "argymhelliad argymhellion nodi derbyniwyd cymeradwyo cynghorau sirol bwrdeistref craffu amgylchedd "
        "adfywio cymunedau gwasanaethau blaid erbyn ymatal tudalen aelod aelodau cariwyd cynnig gwrthodwyd prif "
        "weithredwr pennaeth cyfarwyddwr rheolwr swyddog hyn dros fel ers ond mae roedd byddai wrth cynhaliwyd "
        "gynhaliwyd siambr cyflwynwyd cymeradwywyd nodwyd hefyd rhwng ganddo ganddi aelodaeth dyddiad amser "
        "lleoliad rhaglen ffôn e-bost cyswllt tudalennau eitem eitemau cymuned gymuned tref yb yh cyng gyng chyng"
    ).split()
)
# Words common in any Welsh paragraph and all but absent from English ones, counted over the whole paper (a
# few fast passes) before its lines are looked at one by one.
WELSH_MARKERS = (" yn ", " oedd ", " gan ", " gyda ", " mewn ", " wedi ", " hefyd ", " ddydd ")
MIN_STACKED_LINES = 10  # Welsh lines, and a share of the document's, before it is read as printed twice
MIN_STACKED_SHARE = 0.15
WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
MIN_COLUMN_WORDS = 20  # words in each column before two columns are weighed as two languages
MIN_PAIRED_SHARE = 0.3  # of a document's lines, before it is read as a bilingual one


def _share(text: str, words: frozenset[str]) -> float:
    found = [w.lower() for w in WORD.findall(text)]
    return sum(w in words for w in found) / len(found) if found else 0.0


def english_view(lines: list[Line]) -> list[Line]:
    """The lines as the extractors should read them: unchanged unless the document is printed in Welsh
    and English side by side, when the English column stands in for each line."""
    filled = [x for x in lines if x.text.strip()]
    paired = [x.text.replace("\f", "").split("\t") for x in filled if x.text.count("\t") == 1]
    if not filled or len(paired) < MIN_PAIRED_SHARE * len(filled):
        return _stacked_view(lines)
    left = " ".join(cells[0] for cells in paired)
    right = " ".join(cells[1] for cells in paired)
    # (a column of words, not of item numbers: '1.', '2.', '(a)' hold a Welsh 'a' and nothing else)
    if len(WORD.findall(left)) < MIN_COLUMN_WORDS or len(WORD.findall(right)) < MIN_COLUMN_WORDS:
        return _stacked_view(lines)
    if _share(right, ENGLISH_WORDS) > 2 * _share(left, ENGLISH_WORDS) and _share(left, WELSH_WORDS) > 0.1:
        english = 1
    elif _share(left, ENGLISH_WORDS) > 2 * _share(right, ENGLISH_WORDS) and _share(right, WELSH_WORDS) > 0.1:
        english = 0
    else:
        return lines
    out: list[Line] = []
    for line in lines:
        text = line.text
        page_break = "\f" if text.startswith("\f") else ""
        cells = text.replace("\f", "").split("\t")
        if len(cells) == 4 and cells[0].strip() == cells[2].strip() and NUMBER_CELL.fullmatch(cells[0].strip()):
            # '3.<TAB>Cofnodion<TAB>3.<TAB>Minutes': each column's heading its number and title in cells of their own
            cells = [f"{cells[0].strip()}\t{cells[1].strip()}", f"{cells[2].strip()}\t{cells[3].strip()}"]
        if len(cells) == 2:
            text = page_break + cells[english].strip()
        elif len(cells) == 1 and (pair := _english_of_pair(cells[0])):
            text = page_break + pair  # 'CYNGOR CYMUNED LLANIDWAL / LLANIDWAL COMMUNITY COUNCIL' across both columns
        elif text.strip() and _welsh(text):
            text = page_break
        out.append(Line(line.number, line.page, text) if text != line.text else line)
    return out


NUMBER_CELL = re.compile(r"\(?\d{1,3}[.)]?")  # a heading's number in a cell of its own ('3.')
# The Welsh half of a slash pair: 'YN BRESENNOL / PRESENT:', '(Cadeirydd / Chair)', 'Elin Rowlands a / and Mererid'.
SLASH = re.compile(r"\s+/\s+")
NUMBERED = re.compile(r"^(\s*\d{1,3}(?:[.)]\s*|\s*\t\s*))(\S.*)$")  # '5.<TAB>TITLE', '5<TAB>TITLE'; not '2025;'


def _english_half(text: str) -> str:
    """The text with the Welsh words before each ' / ' taken off: as many as are Welsh words ('Elin Rowlands
    a / and Mererid Tomos'), or all of a job after a dash ('Gwenan Morgan – Prif Weithredwr / Chief Executive')."""
    out = text
    for m in reversed(list(SLASH.finditer(text))):
        before = out[: m.start()]
        dash = max(before.rfind("–"), before.rfind("—"))
        job = before[dash + 1 :] if dash >= 0 else ""
        if job.strip() and "(" not in job and _share(job, ENGLISH_WORDS) == 0 and _share(job, WELSH_WORDS) > 0:
            out = before[: dash + 1] + " " + out[m.end() :]
            continue
        cell = before.rfind("\t") + 1  # the words of the slash's own cell
        words = [w for w in WORD.finditer(before) if w.start() >= cell]
        k = len(words)
        while k and words[k - 1].group().lower() in WELSH_WORDS:
            k -= 1
        if k < len(words):  # at least one Welsh word before the slash
            out = before[: words[k].start()] + out[m.end() :]
    return out


def _welsh_prose(text: str) -> bool:
    """A line printed in Welsh: a third of its words Welsh words ('i’r' and 'a’r' counted as 'i' and 'a'),
    few English ones."""
    words = [w.lower().split("’")[0].split("'")[0] for w in WORD.findall(text)]
    if not words:
        return False
    welsh = sum(w in WELSH_WORDS for w in words) / len(words)
    return welsh >= 0.25 and _share(text, ENGLISH_WORDS) <= 0.1


def _stacked_view(lines: list[Line]) -> list[Line]:
    """Papers printed twice, the Welsh over the English: the English lines, with the Welsh halves of slash
    pairs off; a numbered Welsh heading takes its number to the English title under it. Unchanged for a
    paper that is not printed so."""
    text = "\n".join(x.text for x in lines)
    if sum(text.count(w) for w in WELSH_MARKERS) < MIN_STACKED_LINES:
        return lines  # too few of Welsh's commonest words for ten lines in it: an English paper
    filled = [x for x in lines if x.text.strip()]
    halves = [_english_half(x.text) if " / " in x.text else x.text for x in lines]
    welsh = [k for k, x in enumerate(lines) if x.text.strip() and _welsh_prose(halves[k])]
    english = sum(1 for t in halves if t.strip() and _share(t, ENGLISH_WORDS) >= 0.1)
    if len(welsh) < max(MIN_STACKED_LINES, MIN_STACKED_SHARE * len(filled)) or english < MIN_STACKED_SHARE * len(
        filled
    ):
        return lines
    drop = set(welsh)
    for k in sorted(welsh):  # a Welsh sentence's tail on the next lines ('... 30 Medi' / '2025;')
        j = k + 1
        if NUMBERED.match(halves[k]) or _capitals_title(halves[k]):
            continue  # a heading: the line under it is its English twin
        while (
            j < len(lines)
            and j not in drop
            and lines[j].text.strip()
            and not re.search(r"[.;:!?]\W*$", halves[j - 1].strip())
            and _share(halves[j], ENGLISH_WORDS) < 0.1
            and not NUMBERED.match(halves[j])
            and (halves[j].strip()[:1].islower() or len(halves[j].split()) == 1)  # goes on, or only its end
        ):
            drop.add(j)
            j += 1
    out: list[Line] = []
    for k, line in enumerate(lines):
        text = halves[k]
        numbered = NUMBERED.match(text)
        nxt = k + 1 if k + 1 < len(lines) else None
        if (
            numbered
            and nxt is not None
            and not NUMBERED.match(halves[nxt])
            and (
                (_capitals_title(numbered.group(2)) and _capitals_title(halves[nxt]))
                or _twin(numbered.group(2), halves[nxt])
            )
        ):
            # '5.<TAB>FFIOEDD MEYSYDD PARCIO 2026/27' over 'CAR PARKING CHARGES 2026/27', '4.<TAB>Canlyniadau ...
            # <TAB>Tudalennau 13 - 34' over 'Examination ... Outcomes 2025<TAB>Pages 13 - 34': the Welsh first
            drop.add(k)
        if k in drop:
            numbered = NUMBERED.match(text)
            after = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].text.strip()), None)
            if numbered and after is not None and after not in drop and len(halves[after].split()) <= 16:
                text = numbered.group(1) + halves[after].strip()  # '1.<TAB>YMDDIHEURIADAU' over 'APOLOGIES'
                drop.add(after)
            else:
                text = "\f" if line.text.startswith("\f") else ""  # blank, its number kept; a page break stays
        out.append(Line(line.number, line.page, text) if text != line.text else line)
    return out


def _english_of_pair(text: str) -> str | None:
    """The English half of a line printed once across both columns as 'Welsh / English' (a masthead, a
    committee's name): the half after the slash where the one before it has Welsh words and no English ones,
    and the two name the same place or the Welsh half is mostly Welsh."""
    halves = SLASH.split(text.strip())
    if len(halves) != 2:
        return None
    welsh, english = halves
    if _share(welsh, ENGLISH_WORDS) > 0 or _share(english, WELSH_WORDS) > 0 or _share(welsh, WELSH_WORDS) == 0:
        return None
    shared = {w.lower() for w in WORD.findall(welsh)} & {w.lower() for w in WORD.findall(english)}
    return english.strip() if shared or _share(welsh, WELSH_WORDS) >= 0.5 else None


def _twin(welsh: str, english: str) -> bool:
    """The line under a numbered title is its English twin: the same figures (a page range, a year), the same
    cells, and more English words than the title above it."""
    if welsh.count("\t") != english.count("\t") or len(english.split()) > 14 or english.rstrip().endswith("."):
        return False
    figures = re.findall(r"\d+", welsh)
    return figures == re.findall(r"\d+", english) and _share(english, ENGLISH_WORDS) > _share(welsh, ENGLISH_WORDS)


def _capitals_title(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(text.split()) <= 14


def _welsh(text: str) -> bool:
    """A line of its own in Welsh: a heading ('1. YMDDIHEURIADAU') or the tail of a Welsh cell."""
    words = [w.lower() for w in WORD.findall(text)]
    if not words or _share(text, ENGLISH_WORDS) > 0:
        return False
    return sum(w in WELSH_WORDS for w in words) / len(words) >= 0.3
