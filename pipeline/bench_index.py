"""`make bench`'s look at a run's review index: the bytes a browser loads first, and how soon its rows show.

The index of a big dump loads its first rows at once and the rest from data
files beside it on demand; what an analyst waits for is the first load.
Measured in Debian's Chromium, as the browser tests use it (Playwright never
downloads one); without Playwright or Chromium the time is left out, the
bytes are not.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FIRST_ROWS = "#documents tbody tr"  # the index shows its documents' first page once it has read its first load


def first_load_bytes(report: Path) -> int:
    """The index page and its assets: what the browser reads before any data part."""
    assets = report / "assets"
    return sum(path.stat().st_size for path in [report / "index.html", *(assets.iterdir() if assets.is_dir() else [])])


def open_seconds(index: Path, opens: int = 3, browser=None) -> float | None:
    """The median seconds from navigation to the first rows shown, each open in a fresh browser context.

    browser: a Playwright Chromium already launched (a test's); else one is launched for the measure.
    """
    if browser is not None:
        return _median_open(browser, index, opens)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not CHROMIUM.exists():
        return None
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            return _median_open(launched, index, opens)
        finally:
            launched.close()


def _median_open(browser, index: Path, opens: int) -> float:
    seconds = []
    for _ in range(opens):
        context = browser.new_context()
        page = context.new_page()
        started = time.perf_counter()
        page.goto(index.as_uri())
        page.wait_for_selector(FIRST_ROWS, timeout=60_000)
        seconds.append(time.perf_counter() - started)
        context.close()
    return round(statistics.median(seconds), 3)


def index_line(report: Path, browser=None) -> dict:
    """The review index's first-load size (MB) and opening time (s, None when no browser is at hand)."""
    return {"index_first_load_mb": round(first_load_bytes(report) / 1e6, 2),
            "index_open_seconds": open_seconds(report / "index.html", browser=browser)}
