"""Minutes printed in Welsh and English side by side: the English column for the extractors.

Welsh councils often print their papers as a two-column table, Welsh on one
side and English on the other, so every line of the text layer holds a Welsh
cell, a TAB and its English twin, and the headings come in pairs
(`PRESENT` / `PRESENNOL`). Read as they are, each name and decision is
printed twice and no heading starts a line in either language. The
extractors get the English column instead: each paired line becomes its
English cell and a Welsh line of its own becomes blank. Line numbers stay as
printed, so every citation still points at the page and line of the
document; the stored text keeps both languages.
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
        "adfywio cymunedau gwasanaethau"
    ).split()
)
WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
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
        return lines
    left = " ".join(cells[0] for cells in paired)
    right = " ".join(cells[1] for cells in paired)
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
        if len(cells) == 2:
            text = page_break + cells[english].strip()
        elif text.strip() and _welsh(text):
            text = page_break
        out.append(Line(line.number, line.page, text) if text != line.text else line)
    return out


def _welsh(text: str) -> bool:
    """A line of its own in Welsh: a heading ('1. YMDDIHEURIADAU') or the tail of a Welsh cell."""
    words = [w.lower() for w in WORD.findall(text)]
    if not words or _share(text, ENGLISH_WORDS) > 0:
        return False
    return sum(w in WELSH_WORDS for w in words) / len(words) >= 0.3
