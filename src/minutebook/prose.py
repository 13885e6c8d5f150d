"""How printed prose runs on from one line to the next.

A PDF, or text converted from one, breaks sentences wherever the column
ends. Several readers need to know whether a line stops mid-sentence (an
agenda title going on to the next line, a paragraph of figures, 'Appendix A'
carrying on the sentence above): one list of the words a sentence cannot
end on serves them all.
"""

from __future__ import annotations

import re

# Words a sentence or a title does not end on: the line goes on below.
JOINING_WORD_END = re.compile(
    r"\b(?:of|and|the|in|to|for|from|with|a|an|per|at|on|by|under|see|was|is|than|were|are)$", re.I
)


def ends_on_joining_word(text: str) -> bool:
    """The line stops on a word that joins it to the next ('... as set out in', '... rate of')."""
    text = text.rstrip()
    return JOINING_WORD_END.search(text, max(0, len(text) - 6)) is not None  # the last word only: 'under' and a \b


HYPHEN_AT_END = re.compile(r"\w-$")


def join_wrapped(first: str, second: str) -> str:
    """Two pieces of one line of text broken where the column ended: a word broken at its hyphen ('long-' /
    'term', '(Vice-' / 'Chair)', '2 x 1-' / 'bedroom') runs on without a space, the hyphen kept."""
    if first[-1:] == "-" and second[:1].isalpha() and HYPHEN_AT_END.search(first):
        return f"{first}{second}"
    return f"{first} {second}"
