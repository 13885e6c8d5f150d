"""Papers in Welsh alone: read through their formulae, recorded in their own words."""

from __future__ import annotations

from pathlib import Path

from minutebook.extract.welsh import welsh_only, welsh_view
from minutebook.model import Line
from minutebook.parse import parse_path


def lines_of(text: str) -> list[Line]:
    return [Line(i + 1, 1, t) for i, t in enumerate(text.splitlines())]


def parse_text(tmp_path: Path, text: str):
    path = tmp_path / "cofnodion.txt"
    path.write_text(text)
    return parse_path(path)


# An invented community council's minutes, in Welsh only, as a clerk would write them.
MINUTES = (
    "CYNGOR CYMUNED PENYGARNEDD\n"
    "Cofnodion Cyfarfod Misol o Gyngor Cymuned Penygarnedd a gynhaliwyd yn Festri Capel Bethel nos\n"
    "Fercher, 11eg Chwefror 2026 am 7.15 o'r gloch\n"
    "Yn bresennol: Y Cynghorydd Dafydd Iwan Parri (Cadeirydd), Cynghorwyr Mari Elen Owen, Tomos Lloyd\n"
    "ac Angharad Wyn.\n"
    "Hefyd yn bresennol: Clerc (Nest Roberts); dau aelod o'r cyhoedd.\n"
    "Ymddiheuriadau: Y Cynghorwyr Huw Bebb a Gethin Rowlands.\n"
    "1. Datgan buddiant\n"
    "Datganodd y Cynghorydd Tomos Lloyd fuddiant personol yn eitem 4 gan mai ef yw ysgrifennydd y clwb.\n"
    "Ni ddatganwyd unrhyw fuddiant arall.\n"
    "2. Cofnodion y cyfarfod blaenorol\n"
    "Cyflwynwyd cofnodion y cyfarfod a gynhaliwyd ar 14eg Ionawr 2026.\n"
    "PENDERFYNWYD: derbyn y cofnodion fel rhai cywir.\n"
    "3. Praesept 2026/27\n"
    "Pleidleisiodd 3 o blaid, 1 yn erbyn. Cariwyd y cynnig.\n"
    "PENDERFYNWYD: gosod praesept o £9,400 ar gyfer 2026/27.\n"
    "4. Grantiau\n"
    "Ystyriwyd cais y clwb pêl-droed. Cytunwyd i roi grant o £200 i'r clwb.\n"
)


def test_a_paper_in_welsh_alone_is_read_and_recorded_in_welsh(tmp_path):
    p = parse_text(tmp_path, MINUTES)
    assert p.council == "Cyngor Cymuned Penygarnedd"
    assert (p.meeting.body, p.meeting.date, p.meeting.time, p.meeting.venue) == (
        "Cyngor Cymuned",
        "2026-02-11",
        "19:15",
        "Festri Capel Bethel",
    )
    m = p.minutes[0]
    assert [(x.name, x.kind) for x in m.present] == [
        ("Dafydd Iwan Parri", "member"),
        ("Mari Elen Owen", "member"),
        ("Tomos Lloyd", "member"),
        ("Angharad Wyn", "member"),
        ("Nest Roberts", "officer"),
    ]
    assert m.apologies == ["Huw Bebb", "Gethin Rowlands"]
    items = {i.number: i for i in m.items}
    assert items["2"].title == "Cofnodion y cyfarfod blaenorol"
    assert items["2"].resolutions == ["derbyn y cofnodion fel rhai cywir."]
    assert items["4"].resolutions == ["i roi grant o £200 i'r clwb."]
    vote = items["3"].votes[0]
    assert (vote.counts["for"], vote.counts["against"], vote.result) == (3, 1, "carried")
    [d] = p.declarations
    assert (d.name, d.item, d.kind) == ("Tomos Lloyd", "4", "personal")
    assert d.text.startswith("Datganodd y Cynghorydd Tomos Lloyd fuddiant personol")
    assert "Ni ddatganwyd" not in d.text


