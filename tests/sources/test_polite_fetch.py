"""The fetcher every sync goes through: robots.txt, two requests at most,
retries that give up with a reason."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from mg_site import Fault, ModernGovSite, site_fixture  # noqa: F401 (the `site` fixture)

from minutebook.sources.http import FetchError, PoliteFetcher


def _fetcher(**kw) -> PoliteFetcher:  # noqa: ANN003
    opts = {"delay": 0.0, "backoff": 0.01, "timeout": 0.5, "retries": 2}
    opts.update(kw)
    return PoliteFetcher(**opts)


def test_never_more_than_two_requests_at_once(site: ModernGovSite):
    url = site.base + "/mgWebService.asmx/GetCommittees"
    with _fetcher() as f, ThreadPoolExecutor(max_workers=8) as pool:
        replies = list(pool.map(lambda _i: f.get(url), range(8)))
    assert all(r.status == 200 for r in replies)
    assert site.count("GetCommittees") == 8
    assert site.max_in_flight <= 2


def test_crawl_delay_in_robots_txt_slows_us_down(site: ModernGovSite):
    site.robots = b"User-agent: *\nCrawl-delay: 1\n"
    with _fetcher(delay=0.0) as f:
        f.get(site.base + "/mgWebService.asmx/GetCommittees")
        assert f.delay == 1.0


def test_robots_txt_is_read_once_per_site(site: ModernGovSite):
    with _fetcher() as f:
        for _ in range(3):
            f.get(site.base + "/mgWebService.asmx/GetCommittees")
    assert site.count("/robots.txt") == 1


def test_a_missing_robots_txt_allows_everything(site: ModernGovSite):
    site.faults["/robots.txt"] = Fault("notfound")
    with _fetcher() as f:
        assert f.get(site.base + "/mgWebService.asmx/GetCommittees").status == 200


def test_a_broken_robots_txt_means_we_do_not_crawl(site: ModernGovSite):
    site.faults["/robots.txt"] = Fault("500")
    with _fetcher() as f, pytest.raises(FetchError, match=r"robots.txt: the server answered HTTP 500"):
        f.get(site.base + "/mgWebService.asmx/GetCommittees")
    assert site.count("GetCommittees") == 0


def test_retries_give_up_with_the_reason_and_the_count(site: ModernGovSite):
    site.faults["/mgWebService.asmx/GetCommittees"] = Fault("500")
    with _fetcher(retries=2) as f, pytest.raises(FetchError, match=r"HTTP 500 \(tried 3 times\)"):
        f.get(site.base + "/mgWebService.asmx/GetCommittees")
    assert site.count("GetCommittees") == 3


def test_a_404_is_not_retried(site: ModernGovSite):
    with _fetcher() as f, pytest.raises(FetchError, match="HTTP 404"):
        f.get(site.base + "/nothing-here.aspx")
    assert site.count("nothing-here") == 1


def test_retry_after_is_honoured_and_an_unreasonable_one_gives_up(site: ModernGovSite):
    site.faults["/mgWebService.asmx/GetCommittees"] = Fault("busy", times=1)  # 503, Retry-After: 0
    with _fetcher() as f:
        assert f.get(site.base + "/mgWebService.asmx/GetCommittees").status == 200
    site.faults["/mgWebService.asmx/GetCommittees"] = Fault("busy_for_a_day")
    with _fetcher() as f, pytest.raises(FetchError, match="asked us to wait 86400s"):
        f.get(site.base + "/mgWebService.asmx/GetCommittees")
