"""Recorded votes as a reader checks them: counts, who voted which way, the result, the motion."""

from __future__ import annotations

import pytest
from shared_corpus import sample_or_corpus

from minutebook.extract.minutes import extract_minutes
from minutebook.extract.votes import extract_votes
from minutebook.model import Line
from minutebook.text import read_document


def text_lines(text: str) -> list[Line]:
    return [Line(i + 1, None, t) for i, t in enumerate(text.splitlines())]


def kent_council_votes():
    path = sample_or_corpus(
        "kent_county_council_2025-01-09_printed_minutes.pdf", "kent/kent_county_council_2025-01-09_printed_minutes.pdf"
    )
    lines = read_document(path).lines()
    (m,) = extract_minutes(lines, [])
    item = next(i for i in m.items if i.title == "English Devolution White Paper")
    return lines, item


def test_kent_recorded_votes_counts_names_and_results():
    lines, item = kent_council_votes()
    votes = item.votes
    assert [(v.counts["for"], v.counts["against"], v.counts["abstain"], v.result) for v in votes] == [
        (14, 45, 4, "lost"),
        (17, 43, 3, "lost"),
        (13, 45, 4, "lost"),
        (14, 40, 7, "lost"),
        (39, 19, 1, "carried"),
    ]
    first = votes[0]
    assert len(first.for_) == 14 and "R Lehmann" in first.for_ and "Hook" in first.for_  # 'Mr \nHook' over a line end
    assert first.abstain == ["Bruneau", "Chittenden", "Dean", "Webb"]
    assert "Dr Sullivan" in first.for_  # 'Dr' is kept, as CONTRACT.md prints `Dr Moore`
    assert first.warnings == []
    assert first.motion.startswith("Mr Hood proposed and Mr Baldock seconded the following amendment")
    # the substantive motion is the one paragraph 25 names: the amendment carried at paragraph 15
    assert votes[-1].motion.startswith("Mr Streatfeild proposed and Mr Sole seconded")
    assert votes[-1].abstain == ["Constantine"]
    text = {x.number: x.text for x in lines}
    assert all(text[v.citation.line].startswith("For (") for v in votes)


def test_printed_count_and_names_disagree_keeps_both_with_a_warning():
    text = """3) Mr Smith proposed and Mrs Jones seconded that the report be approved.
4) The Chair put the motion set out in paragraph 3 to the vote and the voting was as follows:
For (4)
Mr Adams, Mrs Brown, Ms Clark
Against (1)
Mr Davies
Abstain (0)
Motion carried.
"""
    (vote,) = extract_votes(text_lines(text))
    assert vote.counts == {"for": 4, "against": 1, "abstain": 0}
    assert vote.for_ == ["Adams", "Brown", "Clark"] and vote.against == ["Davies"] and vote.abstain == []
    assert vote.result == "carried"
    assert vote.motion == "Mr Smith proposed and Mrs Jones seconded that the report be approved."
    assert vote.warnings == ["for: printed count 4 but 3 names listed"]


def test_counts_without_names_and_a_lost_amendment():
    text = """The amendment was put to the vote.
For: 12
Against: 30
Abstentions: 2
The amendment was lost.
"""
    (vote,) = extract_votes(text_lines(text))
    assert vote.counts == {"for": 12, "against": 30, "abstain": 2}
    assert vote.result == "lost" and vote.warnings == []


def test_no_recorded_vote_no_votes():
    text = "RESOLVED that the report be noted.\nFor the avoidance of doubt, nothing was voted."
    assert extract_votes(text_lines(text)) == []


def test_one_name_a_line_and_names_side_by_side():
    text = """For (3)
Councillor A Smith
Councillor B Jones
Cllr C Patel
Against (2)
Mr Adams Mrs Brown
Abstain (1)
Mr R
Lehmann
Motion carried.
"""
    (vote,) = extract_votes(text_lines(text))
    assert vote.for_ == ["A Smith", "B Jones", "C Patel"]
    assert (vote.against, vote.abstain) == (["Adams", "Brown"], ["R Lehmann"])
    assert vote.result == "carried" and vote.warnings == []


def test_tally_after_as_follows_on_the_same_line():
    text = """3) Mr Smith proposed and Mrs Jones seconded that the report be approved.
4) The Chair put the motion to the vote and the voting was as follows: For (2) Mr Adams, Mrs Brown
Against (1) Mr Davies
Motion carried."""
    (vote,) = extract_votes(text_lines(text))
    assert vote.counts == {"for": 2, "against": 1, "abstain": None}
    assert (vote.for_, vote.against, vote.result) == (["Adams", "Brown"], ["Davies"], "carried")
    assert vote.motion.startswith("Mr Smith proposed")


def test_there_voted_for_lists_with_counts_after_dot_leaders():
    text = """It was moved by Councillor Stokes, seconded by Councillor Haines, that the minutes are not accurate.
There voted for the motion:

Councillors Anderson, Bains and S Chaudhry ........................ 3

There voted against the motion:

Councillors Basharat, Buchanan and A S Wright ..................... 4

There abstained from voting:

Councillor Long ..................... 1

Resolved - That the Minutes be approved as a correct record.
"""
    (vote,) = extract_votes(text_lines(text))
    assert vote.for_ == ["Anderson", "Bains", "S Chaudhry"] and vote.abstain == ["Long"]
    assert vote.counts == {"for": 3, "against": 4, "abstain": 1}
    assert vote.warnings == ["against: printed count 4 but 3 names listed"]
    assert vote.motion.startswith("It was moved by Councillor Stokes")


def test_votes_told_in_a_sentence():
    text = """It was proposed by Councillor Pugh and seconded by Councillor Grainger that the application be refused.
On being put to the vote the motion was LOST (4 for, 7 against,
0 abstentions).

It was then proposed by Councillor Okafor that the application be approved. On being put to the vote
the motion was CARRIED unanimously.

It was RESOLVED to renew the insurance. Proposed Cllr Ellison, seconded Cllr Nwosu; 4 in favour, 1 against.

Upon being put to a vote it was 5 in favour, 2 against and 0 abstentions.

Mr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected. Agreed unanimously.
"""
    votes = extract_votes(text_lines(text))
    assert [(v.counts["for"], v.counts["against"], v.counts["abstain"], v.result) for v in votes] == [
        (4, 7, 0, "lost"),
        (None, None, None, "carried"),
        (4, 1, None, "carried"),  # no result printed: the majority carries it
        (5, 2, 0, "carried"),
    ]
    assert votes[0].motion.startswith("It was proposed by Councillor Pugh")


def test_scottish_roll_call_division():
    text = """Councillor McLeod, seconded by Councillor Grant, moved that the recommendations be approved.

Councillor Cameron, seconded by Councillor Stewart, moved as an amendment that the rate be increased.

On the roll being called, the following members voted for the amendment: Councillors Cameron, Fraser and Stewart.

The following members voted for the motion: Councillors McLeod, Grant, Munro, Watt, Rev MacLennan and Mrs Doig.

3 members having voted for the amendment and 6 members having voted for the motion, the motion was
accordingly declared carried.
"""
    (vote,) = extract_votes(text_lines(text))
    assert vote.for_ == ["McLeod", "Grant", "Munro", "Watt", "MacLennan", "Doig"]
    assert vote.against == ["Cameron", "Fraser", "Stewart"]
    assert vote.counts == {"for": 6, "against": 3, "abstain": 0} and vote.result == "carried"


def test_figures_in_favour_outside_a_vote_are_not_a_vote():
    text = "The consultation found 24 in favour of option A and 3 against it.\n"
    assert extract_votes(text_lines(text)) == []


def test_named_recorded_vote_with_counts_in_brackets_below_each_list():
    """'The following Members voted FOR the amendment:' with the names below is a tally, not a
    Scottish division; the '(3)' under each list is its count and 'declared LOST' the result."""
    text = """A recorded vote was taken on the amendment:

The following Members voted FOR the amendment:

Councillors Abbott, Bryce and Cole.

(3)

The following Members voted AGAINST the amendment:

Councillors Dunn, Ellis, Frost and Gale.

(4)

The following Members ABSTAINED:

Councillor Hale.

(1)

The amendment was declared LOST."""
    (v,) = extract_votes(text_lines(text))
    assert v.for_ == ["Abbott", "Bryce", "Cole"] and v.against == ["Dunn", "Ellis", "Frost", "Gale"]
    assert v.abstain == ["Hale"]
    assert (v.counts, v.result) == ({"for": 3, "against": 4, "abstain": 1}, "lost")


def test_vote_printed_as_a_table_of_tallies():
    text = """Proposed by Cllr Reid, seconded by Cllr Shah.

| For | Against | Abstain |
|-----|---------|---------|
| 2   | 5       | 1       |
"""
    (v,) = extract_votes(text_lines(text))
    assert (v.counts, v.result) == ({"for": 2, "against": 5, "abstain": 1}, "lost")


def test_members_for_and_against_told_in_a_sentence():
    (v,) = extract_votes(text_lines("On a vote being taken there voted 6 Members For and 8 Members Against."))
    assert (v.counts["for"], v.counts["against"], v.result) == (6, 8, "lost")


def test_those_voting_headings_over_name_lists():
    text = """Those voting in favour:
Councillors Amos, Bell and Cray.
Those voting against:
Councillors Dale and Eyre.
The motion was carried."""
    (v,) = extract_votes(text_lines(text))
    assert (v.for_, v.against, v.result) == (["Amos", "Bell", "Cray"], ["Dale", "Eyre"], "carried")


def test_bracketed_tally_with_no_other_vote_words():
    text = "Planning application 19/0042 – Mill Lane barn. No objection (4 for and 3 against)."
    (v,) = extract_votes(text_lines(text))
    assert (v.counts["for"], v.counts["against"], v.result) == (4, 3, "carried")


def test_tally_words_followed_by_bare_numbers_on_one_line():
    text = "Cllr Webb moved the motion.\nFor 12, Against 5, Abstain 1\nThe motion was carried."
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 12, "against": 5, "abstain": 1} and v.result == "carried"


def test_names_then_their_count_in_brackets():
    text = """The amendment was put to the vote.
For: K Lane, M Orr and P Quinn (3)
Against: R Stone (1)
Abstain: None (0)
The amendment was lost."""
    (v,) = extract_votes(text_lines(text))
    assert v.for_ == ["K Lane", "M Orr", "P Quinn"] and v.against == ["R Stone"]
    assert v.counts == {"for": 3, "against": 1, "abstain": 0} and v.result == "lost"


def test_a_table_with_one_row_a_way_of_voting():
    text = """Motion status:
Carried
| Vote | Councillors | Count |
|---|---|---|
| For | T Urwin, V Wade and Mrs W Yates | 3 |
| Against | None | 0 |
| Abstain | Z Abel | 1 |"""
    (v,) = extract_votes(text_lines(text))
    assert v.for_ == ["T Urwin", "V Wade", "W Yates"] and v.against == [] and v.abstain == ["Z Abel"]
    assert v.counts == {"for": 3, "against": 0, "abstain": 1} and v.result == "carried"


def test_tallies_that_name_the_motion_or_amendment_voted_on():
    text = """Councillor Oduya moved and Councillor Pell seconded an amendment that the car park charges be halved.
On being put to the vote the amendment was carried.

The amended motion was then put to a recorded vote:

**For the amendment (3):** Councillors Abel, Brook and Crane

**Against the amendment (2):** Councillors Dove and Esk

**Abstained (1):** Councillor Fenn

The motion was carried.
"""
    (vote,) = [v for v in extract_votes(text_lines(text)) if v.counts.get("for") is not None]
    assert vote.counts == {"for": 3, "against": 2, "abstain": 1} and vote.result == "carried"
    assert vote.for_ == ["Abel", "Brook", "Crane"] and vote.against == ["Dove", "Esk"] and vote.abstain == ["Fenn"]
    # the amendment decided above is not this vote's motion: what was put next is
    assert vote.motion == "The amended motion was then put to a recorded vote:"