def test_only_the_formulae_are_glossed_and_every_line_keeps_its_number():
    view = welsh_view(lines_of(MINUTES))
    by_number = {x.number: x.text for x in view}
    assert by_number[4].startswith("Present: Councillor Dafydd Iwan Parri (Cadeirydd), Councillors Mari Elen Owen")
    assert by_number[5] == "and Angharad Wyn."
    assert by_number[6] == "Also present: Clerc (Nest Roberts); two members of the public."
    assert by_number[13] == "RESOLVED: derbyn y cofnodion fel rhai cywir."
    # an item's words, a decision's words and a date in them stay as printed
    assert by_number[11] == "2. Cofnodion y cyfarfod blaenorol"
    assert by_number[12] == "Cyflwynwyd cofnodion y cyfarfod a gynhaliwyd ar 14eg Ionawr 2026."
    assert [x.number for x in view] == list(range(1, len(view) + 1))


def test_an_english_paper_and_a_bilingual_one_are_left_alone():
    english = lines_of("Minutes of the meeting of Ash Parish Council held on 3 March 2026\nPresent: Cllr A Smith\n")
    assert welsh_view(english) == english
    # the English column already chosen: a few Welsh words in a name or a heading make no Welsh paper
    bilingual = lines_of(
        "Cyngor Sir Llwydiarth\nLlwydiarth County Council\nMINUTES of the meeting of the Cabinet held in the Council "
        "Chamber on Tuesday, 20 January 2026\nPRESENT: Councillor Eleri Prydderch (Chair) and Councillor Iwan Tudur\n"
        "1. APOLOGIES\nApologies were received from Councillor Mared Wynne.\n"
    )
    assert not welsh_only(bilingual)


def test_a_welsh_front_sheet_gives_its_meeting_members_and_agenda(tmp_path):
    p = parse_text(
        tmp_path,
        "CYNGOR SIR GLANDWYFOR\n"
        "RHYBUDD O GYFARFOD\n"
        "PWYLLGOR CRAFFU CYMUNEDAU\n"
        "Dyddiad ac Amser:\tDydd Mawrth, 3 Mawrth 2026, 2.00 y.p.\n"
        "Lleoliad:\tSiambr y Cyngor, Swyddfeydd y Cyngor, Pwllhwyaid\n"
        "AELODAETH (4)\n"
        "Y Cynghorwyr\n"
        "Alwen Jones\tBryn Huws (Cadeirydd)\n"
        "Ceinwen Pugh\tDewi Tomos\n"
        "RHAGLEN\n"
        "1. YMDDIHEURIADAU\n"
        "I dderbyn unrhyw ymddiheuriadau am absenoldeb.\n"
        "2. COFNODION\tTudalennau 3 - 8\n"
        "3. CYNLLUN TAI LLEOL\tTudalennau 9 - 30\n",
    )
    assert (p.council, p.meeting.body, p.meeting.date, p.meeting.time) == (
        "Cyngor Sir Glandwyfor",
        "Pwyllgor Craffu Cymunedau",
        "2026-03-03",
        "14:00",
    )
    assert p.meeting.venue == "Siambr y Cyngor, Swyddfeydd y Cyngor, Pwllhwyaid"
    assert {m.name for m in p.members} == {"Alwen Jones", "Bryn Huws", "Ceinwen Pugh", "Dewi Tomos"}
    assert [(a.number, a.title, a.pages) for a in p.agenda] == [
        ("1", "YMDDIHEURIADAU", None),
        ("2", "COFNODION", [3, 8]),
        ("3", "CYNLLUN TAI LLEOL", [9, 30]),
    ]


