"""A stand-in ModernGov site on 127.0.0.1: the real Manchester web-service
replies and Kirklees decision pages from ../shared/corpus, with Kent PDFs as
the attachments, plus switchable faults. It counts every request, so tests
can say what a sync fetched."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from shared_corpus import corpus_file

REAL_BASE = "https://democracy.manchester.gov.uk"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<meeting><meetingid>&lol9;</meetingid></meeting>
"""

HTML_ERROR = b"""<!DOCTYPE html><html><head><title>Runtime Error</title></head>
<body><h1>Server Error in '/' Application.</h1></body></html>"""


@dataclass
class Fault:
    kind: str  # 500 | timeout | truncate | html | malformed | bomb | huge
    times: int = 10**9  # how many requests it spoils before the path recovers


@dataclass
class ModernGovSite:
    base: str
    routes: dict[str, bytes]
    faults: dict[str, Fault] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    robots: bytes = b"User-agent: *\nDisallow: /private/\n"
    user_agents: list[str] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, fragment: str) -> int:
        return sum(fragment in r for r in self.requests)


def _key(path: str, query: str) -> str:
    q = parse_qs(query)
    for name in ("lMeetingId", "ID", "AIId"):
        if name in q:
            return f"{path}?{name}={q[name][0]}"
    return path


def _handler(site: ModernGovSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def _done(self) -> None:
            """The request is answered: out of flight before its reply goes, since the client may send its next
            request the moment the reply arrives (counting it after would see a third request in flight)."""
            if getattr(self, "_in_flight", False):
                self._in_flight = False
                with site.lock:
                    site.in_flight -= 1

        def _send(self, status: int, body: bytes, ctype: str = "text/xml; charset=utf-8") -> None:
            self._done()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            parts = urlsplit(self.path)
            with site.lock:
                site.requests.append(self.path)
                site.user_agents.append(self.headers.get("User-Agent", ""))
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
            self._in_flight = True
            try:
                time.sleep(0.02)  # long enough for concurrent requests to overlap
                self._serve(unquote(parts.path), parts.query)
            finally:
                self._done()

        def _serve(self, path: str, query: str) -> None:
            key = _key(path, query)
            fault = site.faults.get(key) or site.faults.get(path)
            if fault and fault.times > 0:
                fault.times -= 1
                return self._fault(fault.kind, key)
            if path == "/robots.txt":
                return self._send(200, site.robots, "text/plain")
            body = site.routes.get(key)
            if body is None:
                return self._send(404, b"<html><body>Not found</body></html>", "text/html")
            ctype = "application/pdf" if body.startswith(b"%PDF") else "text/xml; charset=utf-8"
            if path.endswith(".aspx") and not body.startswith(b"%PDF"):
                ctype = "text/html; charset=utf-8"
            self._send(200, body, ctype)

        def _fault(self, kind: str, key: str) -> None:
            if kind == "notfound":
                return self._send(404, b"<html><body>Not found</body></html>", "text/html")
            if kind in ("busy", "busy_for_a_day"):
                self.send_response(503)
                self.send_header("Retry-After", "0" if kind == "busy" else "86400")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if kind == "500":
                return self._send(500, HTML_ERROR, "text/html")
            if kind == "timeout":
                time.sleep(1.5)
                return self._send(200, site.routes.get(key, b""))
            if kind == "truncate":
                body = site.routes.get(key, b"x" * 4000)
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return None
            if kind == "html":
                return self._send(200, HTML_ERROR, "text/html")
            if kind == "malformed":
                return self._send(200, b'<?xml version="1.0"?><meeting><meetingid>4967</meetingid><agendaitems>')
            if kind == "bomb":
                return self._send(200, BILLION_LAUGHS)
            if kind == "huge_unannounced":  # no Content-Length: the size shows only while reading
                self.send_response(200)
                self.send_header("Content-Type", "application/pdf")
                self.end_headers()
                self.wfile.write(b"%PDF-1.4\n" + b"0" * 300_000)
                self.close_connection = True
                return None
            if kind == "huge":
                return self._send(200, b"%PDF-1.4\n" + b"0" * 300_000, "application/pdf")
            raise AssertionError(kind)

    return Handler


def _routes(base: str) -> dict[str, bytes]:
    def ws(name: str) -> bytes:
        return corpus_file(f"moderngov-webservice/{name}").read_bytes().replace(REAL_BASE.encode(), base.encode())

    kent = "kent/kent_cabinet_2025-01-30_printed_minutes.pdf"
    report = "kent/kent_cabinet_2025-01-30_report_24-00108_budget_monitoring.pdf"
    return {
        "/mgWebService.asmx/GetCommittees": ws("manchester_GetCommittees_excerpt.xml"),
        "/mgWebService.asmx/GetMeetings": ws("manchester_GetMeetings_audit_committee_2026.xml"),
        "/mgWebService.asmx/GetMeeting?lMeetingId=4966": ws("manchester_GetMeeting_4966_cancelled_no_minutes.xml"),
        "/mgWebService.asmx/GetMeeting?lMeetingId=4967": ws(
            "manchester_GetMeeting_4967_audit_committee_with_minutes.xml"
        ),
        "/mgConvert2PDF.aspx?ID=60860": Path(corpus_file(kent)).read_bytes(),
        "/mgConvert2PDF.aspx?ID=60909": Path(corpus_file(report)).read_bytes(),
        "/documents/s7942/polc2 - 23.09.2015.pdf": corpus_file(
            "kent/kent_county_council_2025-01-09_printed_minutes.pdf"
        ).read_bytes(),
        "/mgDelegatedDecisions.aspx": ws("kirklees_mgDelegatedDecisions_list_trimmed.html"),
        "/ieDecisionDetails.aspx?ID=13567": ws("kirklees_ieDecisionDetails_policy_committee_2015_trimmed.html"),
        # a second decision page: the same page with its own title, so the two are different documents
        "/ieDecisionDetails.aspx?ID=13149": ws("kirklees_ieDecisionDetails_policy_committee_2015_trimmed.html").replace(
            b"Minutes of Previous Meeting</h2>", b"Admission of the Public</h2>"
        ),
    }


@pytest.fixture(name="site")
def site_fixture() -> Iterator[ModernGovSite]:
    """A running stand-in site; `site.base` is its URL."""
    site = ModernGovSite(base="", routes={})
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.routes = _routes(site.base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
