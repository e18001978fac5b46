"""Chromium for JS pages (scrapy-playwright): what it may skip or must not fetch, and failing fast when it cannot run.

A crawl that needs the browser checks at start-up that the binary exists,
and closes with reason ``browser_failed`` on the first launch failure,
instead of fetching every JS page into an error one by one.
"""

import os

from playwright.sync_api import Error as PlaywrightError

SKIPPED_RESOURCES = frozenset({"image", "media", "font", "stylesheet"})
INSTALL_HINT = ("install Debian's chromium package, run '.venv/bin/python -m playwright install chromium', "
                "or set NEWSWATCH_CHROMIUM_PATH")


class BrowserUnavailable(Exception):
    """Chromium cannot be found or launched; the message says what to do."""


def should_abort_request(request):
    """PLAYWRIGHT_ABORT_REQUEST: images, media, fonts and styles never carry article text. (What the SSRF
    guard refuses is refused where Chromium connects, crawler.security.browser_proxy, redirect hops included.)"""
    return request.resource_type in SKIPPED_RESOURCES


def check_browser(launch_options, launch=False):
    """Raise BrowserUnavailable unless a Chromium binary is there to launch; with ``launch``, unless Playwright's
    driver and Chromium do start (a missing shared library fails only there, then at every JS page)."""
    path = launch_options.get("executable_path")
    if path and not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise BrowserUnavailable(f"Chromium not found at {path}: {INSTALL_HINT}")
    if path and not launch:
        return
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (starts Playwright's driver: only here)
    try:
        with sync_playwright() as playwright:
            bundled = playwright.chromium.executable_path
            if not path and not os.path.exists(bundled):
                raise BrowserUnavailable(f"no system Chromium and Playwright's is not installed ({bundled}): "
                                         f"{INSTALL_HINT}")
            if launch:
                playwright.chromium.launch(**launch_options).close()
    except BrowserUnavailable:
        raise
    except Exception as exc:  # noqa: BLE001 (the driver's and the browser's failures have no common class)
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BrowserUnavailable(f"Chromium could not start ({reason}): {INSTALL_HINT}") from exc


def is_launch_failure(failure):
    """True for a download that failed because the browser itself could not start."""
    message = str(failure.value)
    return failure.check(PlaywrightError) is not None and ("launch" in message.lower() or "Executable" in message)


def browser_available(launch_options, logger):
    """True when Chromium is there; else a warning that JS shells will be dropped, and False."""
    try:
        check_browser(launch_options)
    except BrowserUnavailable as exc:
        logger.warning("JS shells will be dropped as needs_rendering: %s", exc)
        return False
    return True