def test_a_recorded_vote_in_welsh_lists_its_names(tmp_path):
    p = parse_text(
        tmp_path,
        "Cofnodion Cyfarfod Cyffredin o Gyngor Tref Abercegin a gynhaliwyd yn Neuadd y Dref ar ddydd Llun 9 "
        "Chwefror 2026 am 6.30yh\n"
        "Yn bresennol: Y Cynghorwyr Aled Huws, Beca Lloyd, Celt Morgan a Dyddgu Parri.\n"
        "101. Rhybudd o gynnig\n"
        "O'i roi i bleidlais drwy godi dwylo, pleidleisiodd 1 o blaid y gwelliant, 3 yn erbyn ac 0\n"
        "yn ymatal. Collwyd y gwelliant.\n"
        "O blaid:\n"
        "Y Cynghorwyr A Huws, B Lloyd a C Morgan (3)\n"
        "Yn erbyn:\n"
        "Y Cynghorydd D Parri (1)\n"
        "Cariwyd y cynnig.\n"
        "PENDERFYNWYD bod y Cyngor yn cefnogi'r cynnig.\n",
    )
    amendment, motion = p.minutes[0].items[0].votes
    assert (amendment.counts["for"], amendment.counts["against"], amendment.result) == (1, 3, "lost")
    assert (motion.for_, motion.against, motion.result) == (["A Huws", "B Lloyd", "C Morgan"], ["D Parri"], "carried")
    assert p.council == "Cyngor Tref Abercegin"


def test_attendance_as_a_numbered_minute_and_as_a_table_in_welsh(tmp_path):
    p = parse_text(
        tmp_path,
        "CYNGOR CYMUNED LLANGERWYN\n"
        "Cofnodion cyfarfod y Cyngor a gynhaliwyd nos Iau, 5ed Mawrth 2026, yn Neuadd Goffa\n"
        "Llangerwyn am 7.30yh.\n"
        "1/03/26\tPresennol\n"
        "Cyng. Eirwyn Davies (Cadeirydd), Cyng. Dewi Evans, Cyng.\n"
        "Aled Morgans, Cyng. Rhys ab Iorwerth.\n"
        "Yn bresennol hefyd: Cynghorydd Sir Wyn Evans a'r Clerc, Mrs Glenys Morgan.\n"
        "2/03/26\tYmddiheuriadau\n"
        "Derbyniwyd ymddiheuriadau gan y Cyng. Siôn Pugh a'r Cyng. Non Daniel.\n"
        "3/03/26\tGrantiau\n"
        "Penderfynodd y Cyngor beidio â chyfrannu eleni.\n"
        "Cynigiwyd gan y Cyng. Dewi Evans, eiliwyd gan y Cyng. Aled Morgans i dalu'r biliau. Cytunwyd.\n",
    )
    assert p.meeting.venue == "Neuadd Goffa Llangerwyn"
    m = p.minutes[0]
    assert [(x.name, x.kind) for x in m.present] == [
        ("Eirwyn Davies", "member"),
        ("Dewi Evans", "member"),
        ("Aled Morgans", "member"),
        ("Rhys ab Iorwerth", "member"),
        ("Wyn Evans", "other"),
        ("Glenys Morgan", "officer"),
    ]
    assert m.apologies == ["Siôn Pugh", "Non Daniel"]
    assert m.items[2].resolutions == ["beidio â chyfrannu eleni.", "i dalu'r biliau."]


