"""Resolutions as a reader checks them: the points a minute decided, and where its prose goes on."""

from __future__ import annotations

from minutebook.extract.resolutions import resolutions_in
from minutebook.model import Line


def text_lines(text: str) -> list[Line]:
    return [Line(i + 1, None, t) for i, t in enumerate(text.splitlines())]


def test_resolution_list_ends_where_the_minute_prose_goes_on():
    body = text_lines("""RESOLVED that the Committee:
(a) notes the report;
(b) approves the plan for
consultation.
The Chair thanked the officers for their work.
""")
    assert [r for r, _ in resolutions_in(body)] == ["notes the report;", "approves the plan for consultation."]


def test_resolved_dash_alone_then_lettered_points():
    body = text_lines("""The Board considered the fees report.

Resolved -

(a)\tThat the pitch fees for 2025 be increased by 2%.

(b)\tThat the market charter be reviewed,
\tin consultation with traders.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "That the pitch fees for 2025 be increased by 2%.",
        "That the market charter be reviewed, in consultation with traders.",
    ]


def test_decision_over_unnumbered_lines_and_a_decision_that_ends_in_a_decision_word():
    body = text_lines("""The Panel discussed the draft parking strategy.
RESOLVED that the Executive be advised:
to consult on the draft strategy for eight weeks;
to include a review of resident permit charges; and
to report the consultation results to this Panel in the autumn.
RESOLVED that the dates of future meetings be agreed.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "to consult on the draft strategy for eight weeks;",
        "to include a review of resident permit charges; and",
        "to report the consultation results to this Panel in the autumn.",
        "the dates of future meetings be agreed.",
    ]


def test_a_decision_reference_after_a_dash_is_not_a_resolution():
    body = text_lines("""(b) The Scrutiny Committee considered
Decision - 25/00012 - Library Opening Hours, which had been called in.
Resolved - That the report be noted.""")
    assert [r for r, _ in resolutions_in(body)] == ["the report be noted."]


def test_inline_lettered_points_in_one_decision_sentence_are_split():
    body = text_lines("""Proposed by Councillor Lee, seconded by Councillor Moss and

AGREED (a) that the tender be awarded to Hillside Contracts Ltd; (b) that the
works start in April; and (c) that progress be reported quarterly.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "that the tender be awarded to Hillside Contracts Ltd;",
        "that the works start in April; and",
        "that progress be reported quarterly.",
    ]


def test_resolution_label_in_title_case():
    body = text_lines("""Resolution:
1. That the play area be refurbished.
2. That the cost be met from reserves.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "That the play area be refurbished.",
        "That the cost be met from reserves.",
    ]


def test_scottish_committee_resolved_with_roman_points_and_text_on_the_next_line():
    text = """Minutes:
The Committee had before it a report on the bridge.

The Committee resolved:-
(i)   to approve the inspection contract; and
(ii)  to note the cost estimate.

Minutes:
The Convener proposed exclusion of the press.
The Committee resolved:-
in terms of the Act, to exclude the press from item 9.
"""
    lines = text_lines(text)
    assert [r for r, _ in resolutions_in(lines[:6])] == [
        "to approve the inspection contract; and",
        "to note the cost estimate.",
    ]
    assert [r for r, _ in resolutions_in(lines[7:])] == ["in terms of the Act, to exclude the press from item 9."]
    # prose that says 'resolved' in lower case after ordinary words is not a decision
    assert resolutions_in(text_lines("the members were pleased and resolved that work continue.")) == []


def test_it_was_resolved_after_a_comma_inside_a_lettered_point():
    text = (
        "a.   Having heard the applicant and the officer, it was RESOLVED that the licence be renewed for one year."
        "  Members also asked for a review."
    )
    assert [r for r, _ in resolutions_in(text_lines(text))] == ["the licence be renewed for one year."]


def test_numbered_points_run_together_on_one_line_are_split():
    text = "RESOLVED: 1. That the grass cutting quote be accepted. 2. That the Clerk order 3. 5 tonnes of grit."
    assert [r for r, _ in resolutions_in(text_lines(text))] == [
        "That the grass cutting quote be accepted.",
        "That the Clerk order 3. 5 tonnes of grit.",
    ]


def test_a_decision_label_before_resolved_and_a_body_that_resolved_to():
    lines = text_lines("Decision: RESOLVED: that the plan be adopted.\n\nThe Committee resolved to note the report.")
    assert [r for r, _ in resolutions_in(lines)] == ["the plan be adopted.", "to note the report."]


def test_a_decision_heading_over_the_decision_itself():
    body = text_lines(
        "Decision\n"
        "The Committee DECIDED:\n"
        "i. to approve a rent increase of 7.5%; and\n"
        "ii. to note the average weekly rent.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "to approve a rent increase of 7.5%; and",
        "to note the average weekly rent.",
    ]


def test_who_proposed_it_and_the_tally_are_not_part_of_the_decision():
    body = text_lines(
        "Apologies were received from Cllr D Quinney (holiday). It was\n"
        "RESOLVED to accept the apologies. Proposed Cllr Pelham, seconded\n"
        "Cllr Lidgate, all in favour.\n"
        "Following discussion it was RESOLVED to\n"
        "object on the grounds of highway safety (For 5, Against 2).\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "to accept the apologies.",
        "to object on the grounds of highway safety.",
    ]


def test_two_decisions_told_in_one_paragraph_are_two_resolutions():
    found = resolutions_in(
        text_lines(
            "Ms Khan presented the audit plan; the proposed fee was £148,600. RESOLVED – that the "
            "Audit Plan 2024/25 be noted. AGREED: that the Chief Finance Officer report to the next "
            "meeting on the timetable for the accounts. Councillor Ray returned to the meeting.\n"
        )
    )
    assert [t for t, _ in found] == [
        "the Audit Plan 2024/25 be noted.",
        "the Chief Finance Officer report to the next meeting on the timetable for the accounts.",
    ]


def test_a_decision_after_a_bracketed_paragraph_number():
    found = resolutions_in(
        text_lines(
            "(3)\tMembers asked about the timetable.\n"
            "(4)\tRESOLVED that:\n"
            "(a) the report be noted; and\n"
            "(b) the Committee receive an update in September.\n"
            "(5)\tRESOLVED that the decision be referred back to the Cabinet Member.\n"
        )
    )
    assert [t for t, _ in found] == [
        "the report be noted; and",
        "the Committee receive an update in September.",
        "the decision be referred back to the Cabinet Member.",
    ]


def test_a_decision_whose_opening_words_wrap_before_its_points():
    found = resolutions_in(
        text_lines(
            "RESOLVED to note matters dealt with under delegated powers since the\n"
            "last meeting relating to:\n"
            "(a) County matter applications;\n"
            "(b) screening opinions; and\n"
            "(c) scoping opinions.\n"
        )
    )
    assert [t for t, _ in found] == ["County matter applications;", "screening opinions; and", "scoping opinions."]


def test_points_grouped_under_headings_and_the_ninth_letter_after_the_eighth():
    found = resolutions_in(
        text_lines(
            "(19) RESOLVED that County Council, having given due regard to the s25 Report,\n"
            "agree the following:\n"
            "2026-36 Capital Programme\n"
            "(a) The 10-year capital programme of £1,386.2m.\n"
            "(b) The directorate capital programmes.\n"
            "2026-27 Revenue Budget\n"
            "(c) The net revenue budget requirement of £1,597.8m\n"
            "for 2026-27.\n"
            "(d) point d.\n(e) point e.\n(f) point f.\n(g) point g.\n(h) point h.\n"
            "(i) The Reserves Policy as set out in appendix K.\n"
        )
    )
    texts = [t for t, _ in found]
    assert texts[:3] == [
        "The 10-year capital programme of £1,386.2m.",
        "The directorate capital programmes.",
        "The net revenue budget requirement of £1,597.8m for 2026-27.",
    ]
    assert texts[-1] == "The Reserves Policy as set out in appendix K."
    assert len(texts) == 9


def test_a_list_goes_on_after_the_page_stamp_and_running_header():
    text = """RESOLVED that Cabinet:

(a) notes the provisional revenue outturn for 2024/25;

(b) approves the transfers to and from earmarked reserves; and

Page 2
Cabinet – 10 June 2025

(c) notes the General Fund balance of £11.6 million at 31 March 2025.

15\tFORWARD PLAN"""
    assert [t for t, _ in resolutions_in(text_lines(text))] == [
        "notes the provisional revenue outturn for 2024/25;",
        "approves the transfers to and from earmarked reserves; and",
        "notes the General Fund balance of £11.6 million at 31 March 2025.",
    ]


def test_points_run_together_after_that_and_a_colon_wrapped_over_lines():
    text = """RESOLVED – That: (1) the initial results of the 2025 actuarial valuation of the Carrickshire Pension
Fund be noted; (2) the draft Funding Strategy Statement be approved for consultation with the Fund’s
employers."""
    assert [t for t, _ in resolutions_in(text_lines(text))] == [
        "the initial results of the 2025 actuarial valuation of the Carrickshire Pension Fund be noted;",
        "the draft Funding Strategy Statement be approved for consultation with the Fund’s employers.",
    ]


def test_a_decision_is_its_sentence_not_the_clerks_next_step():
    text = (
        "4. Resolved: to approve the Accounting Statements 2024/25, and for them to be signed by the Chair and "
        "the RFO. The Clerk will publish the notice of the period for the exercise of public rights."
    )
    assert [t for t, _ in resolutions_in(text_lines(text))] == [
        "to approve the Accounting Statements 2024/25, and for them to be signed by the Chair and the RFO."
    ]