def test_against_the_motion_with_the_count_after_a_colon():
    text = """For the motion: 9
Against the motion: 4
Abstentions: 0
Motion carried.
"""
    (vote,) = extract_votes(text_lines(text))
    assert vote.counts == {"for": 9, "against": 4, "abstain": 0} and vote.result == "carried"


def test_count_after_the_word_and_money_is_not_a_count():
    text = (
        "The Commissioner proposed a precept of £312.58 for a Band D property.\n"
        "\n"
        "Councillor Amos moved that the Board reject the proposed scheme.\n"
        "On being put to the vote there voted FOR the rejection 3, AGAINST the rejection 9, and 1 abstained.\n"
    )
    votes = extract_votes(text_lines(text))
    assert [(v.counts["for"], v.counts["against"], v.counts["abstain"], v.result) for v in votes] == [(3, 9, 1, "lost")]


def test_a_motion_carried_unanimously_is_a_carried_vote():
    from minutebook.extract.votes import extract_votes
    from minutebook.model import Line

    (v,) = extract_votes([Line(1, None, "The motion was carried unanimously.")])
    assert v.result == "carried"
    assert extract_votes([Line(1, None, "It was agreed unanimously.")]) == []


def test_a_recorded_vote_printed_as_columns_of_names_under_tally_headings():
    """A ruled table read from a PDF: 'For | Against | Abstain' over one name a cell, columns of
    unequal length (an empty first cell is a leading TAB; a row with one cell is the first column's),
    the heading printed again after a page break, totals at the foot and the result below."""
    lines = text_lines(
        "It was proposed by Councillor A Nuttall and seconded by Councillor B Kowal that the budget be amended.\n"
        "For\tAgainst\tAbstain\n"
        "Cllr Frobisher\tCllr Ahmed\tCllr Delahaye\n"
        "Cllr Inglis\tCllr Birkett\n"
        "\tCllr Carver\n"
        "For\tAgainst\tAbstain\n"
        "\tCllr Oyelaran (Mayor)\n"
        "Total: 2\tTotal: 3\tTotal: 1\n"
        "The amendment was therefore LOST.\n"
        "A recorded vote was then taken on the substantive motion:\n"
        "For\tAgainst\n"
        "Cllr Ahmed\tCllr Frobisher\n"
        "Cllr Birkett\n"
        "Cllr Carver\n"
        "(3)\t(1)\n"
    )
    first, second = extract_votes(lines)
    assert (first.for_, first.against, first.abstain) == (
        ["Frobisher", "Inglis"],
        ["Ahmed", "Birkett", "Carver", "Oyelaran"],
        ["Delahaye"],
    )
    assert first.counts == {"for": 2, "against": 3, "abstain": 1} and first.result == "lost"
    assert first.warnings == ["against: printed count 3 but 4 names listed"]
    assert (second.for_, second.against) == (["Ahmed", "Birkett", "Carver"], ["Frobisher"])
    assert second.counts["for"] == 3 and second.counts["against"] == 1 and second.result == "carried"


def test_a_column_vote_of_names_without_honorifics_and_a_borderless_one_whose_longer_column_runs_on():
    """Each cell is one name, honorific or not ('D R Bebb' over 'S Cadwaladr'); a clergyman's title starts a
    name of its own. Below a borderless table's shorter columns, the rows left of one name each (no TAB to
    say which column) go to the column whose printed count is not yet met; the heading again over a page's
    rest of the table ('For (continued)') is no row of names."""
    lines = text_lines(
        "In accordance with Rule 17.5 a recorded vote was taken:\n"
        "For\tAgainst\tAbstained\n"
        "D R Bebb\tG Bowen\tB Wyn-Williams\n"
        "S Cadwaladr\tH M Davies\n"
        "\tL Lloyd-Morgan\n"
        "The motion was LOST.\n"
        "A recorded vote was requested and the voting was as follows:\n"
        "For (2)\tAgainst (4)\tAbstain (1)\n"
        "Ms Bamidele\tMr Achterberg\tMrs Lusted\n"
        "Mr Corrigall\tMrs Dunmore\n"
        "For (continued)\tAgainst (continued)\n"
        "Reverend Fothergill\n"
        "Mr Keverne\n"
        "(5) The motion was lost.\n"
    )
    first, second = extract_votes(lines)
    assert (first.for_, first.against, first.abstain) == (
        ["D R Bebb", "S Cadwaladr"],
        ["G Bowen", "H M Davies", "L Lloyd-Morgan"],
        ["B Wyn-Williams"],
    )
    assert first.counts == {"for": 2, "against": 3, "abstain": 1} and first.result == "lost"
    assert (second.for_, second.against, second.abstain) == (
        ["Bamidele", "Corrigall"],
        ["Achterberg", "Dunmore", "Fothergill", "Keverne"],
        ["Lusted"],
    )
    assert second.warnings == [] and second.result == "lost"


def test_a_figure_with_thousands_after_against_in_an_answer_is_no_tally():
    lines = text_lines(
        "Councillor N Gosling replied that 18,412 households had subscribed for 2025/26\n"
        "against 18,967 in 2024/25, a fall of 555 (2.9 per cent).\n"
    )
    assert extract_votes(lines) == []


def test_a_combined_authority_s_vote_cast_by_councils():
    lines = text_lines(
        "The Board voted as follows:\n"
        "For – Stafton City Council, Wrekinshire Council, Lichmoor District Council,\n"
        "Trentside Borough Council and Kinvale Borough Council (5);\n"
        "Against – Teme Valley District Council (1);\n"
        "Abstain – none (0).\n"
        "The required two-thirds majority was achieved.\n"
    )
    (vote,) = extract_votes(lines)
    assert vote.counts == {"for": 5, "against": 1, "abstain": 0}
    assert vote.against == ["Teme Valley District Council"] and len(vote.for_) == 5


def test_surnames_after_councillors_voting_for_and_against_fill_those_sides():
    lines = text_lines(
        "Vote: For 6, Against 1, Abstain 0\n"
        "Councillors voting for: Adebayo, Fairbairn, Marchetti, Nowak, Okonkwo and Raman\n"
        "Councillors voting against: Doherty\n"
        "RESOLVED: That planning permission be REFUSED.\n"
    )
    (vote,) = extract_votes(lines)
    assert vote.counts == {"for": 6, "against": 1, "abstain": 0}
    assert (len(vote.for_), vote.against, vote.abstain) == (6, ["Doherty"], [])


def test_a_table_of_results_is_not_a_vote_of_names():
    lines = text_lines("For\tAgainst\n12 responses in support\tThe scheme is too costly.\n")
    assert extract_votes(lines) == []


def test_a_division_printed_as_two_columns_for_the_motion_and_for_the_amendment():
    """Scottish minutes: those for the amendment vote against the motion; the counts are in the
    headings and the result in the sentence that introduces the table."""
    lines = text_lines(
        "On a division, the Motion received 3 votes and the Amendment received 2 votes, and the Motion\n"
        "was therefore CARRIED, votes having been cast as follows:\n"
        "For the Motion (3):\tFor the Amendment (2):\n"
        "Mr A Beaton\tMrs M Chisholm\n"
        "Mr F Logan\tMr R Dingwall\n"
        "Ms K Urquhart\n"
        "Decision\n"
    )
    (vote,) = extract_votes(lines)
    assert vote.for_ == ["A Beaton", "F Logan", "K Urquhart"] and vote.against == ["M Chisholm", "R Dingwall"]
    assert vote.counts["for"] == 3 and vote.counts["against"] == 2 and vote.result == "carried"


def test_a_parish_vote_in_brackets_after_the_decision_or_the_seconder():
    lines = text_lines(
        "b) 24/01187/FUL – Land east of Hatch Lane. Following discussion it was RESOLVED to\n"
        "object on the grounds of highway safety (For 5, Against 2).\n"
        "c) It was RESOLVED to award the contract to Kingdom Landscapes Ltd, being the lowest tender.\n"
        "Proposed Cllr Ashdown, seconded Cllr Pelham (For 5, Against 1). Cllr Kingdom returned.\n"
    )
    assert [(v.counts["for"], v.counts["against"], v.result) for v in extract_votes(lines)] == [
        (5, 2, "carried"),
        (5, 1, "carried"),
    ]


def test_a_recorded_vote_on_an_amendment_printed_as_paragraphs():
    lines = text_lines(
        "Upon being put to the vote, a recorded vote having been requested, the result was as follows:\n"
        "The following Members voted for the amendment: Councillors Abbott, Bagshaw,\n"
        "Blakemore (3).\n"
        "The following Members voted against the amendment: Councillors Ashworth,\n"
        "Barraclough, Bellingham, Bramwell (4).\n"
        "Abstained: Councillor Lofthouse (1).\n"
        "The amendment was therefore LOST.\n"
    )
    (vote,) = extract_votes(lines)
    assert vote.for_ == ["Abbott", "Bagshaw", "Blakemore"] and len(vote.against) == 4
    assert vote.counts == {"for": 3, "against": 4, "abstain": 1} and vote.result == "lost"


def test_tally_lists_wrapped_after_a_comma_and_the_result_in_the_next_sentence():
    (vote,) = extract_votes(
        text_lines(
            "Councillor Ferris requested a recorded vote and Members voted as follows:\n"
            "For (6): Aldermen Boyd and Carr; Councillors Dunne, Egan,\n"
            "Flynn and Grant.\n"
            "Against (2): Councillors Hale and Irwin.\n"
            "Abstentions (0).\n"
            "The result of the vote being For 6, Against 2, Abstentions 0, the Chair\n"
            "declared the proposal carried and it was\n"
            "AGREED that the fee be increased.\n"
        )
    )
    assert vote.for_ == ["Boyd", "Carr", "Dunne", "Egan", "Flynn", "Grant"]  # not 'Egan Flynn'
    assert vote.against == ["Hale", "Irwin"]
    assert vote.counts == {"for": 6, "against": 2, "abstain": 0}
    assert vote.result == "carried"
    assert vote.warnings == []


def test_a_sentence_after_the_tally_that_states_no_result_leaves_it_unknown():
    (vote,) = extract_votes(
        text_lines(
            "For (3): Councillors Ash, Birch and Cole.\n"
            "Against (1): Councillor Dean.\n"
            "The Chair thanked the officers for their report on the 1.5m budget.\n"
        )
    )
    assert vote.result is None


def test_a_vote_told_as_by_so_many_votes_to_so_many():
    (vote,) = extract_votes(
        text_lines(
            "The Chairman then put the recommendations of the Head of Planning to the vote and\n"
            "they were agreed by 9 votes to 4.\n"
        )
    )
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (9, 4, "carried")


def test_a_bracketed_tally_broken_over_a_line_is_one_vote():
    (vote,) = extract_votes(
        text_lines(
            "On being put to the vote, the recommendations below were carried (For 6,\n"
            "Against 2, Abstentions 0).\n"
            "RECOMMENDED to Cabinet that the target be reviewed.\n"
        )
    )
    assert (vote.counts, vote.result) == ({"for": 6, "against": 2, "abstain": 0}, "carried")


def test_a_column_vote_with_a_row_of_totals_named_by_side_and_the_result_below():
    votes = extract_votes(
        text_lines(
            "The voting was as follows:\n"
            "For\tAgainst\tAbstained\n"
            "Cllr J Barraclough\tCllr S Ackroyd (Mayor)\tCllr M Kitson\n"
            "Cllr P Beaumont\tCllr R Ahmed\n"
            "\tCllr K Ainsworth\n"
            "TOTAL FOR: 2\tTOTAL AGAINST: 3\tTOTAL ABSTAINED: 1\n"
            "The amendment was declared LOST.\n"
        )
    )
    assert [(v.counts, v.result) for v in votes] == [({"for": 2, "against": 3, "abstain": 1}, "lost")]


