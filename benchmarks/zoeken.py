"""Search compared in one run: plain Material, the previous Dutch search (frozen in benchmarks/zoeken_oud/) and the
current one, on the same content, in the real search box of Debian's Chromium.

    .venv/bin/python benchmarks/zoeken.py            (make bench runs it too)

The blind query set's test half (tests/data/zoekvragen-blind.yml, `helft: test`) is measured here and nowhere else;
the tuning half, the old set (the regression set) and the development sets (tests/data/zoekvragen-ontwikkel*.yml) are
shown next to it. Also: queries without any result, nonsense queries that wrongly return something, the time from the
last keystroke to the results (typed key by key), the test half with one letter wrong in a long word of each query
(tests/zoekset.py, `typo_set`), with a compound written apart ("stappen plan"; `apart_set`), its short queries inside
fixed words ("ik zoek informatie over …", "… bij de gemeente", "hallo, …, alvast bedankt"; `FRAMES`), with a noun as a
diminutive or in the other number, or asked for someone close ("kan mijn moeder …"; `form_sets`), requests outside
the site's subject (tests/data/zoekvragen-buiten-onderwerp.yml), everything the browser loads for search (gzip), and
a 5,000-character query against a normal one.

The three sites differ only in search:
- Material: the site built without this project's search layer, with Material's default search settings;
- vorige versie: the same build with the search of commit 8137d5b: its index enrichment (zoeken_oud/verrijken.py,
  with its synonym list zoeken_oud/synoniemen.yml and today's `trefwoorden`) and its two scripts;
- nu: the site as `make build` makes it.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OLD = ROOT / "benchmarks/zoeken_oud"
sys.path.insert(0, str(ROOT / "tests"))

from kennisbank.zoeken import Splitter, dictionary  # noqa: E402

import zoekset  # noqa: E402
from helpers import CHROMIUM, CHROMIUM_ARGS, LocalServer, search  # noqa: E402

# The same site without the Dutch search layer, with Material's default search settings.
PLAIN_SEARCH = {"lang": "nl"}
# The search settings of commit 8137d5b (the same as today's mkdocs.yml).
OLD_SEARCH = {
    "lang": "nl",
    "pipeline": ["stemmer", "stopWordFilter", "trimmer"],
    "separator": r'[\s\-,:!=\[\]()"/]+|\.(?!\d)',
}
# Requests to a municipality outside the site's subject ("paspoort aanvragen"): a probe of a known weakness, not blind.
OUTSIDE = ROOT / "tests/data/zoekvragen-buiten-onderwerp.yml"
SEARCH_FILES = re.compile(r"/(search/|assets/javascripts/(workers/|lunr/|zoek))")
# Written per role without reading the pages, after the split: sets 1 and 2 measured while developing, set 3 only at
# the end, like the test half (README, "Zoeken meten").
DEVELOPMENT_SETS = {
    "ontwikkelset 1": ROOT / "tests/data/zoekvragen-ontwikkel.yml",
    "ontwikkelset 2": ROOT / "tests/data/zoekvragen-ontwikkel-2.yml",
    "ontwikkelset 5": ROOT / "tests/data/zoekvragen-ontwikkel-5.yml",  # written after set 4, tuned on
    "ontwikkelset 6 (per pagina)": ROOT / "tests/data/zoekvragen-ontwikkel-6.yml",  # ten queries per page, by readers
    "ontwikkelset 7": ROOT / "tests/data/zoekvragen-ontwikkel-7.yml",  # per role, written blind; tuned on since
    "ontwikkelset 8": ROOT / "tests/data/zoekvragen-ontwikkel-8.yml",  # per role, written blind; tuned on since
    "ontwikkelset 9": ROOT / "tests/data/zoekvragen-ontwikkel-9.yml",  # per role, typed in a hurry, written blind
    "ontwikkelset 10": ROOT / "tests/data/zoekvragen-ontwikkel-10.yml",  # per role, work-floor words, written blind
    "ontwikkelset 11": ROOT / "tests/data/zoekvragen-ontwikkel-11.yml",  # per role, jargon and loanwords, written blind
    "ontwikkelset 12": ROOT / "tests/data/zoekvragen-ontwikkel-12.yml",  # per role, written blind; tuned on since
    "ontwikkelset 13": ROOT / "tests/data/zoekvragen-ontwikkel-13.yml",  # per role, from real moments; tuned on since
    "ontwikkelset 14": ROOT / "tests/data/zoekvragen-ontwikkel-14.yml",  # per role, in a hurry, other sectors; tuned on since
    "ontwikkelset 15": ROOT / "tests/data/zoekvragen-ontwikkel-15.yml",  # per role, just after something happened; tuned on since
    "ontwikkelset 16": ROOT / "tests/data/zoekvragen-ontwikkel-16.yml",  # per role, preparing or new in the job; tuned on since
    "ontwikkelset 17": ROOT / "tests/data/zoekvragen-ontwikkel-17.yml",  # per role, typed fast and sloppy; tuned on since
    "ontwikkelset 18": ROOT / "tests/data/zoekvragen-ontwikkel-18.yml",  # per role, a decision at hand; tuned on since
    "ontwikkelset 19": ROOT / "tests/data/zoekvragen-ontwikkel-19.yml",  # the same brief as 18, written apart; tuned on
    "ontwikkelset 20": ROOT / "tests/data/zoekvragen-ontwikkel-20.yml",  # the blind set's mix; example questions since
    "ontwikkelset 21": ROOT / "tests/data/zoekvragen-ontwikkel-21.yml",  # the same brief as 20; tuned on since
    "ontwikkelset 22": ROOT / "tests/data/zoekvragen-ontwikkel-22.yml",  # the same brief as 20; tuned on since
    "ontwikkelset 23": ROOT / "tests/data/zoekvragen-ontwikkel-23.yml",  # the same brief as 20; tuned on since
    "ontwikkelset 24": ROOT / "tests/data/zoekvragen-ontwikkel-24.yml",  # the same brief as 20; tuned on since
    "ontwikkelset 25": ROOT / "tests/data/zoekvragen-ontwikkel-25.yml",  # the same brief as 20; tuned on since
    "ontwikkelset 26": ROOT / "tests/data/zoekvragen-ontwikkel-26.yml",  # the same brief as 20; not tuned on yet
    "blinde set 3": ROOT / "tests/data/zoekvragen-ontwikkel-3.yml",  # never tuned on, measured only at the end
    "blinde set 4": ROOT / "tests/data/zoekvragen-ontwikkel-4.yml",  # never tuned on, measured only at the end
}
TIMED = 60  # test-half queries typed key by key for the latency figure


def build(site: Path, search: dict | None, dutch: bool = True) -> None:
    """Build into `site`; `search` replaces the search plugin's settings, `dutch` turns this project's search on."""
    from mkdocs.utils.yaml import yaml_load

    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    if search is not None:
        config["plugins"]["search"] = search
    config["plugins"]["kennisbank"] = {**(config["plugins"]["kennisbank"] or {}), "nederlands_zoeken": dutch}
    path = ROOT / f".zoeken-{site.name}.yml"
    try:
        path.write_text(json.dumps(config, default=str), encoding="utf-8")  # JSON is valid YAML
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-f", str(path), "-d", str(site)],
            cwd=ROOT,
            env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
            check=True,
            capture_output=True,
        )
    finally:
        path.unlink(missing_ok=True)


def frozen_module():
    spec = importlib.util.spec_from_file_location("zoeken_oud", OLD / "verrijken.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def install_previous_search(site: Path) -> None:
    """Turn a plain build into the previous version: its index enrichment, its worker wrapper and its script."""
    from kennisbank.model import load

    old = frozen_module()
    kb = load(ROOT / "docs")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "_data").mkdir()
        shutil.copy(OLD / "synoniemen.yml", Path(tmp) / "_data/synoniemen.yml")
        synoniemen = old.load_synoniemen(Path(tmp))
    urls = {e.src: e.src.removesuffix(".md") + "/" for e in kb}
    trefwoorden = {urls[e.src]: [w.lower() for w in e.data.trefwoorden] for e in kb if e.data.trefwoorden}
    entities = {urls[e.src] for e in kb if e.soort.naam in ("barriere", "oplossing", "stap", "rol")}
    path = site / "search/search_index.json"
    index = old.enrich(json.loads(path.read_text(encoding="utf-8")), synoniemen, trefwoorden, entities)
    path.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    scripts = site / "assets/javascripts"
    shutil.copy(OLD / "worker.js", scripts / "workers/zoeken.js")
    shutil.copy(OLD / "zoeken.js", scripts / "zoeken.js")
    # The old template put zoeken.js before Material's bundle; here the pages get that one script tag.
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        prefix = "../" * (len(page.relative_to(site).parts) - 1)
        tag = f'<script src="{prefix}assets/javascripts/zoeken.js"></script>'
        page.write_text(
            re.sub(r'(<script src="[^"]*assets/javascripts/bundle\.)', tag + r"\1", html, count=1), encoding="utf-8"
        )


TIMED_OUT: list[str] = []  # queries of the site being measured that got no answer in time


def found(page, query: str) -> list[str]:
    """The result pages for `query`; none, and noted, when no answer came in time: one stuck query must not end an
    hour-long run, nor hide in it."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        return search(page, query, timeout=15_000)[0]
    except PlaywrightTimeout:
        TIMED_OUT.append(query)
        return []