def test_the_committee_agreed_to_in_scottish_minutes_and_not_the_chair_agreeing():
    text = "Decision\nThe Committee agreed to note the report.\nThe Convener agreed to write to the Minister."
    assert [t for t, _ in resolutions_in(text_lines(text))] == ["to note the report."]


def test_how_a_parish_decision_was_voted_is_not_part_of_it():
    """'RESOLVED by 5 votes to 2 with 1 abstention to object', '... (proposed Cllr A, seconded Cllr B,
    unanimous). Cllr C did not vote.': the vote and its proposers are told around the decision, not in it."""
    body = text_lines("""It was RESOLVED by 5 votes to 2 with 1 abstention to object to
application 25/01902/FUL on the grounds set out above.
RESOLVED: to pay the invoices listed in the schedule below (proposed Cllr
Pryor, seconded Cllr Ahmed, unanimous). Cllr Nuttall did not vote on the
invoice from her employer.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "to object to application 25/01902/FUL on the grounds set out above.",
        "to pay the invoices listed in the schedule below.",
    ]


def test_a_decision_label_over_the_body_and_its_points():
    """Scottish board minutes: 'Decision' / 'The Board:' / '(i) noted ...': the body that decided is the
    stem, the points are the decisions."""
    body = text_lines("""Decision
The Board:
(i)\tnoted the rolling action log; and
(ii)\tagreed that actions 2025/14 and 2025/17 be closed.
Ms Wylie left the meeting at this point.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "noted the rolling action log; and",
        "agreed that actions 2025/14 and 2025/17 be closed.",
    ]


def test_a_decision_boxs_decision_row_is_the_decision():
    """A planning committee's ruled box under each application: 'Decision | GRANTED subject to ...' is what
    was decided; its 'Vote' and 'Reasons' rows are not decisions."""
    body = text_lines("""Officer recommendation: GRANT subject to conditions.
Decision\tGRANTED subject to conditions and a Section 106 agreement
Vote\tFor: 6 (Cllrs Raman, Okafor, Ellery, Mehta, Pryce, Nwosu) Against: 2 (Cllrs Nowicki, Blackwood)
Reasons\tThe Committee agreed with the officers' assessment of the scheme's benefits and harm.""")
    assert [r for r, _ in resolutions_in(body)] == ["GRANTED subject to conditions and a Section 106 agreement"]


def test_a_reason_under_each_point_is_not_the_end_of_the_points():
    body = text_lines("""Resolved:
(i)\tThat the 'No Waiting at Any Time' restrictions be implemented as advertised.
Reason: To maintain visibility and the safe operation of the junction, which has a
recorded history of injury collisions.
(ii)\tThat the request for a Sunday restriction be not progressed.
Reason: Because the surveys did not show enough Sunday parking.
The Executive Member thanked the officers.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "That the 'No Waiting at Any Time' restrictions be implemented as advertised.",
        "That the request for a Sunday restriction be not progressed.",
    ]


def test_a_decision_boxs_label_on_the_line_of_its_first_point():
    body = text_lines("""Decision\t1. Having considered the representations, Cabinet approves the proposal.
2. The published admission number will be 60.
Reasons for decision\tThe two schools share a site.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "Having considered the representations, Cabinet approves the proposal.",
        "The published admission number will be 60.",
    ]


def test_a_decision_label_before_the_body_that_agreed():
    body = text_lines("Decision: The Council agreed to note the report.")
    assert [r for r, _ in resolutions_in(body)] == ["to note the report."]


def test_agreed_after_the_proposer_and_seconder_in_one_sentence():
    body = text_lines(
        "It was proposed by Councillor P Brennan, seconded by Alderman J Hamilton and AGREED that the minutes of "
        "the meeting held on 9 October 2025 be confirmed."
    )
    assert [r for r, _ in resolutions_in(body)] == ["the minutes of the meeting held on 9 October 2025 be confirmed."]


def test_lettered_applications_each_resolved_after_a_dash():
    """A parish's planning list: each lettered application ends '– RESOLVED: <comment>'. Each comment is a
    decision; the next letter is the next application, not a point of it; a vote's bracket, a short last
    line and a new sentence end the comment."""
    body = text_lines("""The Committee considered the following applications:
(a) Application 25/01288/HOU – 12 Mill Lane – single storey rear extension – RESOLVED: No
objection
(b) Application 25/01377/FUL – Land rear of 8 Tanners Row – erection of two detached dwellings
with parking and a new vehicular access – RESOLVED: Objection – overdevelopment of the
site, out of keeping with the character of the Tanners Row Conservation Area; inadequate
protected (3 in favour, 2 against)
Cllr Halloran left the room at 7.24pm before application (b) was considered and returned.
(c) Application 25/01391/LBC – The Old Granary, Quay Street – replacement of decayed timber
lintels and repairs to the brick plinth – RESOLVED: No objection
(d) Application 25/01419/TCA – 3 Church Walk – reduce the crown of one sycamore by 2 metres
in the Conservation Area – RESOLVED: No objection, subject to the works being carried out
to BS 3998:2010
The Deputy Town Clerk will submit the Committee’s comments to the District Council.""")
    assert [r.rstrip(".") for r, _ in resolutions_in(body)] == [
        "No objection",
        "Objection – overdevelopment of the site, out of keeping with the character of the Tanners Row"
        " Conservation Area; inadequate protected",
        "No objection",
        "No objection, subject to the works being carried out to BS 3998:2010",
    ]


def test_appointments_listed_one_a_line_under_a_wrapped_stem():
    """'RESOLVED that the following appointments ... be made for the municipal year' / '2025/26:' over one line
    per body ('Body – Councillor X'), no numbers and no punctuation: each appointment is a decision, a line
    left with an open bracket goes on to the next, and the list ends where the minutes go on."""
    body = text_lines("""RESOLVED that the following appointments to outside bodies be made for the municipal year
2025/26:
Ravensby Citizens Advice – Councillor F Rahman
Pennine Moors Joint Countryside Committee – Councillor H Rushton (substitute: Councillor B
Varley)
Ravensby Almshouse Charity – Councillor P Gorringe
The meeting closed at 7.42 pm.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "Ravensby Citizens Advice – Councillor F Rahman",
        "Pennine Moors Joint Countryside Committee – Councillor H Rushton (substitute: Councillor B Varley)",
        "Ravensby Almshouse Charity – Councillor P Gorringe",
    ]


def test_numbered_sentences_go_on_after_the_page_stamp_and_running_header():
    """'(2) That ... be asked ...' ends a sentence, then 'Page 3' and the minutes' running header: '(3)' is the
    next point of the same decision, not something else."""
    body = text_lines("""RESOLVED:

(1) That the forecast revenue outturn for 2025/26 be noted.

(2) That the Executive Directors be asked to bring forward further in-year savings.

Page 3
\fCabinet – 5 November 2025

(3) That the budget virements set out in Appendix B to the report be approved.

(4) That the write-off of irrecoverable business rates debts be approved.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "That the forecast revenue outturn for 2025/26 be noted.",
        "That the Executive Directors be asked to bring forward further in-year savings.",
        "That the budget virements set out in Appendix B to the report be approved.",
        "That the write-off of irrecoverable business rates debts be approved.",
    ]


def test_a_scottish_exclusion_resolution_and_points_after_a_long_running_header():
    body = text_lines(
        "The Committee resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 that the"
        " public be excluded."
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 that the public be excluded."
    ]
    points = text_lines("""The Committee agreed:-

(a) to approve the reintroduction of an annual charge for instrumental music tuition;

Page 2
\fEducation and Children’s Services Committee – 30 October 2025

(b) that pupils entitled to free school meals be exempt from the charge; and

(c) to request the Executive Director to report on the effect of the charge.""")
    assert len(resolutions_in(points)) == 3


def test_recommendations_resolved_as_a_table_under_the_stem():
    body = text_lines(
        "RESOLVED: That the following recommendations be referred to Cabinet:\n"
        "No.\tRecommendation\tLead Cabinet Member\n"
        "R1\tThat no family with children be placed in bed and breakfast accommodation.\tCabinet Member for Housing\n"
        "R2\tThat a Placement Policy be published by April 2026.\tCabinet Member for Housing\n"
        "(f) The Chair thanked the members of the Review Panel."
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "That no family with children be placed in bed and breakfast accommodation.",
        "That a Placement Policy be published by April 2026.",
    ]


def test_a_stem_wrapped_over_two_lines_over_a_table_of_recommendations_takes_their_cells():
    body = text_lines(
        "AGREED: To recommend to Cabinet the following recommendations of the Empty Homes\n"
        "Task and Finish Group:\n"
        "Ref\tRecommendation\tLead\tIndicative cost\n"
        "R1\tThat the part-time post be made full-time.\tPortfolio Holder for Housing\t£18,500 a year\n"
        "R2\tThat a loan scheme be established.\tPortfolio Holder for Finance\t£150,000 capital\n"
        "The Committee further AGREED to thank the members of the Group."
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "That the part-time post be made full-time.",
        "That a loan scheme be established.",
        "to thank the members of the Group.",
    ]


