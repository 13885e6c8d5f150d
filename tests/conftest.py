"""Fixtures shared by the whole suite; plain helpers live in shared_corpus.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_corpus import CORPUS


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.exists():
        pytest.skip("needs ../shared/corpus (absent in a fresh clone)")
    return CORPUS