NORMAL = "klacht over discriminatie aan de balie"


def long_query_ratio(page) -> float:
    """Median time of a 5,000-character query over that of a normal one (seven of each)."""
    normal = [search(page, NORMAL)[1] for _ in range(7)]
    long = [search(page, NORMAL + " " + "woord " * 830)[1] for _ in range(7)]
    return statistics.median(long) / statistics.median(normal)


def hit_rate(page, queries: list[tuple[str, list[str]]]) -> tuple[str, int]:
    hits = empty = 0
    for query, expected in queries:
        pages = found(page, query)
        hits += bool(set(expected) & set(pages[:3]))
        empty += not pages
    return f"{hits / len(queries):.1%} ({hits}/{len(queries)})", empty


def payload(site: Path, urls: list[str]) -> str:
    """gzip size of the search files the browser fetched (index, rules and word list, worker code, stemmer)."""
    total = 0
    for url in sorted(set(urls)):
        path = site / re.sub(r"^https?://[^/]+/", "", url).split("?")[0]
        if path.is_file():
            total += len(gzip.compress(path.read_bytes(), 9))
    return f"{total / 1024:.0f} KB"


def asked(changed: list[tuple[str, dict]]) -> list[tuple[str, list[str]]]:
    """A probe's queries (tests/zoekset.py), each with the pages that answer the query it was made from."""
    return [(query, q["paginas"]) for query, q in changed]


