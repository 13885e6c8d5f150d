"""The search query language, parsed once and spelt for each back end.

    youth justice            both words (AND is implied)
    "youth justice plan"     the phrase
    justic*                  a prefix
    budget OR finance        either
    housing NOT rent         housing, without rent (also: housing -rent)
    (budget OR finance) AND kent

Operators are upper case (lower-case `and`, `or`, `not` are words). A query
that does not parse (an unbalanced quote or bracket, an operator with nothing
on one side) is searched as its plain words instead, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.errors import MinutebookError


class QueryError(MinutebookError):
    """A search that cannot be run as asked; the message says what to change."""


@dataclass(frozen=True)
class Term:
    word: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]


@dataclass(frozen=True)
class And:
    include: tuple[Node, ...]
    exclude: tuple[Node, ...] = ()


@dataclass(frozen=True)
class Or:
    options: tuple[Node, ...]


Node = Term | Phrase | And | Or

_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits: nothing a back end could read as syntax
_CHUNK = re.compile(r'[^\s"()]+')


class _Unparseable(Exception):
    pass


class _OnlyExclusions(_Unparseable):
    """`NOT budget` or `-budget`: searching its words would find the opposite."""


@dataclass
class ParsedQuery:
    node: Node
    plain: bool = False  # True when the query did not parse and its words are searched instead
    notes: list[str] = field(default_factory=list)


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def _lex(q: str) -> list[tuple[str, object]]:
    tokens: list[tuple[str, object]] = []
    i = 0
    while i < len(q):
        if q[i].isspace():
            i += 1
            continue
        ch = q[i]
        if ch == '"':
            end = q.find('"', i + 1)
            if end < 0:
                raise _Unparseable("a quote is not closed")
            words = words_of(q[i + 1 : end])
            if words:
                tokens.append(("phrase", tuple(words)))
            i = end + 1
            continue
        if ch in "()":
            tokens.append((ch, None))
            i += 1
            continue
        m = _CHUNK.match(q, i)
        assert m
        raw = m.group(0)
        i = m.end()
        if raw in ("AND", "OR", "NOT"):
            tokens.append((raw, None))
            continue
        negate = raw.startswith("-") and len(raw) > 1
        if negate:
            raw = raw[1:]
        prefix = raw.endswith("*")
        words = words_of(raw)
        if not words:
            if raw.strip("*-+&|!^~:"):  # punctuation that means nothing here
                continue
            if prefix or raw.strip() in ("-", "+", "&", "|", "!"):
                raise _Unparseable(f"{raw!r} is not a word")
            continue
        if negate:
            tokens.append(("NOT", None))
        if len(words) == 1:
            tokens.append(("term", Term(words[0].lower(), prefix)))
        else:  # co-operative, 2023/24: the words side by side
            tokens.append(("phrase", tuple(w.lower() for w in words)))
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, object]]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i][0] if self.i < len(self.tokens) else None

    def parse(self) -> Node:
        node = self.or_expr()
        if self.peek() is not None:
            raise _Unparseable("a closing bracket has no opening one")
        return node

    def or_expr(self) -> Node:
        options = [self.and_expr()]
        while self.peek() == "OR":
            self.i += 1
            options.append(self.and_expr())
        return options[0] if len(options) == 1 else Or(tuple(options))

    def and_expr(self) -> Node:
        include: list[Node] = []
        exclude: list[Node] = []
        while True:
            kind = self.peek()
            if kind == "AND":
                if not include and not exclude:
                    raise _Unparseable("AND has nothing before it")
                self.i += 1
                kind = self.peek()
                if kind in (None, "OR", ")", "AND"):
                    raise _Unparseable("AND has nothing after it")
            if kind == "NOT":
                self.i += 1
                if self.peek() in (None, "OR", ")", "AND", "NOT"):
                    raise _Unparseable("NOT has nothing after it")
                exclude.append(self.primary())
                continue
            if kind in ("term", "phrase", "("):
                include.append(self.primary())
                continue
            break
        if not include:
            if exclude:
                raise _OnlyExclusions("a search needs a word to find, not only words to leave out")
            raise _Unparseable("an operator has nothing beside it")
        if len(include) == 1 and not exclude:
            return include[0]
        return And(tuple(include), tuple(exclude))

    def primary(self) -> Node:
        kind, value = self.tokens[self.i]
        self.i += 1
        if kind == "term":
            return value  # type: ignore[return-value]
        if kind == "phrase":
            words = value  # type: ignore[assignment]
            return Term(words[0].lower()) if len(words) == 1 else Phrase(tuple(w.lower() for w in words))  # type: ignore[index]
        if kind == "(":
            node = self.or_expr()
            if self.peek() != ")":
                raise _Unparseable("a bracket is not closed")
            self.i += 1
            return node
        raise _Unparseable(f"unexpected {kind}")


def parse_query(q: str) -> ParsedQuery:
    """The query as a tree; plain words ANDed when it does not parse; QueryError when it has no words at all."""
    if not q or not q.strip():
        raise QueryError("the search is empty: give a word or a phrase to look for")
    try:
        tokens = _lex(q)
        if not tokens:
            raise _Unparseable("no words")
        return ParsedQuery(_Parser(tokens).parse())
    except _OnlyExclusions as exc:
        raise QueryError(f"{exc}: e.g. 'housing NOT rent' rather than 'NOT rent'") from None
    except _Unparseable as exc:
        words = [w.lower() for w in words_of(q) if w not in ("AND", "OR", "NOT")]
        if not words:
            raise QueryError(f"nothing to search for in {q!r}: give at least one word") from None
        node: Node = Term(words[0]) if len(words) == 1 else And(tuple(Term(w) for w in words))
        return ParsedQuery(node, plain=True, notes=[f"{exc}; searched for the words {' '.join(words)}"])


# ---------------------------------------------------------------- SQLite FTS5


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def to_fts5(node: Node) -> str:
    """FTS5 MATCH text: every word quoted, so no word is read as an operator."""
    if isinstance(node, Term):
        return _quote(node.word) + ("*" if node.prefix else "")
    if isinstance(node, Phrase):
        return _quote(" ".join(node.words))
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts5(n) for n in node.options) + ")"
    text = "(" + " AND ".join(to_fts5(n) for n in node.include) + ")"
    for n in node.exclude:
        text += " NOT " + to_fts5(n)
    return text


# ---------------------------------------------------------------- PostgreSQL tsquery


def to_tsquery(node: Node):  # type: ignore[no-untyped-def]
    """A SQLAlchemy expression building the tsquery from bound values with
    PostgreSQL's own functions (plainto/phraseto/to_tsquery, tsquery_and/or/not),
    so no user text is ever parsed as tsquery syntax."""
    from sqlalchemy import func, literal_column

    cfg = literal_column("'english'::regconfig")
    if isinstance(node, Term):
        if node.prefix:
            return func.to_tsquery(cfg, node.word + ":*")  # word is letters and digits only (words_of)
        return func.plainto_tsquery(cfg, node.word)
    if isinstance(node, Phrase):
        return func.phraseto_tsquery(cfg, " ".join(node.words))
    if isinstance(node, Or):
        expr = to_tsquery(node.options[0])
        for n in node.options[1:]:
            expr = func.tsquery_or(expr, to_tsquery(n))
        return expr
    expr = to_tsquery(node.include[0])
    for n in node.include[1:]:
        expr = func.tsquery_and(expr, to_tsquery(n))
    for n in node.exclude:
        expr = func.tsquery_and(expr, func.tsquery_not(to_tsquery(n)))
    return expr
