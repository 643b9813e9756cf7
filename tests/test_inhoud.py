"""The content professionals need: complete barrier and solution pages, roles, a sourced route, a glossary."""

from __future__ import annotations

import re

import pytest

from helpers import ROOT, links_in, page_path, target, text, text_under

BARRIERE_KOPPEN = ["Wat is het?", "Hoe herken je het?", "Waarom krijgen inwoners hierdoor ongelijke service?",
                   "Wat kun je doen?"]
ROL_KOPPEN = ["Als bestuurder of directie", "Als manager of teamleider", "Als beleidsmedewerker",
              "Als professional in de uitvoering", "Als HR- of inclusieprofessional"]
OPLOSSING_KOPPEN = ["Wat is het?", "Wanneer helpt dit?", "Waarom helpt het?", "Zo begin je", "Wie doet wat?", "Valkuilen",
                    "Inspanning en tijd"]
ROLLEN = {"bestuurder", "manager", "beleidsmedewerker", "professional", "hr"}
# Solutions the knowledge base must cover (issue "Inhoud").
VERPLICHTE_OPLOSSINGEN = [
    "eigenaar-met-mandaat", "inclusie-in-organisatiedoelen", "inclusie-in-onboarding", "structurele-training",
    "intern-meldpunt-en-richtlijnen", "samenwerken-met-adv", "lasten-delen", "omgaan-met-weerstand",
    "tijd-en-prioriteit", "ruimte-voor-maatwerk", "leren-van-incidenten", "inwoners-en-ervaringsdeskundigen",
    "discriminatietoets", "monitoren-met-data-en-klachten",
]
BARRIERES = ["leiderschap-en-verantwoordelijkheid", "geen-tijd-en-vrijblijvendheid", "witte-bubbel",
             "moeite-met-verandering", "sociale-onveiligheid", "weerstand", "inclusie-als-extra"]
KIS_HANDREIKING = (
    "https://www.kis.nl/publicatie/gelijkwaardige-kwaliteit-voor-iedereen-stappenplan-voor-een-gelijkwaardige-en-"
    "inclusieve-zorg-en"
)


def headings(soup, level: str = "h2") -> list[str]:
    return [text(h) for h in soup.select(f"article {level}")]


def body_words(soup) -> int:
    """Words the authors wrote: the article minus generated relation lists and sources."""
    article = soup.select_one("article")
    stop = article.find("h2", string=lambda s: s in {"Oplossingen", "Helpt bij deze barrières", "Checklist"})
    words = 0
    for element in article.find_all(["p", "li"]):
        if stop is not None and element.find_previous("h2") is not None and stop in element.find_all_previous("h2"):
            break
        words += len(text(element).split())
    return words


def test_all_barriers_are_there_with_every_section(site, kb):
    assert sorted(kb.barrieres) == sorted(BARRIERES)
    for barriere in kb.barrieres.values():
        soup = site.soup(page_path(barriere.src))
        found = headings(soup)
        assert [h for h in found if h in BARRIERE_KOPPEN] == BARRIERE_KOPPEN, barriere.id
        assert [h for h in headings(soup, "h3") if h in ROL_KOPPEN] == ROL_KOPPEN, barriere.id
        assert body_words(soup) >= 300, f"{barriere.id}: {body_words(soup)} woorden"
        assert len(barriere.data.voorbeelden) >= 2, f"{barriere.id}: te weinig voorbeelden"
        assert "kis-verkenning-2025" in barriere.data.bronnen


def test_examples_come_from_many_settings_and_are_labelled(site, kb):
    """Examples vary: Wmo-loket, home care, library and more; each shows whether it is an illustration."""
    settings = ("wmo-loket", "thuiszorg", "bibliotheek", "wijkteam", "schuldhulp", "jeugdzorg", "klantcontact")
    examples = [v for e in kb.barrieres.values() for v in e.data.voorbeelden]
    seen = {s for s in settings for v in examples if s in (f"{v.titel} {v.tekst}").lower()}
    assert len(seen) >= 5, seen
    for barriere in kb.barrieres.values():
        labels = [text(p) for p in site.soup(page_path(barriere.src)).select(".kb-voorbeeld-label")]
        assert len(labels) == len(kb.voorbeelden_bij(barriere)) and all(
            label.startswith(("Voorbeeld ter illustratie", "Gedocumenteerd voorbeeld")) for label in labels)


