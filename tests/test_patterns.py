"""The lookahead `scanning` adds must never change what a pattern finds."""

from __future__ import annotations

import random
import re

from minutebook.patterns import lead_letters, scanning


def test_first_letters_read_through_word_boundaries_and_groups():
    assert lead_letters(r"\b(?:council|cabinet)\b|board") == {"c", "b"}
    assert lead_letters(r"(?P<w>for|in\s+favour)\s+\d+") == {"f", "i"}
    assert lead_letters(r"\b(19|20)\d{2}|youth") == {"1", "2", "y"}
    assert lead_letters(r"ab+c") == {"a"}


def test_no_shortcut_where_a_match_may_begin_otherwise():
    for pattern in [r"a|", r"(?i)abc", r"(a)?b", r"[a]b", r"\dx", r"(?=a)a", r"a?b", r"a*b", r"a{0,2}b", r"(a|\s)b"]:
        assert lead_letters(pattern) is None, pattern
        assert scanning(pattern).pattern == pattern


def test_a_scanning_pattern_finds_exactly_what_the_plain_one_finds():
    patterns = [
        r"\b(?:council|cabinet|committee|sub-committee)\b",
        r"council|borough|authority",
        r"(youth (justice|offending)\b.{0,20}\b(plan|strategy)|\bjustice plan)\b.{0,10}?\b(19|20)\d{2}",
        r"first[- ]?time[- ]?entrants?|\bFTEs?\b|re-?offend|custod",
        r"[a-c]x|q(?:[)|]|z)",  # a class first: no shortcut, still the same matches
    ]
    words = [
        "council",
        "Cabinet",
        "sub-committee",
        "borough",
        "AUTHORITY",
        "youth justice",
        "plan",
        "strategy",
        "2025",
        "FTE",
        "ftes",
        "first time entrants",
        "reoffend",
        "Custody",
        "x",
        "q)",
        "qz",
        "-",
        " ",
    ]
    rng = random.Random(7)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(400)]
    # words run together: boundaries inside
    texts += ["".join(rng.choice(words) for _ in range(rng.randint(2, 6))) for _ in range(100)]
    for pattern in patterns:
        plain, fast = re.compile(pattern, re.I), scanning(pattern, re.I)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (pattern, text)
