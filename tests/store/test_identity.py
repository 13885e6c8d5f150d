"""Which printed names are one person: initials agree, spelt-out forenames must match."""

from __future__ import annotations

from minutebook.identity import match, parse_name


def forms(*names: str):  # type: ignore[no-untyped-def]
    return [parse_name(n) for n in names]


def test_initials_written_three_ways_are_one_form() -> None:
    a, b, c = forms("A S Khan", "AS Khan", "Councillor A Khan")
    assert a.surname == b.surname == c.surname == "khan"
    assert a.forenames == b.forenames == ("a", "s")
    assert c.forenames == ("a",)
    assert parse_name("Khan, A.S.").forenames == ("a", "s")
    assert parse_name("Dr Moore").forenames == ()


def test_one_person_when_nothing_contradicts() -> None:
    known = {1: forms("A S Khan")}
    for name in ("AS Khan", "A Khan", "Councillor A Khan", "Khan"):
        assert match(parse_name(name), known).person_key == 1, name


def test_different_forenames_stay_apart() -> None:
    known = {1: forms("Marian Humphreys")}
    result = match(parse_name("Dave Humphreys"), known)
    assert result.person_key is None and result.rule == "contradicts"
    assert match(parse_name("M Humphreys"), known).person_key == 1
    assert match(parse_name("A B Khan"), {1: forms("A S Khan")}).person_key is None


def test_a_name_that_fits_two_people_joins_neither() -> None:
    known = {1: forms("Marian Humphreys"), 2: forms("Mark Humphreys")}
    result = match(parse_name("M Humphreys"), known)
    assert result.person_key is None and result.rule == "ambiguous"
    assert "Marian Humphreys" in result.evidence and "Mark Humphreys" in result.evidence


def test_every_decision_says_why() -> None:
    for name, known in (("A Khan", {}), ("A Khan", {1: forms("A S Khan")}), ("T Khan", {1: forms("A S Khan")})):
        assert match(parse_name(name), known).evidence