def test_at_least_twenty_complete_solutions(site, kb):
    assert len(kb.oplossingen) >= 20
    assert not set(VERPLICHTE_OPLOSSINGEN) - set(kb.oplossingen)
    for oplossing in kb.oplossingen.values():
        soup = site.soup(page_path(oplossing.src))
        assert [h for h in headings(soup) if h in OPLOSSING_KOPPEN] == OPLOSSING_KOPPEN, oplossing.id
        start = soup.find("h2", string="Zo begin je").find_next_sibling()
        assert start.name == "ol" and 3 <= len(start.find_all("li", recursive=False)) <= 6, oplossing.id
        assert oplossing.data.rollen and set(oplossing.data.rollen) <= ROLLEN, oplossing.id


def test_adv_solution_points_to_discriminatie_nl(site):
    soup = site.soup("oplossingen/samenwerken-met-adv/")
    assert soup.select_one('article a[href^="https://www.discriminatie.nl"]') is not None


def test_every_role_has_an_entry_page_with_advice_per_barrier(site, kb):
    assert set(kb.rollen) == ROLLEN
    for rol in kb.rollen.values():
        rows = kb.oplossingen_voor_rol(rol.id)
        assert len(rows) >= 4, f"{rol.id}: maar {len(rows)} barrières met advies"
        h3 = headings(site.soup(page_path(rol.src)), "h3")
        assert [b.titel for b, _ in rows] == [h for h in h3 if h in {b.titel for b in kb.barrieres.values()}]


def test_route_is_complete_and_linked(kb):
    assert len(kb.stappen) >= 5
    for stap in kb.stappen.values():
        assert len(stap.data.checklist) >= 4, stap.id
        assert all(punt.oplossingen for punt in stap.data.checklist), stap.id


def test_route_is_presented_as_own_synthesis_with_link_to_kis(site):
    soup = site.soup("stappenplan/")
    article = text(soup.select_one("article"))
    assert "eigen samenvatting" in article
    assert "niet de stappen van KIS" in article
    assert soup.select_one(f'article a[href="{KIS_HANDREIKING}"]') is not None
    for source in ("https://vng.nl/routekaart-lokale-inclusie-agenda", "https://www.movisie.nl/"):
        assert soup.select_one(f'article a[href^="{source}"]') is not None


def test_glossary_has_terms_shown_as_tooltips(site, kb):
    assert len(kb.begrippen) >= 15
    glossary = headings(site.soup("begrippen/"), "h2")
    assert len(glossary) == len(kb.begrippen)
    weerstand = site.soup("barrieres/witte-bubbel/")
    titles = {abbr.get_text().lower(): abbr["title"] for abbr in weerstand.select("article abbr")}
    assert "witte bubbel" in titles
    assert titles["witte bubbel"] == next(b.uitleg for b in kb.begrippen if b.term == "witte bubbel")


@pytest.mark.parametrize(("first", "heading"), [
    ("barrieres/weerstand/", "Als manager of teamleider"),
    ("rollen/manager/", "Weerstand"),
])
def test_teamleader_finds_what_to_do_about_resistance_within_two_clicks(site, first, heading):
    home = site.soup("")
    assert first in {target("index.md", a["href"]) for a in home.select("article a[href]")}, "niet vanaf home"
    soup = site.soup(first)
    h3 = soup.find("h3", string=lambda s: s is not None and s.strip() == heading)
    assert h3 is not None, f"{first} heeft geen kop '{heading}'"
    advice = h3.find_next_siblings(limit=3)
    assert any(a["href"].startswith("../../oplossingen/") for el in advice for a in el.find_all("a", href=True))


# Wet en recht ----------------------------------------------------------------------------------------------------