def test_a_tally_opening_a_sentence_mid_line_and_a_bare_count_before_for_that_is_no_vote():
    votes = extract_votes(
        text_lines(
            "The statement proposed that the contribution paid by students aged 16 to 18 for travel rise to £750.\n"
            "\n"
            "The Chairman put the recommendation in the report to the vote. For 7,\n"
            "Against 3, Abstentions 1 — the recommendation was carried.\n"
        )
    )
    assert [(v.counts, v.result) for v in votes] == [({"for": 7, "against": 3, "abstain": 1}, "carried")]


def test_members_voting_for_against_and_abstaining_in_a_sentence():
    (vote,) = extract_votes(
        text_lines(
            "The substantive motion was put to the vote and was CARRIED,\n"
            "32 Members voting for, 10 against and 2 abstaining.\n"
        )
    )
    assert (vote.counts, vote.result) == ({"for": 32, "against": 10, "abstain": 2}, "carried")


def test_a_grid_of_marks_gives_each_members_vote_across_a_page_break():
    # One row a member, a mark under the way they voted, the heading again after the page break,
    # a member who had left with no mark, and the totals line under the grid.
    text = (
        "Recorded vote on the substantive motion\n"
        "Councillor\tFor\tAgainst\tAbstain\n"
        "T Angove\tX\n"
        "L Bolitho\t\tX\n"
        "Cllr J Carlyon (Vice-Chairman)\tX\n"
        "\fCouncillor\tFor\tAgainst\tAbstain\n"
        "N Dunstan\t\t\tX\n"
        "P Yelland\n"
        "For: 2\tAgainst: 1\tAbstain: 1\n"
        "The motion was CARRIED.\n"
    )
    (vote,) = extract_votes([Line(i + 1, None, t) for i, t in enumerate(text.splitlines())])
    assert (vote.for_, vote.against, vote.abstain) == (["T Angove", "J Carlyon"], ["L Bolitho"], ["N Dunstan"])
    assert (vote.counts, vote.result, vote.warnings) == ({"for": 2, "against": 1, "abstain": 1}, "carried", [])


def test_a_grid_of_ticks_with_an_authority_column_and_a_total_row():
    text = (
        "Member\tConstituent authority\tFor\tAgainst\tAbstain\n"
        "Mayor Helen Marchbank\tMayor of Severnvale\t✓\n"
        "Cllr Ann Bee\tNorthby Council\t\t✓\n"
        "Cllr Cy Dale\tSouthby Council\t✓\n"
        "Total\t\t3\t1\t0\n"
        "The recommendations were therefore approved.\n"
    )
    (vote,) = extract_votes([Line(i + 1, None, t) for i, t in enumerate(text.splitlines())])
    assert (vote.for_, vote.against, vote.abstain) == (["Helen Marchbank", "Cy Dale"], ["Ann Bee"], [])
    assert vote.counts == {"for": 2, "against": 1, "abstain": 0} and vote.result == "carried"
    assert vote.warnings == ["for: printed count 3 but 2 marks in the grid"]


def test_tally_counts_parted_only_by_spaces_and_the_result_after_a_dash():
    text = "6.3 The proposal was put to the vote.\nVote: For 11 Against 3 Abstentions 2 – carried\nThe Forum AGREED:"
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 11, "against": 3, "abstain": 2} and v.result == "carried"
    assert v.for_ == [] and v.abstain == []


def test_the_sentence_after_a_tally_is_its_result_not_names():
    text = "Maintained primary members voted: For 5, Against 1, Abstain 0. The proposal was agreed.\nRESOLVED: That ..."
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 5, "against": 1, "abstain": 0}
    assert v.abstain == [] and v.result == "carried" and not v.warnings


def test_a_tally_inside_a_sentence_and_a_recorded_vote_told_again():
    told = "On being put to the vote there voted For 9, Against 2, Abstentions 1, and the motion was carried."
    (v,) = extract_votes(text_lines(told))
    assert v.counts == {"for": 9, "against": 2, "abstain": 1} and v.result == "carried"
    recorded = """Members voted as follows:
For (3): Councillors Boyle, Fegan and Hanna.
Against (1): Councillor Cassidy.
Abstentions (1): Councillor McKenna.
The result of the vote being For 3, Against 1, Abstentions 1, the Chair declared the proposal carried."""
    (v,) = extract_votes(text_lines(recorded))
    assert v.counts == {"for": 3, "against": 1, "abstain": 1} and v.for_ == ["Boyle", "Fegan", "Hanna"]


def test_names_grouped_by_party_and_a_show_of_hands_told_in_two_sentences():
    text = """For the amendment (3): Green – Mr F Pelling, Ms G Sinden; Labour – Mrs H Ayres.
Against the amendment (2): Conservative – Mr Ayling, Mrs
Coldwell.
The amendment was lost.
The original motion was then put to the vote on a show of hands. The motion was carried."""
    first, second = extract_votes(text_lines(text))
    assert first.for_ == ["F Pelling", "G Sinden", "H Ayres"] and first.against == ["Ayling", "Coldwell"]
    assert first.result == "lost" and not first.warnings
    assert second.result == "carried" and second.counts == {"for": None, "against": None, "abstain": None}


def test_a_vote_of_four_to_two_before_the_body_agreed():
    from minutebook.extract.resolutions import resolutions_in

    text = """On a vote of 4 to 2 the Joint Committee AGREED:
1. That the consultation draft of the Management Plan be approved for public consultation.
2. That drop-in sessions be held during the consultation."""
    (v,) = extract_votes(text_lines(text))
    assert (v.counts["for"], v.counts["against"], v.result) == (4, 2, "carried")
    assert [t for t, _ in resolutions_in(text_lines(text))] == [
        "That the consultation draft of the Management Plan be approved for public consultation.",
        "That drop-in sessions be held during the consultation.",
    ]


def test_named_lists_without_counts_over_a_page_break_then_the_counts_on_a_line_of_their_own():
    text = """For the amendment: Councillors Ainsworth, Brereton and Yeoman

City Council – 23 September 2025

Against the amendment: Councillors Abbas, Adeyemi, Carmody and Dalgleish

Abstaining: Councillor Whitlow

(The Lord Mayor did not vote.)

The Lord Mayor declared the amendment LOST.

The original motion was then put to the vote and was CARRIED."""
    first, second = extract_votes(text_lines(text))
    assert first.for_ == ["Ainsworth", "Brereton", "Yeoman"] and len(first.against) == 4
    assert first.abstain == ["Whitlow"] and first.result == "lost"
    assert second.result == "carried"
    counted = """For:\tCouncillors Pilling, Mahmood and Hussain
Against:\tCouncillors Farrell and Lomax
Abstain:\tNone
For 3, Against 2, Abstain 0 - carried"""
    (v,) = extract_votes(text_lines(counted))
    assert v.for_ == ["Pilling", "Mahmood", "Hussain"] and v.against == ["Farrell", "Lomax"] and v.abstain == []
    assert v.counts == {"for": 3, "against": 2, "abstain": 0} and v.result == "carried"


def test_the_result_told_before_the_lists_of_a_recorded_vote():
    text = """The recommendations were put to the vote and were carried by 3 votes to 1, the voting being as follows:
For: Councillors Bancroft, Brierley and Dhillon
Against: Councillor Fenton
Abstentions: None
RESOLVED that the pay award be noted."""
    (v,) = extract_votes(text_lines(text))
    assert v.result == "carried" and v.counts["abstain"] == 0 and v.against == ["Fenton"]


def test_a_scottish_division_counted_for_the_motion_and_for_the_amendment():
    text = """On a division, there voted for the motion 3 (Provost Kerr, Bailie Drummond and Councillor Baird) and for
the amendment 2 (Councillors Crichton and Ferguson).
The motion was accordingly carried."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 3, "against": 2, "abstain": None} and v.result == "carried"
    assert v.for_ == ["Kerr", "Drummond", "Baird"]
    assert v.against == ["Crichton", "Ferguson"]


def test_an_election_between_two_candidates_recorded_as_one_vote_for_the_winner():
    text = """There being two nominations, a recorded vote was taken. The votes cast were as follows:
For Councillor M Adebayo: Councillors Adebayo, Barraclough, Crowther,
Dyson and Eastwood (5)
For Councillor J Firth: Councillors Firth, Greenhalgh and
Holroyd (3)
The Chair did not vote.
Councillor M Adebayo, having received a majority of the votes cast, it was RESOLVED that she be elected Leader."""
    (v,) = extract_votes(text_lines(text))
    assert v.for_ == ["Adebayo", "Barraclough", "Crowther", "Dyson", "Eastwood"]
    assert v.against == ["Firth", "Greenhalgh", "Holroyd"]  # the last name kept, the aside after it not a name
    assert v.counts == {"for": 5, "against": 3, "abstain": None} and v.result == "carried" and not v.warnings


def test_unanimous_in_a_parish_proposer_and_seconder_bracket_is_all_in_favour():
    (v,) = extract_votes(
        text_lines("RESOLVED: to pay the invoices listed (proposed Cllr Pryor, seconded Cllr Ahmed, unanimous).")
    )
    assert v.result == "carried" and v.counts == {"for": None, "against": None, "abstain": None}
    assert extract_votes(text_lines("Agreed unanimously.")) == []  # a decision without a vote


def test_tallies_after_a_colon_wrapped_over_a_line_are_one_vote():
    text = """The amendment was put to the meeting and on a show of hands there voted: For 9,
Against 21.
The amendment fell."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 9, "against": 21, "abstain": None} and v.result == "lost"


def test_a_division_told_as_members_voting_for_the_motion_and_for_the_amendment():
    text = """On a division, 5 members voted for the motion, namely Councillor Reid, Mrs Carmichael, Dr
Sutherland, Mr Robertson and Ms Mackintosh, and 3 members voted for the amendment, namely
Councillors Buchanan, Drummond and Lennox, and the motion was accordingly carried."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 5, "against": 3, "abstain": None} and v.result == "carried"
    assert v.against == ["Buchanan", "Drummond", "Lennox"] and len(v.for_) == 5


def test_a_decision_boxs_vote_row_with_names_in_brackets():
    row = "For: 5 (Cllrs Nowicki, Blackwood, Ellery, Gallagher, Pryce) Against: 3 (Cllrs Raman, Okafor, Mehta)"
    text = f"""Decision\tREFUSED, contrary to the officer recommendation
Vote\t{row} Abstain: 1 (Cllr Nwosu)
Reasons for refusal\t1. The proposed development, by reason of its height, bulk and proximity to the rear
boundaries of the houses in Hatton Mews, would be overbearing and cause a loss of privacy to them."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 5, "against": 3, "abstain": 1} and v.result == "carried"
    assert v.against == ["Raman", "Okafor", "Mehta"] and v.abstain == ["Nwosu"] and len(v.for_) == 5


def test_a_scottish_roll_call_with_the_amendment_carried():
    text = """On a division by roll call, there voted:-
For the motion (3):
Provost Lennox, Councillors Baxter and Bell.
For the amendment (4):
Councillors Boyd, Campbell, Craig and Dalgleish.
Abstention (1):
Councillor Irvine.
The amendment was accordingly carried and became the decision of the Council."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 3, "against": 4, "abstain": 1} and v.result == "lost"
    assert v.against == ["Boyd", "Campbell", "Craig", "Dalgleish"] and v.abstain == ["Irvine"]


def test_a_line_of_counts_over_the_names_it_counts_is_one_vote():
    text = """A recorded vote was requested. Members voted as follows:
For: 3; Against: 2; Abstain: 0
For: Councillors Catrin Bowen, Aled Rhys Jenkins and Emyr Watkins. Against: Councillors Dewi ap Iorwerth and Sioned
Huws.
The proposal was carried and it was RESOLVED that the charges be approved."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 3, "against": 2, "abstain": 0} and v.result == "carried"
    assert v.for_ == ["Catrin Bowen", "Aled Rhys Jenkins", "Emyr Watkins"]
    assert v.against == ["Dewi ap Iorwerth", "Sioned Huws"]


def test_a_vote_told_in_a_paragraph_numbered_with_a_tab():
    text = "47.18\tOn being put to the vote the motion was CARRIED (For 6, Against 4, Abstain 1)."
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 6, "against": 4, "abstain": 1} and v.result == "carried"


def test_a_show_of_hands_told_as_so_many_voting_for():
    text = "The motion was then put and was carried, 35 voting for, 20 against and 3 abstaining."
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 35, "against": 20, "abstain": 3} and v.result == "carried"


def test_counts_after_a_colon_over_the_decision_they_carried():
    """'On being put to the vote: For 6, Against 1, Abstention 1.' then 'RESOLVED that ...': no result word is
    printed, but the decision recorded under the counts says the majority carried it."""
    lines = [
        Line(
            1,
            None,
            "It was proposed by Cllr Ashcombe and seconded by Cllr Delaney that the budget be approved and the"
            " precept set at £61,200. On being put to the vote: For 6, Against 1, Abstention 1.",
        ),
        Line(
            2,
            None,
            "RESOLVED that the budget for 2026/27 be approved as presented and that a precept of £61,200 be"
            " requested from Wealdmere District Council.",
        ),
    ]
    (vote,) = extract_votes(lines)
    assert vote.counts == {"for": 6, "against": 1, "abstain": 1} and vote.result == "carried"


def test_a_scottish_division_counting_the_amendment_in_short():
    lines = [
        Line(1, None, "On a division, 9 members voted for the motion and 4 for the amendment, and the motion was"),
        Line(2, None, "accordingly carried."),
    ]
    (vote,) = extract_votes(lines)
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (9, 4, "carried")


def test_the_result_told_over_the_counts_on_the_line_under_it():
    lines = [
        Line(1, None, "fell. On being put to the vote the motion was carried:"),
        Line(2, None, "For: 4, Against: 3"),
        Line(3, None, "(f) Councillor Adeyemi asked that his vote against the motion be recorded."),
    ]
    (vote,) = extract_votes(lines)
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (4, 3, "carried")


def test_a_vote_needing_a_special_majority_and_each_members_vote_a_line():
    """'– the required majority was' / 'achieved.' says carried; 'Council – Councillor X: For' lines are the names."""
    text = """The recommendation was put to the vote: For 4, Against 1, Abstain 0 – the required majority was
achieved.
The votes of the constituent members were as follows:
Mayor of the Northmarch – Mayor Ada Quill: For
Avonby Borough Council – Councillor Ben Rudd: For
Coldham Borough Council – Councillor Dr Cara Sell: For
Dunmere Borough Council – Councillor Dai Toft: For
Eskdale Borough Council – Councillor Ena Umber: Against
RESOLVED that the revised budget be approved."""
    (v,) = extract_votes(text_lines(text))
    assert v.result == "carried"
    assert v.for_ == ["Ada Quill", "Ben Rudd", "Dr Cara Sell", "Dai Toft"]
    assert v.against == ["Ena Umber"]
    assert v.counts == {"for": 4, "against": 1, "abstain": 0} and not v.warnings
    lost = "The proposal was put to the vote: For 3, Against 2 – the required two-thirds majority was not achieved."
    assert [v.result for v in extract_votes(text_lines(lost))] == ["lost"]


def test_a_vote_box_after_the_mover_and_seconder_and_the_names_listed_under_it():
    text = """On being put to the vote the result was as follows:
Proposed by\tSeconded by\tFor\tAgainst\tAbstain
Cllr Ames\tCllr Boyd\t5\t3\t0
For:\tCouncillors Ames, Boyd, Cole, Dunn and Eyre
Against: Councillors Ford, Gale and Hunt
Abstain:\tNone
RESOLVED: That planning permission be REFUSED."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 5, "against": 3, "abstain": 0} and v.result == "carried"
    assert v.for_ == ["Ames", "Boyd", "Cole", "Dunn", "Eyre"] and v.against == ["Ford", "Gale", "Hunt"]
    assert not v.warnings


def test_a_vote_table_with_a_blank_corner_a_row_of_counts_and_a_row_of_names():
    text = """Recorded vote on the recommendations
\tFor\tAgainst\tAbstained
Number of votes\t3\t1\t1
Councillors\tAdler, Birch, Crane\tDrew\tEaton
The recommendations were therefore carried."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 3, "against": 1, "abstain": 1} and v.result == "carried"
    assert (v.for_, v.against, v.abstain) == (["Adler", "Birch", "Crane"], ["Drew"], ["Eaton"])


def test_a_roll_call_table_of_each_members_vote_and_the_result_under_it():
    text = """A recorded vote was taken on the recommendations, as follows:
Member\tVote
Councillor L Ames\tFor
Councillor A Birch\tFor
Councillor R Crane\tAgainst
Councillor S Drew\tAbstain
Councillor T Eyre\tFor
The recommendations were LOST.
RESOLVED: That the matter be referred back."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 3, "against": 1, "abstain": 1} and v.result == "lost"
    assert v.for_ == ["L Ames", "A Birch", "T Eyre"] and v.against == ["R Crane"] and v.abstain == ["S Drew"]


def test_a_contested_election_told_on_one_line():
    text = """There being two nominations, the Mayor put them to the vote, with the following result:
For Councillor Sandford: 21; For Councillor Ash: 12; Abstentions: 2
RESOLVED: That Councillor Sandford be elected Mayor."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 21, "against": 12, "abstain": 2} and v.result == "carried"


def test_a_parish_score_after_the_result_word():
    (v,) = extract_votes(text_lines("Proposed Cllr Ames, seconded Cllr Boyd, carried 5-2."))
    assert v.counts == {"for": 5, "against": 2, "abstain": None} and v.result == "carried"
    assert extract_votes(text_lines("The budget carried 2024-25 forward was noted.")) == []


def test_a_recorded_vote_for_and_against_a_referral_by_county_councillors():
    text = """A recorded vote was taken:
For the referral: County Councillors Ann Bash, Gill Cope and Nat Greave
(3)
Against the referral: County Councillors Helen Ash and Rob Ainsley (2)
Abstaining: County Councillor Marion Fair (1)
The motion was therefore carried."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 3, "against": 2, "abstain": 1} and v.result == "carried"
    assert v.abstain == ["Marion Fair"] and v.against == ["Helen Ash", "Rob Ainsley"]


def test_counts_with_no_result_word_over_the_bodys_decision():
    text = """De-delegation had been agreed for two years at the meeting on 13
November 2024 and was not due for review. Only the maintained primary members were entitled to
vote. Maintained primary members voted: For 4, Against 0.
The Forum AGREED that trade union facilities time and the contingency for schools in financial
difficulty be de-delegated."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts["for"] == 4 and v.result == "carried"


def test_the_counts_under_the_names_they_count_with_the_result_after_a_dash():
    text = """A recorded vote was taken:
For: Councillors Akh, Bram and Carr
Against: Councillors Ferr and Ledg
Abstaining: Councillor Hinch
For: 3, Against: 2, Abstentions: 1 – carried
RESOLVED that the report be referred to Cabinet."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 3, "against": 2, "abstain": 1} and v.result == "carried"


def test_a_grid_of_recorded_votes_a_column_per_motion():
    text = """The votes cast by each Member were as follows:
Councillor\tAmendment 1\tSubstantive motion
Helen Acht\tAgainst\tFor
Julian Ash\tAbstain\tAgainst
Councillor\tAmendment 1\tSubstantive motion
Imran Bhat\tAgainst\tFor
Tom Bren\tFor\t–
Total For\t1\t2
Total Against\t2\t1
Total Abstain\t1\t0
Amendment 1 was LOST.
The substantive motion was CARRIED."""
    first, second = extract_votes(text_lines(text))
    assert (first.motion, first.counts, first.result) == (
        "Amendment 1",
        {"for": 1, "against": 2, "abstain": 1},
        "lost",
    )
    assert first.against == ["Helen Acht", "Imran Bhat"] and first.abstain == ["Julian Ash"]
    assert (second.counts, second.result, second.for_) == (
        {"for": 2, "against": 1, "abstain": 0},
        "carried",
        ["Helen Acht", "Imran Bhat"],
    )


def test_names_under_a_count_printed_in_two_columns():
    text = """A recorded vote was taken on the motion:
FOR (5)
J Ackroyd\tW Ingleby
P Bardsley\tMrs J Kettlewell
T Beckwith
AGAINST (3)
Mrs S Ainsley\tJ Redfearn
L Blundell
The motion was CARRIED."""
    (v,) = extract_votes(text_lines(text))
    assert v.for_ == ["J Ackroyd", "W Ingleby", "P Bardsley", "J Kettlewell", "T Beckwith"]
    assert v.against == ["S Ainsley", "J Redfearn", "L Blundell"] and not v.warnings


def test_each_voters_way_told_in_one_sentence():
    body = text_lines("""The Chair put the recommendation to the vote.
Each group voted separately: Group A – for; Group B – for; Group C – against; Group D – for.
The recommendation was therefore carried.""")
    (vote,) = extract_votes(body)
    assert (vote.for_, vote.against, vote.counts, vote.result) == (
        ["Group A", "Group B", "Group D"],
        ["Group C"],
        {"for": 3, "against": 1, "abstain": None},
        "carried",
    )


def test_a_ballot_of_two_candidates_is_one_vote_on_electing_the_winner():
    body = text_lines("""Ballot papers were issued and counted by the Town Clerk, who announced the result:
Cllr D Hargreave 9 votes, Cllr S Pomeroy 6 votes
It was RESOLVED that Cllr D Hargreave be elected Town Mayor.""")
    (vote,) = extract_votes(body)
    assert (vote.counts, vote.result) == ({"for": 9, "against": 6, "abstain": None}, "carried")
    listed = text_lines("The votes were:\nDeputy Helen Marsh 48, Alderman Thomas Wrenfield 31.")
    assert [v.counts["for"] for v in extract_votes(listed)] == [48]
    assert extract_votes(text_lines("The votes were: For 62, Against 14.")) and not extract_votes(
        text_lines("Budget lines 2024, item 31.")
    )


def test_a_recorded_vote_table_of_names_under_for_against_abstain():
    body = text_lines("""At the request of Councillor McAllister, a recorded vote was taken:
For\tAgainst\tAbstain
Councillor Ahmed Councillor Brathwaite Councillor Oduya\tCouncillor McAllister Councillor Wickens\tCouncillor Pengelly
The recommendations were therefore carried.""")
    (vote,) = extract_votes(body)
    assert (vote.for_, vote.against, vote.abstain, vote.counts, vote.result) == (
        ["Ahmed", "Brathwaite", "Oduya"],
        ["McAllister", "Wickens"],
        ["Pengelly"],
        {"for": 3, "against": 2, "abstain": 1},
        "carried",
    )


def test_a_labelled_unanimous_vote_and_a_decision_carried_unanimously_in_brackets():
    labelled = extract_votes(
        text_lines(
            "Resolved: to approve the payments.\nProposed: Cllr A Smith\nSeconded: Cllr B Jones\nVote: Unanimous"
        )
    )
    assert [(v.counts["for"], v.result) for v in labelled] == [(None, "carried")]
    boxed = extract_votes(text_lines("DECISION: Deferred for a site visit (unanimous)"))
    assert [v.result for v in boxed] == ["carried"]


def test_a_division_told_without_the_word_members():
    body = text_lines("On a division, 4 voted for the motion and 3 for the amendment, and the motion was carried.")
    (vote,) = extract_votes(body)
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (4, 3, "carried")


def test_members_voted_in_favour_counted():
    body = text_lines("On a show of hands, 5 members voted in favour, 2 against and 1 abstained.")
    (vote,) = extract_votes(body)
    assert vote.counts == {"for": 5, "against": 2, "abstain": 1}


def test_a_vote_counted_in_words():
    body = text_lines("The proposal was agreed, four Members voting in favour and two against, with one abstention.")
    (vote,) = extract_votes(body)
    assert (vote.counts, vote.result) == ({"for": 4, "against": 2, "abstain": 1}, "carried")


def test_a_vote_counted_in_words_in_a_sentence_that_prints_a_date():
    body = text_lines(
        "On a show of hands, five members voted in favour and two against, and it was\n"
        "RESOLVED to RECOMMEND to Full Council on 27 January 2026:\n"
        "(i) that the budget for 2026/27 be approved."
    )
    (vote,) = extract_votes(body)
    assert (vote.counts, vote.result) == ({"for": 5, "against": 2, "abstain": None}, "carried")


def test_a_bracketed_tally_alone_under_the_decision_it_carried():
    body = text_lines("""It was RESOLVED to object to the application on the following grounds:
the site lies outside the settlement boundary;
the access is unsafe.
(6 in favour, 1 abstention)""")
    (vote,) = extract_votes(body)
    assert (vote.counts, vote.result) == ({"for": 6, "against": None, "abstain": 1}, "carried")


def test_a_count_of_abstentions_and_none_against_after_the_decision_it_carried():
    body = text_lines("""RESOLVED to approve the schedule of payments for March 2026
totalling £31,204.50. Proposed Cllr Ashby, Seconded Cllr Morrow, 9
in favour, 2 abstentions.""")
    (vote,) = extract_votes(body)
    assert (vote.counts, vote.result) == ({"for": 9, "against": None, "abstain": 2}, "carried")


def test_none_against_is_no_one_and_a_years_end_before_against_is_no_count():
    body = text_lines("""It was moved by Councillor Ames and seconded by Councillor Pell that the recommendations be
agreed. On being put to the vote there were 6 votes for, none against and 2 abstentions, and it was
RESOLVED that the Committee:
(1) notes the service's performance in 2024-25 against the national indicators; and
(2) recommends the plan to Cabinet.""")
    (vote,) = extract_votes(body)
    assert (vote.counts, vote.result) == ({"for": 6, "against": 0, "abstain": 2}, "carried")


def test_a_divisions_names_in_one_bracket_under_its_counts():
    body = text_lines("""- moved by Councillor Gow, seconded by Councillor Reid
The voting was as follows:
For the motion\t- 6 votes
For the amendment\t- 3 votes
(For the motion: Councillors Allan, Boyd, Crerar, Dunlop, Ewing
and Forbes.
For the amendment: Councillors Gow, Reid and Shand.)
Decision
To approve the motion by Councillor Allan.""")
    (vote,) = extract_votes(body)
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (6, 3, "carried")
    assert vote.for_ == ["Allan", "Boyd", "Crerar", "Dunlop", "Ewing", "Forbes"]
    assert vote.against == ["Gow", "Reid", "Shand"]


def test_votes_told_in_numbered_paragraphs_one_after_another():
    body = text_lines("""57.3\tThe Chair put the Green Group amendment to the vote which was lost.
57.4\tThe Chair then put the recommendations to the vote which were carried.
57.5\tRESOLVED: That the Committee agrees the budget.""")
    assert [v.result for v in extract_votes(body)] == ["lost", "carried"]


def test_a_vote_told_straight_after_a_quoted_amendment():
    body = text_lines("""An amendment was moved by Councillor B Hale and seconded by Councillor C Moss as follows:
“Add at the end: ‘and to write to the Secretary of State.’”
On being put to the vote the amendment was declared LOST.
On being put to the vote the substantive motion was declared CARRIED.""")
    assert [v.result for v in extract_votes(body)] == ["lost", "carried"]


def test_a_ballot_of_three_candidates_with_bare_counts_at_a_tab_stop():
    body = text_lines("""The Court proceeded to ballot and the Lord Mayor appointed scrutineers. The votes were:
Deputy Anne Hollis\t34
Henrietta Lyle\t22
Matthew Dunn\t9
Whereupon the Lord Mayor declared Deputy Anne Hollis duly elected.""")
    got = [(v.motion, v.counts["for"], v.result) for v in extract_votes(body)]
    assert got == [("Deputy Anne Hollis", 34, "carried"), ("Henrietta Lyle", 22, "lost"), ("Matthew Dunn", 9, "lost")]


def test_a_recorded_vote_in_one_bracketed_sentence_its_sides_after_semicolons():
    body = text_lines("""RESOLVED: that planning permission be GRANTED subject to the conditions
set out in the report.
(In accordance with the Constitution, the following votes were recorded: For:
County Councillors Eirian Pugh, Gareth Bevan, Sioned Rhys and Huw
Prydderch; Against: County Councillors Rhys Hywel and Dafydd Crwys; Abstain: County
Councillor Bethan Morse)""")
    (vote,) = extract_votes(body)
    assert (vote.counts, vote.result) == ({"for": 4, "against": 2, "abstain": 1}, "carried")
    assert vote.against == ["Rhys Hywel", "Dafydd Crwys"] and vote.abstain == ["Bethan Morse"]


def test_none_on_either_side_of_a_bracketed_recorded_vote():
    body = text_lines("""RESOLVED: that planning permission be GRANTED.
(In accordance with the Constitution, the following votes were recorded: For:
County Councillors Eirian Pugh and Huw Prydderch; Against: None; Abstain: None)""")
    (vote,) = extract_votes(body)
    assert (vote.counts, vote.against) == ({"for": 2, "against": 0, "abstain": 0}, [])


def test_a_result_told_over_its_tally_in_a_decisions_tables_cell():
    cell = (
        "1. Approved the draft Aldervale Spatial Development Strategy for public consultation for eight weeks from "
        "2 March 2026. 2. Noted that a report will be brought to the Board. Decision carried: For 6, Against 1 "
        "(a simple majority including the Mayor was required)."
    )
    body = text_lines(f"5. Spatial Development Strategy\t{cell}\tThe Order requires a strategy.\tYes")
    (vote,) = extract_votes(body)
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (6, 1, "carried")


def test_a_tallys_result_from_the_sentence_ending_in_its_colon_not_the_amendment_before():
    body = text_lines("""Councillor Pashley moved an amendment. On a show of hands, the amendment was LOST.
The recommendations were moved. On being put to the vote they were carried, the voting being as follows:
For: 6, Against: 2, Abstentions: 1""")
    results = [(v.counts["for"], v.result) for v in extract_votes(body)]
    assert (6, "carried") in results


def test_an_amendment_lost_and_the_substantive_motion_agreed_on_a_show_of_hands():
    text = """Following debate, the amendment was put to the vote and, on a show of hands, was LOST.
The substantive motion was then put to the vote and, on a show of hands, was AGREED."""
    votes = extract_votes(text_lines(text))
    assert [(v.result, v.counts["for"]) for v in votes] == [("lost", None), ("carried", None)]


def test_a_scottish_division_of_motion_and_amendment_with_one_declining_to_vote():
    text = """On a division, there voted:-
for the motion (8) - the Convener, the Vice-Convener and Councillors Allardyce, Bremner,
Gauld and Ingram, Ms Garioch and Mr Rennie;
for the amendment (5) - Councillors Cormack, Duguid, Esslemont, Farquharson and Jaffray;
declined to vote (1) - Councillor Hutcheon.
The Committee resolved:-
to adopt the motion."""
    (v,) = extract_votes(text_lines(text))
    assert v.counts == {"for": 8, "against": 5, "abstain": 1} and v.result == "carried"


def test_proposed_and_seconded_set_out_in_cells_with_the_vote_beside_them():
    text = """Resolution: To accept the apologies of Cllr Dimmock.
Proposed: Cllr Crouch\tSeconded: Cllr O'Shea\tAll in favour
Resolution: To purchase a vehicle activated sign.
Proposed: Cllr O'Shea\tSeconded: Cllr Patel\tFor: 4\tAgainst: 2\tAbstain: 1"""
    votes = extract_votes(text_lines(text))
    assert [(v.counts, v.result) for v in votes] == [
        ({"for": None, "against": None, "abstain": None}, "carried"),
        ({"for": 4, "against": 2, "abstain": 1}, "carried"),
    ]


def test_a_division_told_with_the_amendment_first():
    text = (
        "On a vote being taken, 3 members voted for the amendment and 5 for the motion, which was accordingly "
        "declared carried."
    )
    (v,) = extract_votes(text_lines(text))
    assert (v.counts["for"], v.counts["against"], v.result) == (5, 3, "carried")


def test_a_record_of_the_vote_under_the_sentence_that_put_the_amendment():
    text = """The amendment was put to the vote and was LOST.
Record of the vote:
For (4): Councillors Dawkins, Kemsley, Mortimer-Quinn and Prentice
Against (8): Councillors Ashenden, Baker, Castle, Fairbrass, Gower, Okonjo, Sayer and Tolhurst-Bryant
Abstain (0): none
The substantive recommendations were then put to the vote and were CARRIED.
The committee resolved that:
1. The General Fund revenue budget for 2026/27 be recommended to Council.
Record of the vote:
For (8): Councillors Ashenden, Baker, Castle, Fairbrass, Gower, Okonjo, Sayer and Tolhurst-Bryant
Against (4): Councillors Dawkins, Kemsley, Mortimer-Quinn and Prentice
Abstain (0): none"""
    votes = extract_votes(text_lines(text))
    assert [(v.counts["for"], v.counts["against"], v.result) for v in votes] == [(4, 8, "lost"), (8, 4, "carried")]


def test_a_tally_printed_with_no_result_went_the_majority_s_way():
    text = """RESOLVED: That permission be granted subject to the conditions set out in the report.
Voting: For – 8 Against – 3 Abstentions – 1"""
    (v,) = extract_votes(text_lines(text))
    assert (v.counts, v.result) == ({"for": 8, "against": 3, "abstain": 1}, "carried")


def test_a_board_s_recommendation_in_capitals_over_a_tally_went_the_majority_s_way():
    text = """(5) Following the debate, the Board RECOMMENDED to the County Council Cabinet Member for Highways that:
(a) the proposed 20mph zone be implemented; and
(b) vehicle speeds be monitored six months after implementation.
Voting: For 6, Against 2, Abstentions 1 (Borough and County Members voting together)"""
    (v,) = extract_votes(text_lines(text))
    assert (v.counts, v.result) == ({"for": 6, "against": 2, "abstain": 1}, "carried")


def test_a_recorded_vote_with_dashes_and_counts_after_the_names_over_its_decision():
    text = """In accordance with Council Rule 12.6, a recorded vote on the recommendations was taken.
For – Councillors Adeyemi, Bhandari and
Whitford (3)
Against – Councillors Ashbury and Yardley (2)
Abstain – (0)
Decision:
The Council agreed:
a) to note the council tax base."""
    (v,) = extract_votes(text_lines(text))
    assert (v.for_, v.against, v.abstain) == (["Adeyemi", "Bhandari", "Whitford"], ["Ashbury", "Yardley"], [])
    assert (v.counts, v.result) == ({"for": 3, "against": 2, "abstain": 0}, "carried")