def test_a_tick_table_of_attendance_and_a_recorded_vote_in_welsh(tmp_path):
    p = parse_text(
        tmp_path,
        "Cofnodion CYFARFOD BLYNYDDOL Cyngor Tref Aberhonddu Fach a gynhaliwyd yn Siambr y Cyngor ar nos Lun, "
        "11eg Mai 2026 am 7yh\n"
        "Presenoldeb\n"
        "Enw\tPresennol\tYmddiheuriad\n"
        "Y Cyng. Alwyn Jenkins (Maer)\t✓\n"
        "Y Cyng. Sioned Pugh\t✓\n"
        "Y Cyng. Llŷr ap Iorwerth\t✓\n"
        "Y Cyng. Owain Prys\t\t✓\n"
        "CT/26/01\tEthol Maer\n"
        "Cynhaliwyd pleidlais gudd. Derbyniodd y Cyng. Sioned Pugh 2 bleidlais a'r Cyng. Llŷr ap Iorwerth 1\n"
        "bleidlais.\n"
        "PENDERFYNWYD: ethol y Cyng. Sioned Pugh yn Faer.\n"
        "CT/26/02\tCynnig\n"
        "Yn dilyn pleidlais, cafwyd y canlyniad canlynol: O blaid (2), Yn erbyn (1), Atal (0).\n"
        "Cariwyd y cynnig.\n",
    )
    m = p.minutes[0]
    assert [x.name for x in m.present] == ["Alwyn Jenkins", "Sioned Pugh", "Llŷr ap Iorwerth"]
    assert m.apologies == ["Owain Prys"]
    ballot = m.items[0].votes[0]
    assert (ballot.counts["for"], ballot.counts["against"], ballot.result) == (2, 1, "carried")
    assert m.items[0].resolutions == ["ethol y Cyng. Sioned Pugh yn Faer."]  # the name's 'Cyng.' ends no sentence
    vote = m.items[1].votes[0]
    assert (vote.counts["for"], vote.counts["against"], vote.counts["abstain"]) == (2, 1, 0)


def test_a_welsh_summons_gives_the_meeting_it_calls(tmp_path):
    p = parse_text(
        tmp_path,
        "CYNGOR CYMUNED TREFEIRIAN\n4 Mawrth 2026\nAnnwyl Gynghorydd,\n"
        "Fe’ch gwysir i fynychu cyfarfod misol Cyngor Cymuned Trefeirian a gynhelir yn\n"
        "Neuadd Bro Eirian, Trefeirian nos Fercher, 11 Mawrth 2026 am 7.00 o’r gloch yr\n"
        "hwyr, er mwyn trafod y materion canlynol:\n"
        "RHAGLEN\n1. Ymddiheuriadau\n2. Materion yn codi o’r cofnodion\n– Golau stryd ger y capel\n"
        "3. Dyddiad y cyfarfod nesaf\nNos Fercher, 8 Ebrill 2026 am 7.00 o’r gloch.\n",
    )
    assert (p.council, p.meeting.body, p.meeting.date, p.meeting.time, p.meeting.venue) == (
        "Cyngor Cymuned Trefeirian",
        "Cyngor Cymuned",
        "2026-03-11",
        "19:00",
        "Neuadd Bro Eirian, Trefeirian",
    )
    assert [(a.number, a.title) for a in p.agenda] == [
        ("1", "Ymddiheuriadau"),
        ("2", "Materion yn codi o’r cofnodion"),
        ("3", "Dyddiad y cyfarfod nesaf"),
    ]


def test_a_named_vote_in_welsh_sentences_and_roles_kept_as_printed(tmp_path):
    p = parse_text(
        tmp_path,
        "Cofnodion Cyfarfod Cyffredin Cyngor Tref Pontgarnedd a gynhaliwyd yn Siambr y Cyngor, nos Lun 19 Ionawr "
        "2026 am 6.00 o'r gloch.\n"
        "Yn bresennol: Y Cynghorwyr Gareth Lewis, Islwyn Parri, Heulwen Jones, Delyth Morgan ac Emyr ap Siencyn.\n"
        "Swyddogion: Ifan Roberts – Clerc a Swyddog Ariannol Cyfrifol\n"
        "2026/006. Rhybudd o gynnig\n"
        "Pleidleisiodd y Cynghorwyr canlynol o blaid y cynnig: Gareth Lewis, Islwyn Parri a Heulwen Jones (3).\n"
        "Pleidleisiodd y Cynghorwyr canlynol yn erbyn: Delyth Morgan (1).\n"
        "Ataliodd y Cynghorydd Emyr ap Siencyn ei bleidlais.\n"
        "Cariwyd y cynnig.\n"
        "2026/007. Grantiau\n"
        "Pleidleisiodd 4 o\nblaid, 1 yn erbyn. Cariwyd y cynnig.\n",
    )
    m = p.minutes[0]
    assert ("Ifan Roberts", "Clerc a Swyddog Ariannol Cyfrifol") in [(x.name, x.role) for x in m.present]
    named, counted = m.items[0].votes[0], m.items[1].votes[0]
    assert (named.for_, named.against, named.abstain) == (
        ["Gareth Lewis", "Islwyn Parri", "Heulwen Jones"],
        ["Delyth Morgan"],
        ["Emyr ap Siencyn"],
    )
    assert named.result == "carried"
    assert (counted.counts["for"], counted.counts["against"]) == (4, 1)  # '4 o' / 'blaid': wrapped
    assert p.meeting.time == "18:00"


