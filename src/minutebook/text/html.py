"""HTML minutes and pages -> lines, the way a browser would lay them out.

Block elements start new lines; ordered lists are numbered as a browser
numbers them (many councils' minutes rely on `<ol>` for their minute
numbers); table rows of plain cells become TAB-separated cells, the shape
text packs use, while a row whose cells hold paragraphs or lists (ModernGov's
"agenda and minutes" pages lay whole minutes out in a table) is read as the
blocks it holds; scripts, styles, buttons and search forms are dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from minutebook.model import Document, Page
from minutebook.text.cleanup import clean_pages
from minutebook.text.plaintext import decode

BLOCK = {
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "dl",
    "dt",
    "dd",
    "time",
    "main",
    "nav",
    "figure",
    "figcaption",
    "caption",
    "address",
}
SKIP = {"script", "style", "button", "noscript", "template", "svg", "head", "select", "option", "iframe", "textarea"}
# A site's search box is a form of its own ('Search this site'); an ASP.NET page (CMIS, DotNetNuke) wraps its
# whole body in one form, the record inside it.
SEARCH_FORM = re.compile(r"search", re.I)
TYPED_AGAIN = re.compile(r"^(\d{1,3}\.)\s+\1(?=\s)")
LIST_STYLE_NONE = re.compile(r"list-style(?:-type)?\s*:\s*none", re.I)
CELL = {"td", "th"}
# A site's own furniture around the record: menus, breadcrumbs, the cookie banner, a side bar. Their words
# ('Council tax', 'Committees') are not the meeting's.
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CHROME = ("nav", "menu", "breadcrumb", "crumbs", "cookie", "sidebar", "skip-link", "search", "tabs")
LIST_MARKER = re.compile(r"\d+\.|-")


class _Layout(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.lists: list[list] = []  # [kind, counter]
        self.in_cell = False
        self.cell_paragraph = False  # the cell's text sits in a paragraph of its own (a Google Docs export)
        self.row: list[str] | None = None
        self.layout_row = False  # the row's cells hold blocks: read them as lines, not as a TAB row
        self.chrome: list = []  # [tag, depth] of the site furniture being passed over
        self.forms: list[bool] = []  # for each open form, whether it is passed over (a search box)
        self.headings = 0  # open h1-h6 elements
        self.heading_buttons = 0  # open buttons inside a heading: an accordion's section titles, kept

    def flush(self) -> None:
        text = re.sub(r"[ \t\u00a0]+", " ", "".join(self.current)).strip()
        self.current = []
        if LIST_MARKER.fullmatch(text):
            # `<li><h4>Title</h4>`: the number belongs with the block that follows
            self.current = [text + " "]
            return
        # ('<ol class="mgItemList">' styled 'list-style-type: none' in the page's CSS over '<li>1. <a>Apologies</a>':
        # the item's own typed number after the list's, the same; read once)
        text = TYPED_AGAIN.sub(r"\1", text) if text[:1].isdigit() else text
        if text:
            self.lines.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.chrome:
            if tag == self.chrome[0]:
                self.chrome[1] += 1
            return
        if tag == "form":
            said = " ".join(v or "" for k, v in attrs if k in ("id", "class", "role", "action", "name"))
            search = bool(SEARCH_FORM.search(said)) or (dict(attrs).get("method") or "get").lower() == "get"
            self.forms.append(search)
            self.skip_depth += search
            return
        if tag == "button" and self.headings and not self.skip_depth:
            # '<h3><button>1. Apologies and substitutes<span>Show</span></button></h3>': a GOV.UK accordion's section
            # heading, the minute's number and title; only its hidden words and its 'Show' toggle are not read
            self.heading_buttons += 1
            return
        if tag in SKIP:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        named = " ".join(v or "" for k, v in attrs if k in ("id", "class", "role")).lower()
        if tag in HEADINGS:
            self.headings += 1
        if self.heading_buttons and any(w in named for w in ("visually-hidden", "sr-only", "toggle")):
            self.flush()
            self.chrome = [tag, 1]
            return
        if tag == "nav" or (tag in ("div", "ul", "aside", "section", "a") and any(w in named for w in CHROME)):
            self.flush()
            self.chrome = [tag, 1]
            return
        if tag == "tr":
            self.flush()
            self.row = []
            self.layout_row = False
            return
        if tag in CELL and self.row is not None:
            if self.layout_row:
                self.flush()
            self.in_cell = True
            self.cell_paragraph = False
            return
        if self.in_cell and not self.layout_row:
            if tag == "br":
                self.current.append(" ")
                return
            if tag not in BLOCK:
                return
            if tag == "p" and not self.cell_paragraph and not "".join(self.current).strip():
                # '<td><p><span>Cllr Gillian Frome</span></p></td>': one paragraph is the cell's text, still a cell
                self.cell_paragraph = True
                return
            self._become_layout_row()
        if tag in BLOCK:
            self.flush()
        if tag in ("ol", "ul"):
            start = dict(attrs).get("start")
            # '<ol style="list-style-type:none">' over '<li>(1) That ...': the points carry their own typed labels,
            # and a browser shows no number of its own
            unmarked = tag == "ol" and LIST_STYLE_NONE.search(dict(attrs).get("style") or "")
            self.lists.append(["unmarked" if unmarked else tag, int(start) - 1 if start and start.isdigit() else 0])
        elif tag == "li" and self.lists:
            kind = self.lists[-1]
            if kind[0] == "unmarked":
                pass
            elif kind[0] == "ol":
                kind[1] += 1
                self.current.append(f"{kind[1]}. ")
            else:
                self.current.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if self.chrome:
            if tag == self.chrome[0]:
                self.chrome[1] -= 1
                if not self.chrome[1]:
                    self.chrome = []
            return
        if tag == "form":
            if self.forms and self.forms.pop():
                self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "button" and self.heading_buttons and not self.skip_depth:
            self.heading_buttons -= 1
            return
        if tag in SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in HEADINGS:
            self.headings = max(0, self.headings - 1)
        if tag in CELL and self.row is not None:
            if self.layout_row:
                self.flush()
            else:
                self.row.append(re.sub(r"\s+", " ", "".join(self.current)).strip())
                self.current = []
            self.in_cell = False
            return
        if tag == "tr" and self.row is not None:
            if not self.layout_row and any(self.row):
                self.lines.append("\t".join(self.row))
            self.flush()
            self.row = None
            self.layout_row = False
            return
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        if tag == "p" and self.in_cell and not self.layout_row:
            self.current.append(" ")  # the end of the cell's one paragraph (a second makes it a layout cell)
            return
        if tag in BLOCK:
            self.flush()

    def _become_layout_row(self) -> None:
        """A block inside a cell: the cells read so far become one line, and the
        rest of the row is laid out as ordinary blocks."""
        self.layout_row = True
        pending = re.sub(r"\s+", " ", "".join(self.current)).strip()
        self.current = []
        done = "\t".join(c for c in (self.row or []) if c)
        # ('<td><p>12.</p></td><td><p>Parks Strategy</p><p>...': the number belongs with the block after it)
        prefix = f"{done} " if LIST_MARKER.fullmatch(done) else ""
        if done and not prefix:
            self.lines.append(done)
        if pending:
            self.lines.append(prefix + pending)
            prefix = ""
        self.current = [prefix] if prefix else []

    def handle_data(self, data: str) -> None:
        if self.skip_depth or self.chrome:
            return
        self.current.append(data.replace("\r", " ").replace("\n", " "))


def html_to_lines(html: str) -> list[str]:
    parser = _Layout()
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.lines


def read_html(path: Path, data: bytes, sha256: str) -> Document:
    lines = html_to_lines(decode(data))
    pages = clean_pages([Page(number=1, lines=lines)])
    return Document(path=str(path), sha256=sha256, format="html", pages=pages, paged=False)