def test_a_board_recommending_in_capitals_after_a_lead_in_is_its_decision():
    body = text_lines("""(5) Following the debate, the Board RECOMMENDED to the County Council Cabinet Member for
Highways that:
(a) the proposed 20mph zone be implemented; and
(b) vehicle speeds be monitored six months after implementation.
(6) Members recommended that officers consider the matter further.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the proposed 20mph zone be implemented; and",
        "vehicle speeds be monitored six months after implementation.",
    ]


def test_members_agreeing_after_a_proposer_and_seconder_is_the_council_s_decision():
    body = text_lines("""Councillor Hextall proposed, Councillor Bance seconded and Members agreed the minutes
as a correct record of the meeting held on 20 November 2025.
Councillor Quested proposed, Councillor Maddock seconded and Members agreed the
recommendations as set out at paragraph 6.1 of the report, namely:
1.\tThat the scheme be adopted with effect from 1 April 2026; and
2.\tThat the Director be given delegated authority to make minor amendments.
Members agreed that the verges should be raised with the County Council.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the minutes as a correct record of the meeting held on 20 November 2025.",
        "That the scheme be adopted with effect from 1 April 2026; and",
        "That the Director be given delegated authority to make minor amendments.",
    ]


def test_conditions_each_with_its_reason_under_it_and_a_refusal_s_one_reason_paragraph():
    body = text_lines("""Resolved: That planning permission be granted subject to the following conditions:
1)\tThe development hereby permitted shall begin before the expiration of three years.
In pursuance of section 91 of the Town and Country Planning Act 1990.
2)\tThe development shall be carried out in accordance with the approved plans.
For the avoidance of doubt and in the interests of proper planning.
The motion was put to the vote and it was
Resolved: That planning permission be refused for the following reason:
The site makes a strong contribution to preventing neighbouring towns merging into one
another. The proposal is therefore inappropriate development in the Green Belt.
Cllr. Gadsby left the meeting at 8.09 pm.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "The development hereby permitted shall begin before the expiration of three years. In pursuance of section 91"
        " of the Town and Country Planning Act 1990.",
        "The development shall be carried out in accordance with the approved plans.",
        "planning permission be refused for the following reason: The site makes a strong contribution to preventing"
        " neighbouring towns merging into one another. The proposal is therefore inappropriate development in the"
        " Green Belt.",
    ]


def test_a_body_s_name_alone_over_its_numbered_past_tense_points():
    body = text_lines("""Cabinet received a report from the Director that set out the revised fees.
Cabinet:
1. noted the report;
2. approved the revised fees and charges set out at Appendix 2.
Reason for decision: to set fees for 2026/27.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "noted the report;",
        "approved the revised fees and charges set out at Appendix 2.",
    ]


def test_a_footnote_s_mark_on_resolved_is_no_part_of_the_word():
    body = text_lines("RESOLVED1 – That the Council Tax Resolution be approved.")
    assert [r for r, _ in resolutions_in(body)] == ["the Council Tax Resolution be approved."]


def test_a_motion_carried_and_the_council_agreeing_over_its_points():
    body = text_lines("""The motion was accordingly carried and the Council agreed:-
(a) to approve a General Services revenue budget for 2026/27; and
(b) to approve the savings proposals set out in Appendix 3.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "to approve a General Services revenue budget for 2026/27; and",
        "to approve the savings proposals set out in Appendix 3.",
    ]


def test_a_named_member_agreeing_in_the_discussion_decides_nothing():
    body = text_lines("""(3) Mr Stanbury agreed that this would be discussed with the Vice-Chairman.
RESOLVED that the work programme be agreed.""")
    assert [r for r, _ in resolutions_in(body)] == ["the work programme be agreed."]


def test_thereafter_the_committee_over_roman_points_each_led_by_its_verb():
    body = text_lines("""Thereafter, the Committee:
i.\tAGREED the transfer of the former school to the Trust at a price of £18,000;
ii.\tNOTED the revenue monitoring position; and
iii.\tNOTED that the decision notice would be issued to the Trust within 14 days.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "AGREED the transfer of the former school to the Trust at a price of £18,000;",
        "NOTED the revenue monitoring position; and",
        "NOTED that the decision notice would be issued to the Trust within 14 days.",
    ]