def as_written(changed: list[tuple[str, dict]]) -> list[tuple[str, list[str]]]:
    """The queries a probe was made from, as they were written, with their pages."""
    return [(q["vraag"], q["paginas"]) for _, q in changed]


def measure(site: Path, browser) -> dict[str, str]:
    test_half = zoekset.half("test")
    test = [(q["vraag"], q["paginas"]) for q in test_half]
    tuning = [(q["vraag"], q["paginas"]) for q in zoekset.half("afstemmen")]
    regression = zoekset.load(ROOT / "tests/data/zoekvragen.yml")
    nonsense = zoekset.load()["niets"] + regression["niets"]
    TIMED_OUT.clear()
    with LocalServer(site) as server:
        context = browser.new_context()
        fetched: list[str] = []
        context.on("request", lambda request: fetched.append(request.url) if SEARCH_FILES.search(request.url) else None)
        page = context.new_page()
        page.goto(server.url)
        search(page, "opwarmen")  # loads the index and the worker; the queries below are the ones people wait for
        result = {}
        result["testhelft hit@3"], empty = hit_rate(page, test)
        result["testhelft zonder resultaat"] = f"{empty}/{len(test)}"
        typos = asked(zoekset.typo_set(test_half))
        result["testhelft met één typfout hit@3"], empty = hit_rate(page, typos)
        result["testhelft met één typfout zonder resultaat"] = f"{empty}/{len(typos)}"
        apart = zoekset.apart_set(test_half, Splitter(dictionary()).parts)
        result[f"testhelft, samenstelling los ({len(apart)}), zoals geschreven hit@3"], _ = hit_rate(page, as_written(apart))
        result["dezelfde met de samenstelling los ('stappen plan') hit@3"], _ = hit_rate(page, asked(apart))
        short = [(q["vraag"], q["paginas"]) for q in zoekset.short(test_half)]
        result["korte vragen testhelft hit@3"], _ = hit_rate(page, short)
        for name, frame in zoekset.FRAMES.items():
            framed = asked(zoekset.framed_set(test_half, frame))
            result[f"dezelfde {name} ('{frame.format('…')}') hit@3"], _ = hit_rate(page, framed)
        for name, changed in zoekset.form_sets(test_half, ROOT / "docs").items():
            result[f"testhelft, {name} ({len(changed)}), zoals geschreven hit@3"], _ = hit_rate(page, as_written(changed))
            result[f"dezelfde, {name} hit@3"], empty = hit_rate(page, asked(changed))
            result[f"dezelfde, {name} zonder resultaat"] = f"{empty}/{len(changed)}"
        result["afstemhelft hit@3"], _ = hit_rate(page, tuning)
        result["regressieset hit@3"], _ = hit_rate(
            page, [(q["vraag"], [q["pagina"], *q.get("ook", [])]) for q in regression["vragen"]]
        )
        for name, path in DEVELOPMENT_SETS.items():
            development = zoekset.load(path)
            result[f"{name} hit@3"], empty = hit_rate(
                page, [(q["vraag"], [q["pagina"], *q.get("ook", [])]) for q in development["vragen"]]
            )
            result[f"{name} zonder resultaat"] = f"{empty}/{len(development['vragen'])}"
            if development["niets"]:
                leaks = sum(1 for q in development["niets"] if found(page, q))
                result[f"{name}: onzin met resultaat"] = f"{leaks}/{len(development['niets'])}"
        result["onzin met resultaat"] = f"{sum(1 for q in nonsense if found(page, q))}/{len(nonsense)}"
        outside = zoekset.load(OUTSIDE)["niets"]
        result["buiten het onderwerp, met resultaat"] = f"{sum(1 for q in outside if found(page, q))}/{len(outside)}"
        times = [search(page, query, typed=True)[1] for query, _ in test[:TIMED]]
        result["toets → resultaat, mediaan"] = f"{statistics.median(times):.0f} ms"
        result["toets → resultaat, p90"] = f"{statistics.quantiles(times, n=10)[-1]:.0f} ms"
        result["5.000 tekens / normale vraag"] = f"{long_query_ratio(page):.2f}×"
        result["geladen voor zoeken (gz)"] = payload(site, fetched)
        result["geen antwoord binnen 15 s"] = f"{len(TIMED_OUT)}" + (f" ({'; '.join(TIMED_OUT[:3])})" if TIMED_OUT else "")
        context.close()
    return result


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        sites = {"Material": Path(tmp) / "material", "vorige versie": Path(tmp) / "vorige", "nu": Path(tmp) / "nu"}
        build(sites["Material"], PLAIN_SEARCH, dutch=False)
        build(sites["vorige versie"], OLD_SEARCH, dutch=False)
        install_previous_search(sites["vorige versie"])
        build(sites["nu"], None)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            results = {name: measure(site, browser) for name, site in sites.items()}
            browser.close()
    test = zoekset.half("test")
    print(f"Zoeken: {len(test)} vragen uit de testhelft (tests/data/zoekvragen-blind.yml), {os.cpu_count()} cores\n")
    print("| Meting | " + " | ".join(results) + " |")
    print("|---|" + "---|" * len(results))
    for key in results["nu"]:
        print(f"| {key} | " + " | ".join(results[name][key] for name in results) + " |")


if __name__ == "__main__":
    main()
