"""Dates as councils print them, read the same way by every extractor."""

from __future__ import annotations

from minutebook.extract.dates import iso_date


def test_dates_in_words() -> None:
    assert iso_date("2.00 pm on Tuesday, 29th October 2019") == "2019-10-29"
    assert iso_date("held remotely at 7.30pm on the 10th of June 2020.") == "2020-06-10"
    assert iso_date("Thursday, 8 Oct. 2019") == "2019-10-08"
    assert iso_date("January 9, 2025 at 10am") == "2025-01-09"


def test_numeric_dates_only_when_asked() -> None:
    assert iso_date("Date of meeting: 05/03/2024") is None
    assert iso_date("Date of meeting: 05/03/2024", numeric=True) == "2024-03-05"
    assert iso_date("ref 45/13/2024", numeric=True) is None  # no thirteenth month


def test_no_date_is_none() -> None:
    assert iso_date("Apologies for absence") is None
    assert iso_date("42 May 2024") is None


def test_welsh_months_and_ordinals() -> None:
    assert iso_date("nos Fawrth, 10fed Mawrth 2026 am 7.30") == "2026-03-10"
    assert iso_date("ddydd Llun 1af Rhagfyr 2025") == "2025-12-01"
    assert iso_date("21ain Gorffennaf 2026") == "2026-07-21"
    assert iso_date("erbyn 31 Ionawr 2026") == "2026-01-31"
    assert iso_date("nos Lun, 12fed o Ionawr 2026") == "2026-01-12"
