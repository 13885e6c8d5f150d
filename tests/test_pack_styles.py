"""Red-team fixtures: FULL meeting packs in house styles the parser was not written against.

tests/fixtures/packs holds hand-written agenda packs in the seeds' converted-text
style (front sheet, agenda, bound minutes of earlier meetings, then reports, a
work programme or member questions): a district Cabinet pack with PART I/PART II
and 'CAB/51' minute numbers, a unitary scrutiny pack with co-opted and
substitute members, a pipe-table agenda with 5(a)/5(b) and table-row minute
numbers, and a county Council summons with two bound sets of minutes, recorded
votes and declarations. Acceptance scores whole packs, so these check that the
stages work together on one file: each expected file was written by hand from
the document, never from minutebook's output, and is scored with the shared
acceptance scorer (../shared/tools/score.py).

Fixtures below the bar are xfail (not strict) with the score measured and the
main misses, so the suite stays green while the gap stays visible; when a fix
lifts one over 0.9 it shows as XPASS and its entry should be removed.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from shared_corpus import ROOT, SCORER

from minutebook.parse import parse_document
from minutebook.text import read_document

FIXTURES = ROOT / "tests" / "fixtures" / "packs"
CASES = sorted(FIXTURES.glob("*.expected.json"))
MIN_SCORE = 0.9

# All three score 1.000 (2026-11-23); wexcombe's agenda run-on into the bound minutes and its exempt note on the
# line under item 10 are fixed.
# name -> score measured on 2026-11-23 and what the parser misses (see each expected file's notes).
KNOWN_SHORT: dict[str, str] = {
}


@cache
def scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip("needs ../shared/tools/score.py (absent in a fresh clone)")
    spec = importlib.util.spec_from_file_location("pack_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source(expected_path: Path) -> Path:
    stem = expected_path.name.removesuffix(".expected.json")
    sources = [p for p in sorted(FIXTURES.glob(stem + ".*")) if not p.name.endswith(".json")]
    assert len(sources) == 1, f"{stem}: expected one source beside the expected file, found {sources}"
    return sources[0]


def _case(path: Path):  # noqa: ANN202 - pytest ParameterSet
    name = path.name.removesuffix(".expected.json")
    marks = [pytest.mark.xfail(strict=False, reason=KNOWN_SHORT[name])] if name in KNOWN_SHORT else []
    return pytest.param(path, id=name, marks=marks)


@pytest.mark.parametrize("expected_path", [_case(p) for p in CASES])
def test_full_pack_house_style_scores_at_least_0_9(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text())
    actual = parse_document(read_document(_source(expected_path))).to_json()
    families = scorer().score(expected, actual)
    assert families, "the expected file holds nothing the scorer checks"
    overall = sum(t.f1 for t in families.values()) / len(families)
    misses = [m for t in families.values() for m in t.misses][:15]
    assert overall >= MIN_SCORE, f"score {overall:.3f} < {MIN_SCORE}: " + "; ".join(misses)


def test_packs_bind_minutes_of_earlier_meetings() -> None:
    """A pack's minutes are of earlier meetings than the pack's own: the scorer pairs minutes by date."""
    for path in CASES:
        expected = json.loads(path.read_text())
        assert expected["minutes"], path.name
        assert all(m["date"] < expected["meeting"]["date"] for m in expected["minutes"]), path.name


def test_known_short_names_a_fixture_that_exists() -> None:
    """A stale xfail entry would hide nothing but mislead: each must name a fixture here."""
    names = {p.name.removesuffix(".expected.json") for p in CASES}
    assert set(KNOWN_SHORT) <= names
    assert len(CASES) >= 3
