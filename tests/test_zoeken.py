"""Search that understands Dutch, measured on realistic queries in the real search box (headless Chromium)."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
import yaml

from kennisbank.zoeken import compound_parts

from helpers import ROOT, copy_project, run_mkdocs

QUERIES = yaml.safe_load((ROOT / "tests/data/zoekvragen.yml").read_text(encoding="utf-8"))
MIN_HIT_AT_3 = 0.95


@pytest.fixture(scope="module")
def results(served_site, chromium):
    from helpers import search

    page = chromium.new_page()
    page.goto(served_site.url)
    found = {q["vraag"]: search(page, q["vraag"]) for q in QUERIES["vragen"]}
    found |= {q: search(page, q) for q in QUERIES["niets"]}
    page.close()
    return found


def test_query_set_is_large_and_covers_every_kind():
    kinds = Counter(q["soort"] for q in QUERIES["vragen"])
    assert len(QUERIES["vragen"]) >= 60
    assert {"samenstelling", "afleiding", "meervoud", "synoniem", "typfout"} <= set(kinds), kinds
    assert len(QUERIES["niets"]) >= 3


@pytest.mark.browser
def test_hit_at_3(results):
    misses = [f"{q['vraag']!r}: verwacht {q['pagina']}, kreeg {results[q['vraag']][0][:3]}"
              for q in QUERIES["vragen"] if q["pagina"] not in results[q["vraag"]][0][:3]]
    hit_rate = 1 - len(misses) / len(QUERIES["vragen"])
    assert hit_rate >= MIN_HIT_AT_3, f"hit@3 {hit_rate:.0%}:\n" + "\n".join(misses)


@pytest.mark.browser
def test_no_real_query_returns_nothing(results):
    empty = [q["vraag"] for q in QUERIES["vragen"] if not results[q["vraag"]][0]]
    assert empty == []


@pytest.mark.browser
def test_nonsense_returns_nothing(results):
    assert {q: results[q][0] for q in QUERIES["niets"] if results[q][0]} == {}


@pytest.mark.browser
def test_snippets_show_only_real_page_text(served_site, chromium):
    """A page found through a synonym shows its own text: the derived index words are never displayed."""
    from helpers import search

    page = chromium.new_page()
    page.goto(served_site.url)
    pages, _ = search(page, "tegenstand")
    assert "barrieres/weerstand/" in pages[:3]
    shown = page.locator(".md-search-result__list").inner_text().lower()
    assert "tegenstand" not in shown and "weerstand" in shown
    page.close()


def test_index_fields_are_hidden_from_pages(site):
    index = json.loads((site.root / "search/search_index.json").read_text(encoding="utf-8"))
    assert {"trefwoorden", "titelwoorden", "zoektermen"} <= set(index["config"]["fields"])
    weerstand = next(d for d in index["docs"] if d["location"] == "barrieres/weerstand/")
    assert "tegenstand" in weerstand["titelwoorden"].split()
    assert "tegenstand" not in site.html("barrieres/weerstand/"), "afgeleide woorden staan nooit op de pagina"
    overview = next(d for d in index["docs"] if d["location"] == "bronnen/")
    assert "zoektermen" not in overview, "overzichtspagina's krijgen geen afgeleide woorden"


def test_compound_parts_are_words_of_the_site():
    vocabulary = {"discriminatie", "voorziening", "angst", "cultuur", "meldingen", "punt", "meld", "antwoord"}
    assert compound_parts("antidiscriminatievoorziening", vocabulary) == {"discriminatie", "voorziening"}
    assert compound_parts("angstcultuur", vocabulary) == {"angst", "cultuur"}
    assert compound_parts("discriminatiemeldingen", vocabulary) == {"discriminatie", "meldingen"}
    assert compound_parts("verantwoordelijkheid", vocabulary) == set(), "geen los woord midden in een woord"


def test_contributor_adds_a_synonym_by_editing_one_file(tmp_path):
    project = copy_project(tmp_path / "project")
    woorden = project / "docs/_data/woorden.yml"
    text = woorden.read_text(encoding="utf-8")
    assert "- term: weerstand\n  zoekwoorden: [" in text
    woorden.write_text(text.replace("- term: weerstand\n  zoekwoorden: [", "- term: weerstand\n  zoekwoorden: [dwarsliggen, "),
                       encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    index = json.loads((tmp_path / "site/search/search_index.json").read_text(encoding="utf-8"))
    weerstand = next(d for d in index["docs"] if d["location"] == "barrieres/weerstand/")
    assert re.search(r"\bdwarsliggen\b", weerstand["titelwoorden"])
