from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from helpers import CHROMIUM, CHROMIUM_ARGS, ROOT, TAALRAPPORT, BuiltSite, LocalServer, run_mkdocs


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



def pytest_sessionstart(session):
    """A writer's mistake is one Dutch list, not the same error in hundreds of tests (make test runs make controle
    first; this is for pytest on its own)."""
    if hasattr(session.config, "workerinput"):
        return  # pytest-xdist worker: the controller has checked
    from kennisbank import ContentError, load

    try:
        load(ROOT / "docs")
    except ContentError as error:
        pytest.exit(f"{error}\nDe tests zijn niet gestart.", returncode=1)


def pytest_sessionfinish(session):
    # Under pytest-xdist the readability table is made in a worker; hand it to the main process for the summary.
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["taalrapport"] = session.config.stash.get(TAALRAPPORT, [])


def pytest_testnodedown(node, error):
    rows = getattr(node, "workeroutput", {}).get("taalrapport", [])
    node.config.stash.setdefault(TAALRAPPORT, []).extend(rows)


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
    with LocalServer(site.root) as server:
        yield server


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium, driven by Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} ontbreekt: installeer het Debian-pakket chromium (make test doet dat)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
