"""Shared helpers for the tests: building the site, reading built pages, and Debian's Chromium via Playwright.

Test files import from here (and fixtures come from conftest.py); no test file imports from another test file.
"""

from __future__ import annotations

import contextlib
import functools
import os
import posixpath
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import cache
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
# What a build needs; copied when a test plants a defect in a private copy of the project.
PROJECT_FILES = ["mkdocs.yml", "macros.py", "kennisbank", "docs", "overrides", "voorbeelden"]

# test_taal.py leaves its per-page readability table here; conftest.py prints it at the end of the run.
TAALRAPPORT = pytest.StashKey[list[str]]()

CHROMIUM = "/usr/bin/chromium"
# Flags from the developers' guide: no sandbox (root in CI), and no background traffic to Google's services.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def run_mkdocs(project: Path, site_dir: Path, *args: str, env: dict[str, str] | None = None,
               config: str = "mkdocs.yml") -> subprocess.CompletedProcess[str]:
    """Build from the project root as `make build` does, or, for an organisation's config (path relative to the
    root), as `make organisatie` does."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1", **(env or {}))
    env.pop("COLUMNS", None)  # set under pytest-xdist; MkDocs would wrap its messages to that width
    if config == "mkdocs.yml":
        command = ["-m", "mkdocs", "build", "-f", str(project / config), "-d", str(site_dir), *args]
    else:
        command = ["-m", "kennisbank", "bouw", str(project / config), "--site-dir", str(site_dir), *args]
    return subprocess.run([sys.executable, *command], cwd=project, env=env, capture_output=True, text=True,
                          timeout=600)


def copy_project(destination: Path) -> Path:
    destination.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    return destination


@dataclass
class BuiltSite:
    root: Path
    log: str

    def html(self, path: str) -> str:
        """HTML of a built page, e.g. 'barrieres/weerstand/'."""
        target = self.root / path
        if path.endswith("/") or not path:
            target = target / "index.html"
        return target.read_text(encoding="utf-8")

    def soup(self, path: str) -> BeautifulSoup:
        return parse(self.html(path))

    def pages(self) -> list[Path]:
        return sorted(p for p in self.root.rglob("*.html"))


@cache
def parse(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def page_path(src: str) -> str:
    """Built path of a docs page: 'barrieres/weerstand.md' → 'barrieres/weerstand/'."""
    stem = src[: -len(".md")]
    if stem == "index":
        return ""
    return stem[: -len("index")] if stem.endswith("/index") else stem + "/"


def text(element) -> str:
    """Visible text with single spaces (tooltips from the glossary split text into several strings)."""
    return " ".join(element.get_text().split())


def _section_under(soup, heading_text: str) -> list:
    """The elements of the section under a given h2 (or h3), up to the next heading of its level."""
    heading = soup.find(lambda tag: tag.name in ("h2", "h3") and text(tag) == heading_text)
    assert heading is not None, f"kop '{heading_text}' ontbreekt"
    found = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h2",) or (sibling.name == "h3" and heading.name == "h3"):
            break
        found.append(sibling)
    return found


def links_in(soup, heading_text: str) -> set[str]:
    """Resolved target paths of the links in the section under a given h2 (or h3)."""
    return {a["href"] for part in _section_under(soup, heading_text) for a in part.find_all("a", href=True)}


def text_under(soup, heading_text: str) -> str:
    """Visible text of the section under a given h2 (or h3)."""
    return " ".join(text(part) for part in _section_under(soup, heading_text))


def target(from_src: str, href: str) -> str:
    """The docs src a relative link on a built page points at (directory URLs)."""
    base = page_path(from_src)
    return posixpath.normpath(posixpath.join(base, href.split("#")[0])) + "/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that cancels a request (a new search, a page closed under load) is not an error of the site;
        # anything else is still printed.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class LocalServer:
    """Serves a folder on 127.0.0.1 on a free port, in a background thread."""

    def __init__(self, root: Path, port: int = 0):
        self.httpd = _Server(("127.0.0.1", port), functools.partial(_QuietHandler, directory=str(root)))
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


# A phone (and 1280 px at 400 % zoom) and a laptop: Material lays out header, menu and tables differently.
WIDTHS = {320: {"width": 320, "height": 640}, 1280: {"width": 1280, "height": 800}}
NARROW = min(WIDTHS)

# Material answers queries once its worker has the index ("Zoeken initialiseren" until then).
SEARCH_READY = """() => !document.querySelector('.md-search-result__list li') &&
    !/initialiseren/i.test(document.querySelector('.md-search-result__meta').textContent)"""


def open_search(page, timeout: float = 5000):
    """Click Material's search box, empty it and wait until the search is ready for a query; returns the box."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    page.wait_for_function(SEARCH_READY, timeout=timeout)
    return box


# The Dutch search marks the list with the query it answers (data-kb-vraag); plain Material does not.
SEARCH_DONE = """query => {
    const meta = document.querySelector('.md-search-result__meta');
    const answered = document.querySelector('.md-search-result').getAttribute('data-kb-vraag');
    return meta && document.querySelector('.md-search__input').value === query
        && (answered === null || answered === query)
        && !/Typ om te beginnen|initialiseren|Type to start/i.test(meta.textContent)
        && (document.querySelector('.md-search-result__list li') || /Geen|No matching/i.test(meta.textContent));
}"""


