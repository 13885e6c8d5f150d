"""Polite fetching for council sites.

Council web servers are small and shared; a resident's sync must never look
like an attack. So every request goes through one `PoliteFetcher`: a
User-Agent that names minutebook, robots.txt honoured (Crawl-delay included),
at most two requests in flight, a pause between request starts, retries with
backoff on timeouts, dropped connections and 5xx, and a size ceiling so one
enormous attachment cannot fill the disk or memory.

Every failure is a `FetchError` that names the URL and says what to do.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from minutebook import __version__
from minutebook.errors import MinutebookError

USER_AGENT = f"minutebook/{__version__} (council meeting record; +https://pypi.org/project/minutebook/)"
ROBOTS_AGENT = "minutebook"
DEFAULT_MAX_BYTES = 100 * 1024 * 1024  # a 700-page budget pack is ~40 MB; anything past this is not a meeting paper
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 120.0  # seconds: a site asking for longer is better tried another day


class FetchError(MinutebookError):
    """A URL that could not be fetched, with the reason a user can act on."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


@dataclass
class Fetched:
    url: str
    status: int
    content: bytes
    content_type: str
    fetched_at: str  # ISO 8601 UTC, when the body finished arriving
    retry_after: float | None = None  # what a 429/503 asked us to wait, in seconds


@dataclass
class FetchStats:
    requests: int = 0
    retries: int = 0
    bytes: int = 0
    urls: list[str] = field(default_factory=list)


def utc_now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class PoliteFetcher:
    """One shared, thread-safe HTTP client for a sync.

    `delay` is the least time between the starts of two requests to a site;
    `max_in_flight` caps concurrent requests (2 by default, the most a
    small council server should see from one user)."""

    def __init__(
        self,
        *,
        delay: float = 1.0,
        max_in_flight: int = 2,
        retries: int = 3,
        backoff: float = 1.0,
        timeout: float = 30.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        respect_robots: bool = True,
        user_agent: str = USER_AGENT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.delay = max(0.0, delay)
        self.retries = max(0, retries)
        self.backoff = max(0.0, backoff)
        self.max_bytes = max_bytes
        self.respect_robots = respect_robots
        self.stats = FetchStats()
        self._slots = threading.BoundedSemaphore(max(1, min(max_in_flight, 2)))
        self._pace = threading.Lock()
        self._next_start = 0.0
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._robots_lock = threading.Lock()
        self._client = httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ robots.txt

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            if origin in self._robots:
                return self._robots[origin]
            rp = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
            try:
                got = self._request(origin + "/robots.txt", None, check_robots=False, accept_status=True)
            except FetchError as exc:
                # RFC 9309: an unreachable robots.txt means "assume complete disallow".
                raise FetchError(
                    origin + "/robots.txt",
                    f"not crawling a site whose rules are unknown: could not read its robots.txt: {exc.reason}",
                ) from None
            if got.status >= 500:
                raise FetchError(
                    origin + "/robots.txt",
                    f"robots.txt answered HTTP {got.status}; not crawling a site whose rules are unknown",
                )
            if got.status >= 400:
                rp.parse([])  # no robots.txt (404, 403...): everything allowed
            else:
                rp.parse(got.content.decode("utf-8", "replace").splitlines())
            self._robots[origin] = rp
            crawl_delay = rp.crawl_delay(ROBOTS_AGENT)
            if crawl_delay:
                self.delay = max(self.delay, float(crawl_delay))
            return rp

    def allowed(self, url: str) -> bool:
        if not self.respect_robots:
            return True
        return self._robots_for(url).can_fetch(ROBOTS_AGENT, url)

    # ------------------------------------------------------------ fetching

    def get(self, url: str, params: dict[str, str] | None = None) -> Fetched:
        """GET a URL, retrying transient failures; raise FetchError otherwise."""
        return self._request(url, params, check_robots=True, accept_status=False)

    def _wait_turn(self) -> None:
        with self._pace:
            now = time.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + self.delay
        if start > now:
            time.sleep(start - now)

    def _request(self, url: str, params: dict[str, str] | None, *, check_robots: bool, accept_status: bool) -> Fetched:
        full = str(httpx.URL(url, params=params)) if params else url
        if check_robots and not self.allowed(full):
            raise FetchError(full, "the site's robots.txt does not allow minutebook to fetch this; not fetched")
        last = ""
        asked: float | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                self.stats.retries += 1
                time.sleep(max(self.backoff * (2 ** (attempt - 1)), asked or 0.0))
            with self._slots:
                self._wait_turn()
                self.stats.requests += 1
                self.stats.urls.append(full)
                try:
                    got = self._stream(full)
                except httpx.TimeoutException:
                    last = "timed out waiting for the server"
                    continue
                except httpx.RemoteProtocolError:
                    last = "the connection closed before the whole response arrived (truncated body)"
                    continue
                except httpx.DecodingError:
                    last = "the compressed response could not be decoded (cut short or corrupt)"
                    continue
                except httpx.TransportError as exc:
                    last = f"could not connect ({exc.__class__.__name__}: {exc})"
                    continue
            if got.status in RETRY_STATUSES:
                last = f"the server answered HTTP {got.status}"
                asked = got.retry_after
                if asked is not None and asked > MAX_RETRY_AFTER:
                    raise FetchError(full, f"{last} and asked us to wait {asked:.0f}s; try again later")
                continue
            if got.status >= 400 and not accept_status:
                raise FetchError(full, f"the server answered HTTP {got.status}")
            return got
        tries = self.retries + 1
        raise FetchError(
            full, f"{last} (tried {tries} time{'s' if tries > 1 else ''}); try again later or raise --delay"
        )

    def _stream(self, url: str) -> Fetched:
        with self._client.stream("GET", url) as resp:
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(
                    url, f"is {int(declared):,} bytes, more than the limit of {self.max_bytes:,} bytes; not fetched"
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(url, f"is more than the limit of {self.max_bytes:,} bytes; download stopped")
                chunks.append(chunk)
            body = b"".join(chunks)
            if declared and declared.isdigit() and "content-encoding" not in resp.headers and len(body) < int(declared):
                raise httpx.RemoteProtocolError("short body")
            self.stats.bytes += len(body)
            return Fetched(
                url=str(resp.url),
                status=resp.status_code,
                content=body,
                content_type=resp.headers.get("content-type", ""),
                fetched_at=utc_now(),
                retry_after=_seconds(resp.headers.get("retry-after")),
            )


def _seconds(value: str | None) -> float | None:
    """Retry-After as seconds (the delta form; an HTTP date is treated as unknown)."""
    v = (value or "").strip()
    try:
        return max(0.0, float(v)) if v else None
    except ValueError:
        return None