def test_members_voting_each_way_with_their_names_on_the_label_s_line():
    text = """The Mayor put the amendment to the vote. Councillors having requested that the vote be
recorded:
Members voting for the amendment: Councillors Hamilton-Reid, Okonjo and Sands (3).
Members voting against the amendment: Councillors Atwell, Bailey-Hurst,
Barrington and Yarrow (4).
Members abstaining: Councillors Nokes and Tingley (2).
The amendment was LOST."""
    (v,) = extract_votes(text_lines(text))
    assert (v.for_, v.against, v.abstain) == (
        ["Hamilton-Reid", "Okonjo", "Sands"],
        ["Atwell", "Bailey-Hurst", "Barrington", "Yarrow"],
        ["Nokes", "Tingley"],
    )
    assert (v.counts, v.result) == ({"for": 3, "against": 4, "abstain": 2}, "lost")


def test_a_division_counted_in_votes_and_a_tally_over_a_numbered_paragraph_s_decision():
    division = """On a division, there voted:-
For the motion (3 votes): Provost Rattray, Councillors Aitchison and Balfour.
For the amendment (2 votes): Councillors Baird and Brodie.
Abstention (1): Councillor Urquhart.
The motion was accordingly carried and the Council agreed:-
(a) to approve the budget."""
    (v,) = extract_votes(text_lines(division))
    assert (v.counts, v.result, v.against) == ({"for": 3, "against": 2, "abstain": 1}, "carried", ["Baird", "Brodie"])
    numbered = """(8) A vote was taken: For 11, Against 2, Abstain 1.
(9) RESOLVED that the Panel support the Commissioner's proposed precept."""
    (v,) = extract_votes(text_lines(numbered))
    assert (v.counts, v.result) == ({"for": 11, "against": 2, "abstain": 1}, "carried")


def test_an_election_told_as_what_each_candidate_received_over_a_line_s_end():
    text = """(3) Following a vote by show of hands, Mr Wickenden received 48 votes and Mrs Stonham
received 21 votes.
(4) RESOLVED that Mr Wickenden be elected Chairman of the County Council."""
    (v,) = extract_votes(text_lines(text))
    assert (v.motion, v.counts, v.result) == (
        "Election of Wickenden",
        {"for": 48, "against": 21, "abstain": None},
        "carried",
    )


def test_a_recommendation_not_agreed_and_a_count_carried_over_a_line_s_end():
    text = """The Chair moved the officer's recommendation to GRANT planning permission. The Sub-Committee
voted as follows: For: 2, Against: 3, Abstain: 1. The recommendation was therefore
not agreed.
Councillor Haverstock moved that permission be refused, seconded by Councillor Nowicki. The Sub-Committee
voted: For: 3, Against:
2, Abstain: 1.
RESOLVED: That planning permission be REFUSED."""
    got = [(v.counts, v.result) for v in extract_votes(text_lines(text))]
    assert got == [
        ({"for": 2, "against": 3, "abstain": 1}, "lost"),
        ({"for": 3, "against": 2, "abstain": 1}, "carried"),
    ]


def test_a_division_counted_in_its_sentence_over_lists_of_names_under_bare_labels():
    text = """On a vote being taken, the MOTION received 3 votes and the AMENDMENT received 2
votes, with 1 abstention, and the MOTION was therefore CARRIED, the votes having been
cast as follows:
For the Motion:
Mr D Bain, Mr A Christie, Mrs I Fraser
For the Amendment:
Mrs M Cameron, Dr F Drummond
Abstentions:
Dr H Urquhart
Decision"""
    (v,) = extract_votes(text_lines(text))
    assert (v.for_, v.against) == (["D Bain", "A Christie", "I Fraser"], ["M Cameron", "Dr F Drummond"])
    assert (v.counts, v.result) == ({"for": 3, "against": 2, "abstain": 1}, "carried")


def test_a_sentence_summing_up_the_lists_of_names_above_it_is_their_count():
    text = """The following Members voted for the amendment:
A Ahmed\tB Baker
The following Members voted against the amendment:
C Carter\tD Dixon\tE Evans
Therefore it was 2 for, 3 against and 0 abstentions and the amendment was lost.
The following Members voted for it:
C Carter\tD Dixon\tE Evans
The following Members voted against it:
A Ahmed\tB Baker
Therefore it was 3 for, 2 against and 0 abstentions and it was
RESOLVED:
1. That the budget be approved."""
    got = [(v.counts, v.result, len(v.for_)) for v in extract_votes(text_lines(text))]
    assert got == [
        ({"for": 2, "against": 3, "abstain": 0}, "lost", 2),
        ({"for": 3, "against": 2, "abstain": 0}, "carried", 3),
    ]


def test_a_for_list_of_members_with_honorifics_beside_its_label():
    text = """For:\tMr R A Pennock, Mrs S J Thornbury, Mr P Aldridge and
Councillor L Dyke (4)
Against: Councillor T Brophy (1)
Abstain: (0)
The recommendations were carried."""
    (v,) = extract_votes(text_lines(text))
    assert (v.for_, v.counts, v.result) == (
        ["R A Pennock", "S J Thornbury", "P Aldridge", "L Dyke"],
        {"for": 4, "against": 1, "abstain": 0},
        "carried",
    )


def test_a_recorded_vote_inline_with_none_abstaining_before_the_result():
    text = """A recorded vote was requested: For: Cllrs Adeyemi, Goodhew, Pattenden (3);
Against: Cllrs Ashdown, Hollands, Kemsley, Ovenden (4); Abstain: none. The
motion was LOST."""
    (v,) = extract_votes(text_lines(text))
    assert (v.against, v.abstain, v.counts, v.result) == (
        ["Ashdown", "Hollands", "Kemsley", "Ovenden"],
        [],
        {"for": 3, "against": 4, "abstain": 0},
        "lost",
    )


def test_a_recorded_vote_whose_lists_end_total_equals_n():
    text = """Councillor Sarah Chittenden requested a recorded vote, and voting was as follows:
For:\tCouncillors Paula Ashenden, Nigel Brockway and Derek Wraight. Total equals 3.
Against:\tCouncillors Richard Denholm and Oliver Monckton. Total
equals 2.
Abstain:\tCouncillor Lorraine Kennett. Total equals 1.
On being put to the vote the motion was agreed."""
    (v,) = extract_votes(text_lines(text))
    assert (v.for_[-1], v.against, v.counts, v.result) == (
        "Derek Wraight",
        ["Richard Denholm", "Oliver Monckton"],
        {"for": 3, "against": 2, "abstain": 1},
        "carried",
    )


def test_a_vote_against_recorded_at_a_member_s_request():
    alone = extract_votes(
        text_lines("""RESOLVED: That the car parking tariffs for 2026/27 be approved.
(In accordance with Cabinet Procedure Rule 9, Councillor O C de L Warrender asked that his vote
against the decision be recorded.)""")
    )
    assert [(v.against, v.counts["against"], v.result) for v in alone] == [(["O C de L Warrender"], None, "carried")]
    counted = extract_votes(
        text_lines("""On a vote of 4 to 2 the Joint Committee AGREED:
1. That the consultation draft be approved.
Councillors Burt and Jago asked that their votes against be recorded.""")
    )
    assert [(v.counts["for"], v.counts["against"], v.against) for v in counted] == [(4, 2, ["Burt", "Jago"])]


def test_a_motion_carried_on_a_line_of_its_own_and_a_quoted_motion_s_words_are_no_result():
    carried = extract_votes(
        text_lines("""Mr Ivory moved, seconded by Mrs Rowbotham, that permission be refused.
Carried 7 votes to 5
(7) RESOLVED that permission be REFUSED.""")
    )
    assert [(v.counts["for"], v.counts["against"], v.result) for v in carried] == [(7, 5, "carried")]
    quoted = extract_votes(
        text_lines("""Mr Hensby proposed, and Mrs Oyelowo seconded, the following motion:
“That the Chair write to express the Committee's concern at the hours lost to handover delays.”
The motion was carried unanimously.""")
    )
    assert [v.result for v in quoted] == ["carried"]


def test_votes_told_as_a_score_a_show_of_hands_and_a_casting_vote():
    text = """Councillor S Carne then moved refusal, seconded by Councillor R Jory, which was carried 5:3:1.
Councillor K Nankervis moved that consideration of the application be deferred to allow a site visit.
The motion to defer was seconded and on a show of hands was LOST. The recommendation was then
AGREED by 7 votes to 2.
Decision: Refused (4 votes in favour, 4 against; the Chairman used his casting vote against)"""
    votes = extract_votes(text_lines(text))
    assert [(v.counts["for"], v.counts["against"], v.counts["abstain"], v.result) for v in votes] == [
        (5, 3, 1, "carried"),
        (None, None, None, "lost"),
        (7, 2, None, "carried"),
        (4, 4, None, "lost"),
    ]


def test_names_asked_to_be_recorded_under_a_table_of_the_vote():
    text = """The recommendations were put to the vote:

| For | Against | Abstain |
|---|---|---|
| 6 | 2 | 0 |

Councillors O'Rourke and Pilling asked that their votes against the
recommendations be recorded."""
    (v,) = extract_votes(text_lines(text))
    assert (v.counts["for"], v.counts["against"], v.against) == (6, 2, ["O'Rourke", "Pilling"])


def test_a_record_of_the_vote_under_its_decision_carried_it_and_names_no_one():
    lines = text_lines(
        "Proposed by Councillor A Pett and seconded by Councillor R Odu that the officer\n"
        "recommendation be approved. When put to the vote the motion was LOST.\n"
        "Record of the vote: For: 3, Against: 6, Abstain: 1\n"
        "Proposed by Councillor T Hawk, seconded by Councillor C Dunk and\n"
        "when put to the vote it was RESOLVED that: planning permission be REFUSED for the following reasons:\n"
        "1. The development would be cramped and overbearing.\n"
        "2. The layout makes inadequate provision for refuse vehicles.\n"
        "Record of the vote: For: 6, Against: 3, Abstain: 1\n"
    )
    votes = extract_votes(lines)
    assert [(v.counts["for"], v.counts["against"], v.result, v.abstain) for v in votes] == [
        (3, 6, "lost", []),
        (6, 3, "carried", []),
    ]


def test_a_division_told_amendment_first_is_the_motions_vote():
    lines = text_lines(
        "On a division, there voted for the amendment 2 (Councillors Cargo and Duth) and for the motion 3\n"
        "(Councillors Lind, Arbu and Edga), and the motion was accordingly carried.\n"
    )
    (vote,) = extract_votes(lines)
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (3, 2, "carried")
    assert (vote.for_, vote.against) == (["Lind", "Arbu", "Edga"], ["Cargo", "Duth"])


def test_a_note_in_brackets_between_a_tally_and_its_decision_still_carries_it():
    lines = text_lines(
        "The Committee voted as follows: For 7, Against 3, Abstentions 1\n"
        "(Cllr B Holm, having declared an interest at Minute 15, took no\n"
        "part in the vote.)\n"
        "RESOLVED: That the application be APPROVED subject to the conditions in the report.\n"
    )
    votes = extract_votes(lines)
    assert [(v.counts["for"], v.counts["against"], v.result) for v in votes] == [(7, 3, "carried")]


def test_a_sides_heading_in_the_right_hand_column_opens_its_side_and_surnames_first_are_one_name_each():
    lines = text_lines(
        "A recorded vote was taken on the motion and the voting was as follows:\n"
        "For the Motion (3)\n"
        "Ahmed, D\n"
        "Bell, R L\n"
        "Cole, T\tAgainst the Motion (2)\n"
        "Dunn, P\n"
        "Eyre, J\n"
        "The motion was therefore CARRIED.\n"
    )
    votes = extract_votes(lines)
    assert [(v.counts["for"], v.counts["against"], v.result) for v in votes] == [(3, 2, "carried")]
    assert votes[0].for_ == ["Ahmed, D", "Bell, R L", "Cole, T"]
    assert votes[0].against == ["Dunn, P", "Eyre, J"]


