from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
# What a build needs; copied when a test plants a defect in a private copy of the project.
PROJECT_FILES = ["mkdocs.yml", "macros.py", "kennisbank", "docs", "overrides", "voorbeelden"]


def pytest_addoption(parser):
    parser.addoption("--online", action="store_true", help="controleer ook externe links via het netwerk")


def pytest_collection_modifyitems(config, items):
    # Online checks are opt-in: without --online they are deselected (not skipped), so a normal run stays offline.
    if config.getoption("--online"):
        return
    online = [item for item in items if item.get_closest_marker("online")]
    if online:
        config.hook.pytest_deselected(items=online)
        items[:] = [item for item in items if not item.get_closest_marker("online")]


# test_taal.py leaves its per-page readability table here; it is printed at the end of the run.
TAALRAPPORT = pytest.StashKey[list[str]]()


def pytest_terminal_summary(terminalreporter, config):
    rows = config.stash.get(TAALRAPPORT, [])
    if rows:
        terminalreporter.section("Leesbaarheid per pagina (doel: hoogstens 15 woorden per zin, Flesch-Douma 55+)")
        for row in rows:
            terminalreporter.write_line(row)
    _review_report(terminalreporter)


def _review_report(terminalreporter) -> None:
    """Information, not a failure: which pages need a (new) review."""
    from kennisbank import ContentError, load

    try:
        kb = load(ROOT / "docs")
    except ContentError:
        return  # the content tests already report the errors
    stale = kb.niet_recent_gereviewd(datetime.date.today())
    terminalreporter.section(f"Reviewoverzicht (informatie): {len(stale)} van {len(kb.by_src)} pagina's zijn "
                             "de afgelopen 12 maanden niet gereviewd")
    for entity, reason in stale:
        terminalreporter.write_line(f"docs/{entity.src}: {reason}")


def run_mkdocs(project: Path, site_dir: Path, *args: str, env: dict[str, str] | None = None,
               config: str = "mkdocs.yml") -> subprocess.CompletedProcess[str]:
    """`mkdocs build` from the project root, as `make build` runs it (config: path relative to the root)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / config), "-d", str(site_dir), *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


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
        return _parse(self.html(path))

    def pages(self) -> list[Path]:
        return sorted(p for p in self.root.rglob("*.html"))


@cache
def _parse(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> BuiltSite:
    """The real site, built once per test session exactly as `make build` does (strict comes from mkdocs.yml)."""
    out = tmp_path_factory.mktemp("site")
    result = run_mkdocs(ROOT, out)
    assert result.returncode == 0, f"de site bouwt niet:\n{result.stdout}\n{result.stderr}"
    return BuiltSite(out, result.stdout + result.stderr)


@pytest.fixture(scope="session")
def kb():
    from kennisbank import load

    return load(ROOT / "docs")


@pytest.fixture(scope="session")
def served_site(site):
    """The built site on a local HTTP server."""
    from browser import LocalServer

    with LocalServer(site.root) as server:
        yield server


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium, driven by Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} ontbreekt: installeer het Debian-pakket chromium (make test doet dat)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
