"""Regular expressions that scan whole packs, compiled to skip what cannot match.

Several readers search every line of a pack for a pattern of many case-blind
alternatives ('council|cabinet|committee|...', the measures a plan reports).
Python's regex engine then tries every alternative at every character: on
the Kent folder such scans cost more than some whole extractors. `scanning`
puts a lookahead on the letters the pattern's matches can begin with in
front of it, which rejects most characters in one step. The matches are the
same; where the first letters cannot be read off the pattern simply (a class,
an escape, an optional first part), the pattern is compiled as it is.
"""

from __future__ import annotations

import re


def scanning(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern compiled with a lookahead on its first letters, where they can be read off it."""
    leads = lead_letters(pattern)
    if not leads:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(sorted(leads))}])(?:{pattern})", flags)


def lead_letters(pattern: str) -> set[str] | None:
    """The letters or digits every match of the pattern begins with (past a word boundary), or None
    when an alternative begins otherwise: a class, an escape, a lookaround, an optional first part."""
    out: set[str] = set()
    for alt in _alternatives(pattern):
        while alt.startswith("\\b"):
            alt = alt[2:]
        if alt.startswith("("):
            close = _group_end(alt)
            if close is None or alt[close + 1 : close + 2] in ("?", "*", "{"):
                return None
            inner = alt[1:close]
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?P<") and ">" in inner:
                inner = inner[inner.index(">") + 1 :]
            elif inner.startswith("?"):
                return None  # a lookaround or inline flags
            sub = lead_letters(inner)
            if sub is None:
                return None
            out |= sub
        elif alt[:1].isascii() and alt[:1].isalnum() and alt[1:2] not in ("?", "*", "{"):
            out.add(alt[0])
        else:
            return None
    return out


def _alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives outside any group or class ('a(b|c)|d' -> 'a(b|c)', 'd')."""
    out, start = [], 0
    for i, c, depth in _walk(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _group_end(pattern: str) -> int | None:
    """Where the group that opens the pattern closes."""
    for i, c, depth in _walk(pattern):
        if c == ")" and depth == 0:
            return i
    return None


def _walk(pattern: str):  # noqa: ANN202 - yields (index, character, depth outside it)
    """The pattern's characters that are neither escaped nor inside a class, with the group depth
    around each (a closing bracket counts as outside its group)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # ']' first in a class is a literal
                i += 1
        elif c == "(":
            yield i, c, depth
            depth += 1
        elif c == ")":
            depth -= 1
            yield i, c, depth
        else:
            yield i, c, depth
        i += 1
