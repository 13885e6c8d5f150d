"""Which printed names are the same person, within one council.

Packs print one councillor several ways (`A S Khan`, `AS Khan`, `Councillor A
Khan`), and two councillors can share a surname (`Marian Humphreys`, `Dave
Humphreys`). The rule: a new name joins an existing person when the surnames
are the same and the forenames agree as far as both go (an initial agrees with
any forename it begins; two spelt-out forenames must be equal), for every name
that person was already seen under, and exactly one person fits. Otherwise a
new person is made. Each decision is kept as evidence beside the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from minutebook.extract.names import clean_name

# Titles that stay in a printed name (CONTRACT.md keeps `Dr Moore`) but say
# nothing about which forenames a person has.
_TITLES = {"dr", "prof", "professor", "cllr", "councillor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev"}


@dataclass(frozen=True)
class NameForm:
    """A printed name taken apart: surname key and forenames, each either an
    initial (one letter) or a spelt-out name, lower case."""

    printed: str
    surname: str
    forenames: tuple[str, ...]

    @property
    def display_weight(self) -> tuple[int, int]:
        """Fuller names make better display names: more spelt-out forenames, then more forenames."""
        return (sum(len(f) > 1 for f in self.forenames), len(self.forenames))


def parse_name(printed: str) -> NameForm | None:
    """`A S Khan`, `AS Khan`, `A.S. Khan`, `Khan, A S`, `Dr Moore` -> NameForm; None when no letters."""
    name = clean_name(printed)
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # a role left in brackets
    if "," in name:  # `Khan, A S`
        last, _, first = name.partition(",")
        name = f"{first} {last}"
    tokens = [t for t in re.split(r"[\s.]+", name) if t]
    tokens = [t for t in tokens if re.search(r"[^\W\d_]", t)]
    while len(tokens) > 1 and tokens[0].lower() in _TITLES:
        tokens = tokens[1:]
    if not tokens:
        return None
    surname = tokens[-1].lower().strip("'’-")
    forenames: list[str] = []
    for tok in tokens[:-1]:
        # `AS` before a surname is two initials; `Al` or `Jo` are names
        if tok.isupper() and 1 < len(tok) <= 3 and tok.isalpha():
            forenames.extend(c.lower() for c in tok)
        else:
            forenames.append(tok.lower().strip("'’-"))
    return NameForm(printed=printed.strip(), surname=surname, forenames=tuple(f for f in forenames if f))


def forenames_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Agree as far as both go: `a s` ~ `a`, `a` ~ `adam`, `marian` !~ `dave`."""
    for x, y in zip(a, b, strict=False):
        if len(x) > 1 and len(y) > 1:
            if x != y:
                return False
        elif x[0] != y[0]:
            return False
    return True


def agree(a: NameForm, b: NameForm) -> bool:
    return a.surname == b.surname and forenames_agree(a.forenames, b.forenames)


@dataclass
class Match:
    """The outcome for one printed name: which known person (or None for a
    new one), the rule that decided, and the evidence in words."""

    person_key: object | None
    rule: str
    evidence: str


def match(form: NameForm, known: dict[object, Iterable[NameForm]]) -> Match:
    """Decide whether `form` is one of the `known` people (person key -> the
    name forms already seen for them, same council and surname)."""
    exact = [k for k, forms in known.items() if any(f.printed.lower() == form.printed.lower() for f in forms)]
    if len(exact) == 1:
        return Match(exact[0], "same-name", f"printed exactly as before: {form.printed!r}")
    fitting = {k: list(forms) for k, forms in known.items() if all(agree(form, f) for f in forms)}
    if len(fitting) == 1:
        ((key, forms),) = fitting.items()
        seen = ", ".join(sorted({f.printed for f in forms}))
        return Match(
            key,
            "forenames-agree",
            f"{form.printed!r} has the surname and agrees with the forenames/initials of every form seen ({seen}); "
            "no other person of that surname fits",
        )
    if not known:
        return Match(None, "new", "first time this surname is seen in this council")
    if len(fitting) > 1:
        names = "; ".join(", ".join(sorted({f.printed for f in forms})) for forms in fitting.values())
        return Match(None, "ambiguous", f"{form.printed!r} fits more than one person ({names}); kept apart")
    names = "; ".join(", ".join(sorted({f.printed for f in forms})) for forms in known.values())
    return Match(
        None, "contradicts", f"{form.printed!r} disagrees with the forenames of everyone of that surname ({names})"
    )