def test_a_division_tables_rows_with_a_leading_tab_stay_in_their_column():
    lines = text_lines(
        "Upon a DIVISION being called, the voting on the amendment was as follows:\n"
        "FOR (2)\tAGAINST (4)\tABSTAIN (1)\n"
        "Councillor Ashby\tCouncillor Adeleke\tCouncillor Bramwell\n"
        "Councillor Drake\tCouncillor Caldwell\n"
        "\tCouncillor Lindqvist\n"
        "\tCouncillor Mehta\n"
        "The amendment was declared LOST.\n"
    )
    (vote,) = extract_votes(lines)
    assert (vote.counts["for"], vote.counts["against"], vote.counts["abstain"], vote.result) == (2, 4, 1, "lost")
    assert vote.against == ["Adeleke", "Caldwell", "Lindqvist", "Mehta"]
    assert vote.abstain == ["Bramwell"]


def test_a_tallys_last_count_wrapped_onto_its_own_line_is_read_with_it():
    lines = text_lines(
        "Proposed by Cllr Colebrook and seconded by Cllr Fairbairn. Vote: For 7, Against 0,\n"
        "Abstain 1.\n"
        "RESOLVED to approve payments totalling £3,482.16.\n"
    )
    (vote,) = extract_votes(lines)
    assert (vote.counts["for"], vote.counts["against"], vote.counts["abstain"]) == (7, 0, 1)


def test_a_vote_tables_cells_of_names_run_together_and_its_heading_repeated_over_a_page_break():
    """A Word table whose cells hold one name a paragraph, read by the text layer as one cell of names run
    together, split over a page with its heading row printed again: one vote, every name in its column."""
    lines = text_lines(
        "The amendment was put to the vote and the voting was as follows:\n"
        "FOR (5)\tAGAINST (6)\tABSTAINED (2)\n"
        "Mrs J Ainsworth B Clegg R Dyson P Hartley Dr S Kay\tT Lees M Nuttall Mrs A Pilling\tC Ogden W Shore\n"
        "FOR (5)\tAGAINST (6)\tABSTAINED (2)\n"
        "\tF Quayle H Ratcliffe J Whitworth\n"
        "The amendment was therefore LOST.\n"
    )
    (vote,) = extract_votes(lines)
    assert vote.counts == {"for": 5, "against": 6, "abstain": 2}
    assert vote.result == "lost"
    assert vote.for_ == ["J Ainsworth", "B Clegg", "R Dyson", "P Hartley", "Dr S Kay"]
    assert vote.against == ["T Lees", "M Nuttall", "A Pilling", "F Quayle", "H Ratcliffe", "J Whitworth"]
    assert vote.abstain == ["C Ogden", "W Shore"]
    assert not vote.warnings


def test_a_vote_tables_heading_printed_again_over_names_it_cannot_part_is_still_one_vote():
    lines = text_lines(
        "FOR (3)\tAGAINST (4)\n"
        "Councillors Ainsworth, Clegg and Dyson\tCouncillors Lees and Nuttall and\n"
        "FOR (3)\tAGAINST (4)\n"
        "\tCouncillors Pilling and Quayle\n"
        "The motion was LOST.\n"
    )
    votes = extract_votes(lines)
    assert [(v.counts["for"], v.counts["against"], v.result) for v in votes] == [(3, 4, "lost")]


def test_a_vote_told_across_a_page_break_inside_a_table_row_of_minutes():
    """Minutes printed as one 'Min. No. | Item | Action' table: a row breaks over the page, its heading row is
    printed again, and the rest of the cell comes under it as one line led by a TAB."""
    lines = text_lines(
        "An amendment, proposed Cllr Quarry and seconded Cllr Dunn, that the trial be limited to\n"
        "Saturdays only, was put to the vote: 3 in favour, 6\n"
        "Min. No.\tItem\tAction\n"
        "\tagainst, 0 abstentions. The amendment was LOST. The original motion was then put. Proposed Cllr "
        "Fenwick, seconded Cllr Inch; 6 in favour, 2 against, 1 abstention.\n"
    )
    votes = extract_votes(lines)
    assert [(v.counts["for"], v.counts["against"], v.counts["abstain"], v.result) for v in votes] == [
        (3, 6, 0, "lost"),
        (6, 2, 1, "carried"),
    ]
    # the same with the repeated heading already taken off the item's lines
    del lines[2]
    votes = extract_votes(lines)
    assert [(v.counts["for"], v.counts["against"], v.counts["abstain"]) for v in votes] == [(3, 6, 0), (6, 2, 1)]


def test_a_show_of_hands_counted_as_members_who_voted_for_the_amendment():
    text = """On being put to a show of hands, 4 voted for the amendment, 6 against and 1
abstained. The amendment was lost.
"""
    (vote,) = extract_votes(text_lines(text))
    assert vote.counts == {"for": 4, "against": 6, "abstain": 1}
    assert vote.result == "lost"


def test_a_ballot_of_two_told_once_with_received_and_a_grid_name_with_a_particle():
    (ballot,) = extract_votes(
        text_lines("A secret ballot was held. Cllr Sioned Pugh received 7 votes and Cllr Gerallt Morgan 4 votes.\n")
    )
    assert (ballot.counts["for"], ballot.counts["against"], ballot.result) == (7, 4, "carried")
    (grid,) = extract_votes(
        text_lines(
            "Councillor\tFor\tAgainst\tAbstain\nAlwyn Jenkins\t✓\nLlyr ap Iorwerth\t✓\nGerallt Morgan\t\t✓\n"
            "Elgan Pritchard\t\t\t✓\n"
        )
    )
    assert (grid.for_, grid.against, grid.abstain) == (
        ["Alwyn Jenkins", "Llyr ap Iorwerth"],
        ["Gerallt Morgan"],
        ["Elgan Pritchard"],
    )


def test_a_named_vote_told_in_sentences_with_an_abstainer_named_alone():
    text = """The following Councillors voted for the motion: Gareth Lewis, Islwyn Parri and Heulwen Jones (3).
The following Councillors voted against the motion: Delyth Morgan and Emyr ap Siencyn (2).
Councillor Cledwyn Hopcyn abstained.
The motion was carried.
"""
    (vote,) = extract_votes(text_lines(text))
    assert vote.counts == {"for": 3, "against": 2, "abstain": 1}
    assert vote.against == ["Delyth Morgan", "Emyr ap Siencyn"] and vote.abstain == ["Cledwyn Hopcyn"]
    assert vote.result == "carried"


def test_a_recorded_vote_naming_each_side_without_counts_is_counted_by_its_names():
    body = text_lines("""At the request of Councillor Lanyon, the votes of the members were recorded as follows:
For:\tCouncillor Margaret Eastwood, Councillor Rajesh Bhattacharya,
Councillor Philip Lanyon, Councillor Sian Treharne
Against:\tnone
Abstentions: none
RESOLVED (with the consent of both constituent members):
(a) that the programme be approved.""")
    (vote,) = extract_votes(body)
    assert (vote.counts, vote.result) == ({"for": 4, "against": 0, "abstain": 0}, "carried")


def test_one_members_vote_asked_to_be_recorded_says_no_count():
    body = text_lines("""RESOLVED: That the Order be made.
(Councillor O Warrender asked that his vote against the decision be recorded.)""")
    assert all(v.counts["against"] is None for v in extract_votes(body))


def test_councillor_mrs_is_one_name_and_the_sentence_under_the_table_is_the_same_vote():
    names = "\n".join(f"Councillor {n}" for n in ["M Abbott", "Mrs S Egerton", "R Ainsley", "Mrs P Hallam (Mayor)"])
    body = text_lines(
        "A recorded vote was taken, and the voting was as follows:\n"
        "For (5)\tAgainst (0)\tAbstain (1)\n"
        f"Councillor J Bancroft\t\tCouncillor S Mallinder\n{names}\n"
        "There being 5 votes for the motion and none against, the Mayor declared the motion carried, and it was\n"
        "RESOLVED – That the title of Honorary Alderman be conferred."
    )
    (vote,) = extract_votes(body)
    assert vote.for_ == ["J Bancroft", "M Abbott", "S Egerton", "R Ainsley", "P Hallam"]
    assert (vote.counts["abstain"], vote.result) == (1, "carried")


def test_a_vote_after_its_proposer_and_seconder_under_a_numbered_resolution_carried():
    lines = text_lines(
        "Resolution 2025/187: That the minutes of the meeting held on 10 February 2026 be approved.\n"
        "Proposed: Cllr Bellamy\tSeconded: Cllr Gosling Vote: For 11, Against 0, Abstain 1\n"
    )
    (vote,) = extract_votes(lines)
    assert (vote.counts, vote.result) == ({"for": 11, "against": 0, "abstain": 1}, "carried")


def test_a_division_told_by_name_in_one_sentence_with_no_counts():
    lines = text_lines(
        "Upon being put to the vote, Councillors Brennan, Croft, Devlin, Earnshaw and\n"
        "Kettlewell voted in favour of referring the decision back to Cabinet, Councillors\n"
        "Fairclough, Gillam, Hussain and Ingleby voted against, and Councillor Ashworth\n"
        "abstained. The motion was therefore CARRIED.\n"
    )
    (vote,) = extract_votes(lines)
    assert vote.for_ == ["Brennan", "Croft", "Devlin", "Earnshaw", "Kettlewell"]
    assert vote.against == ["Fairclough", "Gillam", "Hussain", "Ingleby"]
    assert vote.abstain == ["Ashworth"]
    assert (vote.counts, vote.result) == ({"for": 5, "against": 4, "abstain": 1}, "carried")


def test_a_division_counted_with_no_names_is_still_the_motions_vote():
    lines = text_lines(
        "On a division, there voted for the amendment 3 and for the motion 5, and the motion\n"
        "was accordingly carried.\n"
    )
    (vote,) = extract_votes(lines)
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (5, 3, "carried")
    assert (vote.for_, vote.against) == ([], [])


def test_a_show_of_hands_between_two_options_is_one_vote_on_the_winner():
    lines = text_lines(
        "Members voted by show of hands on the two designs:\n"
        "- Design 1: oak bench – 5 votes\n"
        "- Design 2: steel bench – 3 votes\n"
    )
    (vote,) = extract_votes(lines)
    assert (vote.motion, vote.counts["for"], vote.counts["against"], vote.result) == (
        "Design 1: oak bench",
        5,
        3,
        "carried",
    )


def test_a_recorded_vote_grid_of_surnames_first_with_party_tags_over_a_page_break():
    lines = text_lines(
        "A recorded vote was taken on the amendment:\n"
        "For\tAgainst\tAbstain\n"
        "Abberley (LD)\tAshby (C)\tUpton (Ind)\n"
        "Harding, P (LD)\tHarding, J (C)\n"
        "For\tAgainst\tAbstain\n"
        "Youngs (Lab)\tLofthouse (C)\n"
        "\tPennock (C)\n"
        "Total: 3\tTotal: 4\tTotal: 1\n"
        "The amendment was LOST.\n"
    )
    (vote,) = extract_votes(lines)
    assert (vote.counts, vote.result) == ({"for": 3, "against": 4, "abstain": 1}, "lost")
    assert vote.for_ == ["Abberley", "P Harding", "Youngs"]
    assert vote.against == ["Ashby", "J Harding", "Lofthouse", "Pennock"]


def test_an_exhaustive_ballot_is_recorded_by_its_deciding_round():
    lines = text_lines(
        "First ballot:\n"
        "Cllr T Okoro\t6 votes\n"
        "Cllr G Sewel\t5 votes\n"
        "Cllr A Penn\t3 votes\n"
        "No candidate having an absolute majority of the votes cast, Cllr Penn was eliminated.\n"
        "Second ballot:\n"
        "Cllr T Okoro\t8 votes\n"
        "Cllr G Sewel\t6 votes\n"
    )
    (vote,) = extract_votes(lines)
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (8, 6, "carried")