def test_a_welsh_licensing_hearing_record(tmp_path):
    p = parse_text(
        tmp_path,
        "CYNGOR SIR GLASDIR\nIS-BWYLLGOR TRWYDDEDU\nCofnodion Gwrandawiad\n"
        "Dyddiad:\tDydd Mercher, 18 Chwefror 2026\nAmser:\t10.00yb\nLleoliad:\tYstafell Bwyllgor 1, Canolfan Teifion\n"
        "Aelodau:\nY Cynghorydd Eleri Mai Jenkins (Cadeirydd)\nY Cynghorydd Gethin Lloyd\n"
        "Hefyd yn bresennol:\nMr Dylan Rowlands (Ymgeisydd)\nSarjant Owain Pugh (Heddlu Gorllewin Cymru)\n"
        "1. YMDDIHEURIADAU\nDim.\n2. DATGAN BUDDIANT PERSONOL\nDim.\n"
        "3. CAIS AM DRWYDDED SAFLE – CAFFI BAR YR HARBWR\nCyflwynodd y Swyddog Trwyddedu yr adroddiad.\n"
        "PENDERFYNIAD:\nCaniatáu’r cais am drwydded safle yn amodol ar yr amodau yn y rhestr weithredu a’r\n"
        "amodau ychwanegol canlynol:\n1. Ni chaiff cwsmeriaid ddefnyddio’r teras ar ôl 21:00.\n"
        "2. Rhaid gosod cyfyngydd sŵn ar yr offer sain.\nRHESYMAU: Ystyriodd yr Is-bwyllgor y dystiolaeth.\n",
    )
    assert (p.council, p.meeting.body, p.meeting.date, p.meeting.time) == (
        "Cyngor Sir Glasdir",
        "Is-bwyllgor Trwyddedu",
        "2026-02-18",
        "10:00",
    )
    m = p.minutes[0]
    assert [x.name for x in m.present] == ["Eleri Mai Jenkins", "Gethin Lloyd", "Dylan Rowlands", "Owain Pugh"]
    assert m.items[2].resolutions == [
        "Ni chaiff cwsmeriaid ddefnyddio’r teras ar ôl 21:00.",
        "Rhaid gosod cyfyngydd sŵn ar yr offer sain.",
    ]


def test_a_welsh_web_pages_footer_names_its_council_and_its_heading_names_the_day():
    from minutebook.extract.council import welsh_council

    lines = lines_of(
        "Agenda a chofnodion drafft\nPwyllgor Cynllunio, Dydd Llun, 9fed Chwefror, 2026 1.00 y.h.\n"
        "Cafodd y cyfarfod ei ddarlledu. Nodwyd bod Cyngor Cymuned Llanfair wedi gwrthwynebu'r cais.\n"
        "Roedd yr aelodau yn fodlon gyda'r adroddiad ac yn cytuno gyda'r argymhelliad yn unfrydol.\n"
        "© Cyngor Sir Eryrfon 2026. Diweddarwyd y dudalen hon ddiwethaf ar 16 Chwefror 2026.\n"
    )
    assert welsh_council(lines) == "Cyngor Sir Eryrfon"
    assert welsh_view(lines)[1].text == "Pwyllgor Cynllunio, Monday, 9fed Chwefror, 2026 1.00pm"


