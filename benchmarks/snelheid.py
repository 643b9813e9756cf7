"""Search speed only, two versions of the site in one run: an earlier commit and the working tree, alternating.

    .venv/bin/python benchmarks/snelheid.py d6ced85

The full benchmark (benchmarks/zoeken.py) takes about 40 minutes, and its p90 moves with whatever else the machine
does (48 to 135 ms for the same code). This measures only the time from the last keystroke to the results, the same
way (the first 60 test-half queries typed key by key, twice), but for both versions in turns, so load hits both alike.
It also gives a 5,000-character query against a normal one. The commit is built in a temporary git worktree with its
own code, data and pages.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from zoeken import TIMED, long_query_ratio  # noqa: E402  (the full benchmark: the same queries and long query)

import zoekset  # noqa: E402
from helpers import CHROMIUM, CHROMIUM_ARGS, LocalServer, search  # noqa: E402

ROUNDS = 2


def build(source: Path, site: Path) -> None:
    """Build the site of `source` (a checkout) with that checkout's own code."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(source))
    mkdocs = Path(sys.executable).with_name("mkdocs")
    subprocess.run([str(mkdocs), "build", "-d", str(site)], cwd=source, env=env, check=True)


def latencies(pages: dict, queries: list[str]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in pages}
    for _ in range(ROUNDS):
        for query in queries:
            for name, page in pages.items():
                times[name].append(search(page, query, typed=True)[1])
    return times


def main(commit: str) -> None:
    from playwright.sync_api import sync_playwright

    queries = [q["vraag"] for q in zoekset.half("test")][:TIMED]
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "oud"
        subprocess.run(["git", "worktree", "add", "-q", "--detach", str(old), commit], cwd=ROOT, check=True)
        try:
            sites = {commit: Path(tmp) / "site-oud", "nu": Path(tmp) / "site-nu"}
            build(old, sites[commit])
            build(ROOT, sites["nu"])
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT, check=True)
        with sync_playwright() as pw, ExitStack() as servers:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            servers.callback(browser.close)
            pages = {}
            for name, site in sites.items():
                server = servers.enter_context(LocalServer(site))
                pages[name] = browser.new_context().new_page()
                pages[name].goto(server.url)
                search(pages[name], "opwarmen")
            times = latencies(pages, queries)
            print(f"Toets → resultaat, {len(queries)} vragen van de testhelft, {ROUNDS}× om en om\n")
            print("| versie | mediaan | p90 | 5.000 tekens / normale vraag |\n|---|---|---|---|")
            for name, page in pages.items():
                t = times[name]
                p90 = statistics.quantiles(t, n=10)[-1]
                print(f"| {name} | {statistics.median(t):.0f} ms | {p90:.0f} ms | {long_query_ratio(page):.2f}× |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("Gebruik: .venv/bin/python benchmarks/snelheid.py <commit>   (bijvoorbeeld: d6ced85)")
    main(sys.argv[1])