RECHT = {"grondwet-artikel-1", "algemene-wet-gelijke-behandeling", "wetboek-van-strafrecht",
         "wet-gemeentelijke-antidiscriminatievoorzieningen", "klachten-over-de-overheid", "klachten-in-zorg-en-wmo",
         "arbowet-discriminatie-op-het-werk", "privacy-en-gegevens-per-groep", "college-voor-de-rechten-van-de-mens",
         "ombudsman", "discriminatie-nl", "aangifte-bij-de-politie"}
RECHT_KOPPEN = ["Herken je dit?", "Wat regelt dit?", "Wat betekent dit voor je werk?", "Wat kun je doen?",
                "Waar krijg je advies?"]
ARTICLE = re.compile(r"^https://wetten\.overheid\.nl/jci1\.3:c:BWBR\d{7}(&[a-z]+=[\w.:]+)*&artikel=[\w:.]+$")
DATED = re.compile(r"wetten\.overheid\.nl/[^\s)\"']*(/\d{4}-\d{2}-\d{2}|[&?][zg]=\d{4})")


def article_links(soup) -> list[str]:
    return [a["href"] for a in soup.select("article a[href^='https://wetten.overheid.nl/']") if ARTICLE.match(a["href"])]


def test_every_law_page_links_an_article_in_force_and_says_for_whom(site, kb):
    assert set(kb.recht) >= RECHT, RECHT - set(kb.recht)
    route = kb.recht["iemand-meldt-discriminatie"]
    assert route.data.soort == "route" and route.data.meldroutes
    start = kb.startpagina_inwoners
    assert start is kb.recht["zelf-ongelijk-behandeld"]
    assert "Inwoners die dit zelf meemaken" in text_under(site.soup(page_path(start.src)), "Voor wie is dit belangrijk?")
    for recht in kb.recht.values():
        soup = site.soup(page_path(recht.src))
        assert article_links(soup), f"{recht.id}: geen link naar een artikel op wetten.overheid.nl"
        voor = {target(recht.src, h) for h in links_in(soup, "Voor wie is dit belangrijk?")}
        expected = {page_path(kb.rollen[r].src) for r in recht.data.voor}
        if recht.data.inwoners and recht is not start:  # residents: a link to where they begin
            expected.add(page_path(start.src))
        assert voor == expected, recht.id
        koppen = headings(soup)
        expected = RECHT_KOPPEN if recht.data.soort != "route" else [RECHT_KOPPEN[0], RECHT_KOPPEN[-1]]
        assert [h for h in koppen if h in RECHT_KOPPEN] == expected, f"{recht.id}: {koppen}"


def test_no_link_to_the_law_is_frozen_at_a_date():
    dated = [f"{p.relative_to(ROOT)}: {m.group(0)}" for p in sorted((ROOT / "docs").rglob("*.*"))
             if p.suffix in (".md", ".yml") for m in DATED.finditer(p.read_text(encoding="utf-8"))]
    assert dated == []


def test_the_law_link_checks_catch_planted_defects():
    assert DATED.search("https://wetten.overheid.nl/BWBR0026168/2020-01-01/")
    assert DATED.search("https://wetten.overheid.nl/jci1.3:c:BWBR0006502&artikel=7&z=2020-01-01&g=2020-01-01")
    assert ARTICLE.match("https://wetten.overheid.nl/jci1.3:c:BWBR0006502&artikel=7")
    assert ARTICLE.match("https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=9:11")
    assert not ARTICLE.match("https://wetten.overheid.nl/BWBR0006502/")
    assert not ARTICLE.match("https://wetten.overheid.nl/jci1.3:c:BWBR0006502&artikel=7&z=2020-01-01")


def reachable(site, start: str, clicks: int) -> set[str]:
    """Pages reachable from `start` by following links in the page content (not the menu) at most `clicks` times."""
    seen, frontier = {start}, {start}
    for _ in range(clicks):
        found = set()
        for path in frontier:
            src = "index.md" if not path else path.rstrip("/") + ".md"
            for a in site.soup(path).select("article a[href]"):
                href = a["href"]
                if "://" not in href and not href.startswith(("#", "mailto:", "tel:")):
                    found.add("" if (page := target(src, href)) == "./" else page)
        frontier = found - seen
        seen |= found
    return seen