def test_a_member_requiring_it_recorded_that_he_abstained_or_voted_against():
    """Leeds's note under a decision: '(Under the provisions of Council Procedure Rule 16.5, Councillor X required it
    to be recorded that he abstained from voting on / voted against the decisions referred to within this minute)'."""
    abstained = extract_votes(
        text_lines("""RESOLVED – That the rent increase be approved.
(Under the provisions of Council Procedure Rule 16.5, Councillor G Whiteley
required it to be recorded that he abstained from voting on the decisions
referred to within this minute)""")
    )
    assert [(v.abstain, v.result) for v in abstained] == [(["G Whiteley"], "carried")]
    against = extract_votes(
        text_lines("""RESOLVED – That the variation be made.
(Under the provisions of Council Procedure Rule 16.5, Councillor D Pickles
required it to be recorded that he voted against the decisions referred to within
this minute)""")
    )
    assert [(v.against, v.result) for v in against] == [(["D Pickles"], "carried")]


def test_a_recorded_vote_under_headings_with_no_colon_told_first_in_a_sentence():
    """Leicestershire: '... not carried, 14 members voting for the amendment and 32 against. The vote was recorded as
    follows:' over 'For the amendment' / 'Against the amendment' / 'Abstentions', each over its names: one vote."""
    (vote,) = extract_votes(
        text_lines("""It was moved by Mr. Gumley and seconded by Mrs. Hathern:
“That the motion be amended by the addition of the following words at the
end: ‘subject to the sum of £1.4m being added to the budget.’”
The amendment was put and not carried, 3 members voting for the
amendment and 4 against. The vote was recorded as follows:
For the amendment
Mr. Barnsdale, Mrs. Claybrooke, Mr.
Drayton.
Against the amendment
Mr. Ashwell, Mr. Barkworth, Mrs. Bellerby, Dr. Fenshaw.
Abstentions
Mr. Ragdale.""")
    )
    assert (vote.counts, vote.result) == ({"for": 3, "against": 4, "abstain": 1}, "lost")
    assert (vote.for_, vote.abstain) == (["Barnsdale", "Claybrooke", "Drayton"], ["Ragdale"])


def test_a_tally_table_right_under_a_long_sentence_that_ended_with_the_result():
    """Bristol: an amendment quoted at length, then 'On being put to the vote, the amendment was LOST' over a
    'For | Against | Abstain' table of its counts: one vote, the sentence's result with the table's counts."""
    votes = extract_votes(
        text_lines("""Councillor Ellen Hay moved and Councillor Theo Jarrold seconded the following amendment:
Add a fourth resolution: “4. Bring forward proposals for a city-wide landlord licensing
scheme for consultation by September 2026.”
Following debate, and Councillor Kofi Mensah having indicated that he did not
accept the amendment:
On being put to the vote, the amendment was LOST
For\tAgainst\tAbstain
28\t39\t2
The motion was then put to the vote. It was CARRIED (For: 41, Against: 24,
Abstain: 4)""")
    )
    assert [(v.counts["for"], v.counts["against"], v.counts["abstain"], v.result) for v in votes] == [
        (28, 39, 2, "lost"),
        (41, 24, 4, "carried"),
    ]


def test_a_year_before_against_is_no_count():
    lines = text_lines(
        "4.3\tMembers welcomed the improved reporting of schemes. Officers reported that 412 schemes had been\n"
        "completed in 2025/26\nagainst 368 in the previous year, and that the average time had fallen.\n"
        "4.4\tA Member asked that unspent balances be carried forward for a further year. Officers\n"
        "advised that balances committed to named schemes would be carried forward.\n"
    )
    assert extract_votes(lines) == []


def test_a_result_told_alone_is_not_the_next_sentences_division():
    """'Amendment C was put to the vote and declared carried.' then 'The motion ... following a division (Division No.
    3), was declared carried:' over its counts: two votes, the counts the motion's."""
    votes = extract_votes(
        text_lines("""Amendment B was put to the vote and declared lost.
Amendment C was put to the vote and declared carried.
The motion, as amended, was put to the vote and, following a division (Division No. 3),
was declared carried:
For: 38, Against: 14, Abstentions: 1""")
    )
    assert [(v.counts["for"], v.result) for v in votes] == [(None, "lost"), (None, "carried"), (38, "carried")]


def test_a_motion_agreed_unanimous_as_follows_is_a_vote_it_carried():
    body = text_lines("""The substantive motion (the original motion as amended) was then before
members for consideration, which was agreed (unanimous) as follows:
that Council:
(a) notes the warnings.""")
    assert [(v.counts["for"], v.result) for v in extract_votes(body)] == [(None, "carried")]


def test_a_score_in_brackets_after_the_result_and_on_the_decision():
    """Wirral's '(for:against)': 'The amendment was put and lost (6:9).', and 'Resolved (9:6) – That' where the
    decision alone tells the vote."""
    votes = extract_votes(
        text_lines(
            "Councillor Foulkes moved an amendment, seconded by Councillor Okereke, to delete recommendation (3).\n"
            "The amendment was put and lost (6:9).\n"
            "On a motion by Councillor Gray, seconded by Councillor Hennessey, it was –\n"
            "Resolved (9:6) – That the Capital Programme be recommended to the Budget Council.\n"
        )
    )
    assert [(v.counts["for"], v.counts["against"], v.result) for v in votes] == [(6, 9, "lost"), (9, 6, "carried")]


def test_a_recorded_vote_under_a_long_planning_decision_went_as_its_sides_count():
    """Kirklees's: the decision, its conditions lettered under numbered parts, then 'A recorded vote was taken in
    accordance with Council Procedure Rule 42(5) as' / 'follows:' over 'For:' and 'Against:' names, no result."""
    conditions = "".join(f"({c}) Condition {c} of the permission.\n" for c in "abcdefghijklmnopqrst")
    votes = extract_votes(
        text_lines(
            "RESOLVED –\n1) That authority be delegated to the Head of Planning to approve the application subject "
            "to:\n" + conditions + "2) Secure a Section 106 agreement.\n"
            "A recorded vote was taken in accordance with Council Procedure Rule 42(5) as\nfollows:\n"
            "For:\tCouncillors Armitage, Hartley, Qadir and Thaker (4 votes)\n"
            "Against:\tCouncillors Brearley and Kaur (2 votes)\n"
        )
    )
    assert [(v.counts["for"], v.counts["against"], v.result) for v in votes] == [(4, 2, "carried")]


def test_two_recorded_dissent_notes_under_one_decision_are_one_vote_with_both_sides():
    """Leeds's Council Procedure Rule 16.5 notes, one under another with no full stop between them."""
    votes = extract_votes(
        text_lines(
            "(Under the provisions of Council Procedure Rule 16.5, Councillor A Thwaite\n"
            "required it to be recorded that he abstained from voting on the decisions\n"
            "referred to within this minute)\n"
            "(Under the provisions of Council Procedure Rule 16.5, Councillors R Bentley\n"
            "and B Iqbal required it to be recorded that they respectively voted against the\n"
            "decisions referred to within this minute)\n"
        )
    )
    assert [(v.against, v.abstain, v.result) for v in votes] == [(["R Bentley", "B Iqbal"], ["A Thwaite"], "carried")]


def test_votes_told_as_cast_in_favour_and_against():
    votes = extract_votes(
        text_lines("On being put to the vote, the amendment was lost, 2 votes being cast in favour and 5 against.\n")
    )
    assert [(v.counts["for"], v.counts["against"], v.result) for v in votes] == [(2, 5, "lost")]


def test_a_hybrid_meetings_vote_by_forms_unanimously_agreed_with_abstentions_noted():
    votes = extract_votes(
        text_lines(
            "Following consideration and discussion, it was moved and seconded that the\n"
            "recommendations in the report be approved. By way of Microsoft Forms and\n"
            "verbal confirmation (and in noting there were 2 abstentions) this was\n"
            "unanimously agreed.\n"
        )
    )
    assert [(v.counts["abstain"], v.result) for v in votes] == [(2, "carried")]


@pytest.mark.parametrize("aside", ["Cllr Mole did not vote. ", "Cllr Mole did not vote.\n"])
def test_a_recorded_votes_result_told_after_a_sentence_on_who_did_not_vote(aside):
    lines = text_lines(
        "A recorded vote was requested by Cllr Venn.\n"
        "For: Cllrs Abbot, Dunn, Fenn and Hale\nAgainst: Cllrs Birt and Venn\nAbstain: Cllr Rush\n"
        f"{aside}The motion was carried. RESOLVED that the contract be awarded.\n"
    )
    (vote,) = extract_votes(lines)
    assert (vote.counts, vote.result) == ({"for": 4, "against": 2, "abstain": 1}, "carried")


def test_a_count_alone_under_a_wrapped_list_of_names_is_that_sides_count():
    lines = text_lines(
        "a recorded vote was taken on the amendment, as follows:-\n"
        "For the amendment:\tCouncillors Bell, Chive,\nGammon (3)\n"
        "Against the amendment: Councillors Amber, Ash, Brent,\nCarr, Dale\n(5)\n"
        "Abstentions:\tCouncillor Isaac (1)\nThe amendment was therefore lost.\n"
    )
    (vote,) = extract_votes(lines)
    assert (vote.counts, vote.result, vote.warnings) == ({"for": 3, "against": 5, "abstain": 1}, "lost", [])


def test_a_committee_that_voted_on_an_amendment_which_was_lost():
    (vote,) = extract_votes(text_lines("The Committee voted on the amendment, which was lost.\n"))
    assert vote.result == "lost"


def test_a_recorded_vote_table_of_surnames_alone_broken_over_a_page():
    lines = text_lines(
        "A recorded vote was requested on the amendment.\n"
        "For\tAgainst\tAbstain\n"
        "Ashfield\tBhatti\tOkonedo\nBainbridge\tChaudhry\tMellors\nCarver\tDalby\n"
        "\tEccleston\n\tA Sandhu\n\nFor\tAgainst\tAbstain\n\tVarley\n\tWhitworth\n"
        "The amendment was lost.\n"
    )
    (vote,) = extract_votes(lines)
    assert vote.for_ == ["Ashfield", "Bainbridge", "Carver"]
    assert vote.against == ["Bhatti", "Chaudhry", "Dalby", "Eccleston", "A Sandhu", "Varley", "Whitworth"]
    assert (vote.abstain, vote.counts, vote.result) == (
        ["Okonedo", "Mellors"],
        {"for": 3, "against": 7, "abstain": 2},
        "lost",
    )


def test_a_decision_told_on_a_recorded_vote_of_so_many_votes_to_so_many():
    (vote,) = extract_votes(text_lines("RESOLVED: (on a recorded vote of 34 votes to 21, with 2 abstentions) to:\n"))
    assert (vote.counts, vote.result) == ({"for": 34, "against": 21, "abstain": 2}, "carried")


def test_a_hybrid_vote_noted_in_brackets_and_agreed_by_the_majority_present():
    (vote,) = extract_votes(
        text_lines(
            "Following consideration and discussion, it was moved and seconded that the\n"
            "recommendation in the report be approved. By way of Microsoft Forms and\n"
            "verbal confirmation (and in noting there were 6 For, 1 Against and 1\n"
            "Abstention) this was agreed by the majority present.\n"
        )
    )
    assert (vote.counts["for"], vote.counts["against"], vote.counts["abstain"], vote.result) == (6, 1, 1, "carried")


def test_a_tally_recorded_with_no_word_on_the_result_is_decided_by_the_majority():
    (vote,) = extract_votes(
        text_lines(
            "Proposed by Cllr Ann Ashby, seconded by Cllr Yves Petit.\n"
            "The vote was taken and recorded as: For 7, Against 3, Abstain 1\n"
            "Decision: To refuse permission for the reasons set out in the appendix to these minutes.\n"
        )
    )
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (7, 3, "carried")
