"""Plain Material search versus this project's Dutch search, side by side in one run.

    .venv/bin/python benchmarks/zoeken.py

Builds the site twice (once with `extra.nederlands_zoeken: false` and Material's default search settings), runs every
query of tests/data/zoekvragen.yml in the real search box of Debian's Chromium, and prints a Markdown table: hit@3,
queries without any result, nonsense queries that wrongly return something, search index size, and the time from
the last keystroke to the first results. Same machine, same run, so the two columns compare fairly.
"""

from __future__ import annotations

import gzip
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import CHROMIUM, CHROMIUM_ARGS, LocalServer, search  # noqa: E402

PLAIN_CONFIG = """\
# Temporary config written by benchmarks/zoeken.py: the same site with Material's own search.
INHERIT: mkdocs.yml
extra:
  nederlands_zoeken: false
plugins:
  search:
    pipeline: [stopWordFilter]
    separator: '[\\s\\-]+'
"""


def build(config: Path, site: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                   cwd=ROOT, env=env, check=True)  # -q is fine here: the tests check strictness, this measures


def measure(site: Path, queries: dict, browser) -> dict:
    index = (site / "search/search_index.json").read_bytes()
    with LocalServer(site) as server:
        page = browser.new_page()
        page.goto(server.url)
        search(page, "opwarmen")  # the first query also loads the index; measure the ones people wait for
        hits, empty, times = 0, 0, []
        for q in queries["vragen"]:
            pages, ms = search(page, q["vraag"])
            hits += q["pagina"] in pages[:3]
            empty += not pages
            times.append(ms)
        wrong = sum(1 for q in queries["niets"] if search(page, q)[0])
        page.close()
    return {
        "hit@3": f"{hits / len(queries['vragen']):.0%} ({hits}/{len(queries['vragen'])})",
        "zonder resultaat": f"{empty}",
        "onzin met resultaat": f"{wrong}/{len(queries['niets'])}",
        "index (gz)": f"{len(gzip.compress(index)) / 1024:.0f} KB ({len(index) / 1024:.0f} KB onverpakt)",
        "toets → resultaat (mediaan)": f"{statistics.median(times):.0f} ms",
        "toets → resultaat (p90)": f"{statistics.quantiles(times, n=10)[-1]:.0f} ms",
    }


def main() -> None:
    from playwright.sync_api import sync_playwright

    queries = yaml.safe_load((ROOT / "tests/data/zoekvragen.yml").read_text(encoding="utf-8"))
    plain_config = ROOT / ".zoeken-vergelijking.yml"
    with tempfile.TemporaryDirectory() as tmp:
        try:
            plain_config.write_text(PLAIN_CONFIG, encoding="utf-8")
            build(plain_config, Path(tmp) / "material")
        finally:
            plain_config.unlink(missing_ok=True)
        build(ROOT / "mkdocs.yml", Path(tmp) / "kennisbank")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            plain = measure(Path(tmp) / "material", queries, browser)
            ours = measure(Path(tmp) / "kennisbank", queries, browser)
            browser.close()
    print(f"{len(queries['vragen'])} zoekvragen uit tests/data/zoekvragen.yml, {os.cpu_count()} cores\n")
    print("| Meting | Material (lang: nl) | Deze kennisbank |")
    print("|---|---|---|")
    for key in plain:
        print(f"| {key} | {plain[key]} | {ours[key]} |")


if __name__ == "__main__":
    main()
