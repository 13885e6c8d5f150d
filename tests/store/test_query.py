"""The search query language: what each form means, and what a query that does not parse becomes."""

from __future__ import annotations

import pytest

from minutebook.store.query import And, Or, Phrase, QueryError, Term, parse_query, to_fts5


def test_forms() -> None:
    assert parse_query("youth justice").node == And((Term("youth"), Term("justice")))
    assert parse_query('"Youth Justice Plan"').node == Phrase(("youth", "justice", "plan"))
    assert parse_query("justic*").node == Term("justic", prefix=True)
    assert parse_query("budget OR finance").node == Or((Term("budget"), Term("finance")))
    assert parse_query("housing NOT rent").node == And((Term("housing"),), (Term("rent"),))
    assert parse_query("housing -rent").node == parse_query("housing NOT rent").node
    assert parse_query("co-operative").node == Phrase(("co", "operative"))
    assert parse_query("(a OR b) AND c").node == And((Or((Term("a"), Term("b"))), Term("c")))


def test_words_are_quoted_for_fts5_so_none_is_an_operator() -> None:
    assert to_fts5(parse_query('near "and" or*').node) == '("near" AND "and" AND "or"*)'
    assert to_fts5(parse_query("housing NOT rent").node) == '("housing") NOT "rent"'


@pytest.mark.parametrize("query", ['youth "justice', "(budget", "budget)", "budget AND", "OR budget", "budget NOT"])
def test_unparseable_queries_become_their_words_with_a_note(query: str) -> None:
    parsed = parse_query(query)
    assert parsed.plain and parsed.notes
    assert "budget" in to_fts5(parsed.node) or "justice" in to_fts5(parsed.node)


@pytest.mark.parametrize("query", ["", "   ", "AND", "NOT budget", "-rent", '""'])
def test_queries_with_nothing_to_find_are_one_clear_error(query: str) -> None:
    with pytest.raises(QueryError) as err:
        parse_query(query)
    assert "\n" not in str(err.value)
