"""Figures out of reports: indicators from tables and headline sentences.

An indicator is an observation: a named measure, the period it covers, the
value printed, its unit, and the place or comparator it belongs to
(`Warwickshire`, `England`, `YOT Family`), with the line it was read from.
Values are kept exactly as printed, contradictions included: where two
places in a document disagree both are kept, and a sentence that disagrees
with a table is flagged, never corrected.

Which measures are read is data (`MEASURES`), not code: the youth justice
headline indicators today, each with the words that name it in reports.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from minutebook.extract.tables import BULLET_TAB_RE, COUNT_THEN_RATE, body, columns, find_tables, parse_number
from minutebook.extract.youth_justice import area_name, read_plan
from minutebook.model import Document, Indicator, Line, Segment, Table
from minutebook.patterns import scanning
from minutebook.prose import ends_on_joining_word

T = TypeVar("T")

# (canonical name, words that name it, unit it is published in or None); first match wins.
MEASURES: list[tuple[str, str, str | None]] = [
    (
        "First time entrants",
        # '... children entered the youth justice system for the first time ..., a rate of 163 per 100,000' (from
        # 'justice', a rarer first letter than 'entered''s: the pattern is tried at every letter it starts with)
        # ('FTE posts', 'full-time equivalent (FTE)': a staffing count, the other FTE; the abbreviation spelt
        # out in brackets is never the figure's own name)
        r"first[- ]?time[- ]?entrants?|\bFTEs?\b(?!\)|\s+(?:posts?|staff|roles?|vacanc))"
        r"|justice\s+system\s+for\s+the\s+first\s+time"  # ('children entering the (youth) justice system ...')
        # ('48 children received a first youth caution or conviction, a rate of 187 per 100,000': what it counts)
        r"|first\s+(?:youth\s+)?caution\s+or\s+(?:court\s+)?conviction"
        # an easy read plan's words: 'Children in trouble for the first time, for every 100,000 children'
        r"|trouble\s+for\s+the\s+first\s+time",
        "per 100,000 aged 10-17",
    ),
    (
        "Reoffending frequency",
        r"frequency (re-?offending )?rate|re-?offending frequency|frequency of re-?offend|"
        # ('the binary rate was 33.9% and the frequency 3.87': the frequency alone, where reoffending is the subject)
        r"\bthe\s+frequency\b(?!\s+of\s+(?!re-?offend))|"
        r"re-?offences\b|per re-?offender"
        # 'the average number of further offences committed by each child who reoffended'
        r"|further\s+offences\s+(?:committed\s+)?(?:by|per)\s+(?:each\s+)?(?:child|reoffender|young\s+person)"
        # 'Each reoffender committed 3.9 further offences on average (frequency)', '... had committed an average of
        # 4.12 further offences each'
        r"|further\s+(?:re)?offences\s+(?:on\s+average|each)\b"
        # an easy read plan's: 'Times they did it again, on average', 'did it 3.1 times on average'
        r"|times\s+they\s+(?:did\s+it|offended)\s+again|\bdid\s+it\s+\d+(?:\.\d+)?\s+times\b",
        None,
    ),
    # ('children who did not reoffend during the programme': its complement, another measure)
    # (an easy read plan's 'Children who did it again, out of every 100')
    (
        "Binary reoffending rate",
        r"\bbinary\b|re(?<!not re)(?<!without re)-?offend|\b(?:did\s+it|offended)\s+again\b",
        "%",
    ),
    ("Custody rate", r"custod", "per 1,000 aged 10-17"),
]

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
MONTH_YEAR = MONTH + r"\s*'?(?:19|20)?\d{2}\b"
PERIOD_RE = re.compile(
    r"(?<![\w/])(?:"
    + MONTH_YEAR
    + r"\s*(?:-|–|—|to|and)\s*"
    + MONTH_YEAR
    + r"|"
    + MONTH
    + r"\s*(?:-|–|—|to)\s*"
    + MONTH_YEAR
    + r"|(?:Q[1-4]\s+)?(?:19|20)\d{2}\s*[/\-–]\s*(?:19|20)?\d{2}(?![\d/])"
    + r"|Q[1-4]\s+\d{2}\s*/\s*\d{2}(?![\d/])"  # 'Q3 23/24': a quarter of a financial year, years in two digits
    + r"|(?:(?:12|twelve)\s+months|year)\s+(?:to|ending)\s+"  # '12 months to March 2025', 'year to March 2025'
    + MONTH_YEAR
    + r")",
    re.I,
)
YEAR_CELL_RE = re.compile(r"^(?:19|20)\d{2}$")

# Comparators named in reports; the service's own area comes from the council.
AREAS: list[tuple[str, str]] = [
    (r"\byot family\b|\bfamily group\b|\bfamily yots?\b|\bfamily\b(?! hubs?)", "YOT Family"),
    (r"\bengland( and wales)?\b", "England"),
    (r"\bnational(ly)?\b", "National"),
    (r"\bstatistical\s+neighbours?\b", "Statistical neighbours"),
    (
        r"\bnorth east|\bnorth west|\byorkshire and the humber|\beast midlands|\bwest midlands|\beast of england|"
        r"\blondon\b|\bsouth east|\bsouth west|\bwales\b",
        "",
    ),
    (r"\bregion(al|ally)?\b|\bcomparator group\b", "Region"),
]

NUMBER_RE = re.compile(
    r"(?<![\w.,/£-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d/])(\s*%|\s*per\s*(?:100,000|100000|100k|1,000|1000|thousand)\b)?"
)
# Words after a figure that make it a change, a count or a comparison, not a level.
NOT_A_LEVEL_AFTER = re.compile(
    r"^\s*(?:%\s*)?(?:percentage points?|points?|pp\b|below|above|lower|higher|more|less|fewer|reduction|increase|"
    r"decrease|fall|rise|drop|change|difference|improvement)",
    re.I,
)
COUNT_AFTER = re.compile(
    r"^\s*(?:children|young|people|offences|further\s+offences|offenders|out of|of the|of \d|cases|episodes|"
    r"custodial|sentences?|remands?|disposals?|"  # 'equivalent to 15 custodial sentences': a count
    r"years?|months?|weeks?|days?|hours?)",
    re.I,
)
NOT_A_LEVEL_BEFORE = re.compile(
    r"(?:\bby|\breduction of|\bincrease of|\bfall of|\bchange of|\bdown|\bup|\bfrom)\s*$", re.I
)
LEVEL_CUE = re.compile(
    r"(rate|average|percentage|indicator|figure|level|score)\b[^.;]{0,40}$|\b(at|of|was|is|been|to|against)\s*$|\(\s*$"
    r"|\bcompared\s+(?:with|to)\s*$"  # '... 0.09 per 1,000 in 2024/25, compared with 0.12 for Wales'
    r"|\b(?:this|that|it)\s+compares\s+(?:with|to)\s*$"  # '... 178. This compares with 203 for London''
    r"|[A-Za-z)]:\s*$",  # 'Frequency of reoffending: 3.85'
    re.I,
)
# a tile's cell: the measure's name, then its figure straight after ('Custody 0.15 per 1,000 ...')
TILE_CELL = re.compile(r"^[A-Z][A-Za-z -]{3,40}?\s+\d[\d.,]*\s*(?:%|per\s)")
# the period straight after a figure's unit and who it counts: '171 per 100,000 children aged 10–17 Jan–Dec 2024'
UNIT_THEN_PERIOD = re.compile(
    r"\s*(?:%|per\s+[\d,]+)?(?:\s+(?:children|young\s+people))?(?:\s+aged\s+\d{1,2}\s*(?:-|–|to)\s*\d{1,2})?"
    r"(?:\s+in\s+custody)?\s*",
    re.I,
)
# The rest of a figure's unit, then the word that introduces its period: ' children aged 10-17 for '.
PERIOD_AFTER_UNIT = re.compile(
    r"(?:[^.,;:()]|(?<=\d)[.,](?=\d)|\([^()]{0,40}\)){0,50}?\b(in|for|during|over)\s+(the\s+)?((?:year|period)\s+)?",
    re.I,
)  # '0.28 per 1,000 (seven children) in Oct 22 - Sep 23': an aside in brackets may come first ('in the period')
# ('147 first time entrants per 100,000 in the year to December 2024': the measure's name and its base between)
# The rest of a figure's unit in the brackets it is printed in, then its clause's period: ' per 1,000) in '.
FIGURE_IN_BRACKETS_THEN_PERIOD = re.compile(r"[^.,;:()]{0,25}\)\s*(?:in|for|during|over)\s+(?:the\s+)?", re.I)
# An age band ('aged 10 to 17', '10- to 17-year-old', '10–17'): its ends are ages, not values.
AGE_BAND_RE = re.compile(r"(?<![\d.,])(\d{1,2})\s*-?\s*(?:to|-|–|—)\s*(\d{1,2})(?![\d.,]*\s*(?:%|per\b|per cent))")
AGE_WORDS_AFTER = re.compile(r"^[\s-]*(?:years?[\s-]*olds?|yrs?\b)", re.I)
# 'from 100 children to 85': the second figure counts what the first counted.
COUNT_TO_BEFORE = re.compile(
    r"\bfrom\s+[\d,]+\s+(?:children|young people|people|offences|offenders|cases|entrants|sentences)\b"
    r"[^.;%]{0,20}\bto\s*$",
    re.I,
)
GAP_FROM_TO = re.compile(r"\b(?:gap|difference|margin)\b[^.;]{0,60}\bfrom\s+[\d.,]+\s*%?\s+to\s*$", re.I)
# A target, milestone or ambition is not an observation.
TARGET_BEFORE = re.compile(
    r"\b(?:targets?|milestones?|ambitions?|aims?|goals?|aspirations?|trajectory)\b[^.;,%]{0,40}$"
    # ('keep the first time entrant rate below 140', 'bring our ... rate below 190 ... by March 2026': an aim)
    # ('reduce first time entrants to fewer than 150 per 100,000 by March 2026')
    r"|\b(?:keep|hold|bring|get|reduce|cut|lower|maintain)\b[^.;:]{0,60}\b(?:below|under|beneath|to"
    r"|(?:fewer|less|lower)\s+than)\s*$",
    re.I,
)
# 'the majority of reoffending', '64.8% of reoffending': a share of the offences, not the binary rate.
SHARE_OF_REOFFENDING = re.compile(
    r"(?:\b(?:majority|share|proportion|half|most|much|all|part|third|quarter)|%)\s+of\s+(?:the\s+|all\s+)*$", re.I
)
SHARE_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent)?\s*of\s+(?:all\s+|the\s+)*(?:re-?offend|re-?offences|offences|offending)", re.I
)
DASHED_AREA = re.compile(r"[–—-]\s*([A-Z][\w'’ ]{1,30}?)\s*$")  # '... (Jan–Dec 2024) – England 147'
BRACKETED_AREA = re.compile(r"\(\s*([A-Z][A-Za-z ]{1,30}?)\s*:?$")
APPROXIMATE = re.compile(r"\b(around|about|approximately|approx\.?|roughly|nearly|almost|circa|c\.)\s*$", re.I)


@functools.lru_cache(maxsize=4)
def _compiled(measures: tuple[tuple[str, str, str | None], ...]) -> list[tuple[str, re.Pattern[str], str | None]]:
    """MEASURES with their patterns compiled once (compiled again only if the list is changed)."""
    return [(name, re.compile(pattern, re.I), unit) for name, pattern, unit in measures]


@functools.lru_cache(maxsize=4)
def _any_measure(measures: tuple[tuple[str, str, str | None], ...]) -> re.Pattern[str]:
    """One pattern for 'names any measure', asked of every paragraph and table of a pack."""
    return scanning("|".join(f"(?:{pattern})" for _, pattern, _ in measures), re.I)


FREQUENCY_HEAD = re.compile(r"frequency(?:\s+rate)?", re.I)
FREQUENCY_ALONE: tuple[str, str | None] = ("Reoffending frequency", None)


def measure_of(text: str) -> tuple[str, str | None] | None:
    for name, pattern, unit in _compiled(tuple(MEASURES)):
        if pattern.search(text):
            return name, unit
    return None


def _measure_at(text: str) -> tuple[str, str | None] | None:
    """The measure named at the very start of the text: the words after a figure ('3.62 reoffences per
    reoffender')."""
    for name, pattern, unit in _compiled(tuple(MEASURES)):
        if pattern.match(text):
            return name, unit
    return None


def area_of(text: str) -> str | None:
    """The comparator a phrase names, as printed for regions ('West Midlands')."""
    for pattern, canonical in AREAS:
        m = re.search(pattern, text, re.I)
        if m:
            return canonical or m.group(0).strip().title()
    return None


def _clean_period(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _cell_period(text: str) -> str | None:
    m = PERIOD_RE.search(text)
    if m:
        return _clean_period(m.group(0))
    if YEAR_CELL_RE.match(text.strip()):
        return text.strip()
    if RELATIVE_PERIOD.fullmatch(text.strip()):
        return text.strip()  # 'Current year': as printed, until a note under the table says which year it is
    return None


# A column headed by when it is relative to the other ('Previous year | Current year'), its year told in a note
RELATIVE_PERIOD = re.compile(r"(?:previous|current|latest|last|this)\s+(?:year|period|cohort)", re.I)


# ---------------------------------------------------------------- tables


COUNT_WORDS = re.compile(r"\bnumbers?\b|\bno\.|\bcount\b|\btotal\b", re.I)
RATE_WORDS = re.compile(r"\brate\b|\bper\b|%|percentage|proportion|average|frequency", re.I)


# Row labels that are a reference code ('NI 2', 'KPI 7', '3a'), not a place.
CODE_LABEL_RE = re.compile(r"^[A-Z]{0,5}\s*\d{1,3}[a-z]?\.?$")
# Column headings whose figures are not an observation of a period: a target, a change, a rank.
NOT_OBSERVED_RE = re.compile(r"\btargets?\b|\bchange\b|\bdifference\b|\bvariance\b|\brank|\btrend\b", re.I)
TARGET_HEAD_RE = re.compile(r"\btargets?\b|\bambition\b|\baim\b", re.I)
STAFFING_RE = re.compile(r"\bstaff(?:ing)?\b|full[- ]time\s+equivalent|\bposts?\b|\bheadcount\b", re.I)


# a cell's period and figure together ('Jan–Dec 2024 214', 'Apr 22–Mar 23 cohort 30.9%')
VALUE_THEN_PERIOD = re.compile(r"(?P<value>-?\d[\d,]*(?:\.\d+)?\s*%?)\s*\((?P<period>[^()]+?)(?:\s+cohort)?\)")
PERIOD_WITH_VALUE = re.compile(r"(?P<period>.+?)\s+(?:cohort\s+)?(?P<value>-?\d[\d,]*(?:\.\d+)?\s*%?)")
# a column that says which period relative to another, not whose: 'Latest', 'Previous', 'Last year'
RELATIVE_HEAD = re.compile(r"^\W*(?:latest|previous|prior|current|last|this|most\s+recent)\b", re.I)
# a heading row's cells beside its periods: the target and the rating columns
RESTATED_HEAD = re.compile(
    r"(?:targets?(?:\s+[\d/–-]+)?|rag(?:\s+rating)?|status|trend|direction(?:\s+of\s+travel)?)", re.I
)
LATEST_HEAD = re.compile(r"\b(?:latest|most\s+recent|current)\b", re.I)
LATEST_NOTE = re.compile(r"\s*\((?:latest|most\s+recent|current)[^()]*\)", re.I)  # 'England (latest)': England


# A heading over the comparators' columns, joined to each column's own heading.
# a column of the year before the row's period: 'Same period last year', 'Previous year', 'A year earlier'
YEAR_EARLIER_HEAD = re.compile(
    r"\b(?:same\s+(?:period|quarter|cohort)\s+(?:last|the\s+previous|a)\s+year(?:\s+(?:before|earlier))?"
    r"|previous\s+year|last\s+year|a\s+year\s+(?:earlier|before|ago))\b",
    re.I,
)
# a column heading's words for when, under the area a heading of two tiers names over them
RELATIVE_PHRASE = re.compile(
    r"\s*\b(?:(?:latest|previous|prior|current|last|this|same|most\s+recent)\s+(?:period|year|quarter|cohort)"
    r"(?:\s+(?:last|the\s+previous|a)\s+year)?|a\s+year\s+(?:earlier|before|ago))\b",
    re.I,
)


def _year_earlier(period: str) -> str:
    """The period a year before one printed: 'Jan 24 - Dec 24' -> 'Jan 23 - Dec 23', '2024/25' -> '2023/24'."""
    return re.sub(r"\d{2,4}", lambda m: str(int(m.group()) - 1).zfill(len(m.group())), period)


PERIOD_HEAD = re.compile(r"\W*(?:period|time\s+period|cohort|date)\W*", re.I)  # a column of the periods
COMPARATOR_GROUP = re.compile(r"^\W*(?:comparators?|comparisons?|benchmarks?)\b\W*", re.I)


def _is_label(text: str) -> bool:
    """A heading that names a place or comparator: not a period, not a measure, not a code."""
    return (
        bool(text.strip()) and not _cell_period(text) and not measure_of(text) and not CODE_LABEL_RE.match(text.strip())
    )


def _memo(question: Callable[[str], T]) -> Callable[[str], T]:
    """`question` answered once per text for as long as the caller holds it (one table)."""
    answers: dict[str, T] = {}

    def ask(text: str) -> T:
        if text not in answers:
            answers[text] = question(text)
        return answers[text]

    return ask


DASHED_LABEL = re.compile(r"^(?P<measure>[^–—]*?)\s*[–—]\s*(?P<area>[A-Z][\w'’ &.,-]{1,40})$")


# a row's own note that its cells print a count and, in brackets, the rate, percentage or average
RATE_BRACKETED = re.compile(r"\((?:rate\b[^()]*|%|average)\)", re.I)
# a column headed by an area and a year together: 'Wexbury 2023', 'Region 2024', 'England 2024/25'
AREA_YEAR_HEAD = re.compile(r"(?P<area>[A-Z][\w,'’& -]{1,40}?)\s+(?P<year>(?:19|20)\d{2}(?:[/-]\d{2,4})?)")


def _measure_periods(text: str) -> dict[str, str]:
    """A caption or note giving each measure its period, 'FTE and custody: Jan 24 - Dec 24. Reoffending: Jul 22 -
    Jun 23 cohort.': the period of each measure named, reoffending's for both its measures."""
    out: dict[str, str] = {}
    for clause in re.split(r"(?<=[a-z\d])[.;]\s+", text.strip().rstrip(".;")):
        what, _, said = clause.rpartition(":")  # ('Table 2: National indicators FTE and custody: Jan 24 - ...')
        period = _cell_period(said) if what else None
        if not period or PERIOD_RE.sub("", said).strip(" ,-–") not in ("", "cohort"):
            continue
        for part in re.split(r"\s*(?:,|\band\b|&)\s*", what.rpartition(":")[2]):
            named = measure_of(part) if part.strip() else None
            if named is None:
                continue
            if named[0] == "Binary reoffending rate" and not re.search(r"binary|rate|%", part, re.I):
                out.setdefault("Reoffending frequency", period)  # 'Reoffending': both measures of the one cohort
            out.setdefault(named[0], period)
    return out


def from_table(table: Table, home: str | None, note: str = "") -> list[Indicator]:
    """Observations in a table of a named measure. The measure is named by
    the row label, the column heading, the top-left heading or the caption;
    the period by the row label, the column heading, a period cell in the row
    (tables in long form) or a caption that gives one period; the area is
    whichever of row label and column heading is neither. A figure with no
    period (a change from a baseline, a target) is not an observation. Counts
    of first-time entrants or custodial sentences are not their rates."""
    # Pure questions asked of the same label, heading and cell many times over a table: answered once each.
    cols = columns(table)
    # A measure can only be named by a heading, a cell or the caption: most tables (budgets, actions) name none.
    named = "\n".join([table.caption or "", *cols, *(c for row in table.rows for c in row)])
    if not _any_measure(tuple(MEASURES)).search(named):
        return []
    ask_measure, ask_period, ask_number = _memo(measure_of), _memo(_cell_period), _memo(parse_number)
    rows = [row for row, _ in body(table)]
    # ('Comparator | FTE rate | Binary % | Frequency | Custody rate': 'Frequency' among the national measures is
    # reoffending's)
    measured_heads = sum(1 for c in cols if ask_measure(c)) >= 2
    if (
        len(cols) > 1
        and not cols[-1].strip()
        and ask_period(cols[0])
        and rows
        and all(row and _is_label(row[0]) and not ask_number(row[0]) for row in rows)
    ):
        # A header printed without its corner cell ('| 2023 | 2024 | |' over '| Kent | 168 | 140 |'):
        # the headings belong one column to the right.
        cols = ["", *cols[:-1]]
    corner = cols[0] if cols else ""
    caption = table.caption or ""
    in_caption = [m.group(0) for m in PERIOD_RE.finditer(caption)]
    caption_period = _clean_period(in_caption[0]) if len(in_caption) == 1 else None  # one period for the whole table
    relative = RELATIVE_PERIOD.search(caption) if caption_period is None and "year" in caption else None
    caption_period = relative.group(0).capitalize() if relative else caption_period  # 'Comparators, current year'
    # ('FTE and custody: Jan 24 - Dec 24. Reoffending: Jul 22 - Jun 23 cohort.': each measure's own period)
    caption_periods = _measure_periods(caption) if caption_period is None and len(in_caption) >= 2 else {}
    # (or the line under the table: 'FTE and custody: Jan-Dec 2024; reoffending: Apr 22 - Mar 23 cohort')
    caption_periods = caption_periods or (_measure_periods(note) if caption_period is None and note else {})
    out: list[Indicator] = []
    group = ""  # a row of one cell naming a measure ('Reoffences per reoffender') heads the rows below it
    above = ""  # the label of the row above: a row with its label cell empty continues its measure
    periods_above: dict[int, str] = {}  # a row of periods over the figures in the row below, column by column
    dashed_measure = ""  # the measure of a 'Measure – Area' row, for the '– Area' rows under it
    cohorts: dict[int, str] = {}  # the binary rate's cohort, column by column: the frequency's too
    for printed, i in body(table):
        # a cell holding its own period over its figure ('Jan–Dec 2024' / '214' under 'Latest'): the figure, and
        # the period kept for it
        own: dict[int, str] = {}
        row = list(printed)
        if any(RATE_BRACKETED.search(c) for c in row[:2]):
            # 'Number (rate per 100,000 aged 10-17)' beside '74 (241)', 'Reoffenders / cohort (%)' beside '52 / 148
            # (35.1%)', '– (176)': the row says its figure is the one in brackets, after the count
            row = [row[0], *((m.group("v") if (m := COUNT_THEN_RATE.fullmatch(c.strip())) else c) for c in row[1:])]
        for k in range(1, len(row)):
            cell = row[k].strip()
            both = PERIOD_WITH_VALUE.fullmatch(cell) if cell[-1:].isdigit() or cell[-1:] == "%" else None
            part = both.group("period") if both else ""
            if both and not PERIOD_RE.sub("", part).strip(" :-–—,") and (p := ask_period(part)):
                own[k], row[k] = p, both.group("value")
            after = VALUE_THEN_PERIOD.fullmatch(cell) if cell.endswith(")") else None
            if (
                after
                and not PERIOD_RE.sub("", after.group("period")).strip(" :-–—,")
                and (p := ask_period(after.group("period")))
            ):
                # '34.8% (Apr 21– Mar 22 cohort)': the figure, its own period in brackets after it, over the column's
                own[k], row[k] = p, after.group("value")
        label = row[0].strip() if row else ""
        if PERCENT_ALONE.fullmatch(label):
            continue  # '32.4% | 3.71': a row of tiles' figures under their names, no label (read as tiles)
        filled = [k for k in range(1, len(row)) if row[k].strip()]
        periods = {k: p for k in filled if ask_number(row[k]) is None and (p := ask_period(row[k]))}
        others = [k for k in filled if k not in periods]
        if len(periods) >= 2 and others and all(RESTATED_HEAD.fullmatch(row[k].strip()) for k in others):
            # a heading row again, part-way down ('Reoffending | Jan–Mar 23 cohort | ... | Target | RAG'): the columns
            # of the rows below it are these periods
            cols = [cols[0] if cols else "", *(c.strip() for c in row[1:])]
            above, periods_above = label, {}
            continue
        if len(periods) >= 2 and len(periods) == len(filled):
            # 'First time entrants | Jan 24 – Dec 24 | Jan 24 – Dec 24' over 'rate per 100,000 | 204 | 187': each
            # figure's period printed over it
            periods_above = periods
            group = label if label and ask_measure(label) else group
            above = label
            continue
        if not label and above and ask_measure(above):
            label = above  # '<blank> | Jan 23 – Dec 23 | 186 ...' under 'First Time Entrants | Jan 24 – Dec 24 | 168'
        # 'First time entrants – Severncombe' over '– South West' and '– England': the measure, then each row's area
        dashed = DASHED_LABEL.match(label) if ("–" in label or "—" in label) and not ask_period(label) else None
        if dashed and not dashed.group("measure") and dashed_measure:
            label = f"{dashed_measure} – {dashed.group('area')}"
        elif dashed and ask_measure(dashed.group("measure")):
            dashed_measure = dashed.group("measure")
        else:
            dashed, dashed_measure = None, "" if label else dashed_measure
        above = label
        over, periods_above = periods_above, {}
        # the measure's unit in the label cell, the measure named above it ('First time entrants' over 'rate per
        # 100,000 aged 10-17 | 204 | 187'): the headings across are the areas
        named_above = group or ask_measure(corner) or ask_measure(caption)
        unit_of_row = label if label and not ask_measure(label) and UNIT_LABEL.search(label) and named_above else ""
        if label and not any(c.strip() for c in row[1:]):
            group = label if ask_measure(label) else group
            continue
        row_period = next((ask_period(c) for c in printed[1:] if ask_number(c) is None and ask_period(c)), None)
        has_percent = [("%" in c) for c in row[1:] if c.strip()]
        # A measure named in a word cell beside a code label ('NI 2 | Binary reoffending rate | 27.5%').
        words = [c for c in row[1:] if c.strip() and ask_number(c) is None and not ask_period(c)]
        row_measure = next((ask_measure(c) for c in words if ask_measure(c)), None)
        for k in range(1, len(row)):
            value = ask_number(row[k])
            if value is None:
                continue
            head = cols[k] if k < len(cols) else ""
            if NOT_OBSERVED_RE.search(head) and (TARGET_HEAD_RE.search(head) or not ask_period(head)):
                continue  # ('Target 2025/26': a target, whatever year it is for)
            measure = (
                ask_measure(label)
                or row_measure
                or ask_measure(group)
                or ask_measure(head)
                or (FREQUENCY_ALONE if FREQUENCY_HEAD.fullmatch(head.strip()) and measured_heads else None)
                or ask_measure(corner)
                or ask_measure(caption)
            )
            if not measure:
                continue
            name, unit = measure
            named_by = " ".join(t for t in (label, *words, group, head, corner, caption) if ask_measure(t))
            if name == "First time entrants" and STAFFING_RE.search(f"{caption} {corner} {head}"):
                continue  # 'Table 1: Staffing (full-time equivalent posts)' over '2024/25 FTE': staff, not entrants
            if name in ("First time entrants", "Custody rate") and "%" not in row[k] and "%" not in label:
                if COUNT_WORDS.search(named_by) and not RATE_WORDS.search(named_by):
                    continue
            elif name in ("First time entrants", "Custody rate"):
                continue  # a percentage is not a rate per 1,000 or 100,000 ('... on release from custody | 92%')
            # a unit under the measure ('rate per 100,000 aged 10-17', '% of cohort') labels no area
            unit_label = bool(label) and label == unit_of_row and not ask_period(label)
            beside = printed[k + 1] if k + 1 < len(printed) and k + 1 < len(cols) else ""
            if k in own:  # its own period in its cell, under 'Latest' / 'Previous': the area's figure
                period = own[k]
            elif PERIOD_HEAD.fullmatch(cols[k + 1] if k + 1 < len(cols) else "") and ask_period(beside):
                # 'Fenmarsh (latest) | Period | Previous | Period': each figure's period in the column after it
                period = ask_period(beside)
            elif k in over:  # the period printed over the figure is its own; the areas are the headings
                period = over[k]
            else:
                # ('186 (Jan-Dec 23) | 171 (Jan-Dec 24) | -8.1% | 164 | 152' under '... | Family average | England': a
                # comparator's bare figure is of the latest period the row printed in its cells)
                latest_own = _latest_period(list(own.values())) if own and area_of(head) else None
                period = ask_period(label) or ask_period(head) or latest_own or row_period or caption_period
                period = period or caption_periods.get(name)
            area_year = AREA_YEAR_HEAD.fullmatch(head.strip()) if not period else None
            period = period or (area_year.group("year") if area_year else None)
            bare_head = PERIOD_RE.sub("", head).strip(" :-–")  # 'England Jan 24 – Dec 24': England
            bare_head = area_year.group("area") if area_year else bare_head  # 'Wexbury 2023': Wexbury
            if k in own:
                area_text = "" if RELATIVE_HEAD.search(head) else label if _is_label(label) else ""
            elif k in over or (unit_label and _is_label(bare_head)):
                area_text = bare_head if _is_label(bare_head) else ""
            else:
                heading = bare_head if area_year else head  # ('Region 2024': Region)
                area_text = label if _is_label(label) else heading if _is_label(heading) else ""
            if period and k not in own and k not in over and YEAR_EARLIER_HEAD.search(head):
                period = _year_earlier(period)  # 'Same period last year' beside the row's 'Jan 24 - Dec 24'
            if not period and LATEST_HEAD.search(head) and (latest := _latest_period(cols)):
                period = latest  # 'England (latest)' beside period columns: the most recent of them
            if not period and name == "Reoffending frequency":
                # 'Frequency of reoffending (reoffences per reoffender)' with no period, under 'Reoffending rate %
                # (Jul 2022 – Jun 2023 cohort)': both are counted on the one cohort of proven reoffenders
                period = cohorts.get(k)
            if not period:
                continue
            if name == "Binary reoffending rate":
                cohorts[k] = period
            if k in over or k in own or unit_label:
                pass
            elif not area_text and ask_period(head) and ask_measure(label):
                # measure down the side, periods across: the service's own figures, or a comparator's where the
                # heading names one with its period ('Regional 2024/25', 'England and Wales 2024/25')
                # ('Comparators 2024/25' over 'West Yorkshire': a comparator the group heading says it is)
                compared = COMPARATOR_GROUP.sub("", bare_head).strip()
                area_text = compared if area_of(compared) or (compared != bare_head and _is_label(compared)) else ""
            elif not area_text and ask_period(label):
                area_text = head  # periods down the side, areas across
            if dashed and k not in over:
                area_text = dashed.group("area")
            # ('Ashcombe' over 'Latest period', 'Comparators' over 'South West': a heading of two tiers, the area
            # named in either; not 'Comparator average', one name)
            if " " in area_text:
                area_text = RELATIVE_PHRASE.sub("", area_text)
                grouped = COMPARATOR_GROUP.sub("", area_text)
                area_text = grouped if grouped[:1].isupper() else area_text
            if RELATIVE_HEAD.match(area_text) and not RELATIVE_HEAD.sub("", area_text).strip(" ()-:"):
                area_text = ""  # 'Previous' over the service's own figure a period before: no area
            area = LATEST_NOTE.sub("", PERIOD_RE.sub("", area_text)).strip(" :-–") or home
            bilingual = BILINGUAL_AREA.fullmatch(area) if "/" in area else None
            area = bilingual.group(1) if bilingual and area_of(bilingual.group(1)) else area  # 'Cymru / Wales'
            flags: list[str] = []
            cell_unit = unit
            if "%" in row[k]:
                cell_unit = "%"
            elif unit == "%" and has_percent.count(True) > len(has_percent) / 2:
                flags.append("printed without the % sign the rest of its row carries")
            cite = table.row_citations[i] if i < len(table.row_citations) else table.citation
            out.append(
                Indicator(name=name, period=period, value=value, unit=cell_unit, area=area, citation=cite, flags=flags)
            )
    return out


# ---------------------------------------------------------------- sentences


def _sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pieces of a paragraph; a full stop inside a number
    or an abbreviation does not end a sentence."""
    out = []
    start = 0
    for m in re.finditer(r"(?<=[a-z%)\]\d])\.\s+(?=[A-Z(])|;\s+", text):
        if COMPARES_NEXT.match(text, m.end()):
            continue  # '... 178 per 100,000. This compares with 203 for London': one sentence with its comparators
        out.append((start, text[start : m.start() + 1]))
        start = m.end()
    out.append((start, text[start:]))
    return out


# ('This compares with 203 for London': an area's figure; not 'This compares with 43 children, a rate of 201 ...
# in <an earlier period>', a level of its own)
COMPARES_NEXT = re.compile(r"(?:This|That|It)\s+compares\s+(?:with|to)\s+\d[\d.,]*%?\s+(?:for|in)\s+(?:the\s+)?[A-Z]")


RATE_QUALIFIERS = {
    "the",
    "a",
    "an",
    "its",
    "this",
    "that",
    "our",
    "their",
    "overall",
    "latest",
    "current",
    "average",
    "lowest",
    "highest",
    "new",
    "previous",
    "same",
    "national",
    "regional",
    "local",
    "family",
    "group",
    "cohort",
    "binary",
    "frequency",
    "custody",
    "custodial",
    "reoffending",
    "re-offending",
    "fte",
    "entrant",
    "entrants",
    "comparator",
}


GOES_ON_ABOUT = re.compile(
    r"^\W*(?:(?:in|for|during|by)\s+[^,.;]{3,30}?,?\s+)?(?:this|that|it)\s+(?:was|is|has|had|compares|compared)\b", re.I
)


# ('In Jan–Dec 2024 the average for our YJB family ... was 168': after the period it is of)
THE_AVERAGE_FOR = re.compile(
    r"^\W*(?:(?:in|for|during|by)\s+[^,.;]{3,30}?,?\s+)?the\s+(?:average|rate|figure)\s+(?:for|across|in)\b", re.I
)
OWN_PLACE = re.compile(r"(?:borough|county|city|area|service|council|district)['’]s", re.I)


def _names_measure(before: str, measure_in_sentence: bool) -> bool:
    """False where the sentence names another rate just before the figure
    ('a secondary victim contact rate of 95%') and the measure was named
    only in an earlier sentence."""
    if measure_in_sentence or GOES_ON_ABOUT.match(before):
        # 'This was down from 0.28 per 1,000 ...', 'That compares with 241 in 2022/23.', 'In 2022/23 it was 0.36.':
        # the sentence goes on about the measure before it
        return True
    if THE_AVERAGE_FOR.match(before):
        return True  # 'The average for our YJB family ... was 161 per 100,000': a comparator's level of it
    rates = list(re.finditer(r"([\w'’/-]+)\s+(?:rates?|figure)\b", before, re.I))  # ('the London figure was')
    if not rates:
        return False
    word = rates[-1].group(1)
    return (
        word.lower() in RATE_QUALIFIERS
        or bool(OWN_PLACE.fullmatch(word))  # 'the borough’s rate stood at 183': the place's own rate of it
        or word[:1].isupper()
        or bool(re.match(r"\d", word))
        or area_of(word) is not None
    )


def from_sentence(
    text: str,
    line: Line,
    home: str | None,
    parts: list[tuple[int, Line]] | None = None,
    period_before: str | None = None,
) -> list[Indicator]:
    """Headline figures stated in a paragraph: 'a rate of 0.29 per 1000
    children compared with 0.21 for the Family Group', 'binary reoffending
    36.8% (Jul 19 – Jun 20)'. A figure is taken only where a measure is
    named before it in the paragraph and the words around it say it is a
    level (a rate, an average, 'at', 'of'), never a change or a count."""
    out: list[Indicator] = []
    if not _any_measure(tuple(MEASURES)).search(text):  # most paragraphs name none: one scan, not one a measure
        return out
    mentions = [
        (m.start(), measure)
        for name, pattern, unit in _compiled(tuple(MEASURES))
        for m in pattern.finditer(text)
        for measure in [(name, unit)]
    ]
    if not mentions:
        return out
    periods = [(m.start(), m.end(), _clean_period(m.group(0))) for m in PERIOD_RE.finditer(text)]
    ages = [
        (m.start(), m.end())
        for m in AGE_BAND_RE.finditer(text)
        if int(m.group(1)) < int(m.group(2)) <= 25
        or AGE_WORDS_AFTER.match(text[m.end() :])
        or re.search(r"\baged\s*$", text[: m.start()], re.I)
    ]
    spent: set[int] = set()  # where the periods of earlier levels ('down from 201 for <period>') start
    for s_off, sentence in _sentences(text):
        last_taken = -1000
        last_named: tuple[int, tuple[str, str | None]] | None = None
        last_area = home
        last_seen = -1  # where the figure before this one ended
        chain_earlier = False  # the last figure taken was an earlier level
        s_end = s_off + len(sentence)
        for m in NUMBER_RE.finditer(sentence):
            pos = s_off + m.start()
            end = s_off + m.end()
            if any(a <= pos < b for a, b, _ in periods):
                continue  # part of a period
            if any(a <= pos < b for a, b in ages):
                continue  # an end of an age band
            prev_end, last_seen = last_seen, end
            before = text[max(0, pos - 60) : pos]
            after = text[end : end + 30]
            # ('committed 3.9 further offences on average': an average, not a count of offences)
            averaged = re.match(r"\s*(?:further\s+)?(?:re)?offences\s+(?:on\s+average|each)\b", after)
            if averaged and averaged.group().rstrip().endswith("each") and not re.search(r"\baverage\s+of\s*$", before):
                continue  # 'two children committed 5 further offences each': a count, no average
            suffix = (m.group(3) or "").strip()
            if YEAR_CELL_RE.match(m.group(0).strip()) and not suffix:
                continue
            if re.match(r"^\s*[-–]\s*\d", after) or re.search(r"(\d\s*[-–]\s*|\bper\s+|\baged\s+)$", before, re.I):
                continue  # an age range (10-17) or the base of a rate (per 100,000)
            not_level = NOT_A_LEVEL_BEFORE.search(before)
            own_period = printed_after = _period_after(text, end, periods)
            from_before = bool(not_level and not_level.group().strip().lower() == "from")
            bare_year = BARE_YEAR_AFTER.match(after) if own_period is None and from_before else None
            if bare_year:  # 'down from 251 in 2023': an earlier level, its year the period it is of
                own_period = bare_year.group(1)
            if own_period is None and "previous" in after and PREVIOUS_PERIOD.match(after):
                # 'down from 3.95 for the previous cohort': the period before the latest the paragraph named
                own_period = _previous_period([p for a, _b, p in periods if a < pos])
            # 'Our YJS family average for the same cohort was 30.9%.': a comparator's level of the measure and
            # period the sentence before named
            # (or the service's own: 'children in the same cohort who reoffended committed an average of 3.62')
            same_lead = bool(
                SAME_PERIOD.match(text[s_off:pos])
                and (area_of(text[s_off:pos]) or not any(s_off <= a < pos for a, _b, _p in periods))
            )
            if own_period is None and (same_lead or SAME_PERIOD.match(text[end : end + 60])):
                # '... from 4.05 reoffences per reoffender for the same cohort': the period last named
                # (or, where the paragraph names none, the one the prose above it last named: '... in the Apr 22 -
                # Mar 23 cohort' over a table, then '... 3.61 reoffences per reoffender ... in the same cohort')
                # (not an earlier level's: '... to 164 in <2024>, from 181 in <2023>. The rate for England over the
                # same period was 158': the period of the level compared)
                # (but an earlier level's own: 'London's rate fell from 181 to 172 over the same period')
                named = [(a, p) for a, _b, p in periods if a < pos]
                fresh = [(a, p) for a, p in named if a not in spent]
                from_level = bool(not_level and not_level.group().strip().lower() == "from")
                own_period = max((named if from_level else fresh) or named, default=(0, period_before))[1]
            earlier_level = bool(not_level and not_level.group().strip().lower() == "from" and (suffix or own_period))
            # ('down from 214 in 2023/24 and 251 in 2022/23': the next earlier level, its period its own too)
            earlier_level = earlier_level or bool(chain_earlier and own_period and AND_BEFORE.search(before))
            # ('lower than the 4.12 for the April to June 2022 cohort': an earlier level, compared)
            earlier_level = earlier_level or bool(own_period and THAN_BEFORE.search(before))
            if earlier_level:
                # the earlier level, with its unit or its own period: 'down from 0.28 per 1,000 in Oct 22 - Sep 23',
                # 'down from 214 in Jan 23 - Dec 23'
                if own_period is None:
                    continue  # the period before it in the sentence is the later level's, not this one's
                not_level = None
            if NOT_A_LEVEL_AFTER.match(after) or not_level:
                continue
            if COUNT_TO_BEFORE.search(before) or TARGET_BEFORE.search(before):
                continue  # the other end of a change in a count, or a target
            if "gap" in before or "differ" in before or "margin" in before:
                if GAP_FROM_TO.search(text[s_off:pos]):
                    continue  # 'the gap with England has narrowed from 30 to 19': the difference, no level
            # ('29.4% of the Apr–Jun 2023 cohort': a rate of its cohort, not a count)
            of_cohort = "%" in suffix and re.match(r"^\s*of\s+the\s+[^.;]{0,40}?\bcohort\b", text[end : end + 60], re.I)
            if COUNT_AFTER.match(after) and not suffix.lower().startswith("per") and not of_cohort and not averaged:
                continue
            if after.lstrip().startswith(("%", "per cent")) and not suffix:
                suffix = "%"
            # '...: 3.21 (Apr 22 - Mar 23); England 3.84': a comparator's figure after its name, the clause's whole
            lead = text[s_off:pos].strip(" ;,")
            comparator = len(lead.split()) <= 4 and area_of(lead) is not None
            # '... 168 per 100,000 for <period> (England 154)': a comparator in brackets after the figure
            bracketed = BRACKETED_AREA.search(lead)
            comparator = comparator or (bracketed is not None and area_of(bracketed.group(1)) is not None)
            dashed = DASHED_AREA.search(lead)  # ('First time entrants: 182 per 100,000 (Jan–Dec 2024) – England 147')
            comparator = comparator or (dashed is not None and area_of(dashed.group(1)) is not None)
            # (or an average told after the figure: 'committed 3.9 further offences on average')
            cue = LEVEL_CUE.search(before) or suffix or (pos - last_taken < 45) or earlier_level or comparator
            cue = cue or averaged
            if not cue:
                continue
            prior = [(p, meas) for p, meas in mentions if p < pos and pos - p < 260]
            # 'fell from 155 in Jan–Dec 2023 to 147 in Jan–Dec 2024', 'compared with 161 for our YJB family and 148
            # for England': the figure right after one taken, of the same measure still (not 'narrowed from 49 to
            # 35', whose first figure was no level, nor '... from 16 ..., when England’s rate was 158, to 8')
            follows = last_taken == prev_end and last_taken >= s_off
            # (only over a few joining words: not past another measure named, nor out of a comparator's brackets)
            gap = text[last_taken:pos] if follows else ""
            continues = (
                follows
                and len(gap) <= 40
                and not gap.lstrip().startswith(")")
                and not _any_measure(tuple(MEASURES)).search(gap)
                and (chain_earlier or not TO_BEFORE.search(before))
            )
            chained = continues and not prior
            if chained and last_named:
                prior = [last_named]
            lead_in = text[s_off:pos]
            if not prior and (
                re.search(r"\b(?:rate|figure)\b[^.;,]{0,30}$", lead_in) or THE_AVERAGE_FOR.match(lead_in)
            ):
                # '... in 2023/24 West Yorkshire's rate was 186 per 100,000' far into a paragraph about one measure
                named = {meas for p, meas in mentions if p < pos}
                prior = [max((p, meas) for p, meas in mentions if p < pos)] if len(named) == 1 else []
            # ... or the measure named right after it: 'an average of 3.62 reoffences per reoffender'
            named_after = _measure_at(after.lstrip())
            if not prior and not named_after:
                continue
            # The nearest measure named before the figure ('frequency' qualifies a
            # 're-offending' right after it); a bare % figure is a binary rate.
            at, (name, unit) = (pos, named_after) if named_after else max(prior)
            freq = [p for p, meas in prior if meas[0] == "Reoffending frequency" and 0 <= at - p <= 30]
            if freq and name == "Binary reoffending rate" and not suffix:
                name, unit = "Reoffending frequency", None
            if not (comparator or same_lead or _names_measure(text[s_off:pos], at >= s_off)):
                continue
            if name == "Binary reoffending rate" and (
                SHARE_OF_REOFFENDING.search(text[max(0, at - 30) : at]) or SHARE_AFTER.match(after)
            ):
                continue  # a share of the offences ('64.8% of reoffending was committed by …')
            if suffix == "%" and name == "Reoffending frequency":
                name, unit = "Binary reoffending rate", "%"
            if suffix.lower().startswith("per") and name == "Binary reoffending rate":
                continue
            if (
                name in ("First time entrants", "Custody rate")
                and re.search(r"\bnumbers?\s+of\s*$", text[max(0, at - 15) : at], re.I)
                and not re.search(r"\bper\s", text[at : end + 15])  # '... fallen to 182 per 100,000': a rate after all
            ):
                continue  # 'the number of first time entrants has fallen from 48 in 2022 to 39': a count
            # (an earlier level is the rate the paragraph gave: 'This is down from 181 in Jan 23 - Dec 23')
            # (so is one a sentence gives going on about the level before: 'That compares with 241 in 2022/23.',
            # 'In 2023/24 the London figure was 189')
            goes_on = (GOES_ON_ABOUT.match(text[s_off:pos]) and pos - s_off < 60) or re.search(
                r"\bfigure\s+(?:was|is)\s*$", before
            )
            # (and a comparator's after the level it is compared with: '... a rate of 0.19 per 1,000; Wales 0.14')
            rated = text[:pos] if earlier_level or goes_on or comparator else text[s_off:pos]
            if name in ("First time entrants", "Custody rate") and not (
                suffix.lower().startswith("per")
                or re.search(r"rate|per ", rated, re.I)
                or THE_AVERAGE_FOR.match(rated)
                # ('... had been 147 first time entrants per 100,000': the base after the measure's name)
                or (named_after and re.match(r"[^.;,]{0,30}\bper\s+\d", after))
            ):
                continue  # a count of children, not a rate
            if (
                name == "Binary reoffending rate"
                and not suffix
                and not re.search(r"rate|percentage|\(\s*$", before, re.I)
            ):
                continue
            if (
                name == "Binary reoffending rate"
                and not suffix
                and float(m.group(1).replace(",", "") + (m.group(2) or "")) < 5
            ):
                continue  # a binary rate is a percentage; a bare figure under 5 is a frequency printed near the word
            value = float((m.group(1) + (m.group(2) or "")).replace(",", ""))
            # Period: one in brackets right after the figure, else the nearest before it in the sentence.
            period = None
            for a, _b, p in periods:
                if end <= a <= end + 4 and text[end:a].strip() in ("(", ""):
                    period = p
            if period is None and earlier_level:
                period = own_period
            if earlier_level:
                # 'down from 201 for January to December 2023', 'down from 171 (Jan–Dec 2023)': that period is the
                # earlier level's own; a comparator after it ('..., and below the London rate of 172', '; England
                # 148') is of the later level's period
                spent.update(a for a, _b, p in periods if end <= a <= end + 20 and p == period)
            if period is None and printed_after:  # '... 0.07 per 1,000 young people aged 10 to 17 in <period>'
                period = printed_after
                compared = re.search(r"\bcompared\s+(?:with|to)\s*$", before, re.I)
                if compared and any(s_off <= a < pos and p != printed_after for a, _b, p in periods):
                    # '31.4% of the April to June 2023 cohort ..., compared with 33.9% for the April to June 2022
                    # cohort; North West 34.6%': the earlier level's own period, not the comparators' after it
                    spent.update(a for a, _b, p in periods if end <= a <= end + 40 and p == printed_after)
            if period is None:
                earlier = [
                    (a, p)
                    for a, b, p in periods
                    # ('... down from 0.21 in Apr 23 - Mar 24, when the family rate was 0.16': of that period still)
                    if s_off <= a < pos and (a not in spent or re.search(r"\bwhen\b|\bthat year\b", text[b:pos], re.I))
                ]
                period = max(earlier)[1] if earlier else None
            if period is None:  # '… 220 per 100,000 in 2023/24', '3.85 reoffences per reoffender in the Oct 21 …'
                period = own_period
            if period is None and name == "Reoffending frequency" and out and out[-1].name == "Binary reoffending rate":
                # 'The binary reoffending rate for the April 2022 to March 2023 cohort was 33.8%. Those who reoffended
                # had committed an average of 4.12 further offences each.': the same cohort's
                period = out[-1].period
            if period is None and comparator:  # '3.21 (Apr 22 - Mar 23); England 3.84': the clause before's period
                # (not an earlier level's: '... compared with 33.9% for the April to June 2022 cohort; North West
                # 34.6%' compares the region with the latest cohort named before it)
                near = [(a, p) for a, _b, p in periods if pos - 80 <= a < pos]
                fresh = [(a, p) for a, _b, p in periods if a < pos and a not in spent]
                period = (
                    max(fresh)[1]
                    if near and any(a in spent for a, _p in near) and fresh
                    else max(near, default=(0, None))[1]
                )
                if period is None and out and out[-1].name == name:
                    period = out[-1].period  # '3.6 reoffences per reoffender (same cohort); England 3.8': its level's
            # Area: a comparator named just before the figure ('England at', 'family rate of')
            # or just after it ('for the Family Group'); else the service's own area.
            near_before = NEAR_BEFORE_BREAK.split(before)[-1][-35:]  # never past the sentence's start
            near_before = re.sub(
                r"\b(latest )?national (data|statistics|figures|indicators?|standards?)\b", "", near_before, flags=re.I
            )
            # (not a comparator in brackets after the figure: '31.4% for the Apr 22 – Mar 23 cohort (England 31.9%)')
            near_after = re.split(r"[,;.(]|\band\b|\bwhile\b", text[end : min(s_end, end + 40)])[0]
            area = area_of(near_before) or (
                area_of(near_after)
                if re.match(r"^\s*(?:%\s*)?(?:\)\s*)?(for|in|across|nationally|regionally)\b", near_after)
                else None
            )
            if area is None:
                clause = text[max(s_off, last_taken) : pos]
                # '... below both the London and England rates, and the custody rate has fallen to 0.15': the areas
                # before ', and' were the last figure's comparators, not this one's
                clause = re.split(r",\s+and\s+|;\s*", clause)[-1]
                clause = re.sub(
                    r"\b(latest )?national (data|statistics|figures|indicators?|standards?)\b", "", clause, flags=re.I
                )
                # ('England’s rate was 0.10 in Jan–Dec 2024 and 0.11 in Jan–Dec 2023': England's still)
                area = area_of(clause) or (last_area if continues or (follows and AND_BEFORE.search(before)) else home)
            flags = []
            if APPROXIMATE.search(before):
                flags.append("approximate (printed with 'around' or similar)")
            if suffix.lower().startswith("per") and unit is None:
                unit = suffix
            out.append(
                Indicator(
                    name=name,
                    period=period,
                    value=value,
                    unit=unit if suffix != "%" else "%",
                    area=area,
                    # the line the figure is printed on, in a paragraph joined from several
                    citation=max((p for p in parts or [] if p[0] <= pos), default=(0, line))[1].cite(),
                    flags=flags,
                )
            )
            last_taken = s_off + m.end()
            last_named, last_area = (at, (name, unit)), area
            chain_earlier = earlier_level
    return out


AND_BEFORE = re.compile(r"\band\s*$")
# a year alone after an earlier level, ending its clause: 'down from 251 in 2023.', '... from 204 in 2023; London ...'
BARE_YEAR_AFTER = re.compile(r"^\s+in\s+((?:19|20)\d{2})(?=\s*(?:[.;,)]|$))")
BILINGUAL_AREA = re.compile(r"[^/]{2,30}\s+/\s+([^/]{2,30})")  # a Welsh plan's heading, its English after the Welsh
# the period of an earlier level starts here: 'down from 34.0% for ', 'up from 171 ('
EARLIER_LEVEL_AT = re.compile(r"\bfrom\s+\d[\d.,]*\s*(?:%|per\s+[\d,]+\s*)?\s*(?:(?:for|in)\s+(?:the\s+)?|\()?$")
THAN_BEFORE = re.compile(r"\b(?:lower|higher|better|worse|less|more)\s+than\s+(?:the\s+)?$", re.I)
TO_BEFORE = re.compile(r"\bto\s*$")
PREVIOUS_PERIOD = re.compile(r"^\s*(?:for|in)\s+the\s+(?:previous|preceding)\s+(?:cohort|year|period|quarter)\b", re.I)
FISCAL_PERIOD = re.compile(r"(?:Q(?P<q>[1-4])\s*)?(?P<years>(?:19|20)?\d{2}\s*[/\-–]\s*(?:19|20)?\d{2})", re.I)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _period_end(period: str) -> tuple[int, int] | None:
    """When a printed period ends, as (year, month): 'Apr 21 – Mar 22' -> (2022, 3), 'Jan–Dec 2024' -> (2024, 12),
    '2023/24' and 'Q4 23/24' -> (2024, 3), the end of a financial year or its quarter."""
    fiscal = FISCAL_PERIOD.fullmatch(period.strip())
    if fiscal:
        first, second = (int(y) % 100 + 2000 for y in re.findall(r"\d{2,4}", fiscal.group("years")))
        quarter = int(fiscal.group("q") or 4)
        return (second, 3) if quarter == 4 else (first, 3 + 3 * quarter)
    years = re.findall(r"\d{2,4}", period)
    if not years:
        return None
    year = int(years[-1])
    months = [MONTHS.index(m.lower()) + 1 for m in re.findall(r"\b(" + "|".join(MONTHS) + r")", period, re.I)]
    return (year + 2000 if year < 100 else year, months[-1] if months else 12)


def _latest_period(named: list[str]) -> str | None:
    """Of the periods a paragraph named, the one ending last: the cohort it reported on, where it goes on to compare
    an earlier one ('... 29.4% for the April 2022 to March 2023 cohort, an improvement on 33.7% for the April 2021
    to March 2022 cohort') and the next paragraph speaks of 'the same cohort'."""
    ends = [(end, k) for k, p in enumerate(named) if (end := _period_end(p))]
    return named[max(ends)[1]] if ends else (named[-1] if named else None)


def _previous_period(named: list[str]) -> str | None:
    """Of the periods a paragraph named, the one before the latest: what 'the previous cohort' refers to."""
    ends = sorted({(end, p) for p in named if (end := _period_end(p))})
    latest = ends[-1][0] if ends else None
    earlier = [p for end, p in ends if end < latest] if latest else []
    return earlier[-1] if earlier else None


def _period_after(text: str, end: int, periods: list[tuple[int, int, str]]) -> str | None:
    """The period printed right after a figure and its unit: '220 per 100,000 in 2023/24', '4.06 in Apr 21 -
    Mar 22', '36.9% for the Apr 21 - Mar 22 cohort', '0.28 per 1,000 (seven children) in Oct 22 - Sep 23'."""
    found = None
    for a, b, p in periods:
        # ('35.8% of the April 2022 to March 2023 cohort': the cohort's own rate)
        of_cohort = "|of" if re.match(r"\s+cohort\b", text[b : b + 10]) else ""
        if end <= a <= end + 20 and re.fullmatch(
            rf"\s*(in|for|during|over|,{of_cohort})?\s*(the(?: year| period)?)?\s*", text[end:a]
        ):
            found = p
        elif found is None and end <= a <= end + 50 and PERIOD_AFTER_UNIT.fullmatch(text[end:a]):
            found = p
        elif found is None and end <= a <= end + 40 and FIGURE_IN_BRACKETS_THEN_PERIOD.fullmatch(text[end:a]):
            found = p  # 'seven children (0.12 per 1,000) in Apr 23 - Mar 24': the aside's figure, the clause's period
        elif found is None and end <= a <= end + 30 and re.fullmatch(r"[^.,;:()]{0,25}\(\s*", text[end:a]):
            found = p  # '33.1% a year earlier (Apr 21 - Mar 22)'
        elif found is None and end <= a <= end + 60 and UNIT_THEN_PERIOD.fullmatch(text[end:a]):
            found = p  # '171 per 100,000 children aged 10–17 Jan–Dec 2024': a tile's figure, its unit, its period
    return found


def _dedupe(table_obs: list[Indicator], sentence_obs: list[Indicator]) -> list[Indicator]:
    """A sentence repeating a table's figure adds nothing; one that disagrees
    with the table for the same measure, area and period is kept and flagged."""
    out = list(table_obs)
    # ('YOT family' in a table's heading is 'YOT Family' in the prose: the same comparator)
    seen: set[tuple[str, str | None, float]] = {(i.name, (i.area or "").lower(), i.value) for i in table_obs}
    ends = {(i.name, (i.area or "").lower(), i.value): _period_end(i.period or "") for i in table_obs}
    said: set[tuple[str, str | None, float, str | None]] = set()
    for ind in sentence_obs:
        key = (ind.name, (ind.area or "").lower(), ind.value)
        # (the prose's 'year to March 2025' for a table's 'Q4 24/25': the same period told another way, kept)
        told_again = (
            ind.period is not None
            and ind.period not in {t.period for t in table_obs}
            and (ends.get(key) is not None and _period_end(ind.period) == ends.get(key))
        )
        if (key in seen and not told_again) or (*key, ind.period) in said:
            continue
        seen.add(key)
        said.add((*key, ind.period))
        for t in table_obs:
            if t.name == ind.name and t.area == ind.area and (ind.period is None or ind.period == t.period):
                where = f"line {t.citation.line}" if t.citation else "a table"
                ind.flags.append(f"differs from {t.value:g} printed in the table at {where}")
                break
        out.append(ind)
    return out


COUNCIL_LINE_RE = re.compile(
    r"^(?:the\s+)?[A-Z][A-Za-z'’&.\- ]{1,50}?\s+"
    r"(?:(?:city|county|borough|district|metropolitan borough|town)\s+)?council$",
    re.I,
)

# A plan's title that starts with its area: 'Eastmere Youth Justice Plan 2025 to 2026'.
PLAN_TITLE_RE = re.compile(
    r"^(?:the\s+)?([A-Z][A-Za-z'’&.\- ]{1,40}?)\s+youth\s+(?:justice|offending)\s+(?:plan|service|team|strategy)\b",
    re.I,
)


def home_from_text(lines: list[Line], limit: int = 15) -> str | None:
    """The place a document's own figures belong to when no council was
    found for it: a line near the top that is a council's name on its own
    ('Penhallow Council' -> 'Penhallow'), or a plan's title that starts with
    its area ('Penhallow Youth Justice Plan 2025' -> 'Penhallow')."""
    seen = 0
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        seen += 1
        if seen > limit:
            break
        if COUNCIL_LINE_RE.match(text):
            return area_name(text)
        m = PLAN_TITLE_RE.match(text)
        if m and not area_of(m.group(1)):
            return m.group(1).strip()
    return None


NUMBERED_PROSE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\t[A-Z][^\t]{40,}$")
NUMBERED_HEADING_TAB = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2}\.?)\t(?=[A-Z][^\t]{2,58}$)")


def _paragraphs(lines: list[Line]) -> list[tuple[Line, str, list[tuple[int, Line]]]]:
    """Lines of prose a PDF wrapped mid-sentence joined again, each paragraph with its first line: 'The
    rate of 184 per 100,000 ... regional rate of 171' / 'and the England and Wales rate of 149'. A line
    goes on where it stops short of a full stop and the next carries on in lower case, or it ends on a
    joining word ('... fallen from 0.18 per 1,000 in' / 'Apr 23 – Mar 24'). A short heading over a
    paragraph ('5.2 First time entrants') opens it, as the measure the paragraph goes on to give."""
    out: list[tuple[Line, str]] = []
    parts: list[list[tuple[int, Line]]] = []  # where each line starts in its paragraph's text
    joining = False
    # '•<TAB>...', '6.2<TAB>...': a bullet's or a numbered paragraph's prose
    texts = [BULLET_TAB_RE.sub(lambda m: m.group().rstrip("\t") + " ", x.text).strip() for x in lines]
    # ('4.2<TAB>First time entrants: the rate ... in the 12' / 'months to ...': a numbered paragraph's first line)
    texts = [
        re.sub(r"\t", " ", t, count=1)
        if NUMBERED_PROSE.match(t) and k + 1 < len(texts) and texts[k + 1] and "\t" not in texts[k + 1]
        else t
        for k, t in enumerate(texts)
    ]
    # ('3.1<TAB>First time entrants': a numbered heading whose number Word set at a tab stop)
    headings = {k for k, t in enumerate(texts) if "\t" in t and NUMBERED_HEADING_TAB.match(t)}
    texts = [NUMBERED_HEADING_TAB.sub(r"\1 ", t) if k in headings else t for k, t in enumerate(texts)]
    for k, line in enumerate(lines):
        text = texts[k]
        if joining and text and "\t" not in text:
            first, before = out[-1]
            out[-1] = (first, f"{before} {text}")
            parts[-1].append((len(before) + 1, line))
        else:
            out.append((line, text))
            parts.append([(0, line)])
        last = out[-1][1]
        following = texts[k + 1] if k + 1 < len(texts) else ""
        heading = 0 < len(text) < 60 and "\t" not in text and not re.search(r"[.!?:;,]\W*$", text)
        if heading and len(following) >= 40 and re.match(r"^[A-Z]", following) and out[-1][1] == text:
            out[-1] = (line, f"{text}.")  # the heading, closed as a sentence of its own, opens the paragraph
            joining = True
            continue
        full = _full_line(texts, k)
        # (a clause closed by its semicolon goes on where the next line carries on in lower case: '... below
        # England's;' / 'our YJS family's rate for Jan-Dec 2024 was 0.12')
        joining = full and "\t" not in text and not re.search(r"[.!?:;]\W*$", last)
        joining = joining or (full and "\t" not in text and last.endswith(";") and following[:1].islower())
        if joining:
            # ('... down from 34.6% for the previous cohort and below' / 'London's 33.9%.': a comparison goes on)
            joining = k + 1 not in headings and (
                bool(re.match(r"^[a-z0-9(£]", following))
                or ends_on_joining_word(last)
                or COMPARING_END.search(last)
                or _area_over_break(last, following)
            )
        elif full and "\t" not in text and ANAPHOR.match(following):
            # '... rate fell to 178 per 100,000 in Jan 24 - Dec 24.' / 'The rate has fallen ... from 231 in ...':
            # a sentence about the measure the paragraph named goes on with it
            joining = bool(_any_measure(tuple(MEASURES)).search(last))
    return [(first, text, at) for (first, text), at in zip(out, parts, strict=True)]


def _area_over_break(last: str, following: str) -> bool:
    """'... and 149 for the South' / 'West region. This compared ...': a comparator's name broken over the lines,
    so the sentence goes on though the next line opens with a capital."""
    tail, head = last.split()[-1:], following.split()[:1]
    if not (tail and head) or area_of(tail[0]) is not None:
        return False
    return area_of(f"{tail[0]} {head[0].strip('.,;:')}") is not None


def _full_line(texts: list[str], k: int) -> bool:
    """A line that fills its measure, so a sentence may go on past it: 40 characters of a page's width, or
    nearly as long as the lines beside it in a narrow column ('rate, and England and Wales’ rate in' among
    lines of 40-49 characters)."""
    n = len(texts[k])
    if n >= 40:
        return True
    beside = max(len(texts[k - 1]) if k else 0, len(texts[k + 1]) if k + 1 < len(texts) else 0)
    return n >= 24 and beside >= 32 and 4 * n >= 3 * beside  # (a heading over a short line is not a column's)


COMPARING_END = re.compile(r"\b(?:below|above|against|behind|versus|than)$")
# ('... for the same cohort', '3.62 (same cohort) – England 3.84')
SAME_PERIOD = re.compile(
    # ('... averaged 164 over the same twelve months')
    r"^(?:[^.;]|\.\d){0,40}?(?:\b(?:for|in|over)\s+the\s+|\()same\s+(?:cohort|period|year|quarter|(?:twelve|12)\s+months)\b",
    re.I,
)
PERCENT_ALONE = re.compile(r"[\d.,\s]+%")
SAME_ALONE = re.compile(r"\W*(?:the\s+)?same\s+(?:cohort|period|year)\W*", re.I)  # a tile's caption
NEAR_BEFORE_BREAK = re.compile(r"[,;]|(?<=[.!?])\s|\bv\b|\bvs\.?\b|\bversus\b|\bcompared|\band\b|\bwhile\b")
# A sentence that goes on about the figure before it: 'The rate has fallen', 'This was down from', 'It remains'.
ANAPHOR = re.compile(
    r"^(?:(?:The|This|That|Its|Our)\s+(?:rate|figure|level|measure|indicator|average)\b|(?:It|This|That)\s+(?:has|is|was|fell|rose"
    r"|remains?|remained)\b"
    # ('A year earlier, in Jan–Dec 2023, the borough’s rate stood at 183': the place's own rate, in the sentence's
    # first clauses)
    r"|[^.;]{0,40}?\b(?:the|its|our)\s+(?:borough|county|city|area|service|council|district)['’]s\s+rate\b)"
)


# 'Reoffending figures are for the cohorts Apr 21 - Mar 22, Apr 22 - Mar 23 and Apr 23 - Mar 24 respectively': a
# note under a table saying which periods its year columns stand for, for the measures it names
PERIOD_NOTE = re.compile(
    r"(?:^|[.;:]\s+)(?:\d{1,2}\s+|[*†]\s*)?(?P<subject>[A-Z][A-Za-z -]{2,60}?)\s+(?:figures|rates|data)\s+"
    r"(?:are|is|relate|refer)\s+"
    r"(?:to\s+|for\s+)?(?:the\s+)?(?:cohorts?|periods?|years?)?\s*(?P<periods>[^.;]{5,200}?)\s+respectively\b"
)
NOTE_WORDS = re.compile(r"[a-z]{4,}")


def _period_notes(lines: list[Line], after: int, periods: list[str]) -> list[tuple[list[str], dict[str, str]]]:
    """For a note in the few lines under a table: the word stems of the measures it names and the period each of
    the table's own periods stands for. A note must list as many periods as the table has, in the same order."""
    at = next((k for k, x in enumerate(lines) if x.number > after), None)
    if at is None or not periods:
        return []
    text = " ".join(x.text.strip() for x in lines[at : at + 4])
    notes = []
    for m in PERIOD_NOTE.finditer(text):
        named = [_clean_period(p.group(0)) for p in PERIOD_RE.finditer(m.group("periods"))]
        if len(named) != len(periods):
            continue
        # 'Reoffending' -> 'reoffend', 'First time entrant and custody' -> ['first', 'time', 'entrant', 'custod']
        stems = [re.sub(r"(?:ing|ers?|s|y|ial)$", "", w) for w in NOTE_WORDS.findall(m.group("subject").lower())]
        if stems:
            notes.append((stems, dict(zip(periods, named, strict=True))))
    return notes


# '1 Previous year: Jan–Dec 2023; current year: Jan–Dec 2024.', '2 Reoffending: previous year is the Apr 21 – Mar
# 22 cohort; current year the Apr 22 – Mar 23 cohort.': a note, marked as the labels it serves, saying which
NOTE_MARK = re.compile(r"^\s*(?P<mark>\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹*†])\s+(?=[A-Z])")
RELATIVE_SAID = re.compile(
    rf"(?P<rel>{RELATIVE_PERIOD.pattern})\s*(?::|=|\bis\b|\bwas\b)?\s*(?:the\s+)?(?P<p>{PERIOD_RE.pattern})", re.I
)
LABEL_MARK = re.compile(r"(?<=[\w)%])(?P<mark>\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹*†])$")


def _apply_relative_notes(
    table: Table, obs: list[Indicator], lines: list[Line], known: dict[tuple[str, str], str]
) -> None:
    """Periods headed 'Previous year' / 'Current year' made real by the notes under the table, each for the
    rows whose labels carry its mark; a later table's 'current year' is the same year for the same measure."""
    rel_obs = [o for o in obs if o.period and RELATIVE_PERIOD.fullmatch(o.period)]
    if not rel_obs or not table.row_citations:
        return
    after = table.row_citations[-1].line
    at = next((k for k, x in enumerate(lines) if x.number > after), len(lines))
    notes: dict[str, dict[str, str]] = {}
    for x in lines[at : at + 6]:
        mark = NOTE_MARK.match(x.text)
        said = {m.group("rel").lower(): _clean_period(m.group("p")) for m in RELATIVE_SAID.finditer(x.text)}
        if mark and said:
            notes[mark.group("mark")] = said
    labels = {c.line: row[0].strip() for row, c in zip(table.rows, table.row_citations, strict=False) if row}
    for o in rel_obs:
        label = labels.get(o.citation.line, "") if o.citation else ""
        mark = LABEL_MARK.search(label)
        said = notes.get(mark.group("mark"), {}) if mark else {}
        rel = (o.period or "").lower()
        if rel in said:
            known[(o.name, rel)] = said[rel]
            o.period = said[rel]
        elif (o.name, rel) in known:
            o.period = known[(o.name, rel)]


def _apply_period_notes(table: Table, obs: list[Indicator], lines: list[Line]) -> None:
    """The periods a note under the table gives, in place of the column headings, for the measures it names."""
    if not obs or not table.row_citations:
        return
    periods = list(dict.fromkeys(o.period for o in obs if o.period))
    for stems, mapping in _period_notes(lines, table.row_citations[-1].line, periods):
        for o in obs:
            if o.period in mapping and all(s in o.name.lower() for s in stems):
                o.period = mapping[o.period]


# A note under a table giving each year column's cohort: 'Reoffending: the cohort published in the year shown, so
# 2022 = Apr 2020–Mar 2021 cohort, 2023 = ...', 'Baseline 2022/23 = cohort ending March 2021; 2024/25 and Wales
# 2024/25 = cohort ending March 2023' (not a quarter's, 'Q1 2024/25 = July 2021 to June 2022 cohort': a quarter
# is a period of its own)
YEAR_SAID = re.compile(
    r"(?<![\w/])(?<!Q[1-4]\s)(?P<labels>(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}(?:\s*[/–-]\s*\d{2,4})?"
    r"(?:\s+and\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}(?:\s*[/–-]\s*\d{2,4})?)*)"
    r"\s*=\s*(?:the\s+)?(?P<p>[^;,.=]{6,60}?)\s*(?=[;,.]|\s+and\s+(?:[A-Z][a-z]+\s+)?\d{4}|$)"
)
YEAR_TOKEN = re.compile(r"(?:19|20)\d{2}(?:\s*[/–-]\s*\d{2,4})?")
NOTE_MEASURES = {"reoffend": ("reoffend",), "entrant": ("entrant",), "custod": ("custod",)}


def _apply_year_notes(table: Table, obs: list[Indicator], lines: list[Line]) -> None:
    """The cohort a note under the table says each year column stands for, for the measures the note names before
    its pairs."""
    if not obs or not table.row_citations:
        return
    after = table.row_citations[-1].line
    at = next((k for k, x in enumerate(lines) if x.number > after), None)
    if at is None:
        return
    text = " ".join(x.text.strip() for x in lines[at : at + 4])
    if "=" not in text:
        return
    pairs = list(YEAR_SAID.finditer(text))
    if len(pairs) < 2:
        return
    # the measures the note's sentence names before its first pair ('Reoffending: ...', '1 Reoffending rows ...')
    # (its opening words: 'Reoffending is measured on a cohort of children ... released from custody' is reoffending's)
    start = max(text.rfind(". ", 0, pairs[0].start()), 0)
    subject = " ".join(text[start : pairs[0].start()].lower().split()[:5])
    stems = [stem for stem in NOTE_MEASURES if stem in subject]
    if not stems:
        return
    said: dict[str, str] = {}
    for m in pairs:
        period = re.sub(r"\s+cohort$", "", m.group("p").strip())
        for year in YEAR_TOKEN.findall(m.group("labels")):
            said[re.sub(r"\s+", "", year)] = period
    for o in obs:
        years = YEAR_TOKEN.findall(o.period or "")
        if len(years) == 1 and any(s in o.name.lower() for s in stems):
            o.period = said.get(re.sub(r"\s+", "", years[0]), o.period)


# A key under a table naming what its short column or row labels stand for: 'Key: YJS = our service; Reg = South
# West', 'County: Kelmshire. Region: East Midlands.', "'Region' is the North East."
KEY_PAIR = re.compile(
    r"(?:^|[;.]\s+|\bkey\s*:\s*)(?!key\b)(?P<label>[A-Z][\w&'’]*(?:\s[A-Z][\w&'’]*)?)\s*(?:=|:)\s*(?P<place>[^;.=:]{2,60})",
    re.I,
)
# "'Region' is the North East": a label named in a note (under a table's key, or a dashboard's panels)
NAMED_NOTE = re.compile(r"[‘'](?P<label>[A-Z][\w&' ]{1,20})[’']\s+is\s+(?:the\s+)?(?P<place>[A-Z][^.;]{1,40})")
GENERIC_AREA = {"county", "region", "borough", "city", "district", "area", "local", "service", "la", "yjs", "yot"}
OUR_OWN = re.compile(r"\bour\s+(?:service|area|county|borough|city|district)\b|\bthis\s+service\b", re.I)


def _apply_area_key(
    table: Table, obs: list[Indicator], lines: list[Line], home: str | None, before: dict[str, str]
) -> dict[str, str]:
    """Short or generic area labels ('Reg', 'E&W', 'County') named in full by the key under the table, or by a
    note a few lines further on; a table with no key of its own ('Key as Table 1') uses the one before. The key
    used is given back for the tables after."""
    if not obs or not table.row_citations:
        return before  # (most tables hold no indicator: nothing to name)
    last = table.row_citations[-1].line
    at = bisect.bisect_right([x.number for x in lines], last) if lines[-1].number > last else len(lines)
    after = [x.text for x in lines[at : at + 6]]
    text = " ".join(t for t in after if "\t" not in t)
    key: dict[str, str] = {}
    for m in [*KEY_PAIR.finditer(text), *NAMED_NOTE.finditer(text)]:
        abbr, full = m.group("label").strip(), m.group("place").strip()
        if not abbr or not full:
            continue
        if OUR_OWN.search(full) and home:
            full = home
        elif len(full) > 40 or re.match(r"the\s+average\b|average\b", full, re.I):
            continue  # a description, not a place: 'the average of the ten services most like ours'
        full = re.sub(r"^the\s+", "", full, flags=re.I)
        key.setdefault(abbr.lower(), full[:1].upper() + full[1:])
    key = key or before
    for o in obs:
        label = (o.area or "").strip()
        full = key.get(label.lower())
        if full and (len(label) <= 4 or label.lower() in GENERIC_AREA):
            o.area = full
    return key


# A dashboard's panel read down the page: the figure alone on its line ('142', '31.6%', '0. 12' with the space a
# large font leaves), the words naming it below, then perhaps the period alone, then comparators 'England: 151 |
# Region: 160'.
FIGURE_ALONE = re.compile(r"^\s*(\d{1,3}(?:,\d{3})*(?:\.\s?\d+)?)\s*(%)?\s*$")
COMPARATOR_PAIR = re.compile(r"(?P<label>[A-Z][\w&'’ .-]{1,40}?)\s*:\s*(?P<value>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*%?")


LABELLED_FIGURE = re.compile(r"^[A-Z][^:\t]{1,50}:\s*\d")


def _figure_panels(lines: list[Line], home: str | None) -> list[Indicator]:
    """Indicators from panels of a big figure over its caption, period and comparators."""
    out: list[Indicator] = []
    filled = [x for x in lines if x.text.strip()]
    for k, line in enumerate(filled[:-1]):
        t = line.text.strip()
        figure = FIGURE_ALONE.match(t) if len(t) <= 12 and t[:1].isdigit() else None
        if not figure:
            continue
        caption = filled[k + 1].text.strip()
        measure = _measure_at(caption) or measure_of(caption)
        if not measure or caption[:1].isdigit() or "\t" in caption or LABELLED_FIGURE.match(caption):
            continue  # ('Reoffending: 29.4% of ...' under the figure: a line with a figure of its own, no caption)
        if k and (dashed := DASHED_AREA.search(filled[k - 1].text)) and area_of(dashed.group(1)):
            continue  # '... (Jan–Dec 2024) – England' / '147': the comparator's figure, wrapped onto a line of its own
        name, unit = measure
        rest = [x.text.strip() for x in filled[k + 2 : k + 4]]
        alone = [PERIOD_RE.fullmatch(t) for t in rest]
        period = next((_clean_period(m.group(0)) for m in alone if m), None)
        if period is None:
            in_caption = PERIOD_RE.search(caption)
            period = _clean_period(in_caption.group(0)) if in_caption else None
        value = float(re.sub(r"[,\s]", "", figure.group(1)))
        cell_unit = "%" if figure.group(2) else unit
        out.append(Indicator(name, period, value, cell_unit, home, line.cite()))
        notes = " ".join(x.text for x in filled[k + 2 : k + 20])
        named = {m.group("label").lower(): m.group("place").strip() for m in NAMED_NOTE.finditer(notes)}
        for t, x in zip(rest, filled[k + 2 : k + 4], strict=False):
            pairs = list(COMPARATOR_PAIR.finditer(t))
            if len(pairs) < 1 or not re.fullmatch(r"(?:\s*[|·;,]?\s*" + COMPARATOR_PAIR.pattern + r")+\s*", t):
                continue
            for m in pairs:
                label = m.group("label").strip()
                area = named.get(label.lower()) or area_of(label) or label
                out.append(Indicator(name, period, float(m.group("value").replace(",", "")), cell_unit, area, x.cite()))
    return out


# A dashboard's tiles side by side, read across by the text layer: a row of measure names, a row of big figures
# (perhaps with a change badge after each: '187 ▼ 25 on Jan 23 - Dec 23'), then rows of periods and comparator
# strips ('England 147 · South East 139'), one cell per tile.
TILE_FIGURE = re.compile(r"^(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(%)?(?=\s|$)")
TILE_COMPARATOR = re.compile(
    # ('England: 164 | South West: 151': the area's colon before its figure)
    r"(?:^|[·|;]\s*)([A-Z][A-Za-z&'’ -]{1,40}?)\s*:?\s+(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*%?(?=\s*(?:[·|;]|$))"
)


TILE_STRIP = re.compile(rf"(?:(?:{TILE_COMPARATOR.pattern})\s*)+")


def _tile_grid(lines: list[Line], home: str | None) -> list[Indicator]:
    """Indicators from a grid of dashboard tiles, each column of TAB cells one tile. A tile's caption or
    comparator strip wrapped out of its column (a line of its own under the row of tiles) is given to the one
    tile it can belong to: a lone period to the tile that has none, a strip to the tile whose figure is of its
    size ('London 172 | England 151' under 187 and 29.4%)."""
    out: list[Indicator] = []
    rows = [x.text.split("\t") if "\t" in x.text else [] for x in lines]
    for k in range(len(lines) - 1):
        heads = rows[k]
        if len(heads) < 2 or len(rows[k + 1]) != len(heads):
            continue
        figures = [TILE_FIGURE.match(c.strip()) for c in rows[k + 1]]
        fig = k + 1  # the row of the tiles' figures
        if (
            not any(figures)
            and k + 2 < len(rows)
            and len(rows[k + 2]) == len(heads)
            and all(TILE_FIGURE.fullmatch(c.strip()) for c in rows[k + 2])
        ):
            # 'Reoffending (frequency)' over 'reoffences per reoffender' over '3.41': a caption between each tile's
            # name and its figure, saying what is counted
            captions = rows[k + 1]
            heads = [f"{h} {c}" for h, c in zip(heads, captions, strict=True)]
            figures, fig = [TILE_FIGURE.match(c.strip()) for c in rows[k + 2]], k + 2
        else:
            captions = [""] * len(heads)
        if not all(figures):
            continue  # (most rows of most tables: a label first, not a tile's big figure)
        # (a caption says what is counted where the name is loose: 'Reoffending (frequency)' over 'reoffences per
        # reoffender')
        measures = [
            (_measure_at(cap.strip()) or _measure_at(c.strip()) or measure_of(c)) if len(c) < 80 else None
            for c, cap in zip(heads, captions, strict=True)
        ]
        if not all(measures):
            continue
        below = []  # the tiles' rows under their figures, up to the next row of measure names over figures
        for at in range(fig + 1, min(fig + 5, len(rows))):
            row, after = rows[at], rows[at + 1] if at + 1 < len(rows) else []
            # ('reoffended within 12 months | average reoffences': the tiles' captions, naming their measures too)
            named = all(measure_of(c) for c in row) and all(TILE_FIGURE.match(c.strip()) for c in after or [""])
            if len(row) != len(heads) or named:
                break
            below.append(row)
        tiles = []  # (name, unit, period, value) of each tile, its strips' (line, text) to read
        same: list[int] = []  # the tiles captioned 'same cohort': of the binary rate's tile beside them
        for col, (head, measure, figure) in enumerate(zip(heads, measures, figures, strict=True)):
            if measure is None or figure is None:
                continue
            rest = [row[col].strip() for row in below]
            period = next((_cell_period(c) for c in [*rest, head] if PERIOD_RE.search(c)), None)
            unit = "%" if figure.group(2) else measure[1]
            strips = [(fig + 1 + r, cell) for r, cell in enumerate(rest)]
            tiles.append([measure[0], unit, period, float(figure.group(1).replace(",", "")), strips])
            if period is None and any(SAME_ALONE.fullmatch(c) for c in rest):
                same.append(len(tiles) - 1)
        for at in range(fig + 1 + len(below), min(fig + 1 + len(below) + 6, len(lines))):
            text = lines[at].text.strip()
            if len(rows[at]) == len(heads) and all(measure_of(c) for c in rows[at]):
                break  # the next row of tiles
            lone = PERIOD_RE.search(text) if text.startswith("(") or PERIOD_RE.fullmatch(text) else None
            unperiodded = [t for t in tiles if t[2] is None]
            if lone and len(unperiodded) == 1 and "\t" not in text:
                unperiodded[0][2] = _clean_period(lone.group(0))  # '(Apr 23 - Mar 24 cohort)' wrapped alone
                continue
            pairs = [m for cell in text.split("\t") for m in TILE_COMPARATOR.finditer(cell.strip())]
            if not pairs or not all(TILE_STRIP.fullmatch(c.strip()) for c in text.split("\t")):
                continue
            first = float(pairs[0].group(2).replace(",", ""))
            sized = [t for t in tiles if t[3] > 0 and 1 / 3 <= first / t[3] <= 3 and ("%" in text) == (t[1] == "%")]
            if len(sized) == 1:
                sized[0][4].append((at, text.replace("\t", " | ")))
        cohort = next((t[2] for t in tiles if t[0] == "Binary reoffending rate" and t[2]), None)
        for n, (name, unit, period, value, strips) in enumerate(tiles):
            period = cohort if n in same else period
            out.append(Indicator(name, period, value, unit, home, lines[fig].cite()))
            for at, cell in strips:
                for m in TILE_COMPARATOR.finditer(cell):
                    area = area_of(m.group(1))
                    if area is not None:
                        figure = float(m.group(2).replace(",", ""))
                        out.append(Indicator(name, period, figure, unit, area, lines[at].cite()))
    return out


# A chart's data told in words: 'Figure 1 description: first time entrants per 100,000 ..., by calendar year: 2021:
# 245; 2022: 210; 2023: 198. England 2024: 154.' - the measure in the lead-in, then 'period: value' pairs.
SERIES_PAIR = re.compile(
    r"(?:(?<=[;:.])|^)\s*(?P<area>[A-Z][A-Za-z&' ]{1,40}?\s+)?(?P<period>(?:19|20)\d{2}|"
    + PERIOD_RE.pattern.replace(r"(?<![\w/])", "", 1)
    # ('year ending December: 2021 294; 2022 257': the pairs without their colon)
    + r")(?:\s+cohort)?(?:\s*:\s*|\s+)(?P<value>\d{1,3}(?:,\d{3})*(?:\s?\.\s?\d+)?)\s*(?P<pct>%)?(?=\s*(?:[;.]|$))"
)


SERIES_GOES_ON = re.compile(r"^\s*(?:-\s|\d{2}\b|(?:[A-Z][a-z]+\s+)?(?:(?:19|20)\d{2}|[A-Z][a-z]{2}\s*\d{2})\b)")


def _described_series(text: str, line: Line, home: str | None) -> list[Indicator]:
    """Indicators from a lead-in naming a measure over 'period: value' pairs, a chart described in words."""
    first = SERIES_PAIR.search(text)
    if first is None:
        return []
    lead = text[: first.start()]
    measure = measure_of(lead[-240:])
    if measure is None or (COUNT_WORDS.search(lead[-120:]) and not RATE_WORDS.search(lead[-120:])):
        return []  # (a count of children by month is no rate; 'the average number of further offences' is)
    name, unit = measure
    out: list[Indicator] = []
    for m in SERIES_PAIR.finditer(text, first.start()):
        value = float(re.sub(r"[,\s]", "", m.group("value")))
        where = (m.group("area") or "").strip()
        area = (area_of(where) or where) if where else home
        out.append(
            Indicator(name, _clean_period(m.group("period")), value, "%" if m.group("pct") else unit, area, line.cite())
        )
    return out if len(out) >= 2 else []


# 'FTE rate per 100,000 (rolling 12 months to March 2025): City 214, Core Cities 236, England 154': a measure and
# its period, then each area's figure
AREAS_OF_A_PERIOD = re.compile(
    r"^(?P<lead>[^():]{3,100}?)\s*\((?P<period>[^()]{3,60}?\d{2}[^()]*)\)\s*:\s*(?P<pairs>.+)$"
)
AREA_FIGURE = re.compile(
    r"(?:^|[,;]\s*)(?P<area>[A-Z][A-Za-z'’ -]{1,40}?)\s+(?P<value>\d[\d,]*(?:\.\d+)?)(?P<pct>%?)(?=\s*(?:[,;.]|$))"
)


def _areas_of_a_period(text: str, line: Line, home: str | None) -> list[Indicator]:
    """One measure in one period, figure by figure for each area named: the lead names the measure."""
    m = AREAS_OF_A_PERIOD.match(text.strip())
    measure = measure_of(m.group("lead")) if m else None
    if m is None or measure is None:
        return []
    pairs = list(AREA_FIGURE.finditer(m.group("pairs")))
    if len(pairs) < 2 or "".join(p.group(0) for p in pairs).strip(" ,;.") != m.group("pairs").strip(" ,;."):
        return []  # (every part of the list an area and its figure, nothing else)
    name, unit = measure
    period = _clean_period(m.group("period"))
    out = []
    for p in pairs:
        area = p.group("area").strip()
        area = area_of(area) or area
        value = float(p.group("value").replace(",", ""))
        out.append(Indicator(name, period, value, "%" if p.group("pct") else unit, area, line.cite()))
    return out


UNIT_LABEL = re.compile(r"^\W*(?:rate\b|per\b|%|percentage|proportion|reoffences|average|number)", re.I)
PROSE_CELL = 300  # characters: a cell this long holds paragraphs, not a figure or a label


def extract_indicators(
    doc: Document, lines: list[Line], segments: list[Segment], council: str | None
) -> tuple[list[Indicator], dict[str, Any]]:
    """Indicators from every table and headline sentence in the pack, and the
    Youth Justice Plan (when the pack holds one) under extras['youth_justice_plan']."""
    tables = find_tables(lines)
    plan, plan_extras = read_plan(lines, segments, tables, council)
    home = (plan.area if plan else None) or area_name(council) or home_from_text(lines)
    table_obs: list[Indicator] = []
    table_lines: set[int] = set()
    key: dict[str, str] = {}
    relative: dict[tuple[str, str], str] = {}  # (measure, 'current year') -> the period a note said it is
    at = {x.number: k for k, x in enumerate(lines)}
    for table in tables:
        last = at.get(table.row_citations[-1].line) if table.row_citations else None
        under = lines[last + 1].text.strip() if last is not None and last + 1 < len(lines) else ""
        found = from_table(table, home, note=under if len(under) <= 160 else "")
        _apply_period_notes(table, found, lines)
        _apply_year_notes(table, found, lines)
        _apply_relative_notes(table, found, lines, relative)
        key = _apply_area_key(table, found, lines, home, key)
        table_obs.extend(found)
        table_lines.update(c.line for c in table.row_citations)
    # (a dashboard's panels and tiles first: read by their layout, they keep their figures' periods where prose
    # tells a figure again)
    sentence_obs: list[Indicator] = _figure_panels(lines, home) + _tile_grid(lines, home)
    # (a numbered heading set at a tab stop reads as a one-row table; it still heads the prose under it; and a
    # numbered paragraph's first line, its number at a tab stop, its prose wrapping onto lines below: '4.2<TAB>First
    # time entrants: the rate ... was 168 in the 12' / 'months to December 2024 (England 154; ...)')
    prose_rows = {
        x.number
        for x, below in zip(lines, lines[1:], strict=False)
        if x.number in table_lines
        and NUMBERED_PROSE.match(x.text.strip())
        and "\t" not in below.text
        and below.text.strip()
    }
    paragraphs = _paragraphs(
        [
            x
            for x in lines
            if x.number not in table_lines or NUMBERED_HEADING_TAB.match(x.text.strip()) or x.number in prose_rows
        ]
    )
    for k, (line, text, parts) in enumerate(paragraphs):
        if "\t" in text or len(text) < 20:
            continue  # a table's rows are read as a table, never again as sentences
        # ('... in the same cohort': the period the prose above last named, looked for only where it is asked)
        above = [
            [
                _clean_period(m.group(0))
                for m in PERIOD_RE.finditer(t)
                # (not an earlier level's: '31.4% for the Apr 22 – Mar 23 cohort, down from 34.0% for Apr 21 – Mar 22')
                if not EARLIER_LEVEL_AT.search(t, max(0, m.start() - 40), m.start())
            ]
            for _, t, _ in (paragraphs[max(0, k - 3) : k] if "same " in text else [])
        ]
        said = from_sentence(text, line, home, parts, _latest_period(next((p for p in reversed(above) if p), [])))
        if ":" in text and (SERIES_PAIR.search(text) or not text.rstrip().endswith((".", ":"))):
            # (the pairs go on over lines the paragraph reader parted: '... 2021: 245;' / '2022: 210; ...')
            series = text
            for _, more, _ in paragraphs[k + 1 : k + 4]:
                if series.rstrip().endswith(".") or not SERIES_GOES_ON.match(more):
                    break
                series = f"{series} {more}"
            charted = _described_series(series, line, home)
            # ('Wales 2023: 169' read as a sentence has no period; the pair has its own)
            pairs = {(i.name, i.area, i.value) for i in charted}
            said = [i for i in said if i.period is not None or (i.name, i.area, i.value) not in pairs] + charted
        sentence_obs.extend(said)
        if "):" in text:
            sentence_obs.extend(_areas_of_a_period(text, line, home))
    for line in lines:  # a table's cell of prose ('Discussion' in minutes kept as a table) is read as sentences
        if "\t" in line.text and len(line.text) >= PROSE_CELL:
            for cell in line.text.split("\t"):
                if len(cell) >= PROSE_CELL and ". " in cell:
                    sentence_obs.extend(from_sentence(cell.strip(), line, home))
        elif "\t" in line.text and ("per " in line.text or "%" in line.text):
            # a poster's tiles side by side, each a measure, its figure, its period and a comparator in one cell
            # ('First time entrants 171 per 100,000 children aged 10–17 Jan–Dec 2024 England 154')
            for cell in line.text.split("\t"):
                if TILE_CELL.match(cell.strip()) and PERIOD_RE.search(cell) and _measure_at(cell.strip()):
                    sentence_obs.extend(from_sentence(cell.strip(), line, home))
    # (a percentage over 100 is no binary rate: a figure read with the wrong measure)
    indicators = [i for i in _dedupe(table_obs, sentence_obs) if not (i.unit == "%" and i.value > 100)]
    extras: dict[str, Any] = {}
    if plan:
        first, last = lines[plan.start].number, lines[plan.end].number
        plan_extras["indicators"] = [i.to_json() for i in indicators if i.citation and first <= i.citation.line <= last]
        extras["youth_justice_plan"] = plan_extras
    return indicators, extras