def ask(page, query: str) -> None:
    """Put a query in the search box at once and give Material the key-up it searches on (typing an emoji or another
    script gives none); waits for nothing."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    page.keyboard.press("End")


def search(page, query: str, typed: bool = False, timeout: float = 5000) -> tuple[list[str], float]:
    """Search in Material's search box; return the distinct result pages (in order) and the milliseconds from the
    last keystroke until the results for the whole query were shown. `typed`: key by key, as a person types (for
    timing); otherwise the whole query at once (one search, for what it finds)."""
    box = open_search(page, timeout)
    # Material searches on key-up: key by key as a person types (for timing), or all but the last character at once
    # and then the last key (one search, for what it finds).
    if typed:
        page.keyboard.type(query[:-1])
    else:
        box.fill(query[:-1])
    start = page.evaluate("performance.now()")
    if query[-1].isascii():
        page.keyboard.type(query[-1])
    else:  # typing "ë" or "é" inserts text without a key-up: the whole query, then a key that gives one
        box.fill(query)
        page.keyboard.press("End")
    # Results for a shorter prefix may arrive first; wait for the ones Material draws for the whole query.
    page.wait_for_function(SEARCH_DONE, arg=query, timeout=timeout)
    elapsed = page.evaluate("performance.now()") - start
    hrefs = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")
    pages: list[str] = []
    for href in hrefs:
        path = href.split("://", 1)[1].split("/", 1)[1].split("?")[0].split("#")[0]
        if path not in pages:
            pages.append(path)
    return pages, elapsed


def search_many(page, queries: list[str], timeout: float = 5000) -> dict[str, list[str]]:
    """The distinct result pages for each query, as search() finds them, in one round trip: the page itself puts each
    query in Material's search box, gives the key-up Material searches on, and waits for the list drawn for it (a
    person pasting the query; several times faster than a round trip per step)."""
    open_search(page, timeout)
    return page.evaluate(
        """async ({queries, timeout}) => {
            const box = document.querySelector('input.md-search__input');
            const answered = """ + SEARCH_DONE + """;
            const found = {};
            const until = async (ready, what) => {
                const start = performance.now();
                while (!ready()) {
                    if (performance.now() - start > timeout) throw new Error('geen resultaten voor ' + what);
                    await new Promise(resolve => setTimeout(resolve, 1));
                }
            };
            for (const query of queries) {
                /* Empty the box first and wait for the empty list, as search() does: Material may draw the new list
                   after the page has marked which query it answers, so old items must be gone before the next. */
                box.value = '';
                box.dispatchEvent(new Event('input', {bubbles: true}));
                box.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
                await until(""" + SEARCH_READY + """, '(leeg)');
                box.value = query;
                box.dispatchEvent(new Event('input', {bubbles: true}));
                box.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
                await until(() => answered(query), query);
                const paths = [...document.querySelectorAll('.md-search-result__item > a')]
                    .map(a => new URL(a.href).pathname.replace(/^[/]+/, ''));
                found[query] = [...new Set(paths)];
            }
            return found;
        }""",
        {"queries": list(dict.fromkeys(queries)), "timeout": timeout},
    )


# --- axe-core (WCAG 2.2 AA) ---------------------------------------------------------------------------------------

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@cache
def axe_source() -> str:
    """axe-core as shipped in the axe-playwright-python package (pinned in requirements.txt)."""
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def run_axe(page) -> list[dict]:
    return page.evaluate("options => axe.run(document, options).then(r => r.violations)",
                         {"runOnly": {"type": "tag", "values": WCAG_TAGS}})


def describe(violations) -> list[str]:
    return [f"{v['id']}: {node['target']} {node.get('failureSummary', '')[:160]}" for v in violations
            for node in v["nodes"]]


# Material's buttons change colour in a short CSS transition after a click or focus; axe reads the colour of that
# moment (a contrast of 1.18 once, halfway), so it runs when no transition is running: the colours the reader sees.
SETTLED = "!document.getAnimations().some(a => a instanceof CSSTransition && a.playState === 'running')"


def axe_violations(page) -> list[str]:
    """axe's WCAG 2.2 AA violations on the page as it is now, once its transitions have ended (axe injected if the
    page does not have it yet)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source())
    page.wait_for_function(SETTLED, timeout=5000)
    return describe(run_axe(page))


def storage_key(page, name: str) -> str:
    """The localStorage key under which the site's scripts keep `name`: the site's path in front, like Material's own
    keys (__md_scope), so copies of the site on one origin keep apart."""
    return page.evaluate("name => __md_scope.pathname + '.' + name", name)


# An init script for a browser whose storage is full: every write fails, as in a full quota (reading still works).
FULL_STORAGE = "Storage.prototype.setItem = () => { throw new DOMException('vol', 'QuotaExceededError'); };"


def site_keys(page) -> list[str]:
    """The localStorage keys of the site's own scripts (not Material's, which start with the path and '.__')."""
    return sorted(k for k in page.evaluate("Object.keys(localStorage)") if "kennisbank-" in k)


@contextlib.contextmanager
def watched_page(chromium, url: str, **context_options):
    """A page in a fresh browser context (its own localStorage), opened at url. Every request is kept in
    page.requests; any JavaScript error on the page fails the test afterwards."""
    context = chromium.new_context(**context_options)
    page = context.new_page()
    errors: list[str] = []
    page.requests = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(url)
    yield page
    context.close()
    assert errors == [], f"JavaScript-fouten: {errors}"
