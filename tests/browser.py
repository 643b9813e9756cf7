"""Shared pieces for browser tests: a local server for the built site and Debian's Chromium via Playwright."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# Flags from the developers' guide: no sandbox (root in CI), and no background traffic to Google's services.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class LocalServer:
    """Serves a folder on 127.0.0.1 on a free port, in a background thread."""

    def __init__(self, root: Path):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}/"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def search(page, query: str, timeout: float = 5000) -> tuple[list[str], float]:
    """Type a query into Material's search box; return the distinct result pages (in order) and the milliseconds
    from the last keystroke until the result list changed."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    page.wait_for_function("() => !document.querySelector('.md-search-result__list li')")
    page.keyboard.type(query[:-1])
    start = page.evaluate("performance.now()")
    page.keyboard.type(query[-1])
    page.wait_for_function(
        """query => {
            const meta = document.querySelector('.md-search-result__meta');
            return meta && document.querySelector('.md-search__input').value === query
                && !/Typ om te zoeken|Type to start/i.test(meta.textContent)
                && (document.querySelector('.md-search-result__list li') || /Geen|No matching/i.test(meta.textContent));
        }""", arg=query, timeout=timeout)
    elapsed = page.evaluate("performance.now()") - start
    page.wait_for_timeout(150)  # results update per keystroke; let the last update land
    hrefs = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")
    pages: list[str] = []
    for href in hrefs:
        path = href.split("://", 1)[1].split("/", 1)[1].split("?")[0].split("#")[0]
        if path not in pages:
            pages.append(path)
    return pages, elapsed