def test_welsh_part_headings_an_election_by_votes_and_a_motion_lost():
    view = welsh_view(
        lines_of(
            "Cofnodion Cyfarfod Blynyddol a Chyfarfod Cyffredin y Cyngor a gynhaliwyd yn Neuadd y Pentref nos Iau, "
            "21ain Mai 2026 am 7.30 yr hwyr\nCYFARFOD BLYNYDDOL\n"
            "Etholwyd y Cyng. Eleri Prosser yn Gadeirydd o 6 pleidlais i 3.\nCYFARFOD CYFFREDIN\n"
            "Yn mynychu: Mrs Delyth Corfield (Clerc)\n"
            "Pleidleisiodd 4 o blaid a 5 yn erbyn, a chollwyd y cynnig.\n"
        )
    )
    assert [x.text for x in view][1:] == [
        "ANNUAL MEETING",
        "Etholwyd y Cyng. Eleri Prosser yn Gadeirydd by 6 votes to 3.",
        "ORDINARY MEETING",
        "In attendance: Mrs Delyth Corfield (Clerc)",
        "Pleidleisiodd 4 for and 5 against, a the motion was lost.",
    ]
    assert view[0].text.startswith("Minutes of the annual meeting and ordinary meeting of Cyngor held in Neuadd")


def test_a_moderngov_page_in_welsh_next_meeting_local_members_and_bulleted_declarations(tmp_path):
    html = (
        '<html lang="cy"><body><h1>Agenda a chofnodion drafft</h1><h2>Manylion y cyfarfod</h2>'
        "<h2>Pwyllgor Cynllunio, Dydd Llun, 9fed Chwefror, 2026 1.00 y.h.</h2>"
        "<p>Lleoliad: Siambr y Cyngor, Swyddfeydd y Cyngor, Llanwenlli. Cyfarwyddiadau</p>"
        "<p>Statws y cofnodion: Drafft. Bydd y cofnodion hyn yn cael eu cyflwyno i’w cadarnhau yng nghyfarfod"
        " nesaf y pwyllgor ar 2 Mawrth 2026.</p>"
        "<h2>Mynychwyr</h2><h3>Aelodau</h3><ul><li>Y Cynghorydd Gwilym Ellis (Cadeirydd)</li>"
        "<li>Y Cynghorydd Dewi Parry</li><li>Y Cynghorydd Ffion Tudur</li></ul>"
        "<h3>Aelodau Lleol</h3><ul><li>Y Cynghorydd Tomos Dafis (eitem 2)</li></ul>"
        "<h2>Ymddiheuriadau</h2><p>Y Cynghorwyr Meinir Elis ac Osian Jenkins.</p>"
        "<h2>Eitemau</h2><table><tr><th>Rhif</th><th>Eitem</th></tr>"
        "<tr><td>1.</td><td><b>DATGAN BUDDIANT PERSONOL</b><p>Cofnodion:</p>"
        "<p>Datganodd yr aelodau canlynol eu bod â buddiant personol, am y rhesymau a nodir:</p>"
        "<ul><li>Y Cynghorydd Dewi Parry yn eitem 2 ar y rhaglen, oherwydd bod ei frawd yn berchen ar dir"
        " cyfagos.</li></ul></td></tr>"
        "<tr><td>2.</td><td><b>CAIS RHIF C25/0958 YSGUBOR TYDDYN GWYN</b><p>Cofnodion:</p>"
        "<p>(a) Cynigiwyd ac eiliwyd i wrthod y cais.</p><p>PENDERFYNWYD: Gwrthod y cais.</p></td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "cyfarfod.html"
    path.write_text(html)
    p = parse_path(path)
    (minutes,) = p.minutes
    assert minutes.date == "2026-02-09"  # the heading's day, not the next meeting's
    assert minutes.apologies == ["Meinir Elis", "Osian Jenkins"]  # 'Eitemau' under them is a heading
    assert ("Tomos Dafis", "other") in [(x.name, x.kind) for x in minutes.present]
    assert [a.number for a in p.agenda] == ["1", "2"]  # '(a) Cynigiwyd ...' is the minutes' point, no sub-item
    assert [(d.name, d.item) for d in p.declarations] == [("Dewi Parry", "2")]
