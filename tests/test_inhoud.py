"""The content professionals need: complete barrier and solution pages, roles, a sourced route, a glossary."""

from __future__ import annotations

import pytest

from helpers import page_path, target, text

BARRIERE_KOPPEN = ["Wat is het?", "Hoe herken je het?", "Waarom krijgen inwoners hierdoor ongelijke service?",
                   "Wat kun je doen?"]
ROL_KOPPEN = ["Als bestuurder of directie", "Als manager of teamleider", "Als beleidsmedewerker",
              "Als professional in de uitvoering", "Als HR- of inclusieprofessional"]
OPLOSSING_KOPPEN = ["Wat is het?", "Waarom helpt het?", "Zo begin je", "Wie doet wat?", "Valkuilen", "Inspanning en tijd"]
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
    glossary = headings(site.soup("begrippen/"), "h3")
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