def test_points_numbered_as_the_minute_s_paragraphs_under_a_numbered_resolved():
    body = text_lines("""(6) The recommendations were carried.
(7) RESOLVED that:
(1)\tthe net revenue budget for 2026/27 of £98.462m be
approved;
(2)\tthe council tax requirement be approved; and
(3)\tthe statement be noted.
(8) The Chairman thanked the officers.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the net revenue budget for 2026/27 of £98.462m be approved;",
        "the council tax requirement be approved; and",
        "the statement be noted.",
    ]


def test_a_body_noting_in_capitals_is_a_decision_told_as_its_sentence():
    """'The Panel NOTED the ...' is the Panel's formal word; a bare 'NOTED.' and 'Members noted' are not."""
    body = text_lines("""Members asked about the dates of the training sessions. The Audit Panel NOTED the
training plan for 2026/27 and the attendance record.
Members noted the update from the Treasurer.
NOTED.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "The Audit Panel NOTED the training plan for 2026/27 and the attendance record."
    ]


def test_a_lettered_points_own_numbered_sentences_are_points_of_their_own():
    """'(b) the following conditions:' over '1. The yard shall ...' '2. A limiter shall ...': each condition a
    decision, the stem dropped; '(i)'/'(ii)' completing their point's sentence in lower case stay with it."""
    body = text_lines("""RESOLVED: That the licence be GRANTED subject to:
(a) the conditions in the operating schedule;
(b) the following additional conditions:
1. The yard shall be cleared of customers
by 21:15.
2. A noise limiter shall be fitted.
(c) the hours being reduced so that:
(i) alcohol is sold until 23:00; and
(ii) the premises close at 23:30.
The Chair explained the right of appeal.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the conditions in the operating schedule;",
        "The yard shall be cleared of customers by 21:15.",
        "A noise limiter shall be fitted.",
        "the hours being reduced so that: alcohol is sold until 23:00; and the premises close at 23:30.",
    ]


def test_recommendations_under_a_lettered_point_each_a_that_clause_are_points_of_their_own():
    """'(a) to make the following recommendations to the Cabinet Member:' over '(i) that ...;' '(ii) that ...;
    and': each recommendation a decision of its own (a 'that' clause, not words completing the stem)."""
    body = text_lines("""(7) RESOLVED that the Scrutiny Committee agree:
(a) to make the following recommendations to the Cabinet Member:
(i) that the first hour of parking be free at all nine country
parks;
(ii) that the annual permit be offered at a concessionary rate
of £25 to registered carers; and
(b) to ask the Cabinet Member to report back to the Committee.
Mr Pelling asked that his vote against be recorded.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "that the first hour of parking be free at all nine country parks;",
        "that the annual permit be offered at a concessionary rate of £25 to registered carers; and",
        "to ask the Cabinet Member to report back to the Committee.",
    ]


def test_a_two_column_table_under_a_point_ending_in_a_colon_is_not_its_words():
    body = text_lines("""RESOLVED: That
(f) the aggregate Band D Council Tax for each parish area be as set out in the table
below:
Parish\tBand D £
Ashbourne Green\t2,418.55
Brackenfold\t2,409.96
(g) the Council's relevant basic amount of Council Tax is determined not to be excessive.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the aggregate Band D Council Tax for each parish area be as set out in the table below:",
        "the Council's relevant basic amount of Council Tax is determined not to be excessive.",
    ]


def test_appointments_one_a_line_with_their_names_wrapped():
    body = text_lines("""RESOLVED: That the following appointments be made:
Citizens Advice – Councillor Ruth Hall
Crematorium Joint Committee – Councillors Stephen Nayler and
Andrew Colley
Standing Advisory Council on Religious Education – Councillors Sam Osei, Nasreen
Chaudhry and Peter Lind
Museum Trust – Councillor Pat Holroyd
The meeting closed at 12.52 pm.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "Citizens Advice – Councillor Ruth Hall",
        "Crematorium Joint Committee – Councillors Stephen Nayler and Andrew Colley",
        "Standing Advisory Council on Religious Education – Councillors Sam Osei, Nasreen Chaudhry and Peter Lind",
        "Museum Trust – Councillor Pat Holroyd",
    ]


def test_the_committees_recommendations_to_cabinet_under_their_heading():
    body = text_lines("""The Committee discussed the home care rates.
Recommendations to Cabinet
R1. That Cabinet approve the framework rate of £25.60 an hour from 1
April 2026.
R2. That the waiting list be reported to this Committee each quarter.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "That Cabinet approve the framework rate of £25.60 an hour from 1 April 2026.",
        "That the waiting list be reported to this Committee each quarter.",
    ]
    assert resolutions_in(text_lines("Recommendations\n1. That the report be approved.")) == []


def test_recommendations_agreed_under_a_stem_each_labelled_in_its_own_cell():
    body = text_lines("""The Committee AGREED its findings and the following recommendations to the Cabinet Member:
R1\tThat applications received by 31 May be decided before the autumn term.
R2\tThat a personal transport budget be offered to all eligible families.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "That applications received by 31 May be decided before the autumn term.",
        "That a personal transport budget be offered to all eligible families.",
    ]


def test_the_first_point_beside_its_label_and_the_rest_below():
    body = text_lines("""AGREED:\t(a) that the Council be asked to convene a Conference,
constituted in four committees;
(b) that the timetable be endorsed; and
(c) that the cost be noted.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "that the Council be asked to convene a Conference, constituted in four committees;",
        "that the timetable be endorsed; and",
        "that the cost be noted.",
    ]


def test_resolved_closing_a_line_and_how_opening_the_next():
    body = text_lines("""It was proposed by the Town Mayor, seconded by Cllr S Pomeroy and RESOLVED
unanimously that the thanks of the Council be recorded to Cllr Mrs J Pellow.""")
    assert [r for r, _ in resolutions_in(body)] == ["the thanks of the Council be recorded to Cllr Mrs J Pellow."]


def test_inline_points_after_a_lead_in_closed_by_a_colon():
    body = text_lines(
        "RESOLVED – That Council be recommended to: (1) adopt the scheme; (2) set the maximum award at 80%; and "
        "(3) continue the Hardship Fund."
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "adopt the scheme;",
        "set the maximum award at 80%; and",
        "continue the Hardship Fund.",
    ]


def test_a_community_councils_decisions_in_its_own_words():
    body = text_lines("""Two quotations had been obtained. The CC agreed to buy replacement pads.
The minutes were read. It was agreed to write to the owner.
On a show of hands, 5 members voted in favour, 2 against and 1
abstained, and it was agreed to award a grant of £300 to the Games Committee.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "to buy replacement pads.",
        "to write to the owner.",
        "to award a grant of £300 to the Games Committee.",
    ]


def test_a_panel_agreeing_in_discussion_does_not_swallow_the_resolved_stem_below():
    body = text_lines("""(d) Members discussed them. The Panel agreed to both changes, which are included in
recommendations R2 and R6 below.
RESOLVED: That the following recommendations be referred to Cabinet:
No.\tRecommendation\tLead Cabinet Member
R1\tThat no family be placed in bed and breakfast for longer than six weeks.\tCabinet Member for Housing""")
    assert [r for r, _ in resolutions_in(body)] == [
        "That no family be placed in bed and breakfast for longer than six weeks."
    ]


def test_the_first_point_after_a_dash_and_the_rest_below():
    body = text_lines("""RESOLVED – (1) That the fees be approved for consultation;
(2) That any objections be reported to the Committee; and
(3) That the fees take effect from 1 April 2026.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "That the fees be approved for consultation;",
        "That any objections be reported to the Committee; and",
        "That the fees take effect from 1 April 2026.",
    ]


def test_unmarked_points_wrapped_over_lines_under_a_stem():
    body = text_lines("""It was RESOLVED to object to the application on the following grounds:
the site lies outside the settlement boundary defined by Policy BR1 of the made
Neighbourhood Plan;
Church Lane is single-track and cannot safely accommodate the additional traffic;
the removal of the hedgerow would harm the rural character of the
lane.
(6 in favour, 1 abstention)""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the site lies outside the settlement boundary defined by Policy BR1 of the made Neighbourhood Plan;",
        "Church Lane is single-track and cannot safely accommodate the additional traffic;",
        "the removal of the hedgerow would harm the rural character of the lane.",
    ]


def test_inline_points_end_before_a_note_of_the_vote_or_who_left():
    body = text_lines(
        "RESOLVED: 1. Approved the draft Strategy for consultation. 2. Noted that a report will be brought to the "
        "Board in September 2026. Decision carried: For 6, Against 1."
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "Approved the draft Strategy for consultation.",
        "Noted that a report will be brought to the Board in September 2026.",
    ]


def test_moved_seconded_and_carried_that():
    body = text_lines(
        "It was moved by Councillor C Haworth, seconded by Councillor R Clegg and CARRIED that Council Procedure "
        "Rule 11.6 be suspended for the remainder of the meeting."
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "Council Procedure Rule 11.6 be suspended for the remainder of the meeting."
    ]
    assert resolutions_in(text_lines("The motion was put to the vote and CARRIED.")) == []


def test_another_bodys_earlier_decision_told_in_a_question_decides_nothing():
    body = text_lines("""Mr Colin Threlfall asked why the Parish Council had not
been consulted before the Cabinet agreed to dispose of the land at Mill Lane. The Chair
thanked Mr Threlfall for his question.""")
    assert resolutions_in(body) == []


def test_the_chair_agreeing_in_the_discussion_decides_nothing():
    body = text_lines("""Members asked that the pledge be added to the induction pack.
The Chair agreed that this should be added.
The Board AGREED that the pledge be published.""")
    assert [r for r, _ in resolutions_in(body)] == ["the pledge be published."]


def test_a_parishs_decisions_told_in_lower_case_after_the_sentence_before():
    body = text_lines("""The minutes of the last meeting were taken as read. It was
agreed that the minutes be approved as a correct record.
On the proposal of the Chairman, the meeting agreed to record its thanks to Mrs Cobb.
Only electors could vote. It was agreed by a show of hands (19 for, 2 against) that the council be
asked to consider a 20 mph limit.
The Clerk agreed to write to the County Council.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the minutes be approved as a correct record.",
        "to record its thanks to Mrs Cobb.",
        "the council be asked to consider a 20 mph limit.",
    ]


def test_proposed_seconded_and_resolved_colon_over_lettered_points():
    body = text_lines("""The Council considered three quotations.
It was proposed by Cllr Nankervis, seconded by Cllr Hambly and RESOLVED:
(a) to accept the quotation from Westcountry Play Ltd of £9,870 plus VAT; and
(b) that the cost be met from the Play Equipment earmarked reserve.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "to accept the quotation from Westcountry Play Ltd of £9,870 plus VAT; and",
        "that the cost be met from the Play Equipment earmarked reserve.",
    ]


def test_a_table_under_a_point_ending_as_follows_is_not_more_of_the_point():
    body = text_lines("""RESOLVED:
1. THAT the basic amount of council tax for a Band D dwelling be £2,014.53.
2. THAT the amounts of council tax for each valuation band be as
follows:
Band\tA\tB\tC\tD
£\t1,343.02\t1,566.86\t1,790.69\t2,014.53
3. THAT the precepts of the Police and Crime Commissioner be noted.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "THAT the basic amount of council tax for a Band D dwelling be £2,014.53.",
        "THAT the amounts of council tax for each valuation band be as follows:",
        "THAT the precepts of the Police and Crime Commissioner be noted.",
    ]


def test_members_agreeing_that_something_should_happen_is_a_view_not_the_decision():
    body = text_lines("""Members agreed that the narrowness of Back Lane should be raised with the highway authority.
It was RESOLVED to ask the County Council to assess Back Lane for passing place signs.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "to ask the County Council to assess Back Lane for passing place signs."
    ]


def test_after_consideration_the_committee_over_its_lettered_points_and_alone():
    body = text_lines("""After consideration, the committee noted the report.
After consideration, the committee
(a) noted the report;
(b) approved the leasing of up to 60 furnished flats; and
(c) instructed the Executive Director to report progress in June 2026.
The committee approved the proposals.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "noted the report.",
        "noted the report;",
        "approved the leasing of up to 60 furnished flats; and",
        "instructed the Executive Director to report progress in June 2026.",
        "approved the proposals.",
    ]


def test_lettered_points_run_on_in_one_wrapped_paragraph():
    body = text_lines("""RESOLVED that the Committee (a) note Decision 25/00112; (b) ask the Cabinet
Member for Environment to report by July 2026 on the costs of a mobile service; and (c) ask
that quarterly data on queuing be shared with the Committee.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "note Decision 25/00112;",
        "ask the Cabinet Member for Environment to report by July 2026 on the costs of a mobile service; and",
        "ask that quarterly data on queuing be shared with the Committee.",
    ]


def test_a_call_in_referred_back_for_reasons_keeps_its_decision_and_its_reasons():
    body = text_lines("""RESOLVED: That the decision of the Cabinet be referred back to the Cabinet for the
following reasons:
1. The consultation did not reach tenants in sheltered housing.
2. The equality impact assessment was not published.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "That the decision of the Cabinet be referred back to the Cabinet for the following reasons:",
        "The consultation did not reach tenants in sheltered housing.",
        "The equality impact assessment was not published.",
    ]


def test_a_bodys_decision_under_its_reference_is_the_decision_and_a_key_decisions_heading_is_not():
    body = text_lines("""It was moved by Councillor A Hale, duly seconded by Councillor B Ince and
EXECUTIVE DECISION ED 41 (2026/27): That the Executive:
(a) Approves the Play Area Strategy 2026-2031.
(b) Delegates authority to the Head of Parks to award the works contracts.
EXECUTIVE DECISION NO. 42: That the Executive notes the quarterly performance report.
KEY DECISION: 26/00031 - Waste Collection Contract
The report set out the options for the contract.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "Approves the Play Area Strategy 2026-2031.",
        "Delegates authority to the Head of Parks to award the works contracts.",
        "the Executive notes the quarterly performance report.",
    ]


def test_bullets_under_a_lettered_stem_are_a_point_each_the_stem_dropped():
    body = text_lines("""(6) RESOLVED that:
(a) permission be granted to the application subject to conditions
including conditions covering:
• the standard five-year time limit;
• hours of working limited to 08:00-17:00 on weekdays; and
• a scheme of landscaping to be approved; and
(b) the applicant be advised by Informative to liaise with the parish council.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the standard five-year time limit;",
        "hours of working limited to 08:00-17:00 on weekdays; and",
        "a scheme of landscaping to be approved; and",
        "the applicant be advised by Informative to liaise with the parish council.",
    ]


def test_a_tally_in_brackets_after_agreed_is_not_the_decisions_words():
    body = text_lines("""Proposed by Alderman Z Orr, Seconded by Councillor W Park and AGREED
(on a vote of 10 in favour, 6 against) that Option B be approved.
""")
    assert [r for r, _ in resolutions_in(body)] == ["Option B be approved."]


def test_resolved_after_a_comma_closing_the_proposer_and_seconder_is_the_decision():
    body = text_lines("""Proposed Cllr A Orr, seconded Cllr B Pym, all in favour, RESOLVED to appoint Mrs H Penrose as
internal auditor for 2025/26.
""")
    assert [r for r, _ in resolutions_in(body)] == ["to appoint Mrs H Penrose as internal auditor for 2025/26."]


def test_that_alone_over_roman_points_is_their_stem():
    body = text_lines("""Resolved:
That
(i) the Director of Finance be given delegated authority to make technical changes.
(ii) the responses to the budget consultation be noted.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the Director of Finance be given delegated authority to make technical changes.",
        "the responses to the budget consultation be noted.",
    ]


def test_one_sentence_wrapped_at_a_comma_under_resolved_is_one_decision():
    body = text_lines("""Resolved:
That the Local Development Scheme 2026, attached at Appendix A to the report,
be approved and brought into effect on the 23rd February 2026.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "That the Local Development Scheme 2026, attached at Appendix A to the report, be approved and brought into "
        "effect on the 23rd February 2026."
    ]


def test_an_amendments_points_under_the_body_named_at_a_lines_start_are_no_decision():
    body = text_lines("""Councillor Guth, seconded by Councillor Duth, moved as an amendment that the
Committee:-
(a) agree to retain the charge at £40; and
(b) instruct the Director to identify alternative savings.
Decision: The Committee approved the recommendations in the report.
""")
    assert [r for r, _ in resolutions_in(body)] == ["The Committee approved the recommendations in the report."]


def test_a_surname_agreeing_at_a_lines_start_is_someone_in_the_discussion():
    body = text_lines("""Members asked whether teenage pregnancy figures could be shown by district, and Dr
Marchetti agreed that this would be included from the Quarter 3 report.
RESOLVED that the performance report be noted.
""")
    assert [r for r, _ in resolutions_in(body)] == ["the performance report be noted."]


def test_reasons_for_the_decision_under_the_conditions_are_no_more_of_the_decision():
    body = text_lines("""Resolved: That the application for a premises licence be GRANTED subject to:
(a) the conditions in the operating schedule; and
(b) the following further conditions:
1. The rear garden shall not be used after 22:00.
2. Live music shall end at 23:00.
Reasons for the decision
1. The Sub-Committee noted that the premises lie outside the cumulative impact area.
2. It was satisfied that the applicant is an experienced operator.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the conditions in the operating schedule; and",
        "The rear garden shall not be used after 22:00.",
        "Live music shall end at 23:00.",
    ]


def test_a_passive_resolved_in_a_narrative_sentence_is_no_decision():
    lines = [
        Line(1, 1, "notice. Fourteen complaints had been received during the year (nine in 2023/24), twelve"),
        Line(2, 1, "of which had been resolved by the Council and two referred to the Welsh Language"),
        Line(3, 1, "Commissioner."),
    ]
    assert resolutions_in(lines) == []


def test_the_chairs_dotted_signature_line_is_not_part_of_the_last_decision():
    body = text_lines(
        "RESOLVED that the work programme be agreed, subject to the additions set\n"
        "out above.\n"
        ".........................................\n"
        "Chair\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "the work programme be agreed, subject to the additions set out above."
    ]


def test_agreed_by_a_count_of_votes_after_the_discussion_and_a_decision_ending_before_a_reference():
    body = text_lines(
        "It was agreed to make no comment on applications 26/00451/FUL, 26/00489/HOU and\n"
        "26/00503/PIP. 26/00517/FUL, holiday lodges at Loch Brackie: three members of the public spoke against.\n"
        "After discussion it was agreed by 6 votes to 2 to object to the application on the grounds of\n"
        "road safety.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "to make no comment on applications 26/00451/FUL, 26/00489/HOU and 26/00503/PIP.",
        "to object to the application on the grounds of road safety.",
    ]


def test_another_authoritys_decisions_reported_under_a_decisions_label_are_not_the_meetings():
    body = text_lines(
        "Decisions: Highland Council has granted 25/04410/FUL (new house, Achnafearn) and\n"
        "refused 25/04472/PIP (two houses, Balnacross). Noted.\n"
        "Decision: to object to application 26/00517/FUL.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == ["to object to application 26/00517/FUL."]


def test_a_decision_box_of_plain_paragraphs_runs_to_the_discussion_heading():
    body = text_lines("""DECISION
To adopt the Welsh Language Promotion Strategy 2026-2031 as
presented in Appendix 1 to the report.
To delegate authority to the Chief Executive, in consultation with the Leader,
to make minor changes before publication.
DISCUSSION
The report was presented. Members welcomed the targets.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "To adopt the Welsh Language Promotion Strategy 2026-2031 as presented in Appendix 1 to the report.",
        "To delegate authority to the Chief Executive, in consultation with the Leader, to make minor changes before "
        "publication.",
    ]


def test_a_decision_heading_over_narrative_with_no_heading_after_keeps_only_its_decision():
    body = text_lines("""Decision
That the report be noted.
The Chair thanked the officers for their work.
Members asked for a further update in the spring.
""")
    assert [r for r, _ in resolutions_in(body)] == ["That the report be noted."]


def test_a_clause_leading_in_to_the_verb_under_a_decision_heading_is_not_a_decision():
    body = text_lines("""DECISION
Having considered the report on the outcome of the statutory consultation,
it was resolved:
(a) to publish a statutory notice to close the school on 31 August 2026;
(b) to ask the Head of Education to report back.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "to publish a statutory notice to close the school on 31 August 2026;",
        "to ask the Head of Education to report back.",
    ]


def test_a_bare_agreed_after_a_proposal_agrees_what_was_proposed():
    body = text_lines("""The Clerk presented the bills for payment.
Proposed by Cllr D. Rees, seconded by Cllr A Morgans, to pay the
bills. AGREED.
""")
    assert [r for r, _ in resolutions_in(body)] == ["to pay the bills."]


def test_a_second_decision_told_after_the_first_s_full_stop():
    body = text_lines("""Two requests for grants were received.
RESOLVED to give £200 to the Rugby Club. RESOLVED
also to give £150 to the community paper.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "to give £200 to the Rugby Club.",
        "also to give £150 to the community paper.",
    ]


def test_a_decision_in_a_table_row_goes_on_over_the_page_and_its_repeated_heading_row():
    body = text_lines(
        "C26/0125 – Barn conversion, Cwm-hir Farm,\n"
        "Rhydowen. RESOLVED to object on the grounds of lack of parking\n"
        "No.\tMinute\tAction\n"
        "\tand the effect on the narrow lane. It was noted that the county had granted an extension.\tClerk\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "to object on the grounds of lack of parking and the effect on the narrow lane."
    ]


def test_a_decision_box_whose_stem_runs_over_several_lines_to_its_conditions():
    body = text_lines("""DECISION:
To grant the application for a premises licence for Harbour Cafe Bar, 3 Sea Front, Ceiro Quay,
for the activities and hours applied for, subject to the conditions in the operating schedule
(including the conditions agreed with the police) and the following additional conditions:
1. Customers shall not use the outside terrace after 21:00 on any day.
2. A noise limiter shall be fitted to all amplified sound equipment.
REASONS
The sub-committee considered the evidence.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "Customers shall not use the outside terrace after 21:00 on any day.",
        "A noise limiter shall be fitted to all amplified sound equipment.",
    ]


def test_a_bodys_grounds_between_commas_before_its_decision_under_a_decision_heading():
    body = text_lines("""Decision
The Board, being satisfied that it was necessary to do so for the purposes of the
licensing objectives of preventing crime and disorder, agreed to suspend the personal
licence for a period of three months.
The meeting closed at 12.50 pm.""")
    assert [r for r, _ in resolutions_in(body)] == ["to suspend the personal licence for a period of three months."]


def test_a_second_decision_after_a_list_of_conditions_goes_on_from_the_stem():
    body = text_lines("""RESOLVED to GRANT the application subject to the following conditions:
1. The courtyard shall not be used by customers after 22:00.
2. A noise limiter shall be fitted.
and to REFUSE the sale of alcohol after 23:00 on Sundays.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "The courtyard shall not be used by customers after 22:00.",
        "A noise limiter shall be fitted.",
        "to REFUSE the sale of alcohol after 23:00 on Sundays.",
    ]


def test_a_stem_ending_in_a_colon_and_a_dash_over_its_points():
    body = text_lines("""Decision
The LRB agreed:—
(a) to uphold the review and grant planning permission in principle; and
(b) that the conditions be drafted by the Planning Adviser and agreed with the Chair.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "to uphold the review and grant planning permission in principle; and",
        "that the conditions be drafted by the Planning Adviser and agreed with the Chair.",
    ]


def test_sums_under_a_stem_each_a_decision_of_their_own():
    body = text_lines("""RESOLVED that the following be approved:
3. That the following amounts be calculated for the year 2026/27 in accordance with the Act:
(a) £89,512,340 being the aggregate of the amounts estimated under Section 31A(2).
(b) £80,414,658 being the aggregate of the amounts estimated under Section 31A(3).
4. That the Director of Resources be authorised to give notice of the Council Tax.""")
    found = [r for r, _ in resolutions_in(body)]
    assert "£89,512,340 being the aggregate of the amounts estimated under Section 31A(2)." in found
    assert "£80,414,658 being the aggregate of the amounts estimated under Section 31A(3)." in found


def test_a_quoted_motion_declared_carried_is_the_decision_where_nothing_says_resolved():
    # an annual town meeting's electors' motions: moved in their own words, then carried or lost on a show of hands
    body = text_lines("""(a) Parking on Mill Lane
Moved by Mrs D Farrant and seconded by Mr P Quayle:
“That this meeting asks the Town Council to seek a residents' parking
scheme for Mill Lane.”
On a show of hands the voting was 23 in favour and 9 against.
The motion was CARRIED and will be referred to the Town Council.
(b) Christmas lights
Moved by Mr R Gethin and seconded by Mrs W Haldane:
“That this meeting asks the Town Council to stop funding the Christmas lights.”
The motion was LOST.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "this meeting asks the Town Council to seek a residents' parking scheme for Mill Lane."
    ]


def test_a_quoted_motion_is_not_repeated_beside_the_resolution_that_adopts_it():
    body = text_lines("""“That this Council declares a nature emergency.”
The motion was CARRIED.
RESOLVED that the motion be adopted.
""")
    assert [r for r, _ in resolutions_in(body)] == ["the motion be adopted."]


def test_a_body_resolving_in_lower_case_after_the_sentence_before():
    body = text_lines(
        "Apologies were received from Cllr M Darby (work commitment) and Cllr A Tolland (unwell). The council "
        "resolved to accept the reasons given for absence.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == ["to accept the reasons given for absence."]


def test_decisions_numbered_by_the_councils_own_resolution_numbers():
    body = text_lines("""Resolution 2025/187: That the minutes of the meeting held on Tuesday 10 February
2026 be approved and signed as a correct record.
Proposed: Cllr Bellamy\tSeconded: Cllr Gosling\tVote: For 11, Against 0, Abstain 1
Resolution 2025/188: That the minutes of the Planning Committee be received.
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the minutes of the meeting held on Tuesday 10 February 2026 be approved and signed as a correct record.",
        "the minutes of the Planning Committee be received.",
    ]


def test_a_schedules_verdicts_under_a_decision_the_stem_says_whole():
    body = text_lines("""RESOLVED to approve the recommendations of the LHFIG meeting held on 10
February 2026 as set out below:
Ref\tScheme\tRecommendation\tFunding
24-11\tStokeleigh Road – 30 mph limit\tApprove; proceed to TRO\t£4,500
25-03\tChurch Street – dropped kerbs\tApprove\t£2,100
25-09\tBridge Lane – bollards\tClose – no further action\t£0
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "to approve the recommendations of the LHFIG meeting held on 10 February 2026 as set out below:"
    ]


def test_a_cabinet_decisions_statutory_record_lettered_under_its_points_is_not_more_of_them():
    body = text_lines("""RESOLVED that the Cabinet:
(1) notes the forecast revenue overspend of £4.86 million;
(2) approves the budget virements over £1 million listed in Appendix 2; and
(3) notes the forecast level of general reserves.
(a) Reasons for the decision: to keep the Council's financial position under review.
(b) Alternative options considered and rejected: not to approve the virements.
(c) Conflicts of interest declared by a Cabinet Member: none
(d) Dispensations granted: none
""")
    assert [r for r, _ in resolutions_in(body)] == [
        "notes the forecast revenue overspend of £4.86 million;",
        "approves the budget virements over £1 million listed in Appendix 2; and",
        "notes the forecast level of general reserves.",
    ]


def test_a_bare_agreed_under_a_proposal_or_a_response_agrees_what_it_says():
    body = text_lines("""Hall hire: the Clerk proposed that the charge for the main hall rise to £18 an hour from
1 April.
Agreed.
2. 26/00412/HOU – 3 Mill Close
Single-storey rear extension.
Response: No objection.
Agreed.
The Chairman thanked the Clerk.
Agreed.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the charge for the main hall rise to £18 an hour from 1 April.",
        "No objection.",
    ]


def test_a_committees_recommendation_to_council_after_its_proposer_and_seconder():
    body = text_lines("""Proposed by Cllr P Moore, Seconded by Alderman L Watt and RECOMMENDED that Council agree:
1. the charges for pest control treatments for 2026/27 as set out at Appendix 1; and
2. a fee of £95.00 for a food export health certificate.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the charges for pest control treatments for 2026/27 as set out at Appendix 1; and",
        "a fee of £95.00 for a food export health certificate.",
    ]


def test_a_motion_adopted_in_full_resolves_what_its_own_lead_in_lists():
    """'RESOLVED: That the substantive motion be adopted, namely:' over the motion as printed: its preamble
    ('This Council notes ...') is no decision; the points under 'This Council therefore resolves to:' are."""
    body = text_lines(
        "RESOLVED: That the substantive motion be adopted, namely:\n"
        "This Council notes that the evening buses on route 14 are to be withdrawn from 5 April\n"
        "2026, leaving parts of the town with no service after 6.30 pm.\n"
        "This Council therefore resolves to:\n"
        "1. Ask the Leader to write to the bus company; and\n"
        "2. Establish a cross-party working group on bus services.\n"
        "The meeting closed at 9.41 pm."
    )
    assert [t for t, _ in resolutions_in(body)] == [
        "Ask the Leader to write to the bus company; and",
        "Establish a cross-party working group on bus services.",
    ]


def test_a_carried_motion_under_resolved_alone_resolves_its_own_points():
    body = text_lines(
        "RESOLVED:-\n"
        "This Council notes that 23 evening bus services have been withdrawn since April 2024.\n"
        "This Council believes that a reliable bus network is essential to the city.\n"
        "This Council therefore resolves:\n"
        "(a) to ask the Cabinet to bring forward a business case for franchising; and\n"
        "(b) to ask the Leader to write to the Secretary of State for Transport.\n"
    )
    assert [t for t, _ in resolutions_in(body)] == [
        "to ask the Cabinet to bring forward a business case for franchising; and",
        "to ask the Leader to write to the Secretary of State for Transport.",
    ]


def test_a_long_stem_ending_as_follows_over_its_points_and_a_note_in_brackets_after_them():
    """A stem wrapped over many lines to 'as follows:-' leads into its points; a note in brackets after the points
    ('(The decisions ... were not eligible for Call In, as the' / 'Board resolved that ...)') decides nothing."""
    body = text_lines(
        "RESOLVED – That, in accordance with Regulation 4 of The Local Authorities\n"
        "(Executive Arrangements) (Meetings and Access to Information) (England)\n"
        "Regulations 2012, the public be excluded from the meeting during\n"
        "consideration of the following parts of the agenda designated as exempt from\n"
        "publication on the grounds that there would be disclosure to them of exempt information so\n"
        "designated as follows:-\n"
        "(a) That Appendix B to the report on the Market Hall is designated as exempt;\n"
        "(b) That Appendix 2 to the report on Hollin Bank Lane is designated as exempt.\n"
        "(The decisions referred to within this minute were not eligible for Call In, as the\n"
        "Board resolved that they were exempt from the Call In process)\n"
    )
    assert [t for t, _ in resolutions_in(body)] == [
        "That Appendix B to the report on the Market Hall is designated as exempt;",
        "That Appendix 2 to the report on Hollin Bank Lane is designated as exempt.",
    ]


def test_a_cabinet_agreeing_the_recommendations_of_a_confidential_appendix():
    body = text_lines(
        "The Cabinet considered the confidential appendix to the report.\n"
        "The Cabinet agreed the recommendations set out in the confidential appendix.\n"
    )
    assert [t for t, _ in resolutions_in(body)] == ["agreed the recommendations set out in the confidential appendix."]


def test_an_approval_over_a_s106_table_then_its_conditions_by_title():
    """Cheshire East: 'That ... APPROVED subject to the completion of a S106 Agreement to secure:' over a table of
    heads of terms, then 'And the following conditions:' over conditions by title; the list ends at the standing
    paragraph under it. A refusal's sentence wrapped over its numbered reasons gives the reasons."""
    body = text_lines(
        "RESOLVED:\n"
        "That for the reasons set out in the report, the application\n"
        "be APPROVED subject to the completion of a S106 Agreement to secure:\n"
        "Requirement\tContribution\tTriggers\n"
        "Affordable Housing\t30% on site\tBefore half the market homes are occupied\n"
        "Education – Primary\t£310,900\t50% prior to first occupation\n"
        "And the following conditions:\n"
        "1. Time limit - outline\n"
        "2. Reserved matters in general accordance with the parameters plan\n"
        "3. Boundary treatment to Church Lane\n"
        "In the event of any changes being needed to the wording of the Board’s decision\n"
        "prior to the decision being issued, the Head of Planning has delegated authority.\n"
    )
    assert [t for t, _ in resolutions_in(body)] == [
        "That for the reasons set out in the report, the application be APPROVED subject to the completion of a S106 "
        "Agreement to secure:",
        "Time limit - outline",
        "Reserved matters in general accordance with the parameters plan",
        "Boundary treatment to Church Lane",
    ]
    refused = text_lines(
        "RESOLVED:\n"
        "That for the reasons set out in the report, the application be REFUSED for the\n"
        "following reasons:\n"
        "1. The site lies within the Green Belt and the development is inappropriate.\n"
        "2. The proposal would cause significant harm to the landscape.\n"
    )
    assert [t for t, _ in resolutions_in(refused)] == [
        "The site lies within the Green Belt and the development is inappropriate.",
        "The proposal would cause significant harm to the landscape.",
    ]


def test_hertfordshire_conclusions_what_the_panel_did_under_the_label():
    """'CONCLUSION:' over '5.5<TAB>The Panel recommended to Cabinet that ...' is its decision, from the verb; over
    '(a) ... (b) ...' points their decisions; over 'The Panel noted the report.' nothing decided."""
    points = text_lines(
        "CONCLUSION:\n3.5\tThe Panel recommended to Cabinet that:\n"
        "(a) the Enhanced Partnership Scheme be varied; and\n(b) the multi-operator ticket be introduced.\n"
    )
    noted = text_lines("CONCLUSION:\n4.4\tThe Panel noted the report.\n")
    sentence = text_lines(
        "CONCLUSION:\n5.5\tThe Panel recommended to Cabinet that the capital programme be approved.\n"
    )
    assert [[t for t, _ in resolutions_in(b)] for b in (points, noted, sentence)] == [
        ["the Enhanced Partnership Scheme be varied; and", "the multi-operator ticket be introduced."],
        [],
        ["recommended to Cabinet that the capital programme be approved."],
    ]


def test_a_licence_granted_with_its_hours_after_the_conditions():
    body = text_lines(
        "RESOLVED that the application be GRANTED subject to the following additional conditions:\n"
        "1. No deliveries shall take place between 20.00 and 08.00.\n"
        "2. A notice shall be displayed at the exit asking customers to leave quietly.\n"
        "with the hours for the sale of alcohol reduced to 10.00 – 22.30 Sunday to\n"
        "Thursday, so that the licence authorises the following:\n"
        "Licensable activity\tDays\tHours\n"
        "Sale of alcohol\tSunday to Thursday\t10.00 – 22.30\n"
    )
    assert [t for t, _ in resolutions_in(body)] == [
        "No deliveries shall take place between 20.00 and 08.00.",
        "A notice shall be displayed at the exit asking customers to leave quietly.",
        "with the hours for the sale of alcohol reduced to 10.00 – 22.30 Sunday to Thursday, so that the licence "
        "authorises the following:",
    ]


def test_how_it_was_resolved_after_the_verb_is_no_part_of_the_decision():
    body = text_lines("""The Head of Finance answered members' questions.
It was resolved unanimously to:
a) note the forecast outturn for 2025/26; and
b) approve the virement of £40,000 to the youth service.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "note the forecast outturn for 2025/26; and",
        "approve the virement of £40,000 to the youth service.",
    ]


def test_a_mayor_agreeing_then_the_decision_in_capitals_after_a_comma():
    body = text_lines("""The Mayor agreed the recommendations as set out, and RESOLVED
1. To agree an increase of 4.8 per cent in rents from 6 April 2026.
2. To agree the tenant service charges for 2026-27.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "To agree an increase of 4.8 per cent in rents from 6 April 2026.",
        "To agree the tenant service charges for 2026-27.",
    ]


def test_a_decision_another_authority_took_reported_under_a_decided_label():
    body = text_lines("""ACTION: FG to submit the objection by 20 March
Decided: 25/03190/HOU (garage, Tigh na Bruaich) granted by Highland Council.
Noted.""")
    assert resolutions_in(body) == []


def test_a_that_paragraph_in_capitals_after_a_refusals_reasons_is_the_decisions_next_part():
    body = text_lines("""RESOLVED:
THAT planning permission be refused for the following reasons:
(i) The extension would harm the conservation area.
(ii) The conversion would lose a family dwelling.
THAT the Head of Development Management be given delegated authority to
finalise the wording of the reasons for refusal.
Councillor Ashbury returned to the meeting.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "The extension would harm the conservation area.",
        "The conversion would lose a family dwelling.",
        "the Head of Development Management be given delegated authority to finalise the wording of the reasons "
        "for refusal.",
    ]


def test_a_courts_unanimous_resolution_and_its_mayor_declaring_a_ballots_winner():
    body = text_lines("""Resolved unanimously – That the congratulations of this Court be offered to
Deputy Ann Hale
on her appointment as an Officer of the Order of the British Empire.
The votes were: Deputy Ann Hale 34, Mark Dunn 22.
Whereupon the Lord Mayor declared Deputy Ann Hale duly elected.
Whereupon the Lord Mayor declared the Motion carried.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the congratulations of this Court be offered to Deputy Ann Hale on her appointment as an Officer of the "
        "Order of the British Empire.",
        "Whereupon the Lord Mayor declared Deputy Ann Hale duly elected.",
    ]


def test_each_grant_under_its_own_decision_label_and_not_the_lines_between():
    body = text_lines("""Kennet Downs Youth Football Club – £2,450 towards new goals.
Decision:
Kennet Downs Youth Football Club was awarded £2,450 towards new goals.
Reason: The application meets the Community Area Grant criteria for 2025/26.
Westley Cricket Club – £1,800 towards a replacement pitch roller.
Decision:
The application was refused as the project had already started.
Ashcott Village Hall – £3,200 towards a replacement kitchen.
Members asked for a second quotation for the kitchen units.
Decision:
The application was deferred to the next meeting.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "Kennet Downs Youth Football Club was awarded £2,450 towards new goals.",
        "The application was refused as the project had already started.",
        "The application was deferred to the next meeting.",
    ]


def test_a_motion_set_out_below_then_agreed_as_follows_in_its_final_words():
    body = text_lines("""Councillor Penn proposed and Councillor Ware seconded a motion as set
out below:
This Council:
(a) notes the bathing water warnings; and
(b) asks the Chief Executive to write to the Secretary of State.
During the debate Councillor Tull proposed and Councillor Yeo seconded an
amendment as follows:
that paragraph (b) be replaced with "asks the Chief Executive to invite the water company".
On being put to the vote, the amendment was declared carried (unanimous).
The substantive motion was then before members for consideration, which was
agreed (unanimous) as follows:
that Council:
(a) notes the bathing water warnings; and
(b) asks the Chief Executive to invite the water company to the Board.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "notes the bathing water warnings; and",
        "asks the Chief Executive to invite the water company to the Board.",
    ]


def test_a_one_sentence_motion_set_out_below_and_declared_carried():
    body = text_lines("""Councillor Tull proposed and Councillor Ford seconded a motion as set
out below:
that Councillor Sobey be appointed to the Planning Committee in place of
Councillor Rendle.
On being put to the vote, the motion was declared carried (unanimous).""")
    assert [r for r, _ in resolutions_in(body)] == [
        "that Councillor Sobey be appointed to the Planning Committee in place of Councillor Rendle."
    ]


def test_a_scrutiny_committees_recommendations_and_what_it_agreed_under_its_labels():
    body = text_lines("""Recommendations: The Committee agreed to recommend that:
(a) the Cabinet Member should reassess every walking route; and
(b) the Director should report back in July.
Information requested:
• the number of appeals.
Decision: The Committee agreed its Forward Work Programme, subject to the item on placements moving to July.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "the Cabinet Member should reassess every walking route; and",
        "the Director should report back in July.",
        "its Forward Work Programme, subject to the item on placements moving to July.",
    ]


def test_resolved_accordingly_after_a_quoted_motion_carried_over_a_lost_amendment():
    body = text_lines("""Motion – moved by Councillor Ann Hale and seconded by Councillor
Ben Ives –
“That this Council:
(a) approves a net revenue budget of £612,418,000;
(b) approves the capital programme of £386.2 million.”
Amendment – moved by Councillor Carl Dunn and seconded by
Councillor Dee Fry –
“Delete paragraph (b) and insert ‘(b) approves a capital programme of £350 million.’”
The Lord Mayor put the amendment to the vote and it was declared lost.
The substantive motion was then put to the vote and was declared carried.
Resolved accordingly.""")
    assert [r for r, _ in resolutions_in(body)] == [
        "approves a net revenue budget of £612,418,000;",
        "approves the capital programme of £386.2 million.",
    ]


def test_a_decision_with_its_score_or_unanimously_in_brackets_before_its_dash():
    """Wirral's 'Resolved (9:6) – That' / 'Resolved (unanimously) – That' over numbered points: the bracket tells
    how it was decided, the points what."""
    body = text_lines(
        "On a motion by Councillor Gray, seconded by Councillor Jones, it was –\n"
        "Resolved (9:6) – That\n"
        "(1) the Capital Programme be recommended to the Budget Council; and\n"
        "(2) the Director of Finance report progress on capital receipts.\n"
        "Resolved (unanimously) – That the work programme be noted.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "the Capital Programme be recommended to the Budget Council; and",
        "the Director of Finance report progress on capital receipts.",
        "the work programme be noted.",
    ]


def test_a_reasons_paragraph_numbered_as_the_minutes_paragraphs_ends_the_points_above():
    """East Sussex's: 'It was RESOLVED to' at the end of a numbered paragraph over '(1)'-'(4)', then '63.2 Reasons'
    and the paragraph saying why."""
    body = text_lines(
        "63.1\tThe Cabinet considered a report by the Chief Executive on the Council's\n"
        "position. It was RESOLVED to\n"
        "(1) note the forecast outturn position for 2025/26;\n"
        "(2) note the Strategic Risk Register set out in Appendix 8.\n"
        "63.2\tReasons\n"
        "63.3\tThe report sets out the Council's position so that the Cabinet can monitor performance.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "note the forecast outturn position for 2025/26;",
        "note the Strategic Risk Register set out in Appendix 8.",
    ]


def test_the_other_limb_after_a_list_of_conditions_is_a_decision_of_its_own():
    body = text_lines(
        "RESOLVED: that the application be DEFERRED and DELEGATED to the Director for APPROVAL with the\n"
        "following additional conditions:\n"
        "• a Construction Traffic Management Plan routing all vehicles via the A4129;\n"
        "• details of the surface water drainage scheme, to be approved before work begins;\n"
        "or, if a satisfactory legal agreement cannot be completed, that the application be\n"
        "REFUSED for such reasons as the Director considers appropriate.\n"
    )
    texts = [text for text, _ in resolutions_in(body)]
    assert texts[-2] == "details of the surface water drainage scheme, to be approved before work begins;"
    assert texts[-1].startswith("or, if a satisfactory legal agreement cannot be completed")


def test_a_cabinet_recommending_the_council_told_in_a_sentence_is_its_decision():
    body = text_lines(
        "Consideration has been given to the Council's Pay Policy Statement for 2026/27.\n"
        "The Cabinet recommended the Council to approve the Pay Policy\n"
        "Statement for 2026/27 as set out in Appendix 2 to the report.\n"
        "The above decision has been made for the following reason:\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "The Cabinet recommended the Council to approve the Pay Policy Statement for 2026/27 as set out in "
        "Appendix 2 to the report."
    ]


def test_a_body_that_accordingly_agreed_over_its_points():
    body = text_lines(
        "On a vote being taken, 4 members voted for the amendment and 6 for the motion,\n"
        "which was accordingly declared carried.\n"
        "The Board accordingly agreed:\n"
        "(1) to approve the closure of the six interim care beds at Kelvinhaugh House\nfrom 1 June 2026;\n"
        "(2) to issue a direction to the Council accordingly.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "to approve the closure of the six interim care beds at Kelvinhaugh House from 1 June 2026;",
        "to issue a direction to the Council accordingly.",
    ]


def test_points_numbered_at_a_tab_stop_with_no_stop_under_a_resolution_told_how_it_was_carried():
    body = text_lines(
        "RESOLVED (by majority): That the Committee\n"
        "1\tapprove the Home to School Transport Policy 2026/27 as set out in\nAppendix 1 to the report;\n"
        "2\tdelegate authority to the Director of Education to publish the policy.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "approve the Home to School Transport Policy 2026/27 as set out in Appendix 1 to the report;",
        "delegate authority to the Director of Education to publish the policy.",
    ]


def test_a_grant_subject_to_points_that_complete_its_sentence_is_one_decision():
    body = text_lines(
        "RESOLVED:\nThat, in accordance with the Officer’s recommendation, planning permission\n"
        "be granted subject to:\n- the conditions set out in Appendix 1;\n"
        "- any modifications to the conditions as considered necessary by the\nAssistant Director.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "That, in accordance with the Officer’s recommendation, planning permission be granted subject to: the "
        "conditions set out in Appendix 1; any modifications to the conditions as considered necessary by the "
        "Assistant Director."
    ]


def test_a_run_in_list_whose_next_point_wraps_to_open_a_line():
    body = text_lines(
        "After consideration, the committee (1) noted the revenue budget position at period 10;\n"
        "(2) approved the budget transfers as detailed in appendix 2 to the report; and (3)\n"
        "instructed the Executive Director of Finance to submit a further report.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "noted the revenue budget position at period 10;",
        "approved the budget transfers as detailed in appendix 2 to the report; and",
        "instructed the Executive Director of Finance to submit a further report.",
    ]


def test_decisions_set_out_as_paragraphs_opening_that_in_capitals():
    body = text_lines(
        "RESOLVED:\n"
        "THAT Cllr A Rowe and Cllr N Penn be nominated as the Council's representatives\n"
        "on the Harbour Commissioners until May\n2027.\n"
        "THAT the Monitoring Officer be authorised to notify the Harbour Commissioners.\n"
        "The Leader thanked the outgoing representative.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "THAT Cllr A Rowe and Cllr N Penn be nominated as the Council's representatives on the Harbour "
        "Commissioners until May 2027.",
        "THAT the Monitoring Officer be authorised to notify the Harbour Commissioners.",
    ]


def test_a_decision_headed_by_the_body_alone_or_one_councils_members_over_its_points():
    """Adur & Worthing's joint committee: 'Decision,' over the body named on a line of its own, or over one council's
    members with their verb wrapped onto the next line, then the points."""
    body = text_lines(
        "Decision,\nThe Joint Strategic Committee\n(1) noted the forecast overspend; and\n(2) approved the virement.\n"
        "Decision,\nThe Seaford Borough Council members of the Joint Strategic Committee\nagreed\n"
        "(1) to extend the leisure contract; and\n(2) to vary the management fee.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == [
        "noted the forecast overspend; and",
        "approved the virement.",
        "to extend the leisure contract; and",
        "to vary the management fee.",
    ]


def test_a_forums_recommendation_to_who_decides_in_capitals():
    body = text_lines(
        "5.3\tThe Forum noted the consultation responses.\n"
        "5.4\tRECOMMENDATION to the Cabinet Member: That the early years funding formula for\n2026/27 be approved.\n"
    )
    assert [text for text, _ in resolutions_in(body)] == ["the early years funding formula for 2026/27 be approved."]


def test_the_last_minutes_approved_in_a_sentence_wrapped_before_its_verb():
    body = text_lines(
        "The Minutes of the Meeting of the Strathbeg Area Committee\n"
        "held on 17 November 2025 were APPROVED as a correct record.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "The Minutes of the Meeting of the Strathbeg Area Committee held on 17 November 2025 were APPROVED as a "
        "correct record."
    ]


def test_a_decision_in_a_table_beside_its_reason():
    body = text_lines(
        "It was moved and duly seconded to approve the application.\n"
        "RESOLVED\tReason for decision\n"
        "That planning permission be granted subject to conditions.\tAs set out in the report.\n"
        "County Councillor A Bebb returned to the meeting.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == ["planning permission be granted subject to conditions."]


def test_what_became_of_the_motion_under_a_decision_heading_is_no_decision():
    body = text_lines(
        "Decision\nHaving received a majority of votes, the motion was carried.\nThe Council agreed:-\n"
        "(1) to approve the revenue budget for 2026-27; and\n(2) to set the Band D Council Tax at £1,468.22.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "to approve the revenue budget for 2026-27; and",
        "to set the Band D Council Tax at £1,468.22.",
    ]


def test_a_decision_on_whose_proposal_wrapped_before_it_was_agreed():
    body = text_lines(
        "AGREED:\tOn the proposal of Councillor Quinn, seconded by Alderman Tate,\n"
        "it was agreed to approve the officer recommendation in respect of the\n"
        "applications listed on the Addendum List.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "On the proposal of Councillor Quinn, seconded by Alderman Tate, it was agreed to approve the officer "
        "recommendation in respect of the applications listed on the Addendum List."
    ]


def test_a_proposal_moved_and_seconded_is_decided_where_the_vote_on_it_carried():
    body = text_lines(
        "Proposal\nMoved by Councillor McAteer,\nSeconded by Councillor Lavelle,\n"
        "That the Committee agrees to adopt the motion and that a report be submitted in April.\n"
        "Amendment\nMoved by Alderman Ferris,\nSeconded by Councillor Bunting,\n"
        "That the Committee agrees that officers undertake an impact assessment first.\n"
        "On a vote, five Members voted for the amendment and ten against and it was declared lost.\n"
        "The original proposal standing in the name of Councillor McAteer was thereupon put to the meeting,\n"
        "when eleven Members voted for and four against and it was declared carried.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "That the Committee agrees to adopt the motion and that a report be submitted in April."
    ]


def test_a_body_noting_a_report_and_agreeing_in_one_sentence_decided_it():
    body = text_lines(
        "The Committee noted the report, which forecast a year-end underspend of £1.9 million, and agreed\n"
        "that the underspend be reallocated to the City Deal reserve.\nThe Committee noted the update.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "The Committee noted the report, which forecast a year-end underspend of £1.9 million, and agreed that the "
        "underspend be reallocated to the City Deal reserve."
    ]


def test_a_small_councils_decision_after_the_reports_sentence_in_title_case():
    body = text_lines(
        "Defibrillator: Cllr Wynne reported that the pads expire in May\n"
        "2026. Resolved: to purchase a replacement set of adult pads at a cost not\nexceeding £70.00.\n"
        "Members were concerned about the bend. Resolved to object on highway grounds. Cllr Jones\n"
        "returned to the meeting.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "to purchase a replacement set of adult pads at a cost not exceeding £70.00.",
        "to object on highway grounds.",
    ]


def test_each_councils_members_of_a_joint_committee_decided_in_turn():
    body = text_lines(
        "Decision,\nThe Seaford Borough Council members of the Joint Strategic Committee\nagreed\n"
        "(1) to extend the leisure contract with Seaford Leisure Trust for three years; and\n"
        "(2) to vary the contract to reduce the management fee.\n"
        "The Arun Vale District Council members of the Joint Strategic Committee\nagreed\n"
        "(1) to extend the leisure contract with Vale Active Ltd for two years; and\n"
        "(2) to delegate authority to the Director for Place to agree the final terms.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "to extend the leisure contract with Seaford Leisure Trust for three years; and",
        "to vary the contract to reduce the management fee.",
        "to extend the leisure contract with Vale Active Ltd for two years; and",
        "to delegate authority to the Director for Place to agree the final terms.",
    ]


def test_how_a_decision_in_a_paragraph_was_decided_is_no_part_of_it():
    body = text_lines(
        "The pothole has been reported again. Resolved: the Clerk to ask the County Council for a speed survey "
        "on Church Road (proposed MC, seconded BQ, all in favour). The Clerk will chase the finger post.\n"
    )
    assert [r for r, _ in resolutions_in(body)] == [
        "the Clerk to ask the County Council for a speed survey on Church Road."
    ]
