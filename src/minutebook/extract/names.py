"""People's names as the document prints them, without the honorific.

One place for the rules every extractor needs: `Councillor G Duggins (Chair)`
-> name `G Duggins`, role `Chair`; `Councillors A, B and C` -> three names.
"""

from __future__ import annotations

import re

HONORIFIC = re.compile(
    r"^(?:(?:county|city|borough|district|town|parish|community)\s+)?"
    r"(?:councillors?|cllrs?\.?|(?:honorary\s+)?(?:alderm[ae]n|alderwom[ae]n)|mr|mrs|ms|miss|mx|sir|dame|lord|lady"
    r"|(?:the\s+)?(?:rt\s+)?rev(?:erend|d)?|canon|prebendary|venerable|father|rabbi"  # clergy: 'Revd Canon M Ashby'
    r"|the\s+rt\s+hon|rt\s+hon"
    r"|(?:y\s+)?(?:cynghorydd|cynghorwyr|cyng))\.?\s+",  # the Welsh titles: 'y Cynghorydd X', 'Cyng. Y'
    re.I,
)
# A police rank before a name reads as an honorific ('Superintendent Gareth Lowe' -> 'Gareth Lowe'); only
# before a capitalised word, so a bare rank ('the Chief Constable') stays a role.
POLICE_RANK = re.compile(
    # ('Police Sergeant M Garside', 'Police Community Support Officer J Wren': the force's word before the rank)
    r"^(?:(?:Detective|Temporary|Acting|Police)\s+)?(?:(?:Deputy|Assistant)\s+)?(?:Chief\s+)?"
    r"(?:Superintendent|Inspector|Constable|Sergeant|Commissioner|Commander|Community\s+Support\s+Officer)"
    # a fire and rescue service's: 'Group Commander B Oag', 'Station Commander'
    r"\s+(?=[A-Z])|^(?:Group|Station|Watch|Crew|Area)\s+Commander"
    r"\s+(?=[A-Z])"
    # in Welsh: 'Sarjant Owain Pugh', 'Rhingyll', 'Cwnstabl', 'Arolygydd', 'Uwch-arolygydd'
    r"|^(?:Sarjant|Rhingyll|Cwnstabl|(?:Prif\s+)?Arolygydd|Uwch-?[Aa]rolygydd)\s+(?=[A-Z])"
    # abbreviated: 'PC Stacey Lund', 'DCI R Bell', 'Ch Supt A Khan', the Welsh 'SCCH' (a PCSO)
    r"|^(?:PCSO|SCCH|PC|PS|DC|DS|DI|DCI|DSU|Sgt|Insp|(?:Ch\.?\s+)?Supt|Ch\.?\s+Insp)\.?\s+(?=[A-Z](?:[a-z]|\.?\s))"
)
# A service rank before a name, a guest's at a civic occasion ('Lieutenant Colonel J Ashworth-Hale', 'Major (Retd)
# P Dunstable', 'Wing Commander A Reid'); only before a capitalised word, as a police rank
MILITARY_RANK = re.compile(
    r"^(?:(?:Lieutenant|Lt\.?|Major|Brigadier|Air|Vice|Rear)\s+)?"
    r"(?:Colonel|Col\.?|Major|Maj\.?|Captain|Capt\.?|Brigadier|General|Gen\.?|Lieutenant|Lt\.?|Commander|Cdr\.?"
    r"|Commodore|Admiral|Marshal|Wing\s+Commander|Squadron\s+Leader|Group\s+Captain|Flight\s+Lieutenant"
    r"|Warrant\s+Officer|WO[12]?)\s+(?:\((?:Retd|Rtd|Ret[’']d|Retired)\.?\)\s+)?(?=[A-Z])"
)
RETIRED = re.compile(r"(?<=[a-z.])\s+\((?:Retd|Rtd|Ret[’']d|Retired)\.?\)(?=\s+[A-Z])")
# An elected mayor's title before the name ('Mayor Helen Marchbank'); not 'Mayor' alone, not 'Deputy Mayor'.
# And a Scottish councillor's civic title, before a name or a surname alone ('Bailie Gordon Drummond',
# 'Provost Kerr', 'Depute Provost X').
# A City corporation's titles of office carried before the name ('Deputy Helen Marsh', 'Sheriff Alderman
# Priya Dhillon', 'Chief Commoner Deputy Robert Tyne'); 'Deputy' only before a name, never before the office
# it deputises ('Deputy Leader', 'Deputy Chief Executive', 'Deputy Town Clerk').
CIVIC_TITLE = re.compile(
    r"^Mayor\s+(?=[A-Z](?:[a-z]+|\.?)\s+[A-Z])|^(?:Bailie|(?:Lord\s+|Depute\s+)?Provost)\s+(?=[A-Z][\w'’-]*)"
    r"|^(?:Sheriff|Chief\s+Commoner)\s+(?=[A-Z])"
    r"|^Deputy\s+(?!(?:Leader|Mayor|Chair\w*|Chief|Director|Head\w*|Clerk|Town|Provost|Lieutenant|Monitoring|Cabinet"
    r"|Portfolio|Executive|Police|Returning|Electoral|Manager|Section|Service|Corporate|Convener|Presiding|Principal"
    r"|Speaker|Commissioner|Lord|Senior|Strategic|Assistant|Group|Member|Governor|Officer|Area|County|City"
    r"|District|Borough|Council|Registrar|Coroner|Team|Finance|Democratic|Committee|Vice)\b)(?=[A-Z][\w'’.-]*\s+[A-Z])"
)
# The parties members are listed with, in full ('Liberal Democrat') and short ('(Lab)', '(Con)', '(LD)'): an
# affiliation, never a name or a role.
PARTY_NAMES = (
    r"Conservative|Labour(?:\s+and\s+Co-?operative)?|Liberal\s+Democrats?|Independent|Reform\s+UK|Plaid\s+Cymru"
    r"|SNP|Scottish\s+National|Sinn\s+F[eé]in|DUP|UUP|SDLP|TUV|Residents?['’]?\s+Association"
)
PARTY_SHORT = re.compile(r"\s*(?:Lab|Con|LD|Lib\s*Dem|Ind|Grn|Green|SNP|PC|Ref|Reform|UKIP|Lab\s*Co-?op)\.?\s*")
ROLE_IN_BRACKETS = re.compile(r"\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$")
# 'Cornwall Councillor L. Jory': the council a visiting councillor sits on, printed before the title.
COUNCIL_BEFORE_TITLE = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?=(?:Councillors?|Cllrs?\.?)\s)")
# (and a member of an assembly or parliament: 'Jane Doe AM', 'MS', 'MSP', 'MLA'; in capitals only)
POSTNOMINALS = re.compile(r",?\s+\b(?:MBE|OBE|CBE|KBE|DBE|BEM|QPM|JP|DL|MP|(?-i:AM|MS|MSP|MLA|MEP|CC))\b\.?", re.I)


