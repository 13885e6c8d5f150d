"""Red-team fixtures: Youth Justice Plan performance sections as other councils print them.

tests/fixtures/yjp holds hand-written plan excerpts (invented figures) in the
layouts real plans use after PDF-to-text conversion: a TAB table with areas as
columns and periods as rows, areas as rows with periods as columns (TAB and
space-aligned), headline sentences with comparators in the same sentence, and
a markdown pipe table plus a YJB "KPI" table. Each expected file was written by
hand from the document, never from minutebook's output. They are scored with the
shared acceptance scorer (../shared/tools/score.py), so a score here is the
score acceptance would give a council in that style.

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

FIXTURES = ROOT / "tests" / "fixtures" / "yjp"
CASES = sorted(FIXTURES.glob("*.expected.json"))
MIN_SCORE = 0.9

# name -> score measured on 2026-11-23 and what the parser misses (indicator recall in brackets).
# All four score 1.000 (2026-11-23): the council printed on line 1 of a stand-alone plan is read.
KNOWN_SHORT: dict[str, str] = {}


@cache
def scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip("needs ../shared/tools/score.py (absent in a fresh clone)")
    spec = importlib.util.spec_from_file_location("yjp_score", SCORER)
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
def test_yjp_style_scores_at_least_0_9(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text())
    actual = parse_document(read_document(_source(expected_path))).to_json()
    families = scorer().score(expected, actual)
    assert families, "the expected file holds nothing the scorer checks"
    overall = sum(t.f1 for t in families.values()) / len(families)
    misses = [m for t in families.values() for m in t.misses][:15]
    assert overall >= MIN_SCORE, f"score {overall:.3f} < {MIN_SCORE}: " + "; ".join(misses)


def test_known_short_names_a_fixture_that_exists() -> None:
    """A stale xfail entry would hide nothing but mislead: each must name a fixture here."""
    names = {p.name.removesuffix(".expected.json") for p in CASES}
    assert set(KNOWN_SHORT) <= names
    assert len(CASES) >= 4
