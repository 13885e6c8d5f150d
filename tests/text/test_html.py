"""HTML pages are read the way a browser lays them out."""

from __future__ import annotations

from minutebook.text.html import html_to_lines


def test_ordered_lists_are_numbered_as_a_browser_numbers_them() -> None:
    lines = html_to_lines('<ol start="3"><li><h4>APOLOGIES</h4></li><li>MINUTES</li></ol>')
    assert lines == ["3. APOLOGIES", "4. MINUTES"]


def test_a_table_of_plain_cells_becomes_tab_rows() -> None:
    html = "<table><tr><th>Area</th><th>Rate</th></tr><tr><td>England</td><td>152<br>(2023)</td></tr></table>"
    assert html_to_lines(html) == ["Area\tRate", "England\t152 (2023)"]


def test_a_table_row_holding_paragraphs_and_lists_is_read_as_blocks() -> None:
    """A number cell joins the title after it, as a minute heading prints."""
    html = (
        "<table><tr><td><p>12.</p></td><td><p>Parks Strategy</p>"
        "<p>RESOLVED that the Executive be recommended:</p>"
        "<ol><li>to adopt the strategy;</li><li>to review it yearly.</li></ol></td></tr></table>"
    )
    assert html_to_lines(html) == [
        "12. Parks Strategy",
        "RESOLVED that the Executive be recommended:",
        "1. to adopt the strategy;",
        "2. to review it yearly.",
    ]


def test_scripts_and_buttons_are_dropped() -> None:
    html = "<button>Close</button><script>alert(1)</script><p>Present: Councillor A Jones</p>"
    assert html_to_lines(html) == ["Present: Councillor A Jones"]


def test_a_sites_menus_breadcrumbs_and_cookie_banner_are_not_the_page() -> None:
    html = (
        '<div id="cookie-banner"><p>We use cookies</p><div><p>More</p></div></div>'
        '<a class="skip-link" href="#main">Skip to main content</a>'
        '<ul class="site-nav"><li>Council tax</li><li>Housing</li></ul>'
        '<div class="mgCrumbs"><ul><li>Home &gt;</li></ul></div>'
        "<nav><ul><li>Committees</li></ul></nav>"
        '<div id="modgov"><h2>Planning Committee - Wednesday, 17th April, 2024</h2><p>Venue: Council Chamber</p></div>'
    )
    assert html_to_lines(html) == ["Planning Committee - Wednesday, 17th April, 2024", "Venue: Council Chamber"]


def test_an_aspnet_page_wrapped_in_one_form_is_read_but_its_search_box_and_tabs_are_not() -> None:
    """CMIS and other ASP.NET sites wrap the whole body in one posted form: the record is inside it. A search
    form, a search box and the page's tab strip are the site's, not the meeting's."""
    html = (
        '<form name="Form" method="post" action="/cmis5/Meetings/ViewMeetingPublic.aspx">'
        '<div class="site-header__search"><label>Search the council website</label><input name="q"/>'
        "<a>Search</a></div>"
        '<h1 class="cmisMeetingTitle">Meeting of Licensing Committee, Tuesday 18 November 2025 2.00 pm</h1>'
        '<ul class="cmisTabs"><li><a>Agenda</a> |</li><li><a>Minutes</a></li></ul>'
        "<p>Present: Councillor A Jones</p>"
        "</form>"
        '<form action="/search" method="get"><label>Search this site</label><input name="q"/></form>'
    )
    assert html_to_lines(html) == [
        "Meeting of Licensing Committee, Tuesday 18 November 2025 2.00 pm",
        "Present: Councillor A Jones",
    ]


def test_a_word_export_with_windows_line_ends_reads_as_its_words() -> None:
    """Word's 'Save as Web Page' wraps its source lines with CR LF: a carriage return is a space, as a line feed is."""
    html = "<p class=MsoNormal><b>KINGSBROOK\r\nPARISH COUNCIL<o:p></o:p></b></p>\r\n<p>Present:\r\nCllr A Jones</p>"
    assert html_to_lines(html) == ["KINGSBROOK PARISH COUNCIL", "Present: Cllr A Jones"]


def test_a_cell_whose_text_sits_in_one_paragraph_is_still_a_cell() -> None:
    """A Google Docs export wraps every cell's text in a paragraph: the table is still one TAB row a row."""
    html = (
        '<table class="c9"><tr><td class="c7"><p class="c4"><span class="c1">Cllr Peter Ash</span></p></td>'
        '<td class="c17"><p class="c4"><span class="c1">Chairman</span></p></td></tr>'
        '<tr><td class="c7"><p class="c4"><span class="c1">Cllr Anil Mistry</span></p></td>'
        '<td class="c17"><p class="c4 c6"><span class="c1"></span></p></td></tr></table>'
    )
    assert html_to_lines(html) == ["Cllr Peter Ash\tChairman", "Cllr Anil Mistry\t"]


def test_an_ordered_list_styled_without_numbers_keeps_only_its_typed_labels() -> None:
    html = (
        '<p>RESOLVED –</p><ol style="list-style-type:none"><li>(1) That the Order be made;</li>'
        "<li>(2) That the objectors be informed.</li></ol>"
    )
    assert html_to_lines(html) == ["RESOLVED –", "(1) That the Order be made;", "(2) That the objectors be informed."]


def test_an_accordions_section_headings_are_read_without_their_toggles() -> None:
    html = (
        '<header><button type="button">Menu</button></header>'
        '<div class="govuk-accordion"><h3 class="govuk-accordion__section-heading"><button type="button">'
        '<span class="govuk-accordion__section-heading-text">1. Apologies and substitutes</span>'
        '<span class="govuk-visually-hidden">, </span><span class="govuk-accordion__section-toggle">'
        '<span class="govuk-accordion__section-toggle-text">Show<span class="govuk-visually-hidden"> this section'
        "</span></span></span></button></h3>"
        '<div hidden="until-found"><p>Apologies were received from Councillor Glen.</p></div></div>'
    )
    assert html_to_lines(html) == ["1. Apologies and substitutes", "Apologies were received from Councillor Glen."]


def test_a_list_whose_items_type_their_own_number_reads_it_once() -> None:
    lines = html_to_lines(
        "<style>ol.items { list-style-type: none; }</style><ol class='items'>"
        "<li>1. <a href='#'>Apologies for absence</a></li><li>2. <a href='#'>Minutes</a></li></ol>"
    )
    assert lines == ["1. Apologies for absence", "2. Minutes"]