def test_the_law_pages_are_two_clicks_from_home_and_from_every_role_page(site, kb):
    law = {page_path(r.src) for r in kb.recht.values()}
    assert law <= reachable(site, "", 2), law - reachable(site, "", 2)
    for rol in kb.rollen.values():
        missing = law - reachable(site, page_path(rol.src), 2)
        assert not missing, f"{rol.id}: {missing}"


def test_the_two_click_check_sees_a_page_that_is_further_away(site, kb):
    """Proof: a step page is not two content clicks from every legal page's perspective, e.g. from 'over'."""
    assert not {page_path(r.src) for r in kb.recht.values()} <= reachable(site, "over/", 1)


# Sources and examples --------------------------------------------------------------------------------------------


def unused_sources(kb, docs=ROOT / "docs") -> list[str]:
    """Sources a page lists without using them: not linked in its text (a law counts when one of its articles is)
    and not the source of one of its examples."""
    problems = []
    for entity in kb:
        text = (docs / entity.src).read_text(encoding="utf-8")
        examples = {v.bron for v in entity.data.voorbeelden if v.bron}
        for bron_id in entity.data.bronnen:
            url = str(kb.bronnen[bron_id].url).rstrip("/")
            law = re.search(r"wetten\.overheid\.nl/(BWBR\d{7})/?$", url)
            used = url in text or bron_id in examples or (law and f"BWBR{law.group(1)[4:]}" in text)
            if not used:
                problems.append(f"docs/{entity.src}: bron '{bron_id}' staat in bronnen maar de pagina gebruikt hem niet")
    return problems


def test_a_page_lists_only_the_sources_it_uses(kb):
    assert unused_sources(kb) == []
    assert not any("kis-handreiking-stappenplan" in e.data.bronnen for e in kb), "we hebben de tekst niet"


def test_an_unused_source_is_found(kb):
    page = next(iter(kb.barrieres.values()))
    page.data.bronnen.append("vng-routekaart-inclusie")
    try:
        assert unused_sources(kb) == [f"docs/{page.src}: bron 'vng-routekaart-inclusie' staat in bronnen maar de "
                                      "pagina gebruikt hem niet"]
    finally:
        page.data.bronnen.pop()


def test_at_least_five_documented_cases_each_with_a_source(site, kb):
    documented = [(e, v) for e in kb for v in e.data.voorbeelden if v.soort == "gedocumenteerd"]
    assert len(documented) >= 5
    for entity, voorbeeld in documented:
        assert voorbeeld.bron in kb.bronnen
        soup = site.soup(page_path(entity.src))
        assert soup.select_one(f".kb-voorbeeld--gedocumenteerd a[href='{kb.bronnen[voorbeeld.bron].url}']"), entity.id


def test_the_barrier_overview_says_what_the_evidence_is(site):
    text = " ".join(site.soup("barrieres/").select_one("article").get_text(" ").split())
    assert "symposium" in text and "gemeten" in text


def test_the_solutions_estimate_is_labelled_as_the_writers_own(site, kb):
    for oplossing in kb.oplossingen.values():
        assert oplossing.data.inschatting, oplossing.id
        label = site.soup(page_path(oplossing.src)).select_one(".kb-inschatting em")
        assert label is not None and "Eigen inschatting van de schrijvers" in label.get_text(), oplossing.id


def test_the_glossary_defines_discrimination_and_racism_with_sources_that_contain_them(kb):
    begrippen = {b.term.lower(): b for b in kb.begrippen}
    assert begrippen["discriminatie"].bron == "sr-artikel-90quater"
    assert begrippen["indirect onderscheid"].bron == "awgb-artikel-1"
    assert "geloof" in begrippen["racisme"].uitleg and begrippen["racisme"].bron
    assert begrippen["institutioneel racisme"].bron in ("kis-institutioneel-racisme",
                                                         "kis-handreiking-institutioneel-racisme")
