"""Whether a printed line stops mid-sentence, which the agenda, indicator and segment readers all ask."""

from __future__ import annotations

from minutebook.prose import ends_on_joining_word


def test_a_line_stopping_on_a_joining_word_runs_on() -> None:
    assert ends_on_joining_word("approve the Plan as set out in")
    assert ends_on_joining_word("the rate has fallen from 0.18 per 1,000 in ")
    assert ends_on_joining_word("Change of use of a yard to a waste transfer station, together with")


def test_a_line_ending_a_title_or_a_word_that_merely_contains_one_does_not() -> None:
    assert not ends_on_joining_word("Apologies for Absence")
    assert not ends_on_joining_word("Kent and Medway Business Fund – Revised Investment Strategy")
    assert not ends_on_joining_word("the rate of first time entrants fell to 156 per 100,000.")
    assert not ends_on_joining_word("Council Chamber, Sessions House, Maidstone")  # 'House' holds no joining word
