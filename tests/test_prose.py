"""Whether a printed line stops mid-sentence, which the agenda, indicator and segment readers all ask."""

from __future__ import annotations

from minutebook.prose import ends_on_joining_word, join_wrapped


def test_a_line_stopping_on_a_joining_word_runs_on() -> None:
    assert ends_on_joining_word("approve the Plan as set out in")
    assert ends_on_joining_word("the rate has fallen from 0.18 per 1,000 in ")
    assert ends_on_joining_word("Change of use of a yard to a waste transfer station, together with")


def test_a_line_ending_a_title_or_a_word_that_merely_contains_one_does_not() -> None:
    assert not ends_on_joining_word("Apologies for Absence")
    assert not ends_on_joining_word("Kent and Medway Business Fund – Revised Investment Strategy")
    assert not ends_on_joining_word("the rate of first time entrants fell to 156 per 100,000.")
    assert not ends_on_joining_word("Council Chamber, Sessions House, Maidstone")  # 'House' holds no joining word


def test_a_word_broken_at_its_hyphen_runs_on_without_a_space() -> None:
    assert join_wrapped("the long-", "term premium") == "the long-term premium"
    assert join_wrapped("(2 x 1-", "bedroom)") == "(2 x 1-bedroom)"
    assert join_wrapped("costs –", "see below") == "costs – see below"
    assert join_wrapped("2025-", "26") == "2025- 26"  # a range's end is not a word's
