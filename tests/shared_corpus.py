"""Where the corpus and the shipped samples are, for every test module.

A plain module (not conftest.py) so that test files in sub-folders with their
own conftest.py import the same thing: `from shared_corpus import SAMPLES`.
Tests that need `../shared/corpus` skip with a clear reason where it is
absent (a fresh clone); the shipped `samples/` are always there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def corpus_file(relative: str) -> Path:
    """A file under ../shared/corpus, or skip the test saying why."""
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"needs ../shared/corpus/{relative} (absent in a fresh clone)")
    return path


def sample_or_corpus(name: str, corpus_relative: str) -> Path:
    """Prefer the shipped sample, fall back to the shared corpus."""
    if (SAMPLES / name).exists():
        return SAMPLES / name
    return corpus_file(corpus_relative)