def clean_name(raw: str) -> str:
    """Drop honorifics ('Councillor', 'Cllr.', 'Mr'), stray markup and
    punctuation around a name; keep 'Dr' (CONTRACT.md prints `Dr Moore`)."""
    s = re.sub(r"[*_`]+", "", raw).strip()
    s = re.sub(r"\s+", " ", s)
    s = COUNCIL_BEFORE_TITLE.sub("", s)
    prev = None
    while prev != s:
        prev = s
        s = HONORIFIC.sub("", s)
        s = POLICE_RANK.sub("", s)
        s = MILITARY_RANK.sub("", s)
        s = CIVIC_TITLE.sub("", s)
    s = POSTNOMINALS.sub("", s)
    return s.strip(" ,.;:-–")


def split_role(raw: str) -> tuple[str, str | None]:
    """'G Duggins (Chair)' -> ('G Duggins', 'Chair')."""
    m = ROLE_IN_BRACKETS.search(raw)
    if m:
        return raw[: m.start()].strip(), m.group(1).strip()
    return raw.strip(), None


# A name printed surname first, its initials after a comma ('Hussain, M.', "O'Hara, T.", 'Bennett-Clarke, J.P.'):
# the initials carry their full stops, and a list's separator, a bracket or the end comes next
SURNAME_FIRST = re.compile(
    r"\b(?P<s>[A-Z][a-z]*(?:['’-]?[A-Z]?[a-z]+)+),\s+(?P<i>[A-Z]\.(?:\s?[A-Z]\.){0,2})(?=\s*(?:[;(]|and\b|&|$))"
)


def surname_last(text: str) -> str:
    """'Councillors Armitage, P.; Dar, S. and O'Hara, T.' -> 'Councillors P. Armitage; S. Dar and T. O'Hara'."""
    if ", " not in text or "." not in text:
        return text
    return SURNAME_FIRST.sub(lambda m: f"{m.group('i').strip()} {m.group('s')}", text)


def split_names(text: str) -> list[str]:
    """'Councillors A Andrews, G Ridley and B Smith' -> ['A Andrews', 'G Ridley', 'B Smith'].
    Brackets are kept with the name they follow."""
    text = RETIRED.sub("", surname_last(text))  # 'Major (Retd) P Dunstable': the rank's, not a role
    t = re.sub(
        r"^\s*(?:councillors?|cllrs?\.?|(?:honorary\s+)?(?:alderm[ae]n|alderwom[ae]n))\s+", "", text.strip(), flags=re.I
    )
    parts: list[str] = []
    depth = 0
    cur = ""
    for ch in t:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch in ",;" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    out: list[str] = []
    for part in parts:
        # ' and ' outside brackets separates the last two names ('(Director of Finance, Policy and Development
        # (Section 151 Officer))': one inside a bracket, however deep, does not)
        at = 0
        for m in re.finditer(r"\s+(?:and|&)\s+", part):
            if part.count("(", 0, m.start()) <= part.count(")", 0, m.start()):
                out.append(part[at : m.start()])
                at = m.end()
        out.append(part[at:])
    return [p.strip() for p in out if p.strip()]
