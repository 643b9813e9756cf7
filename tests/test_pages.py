"""What the macros put on the pages: relations in both directions, checklists, overviews, matrix, sources, status."""

from __future__ import annotations

import json

from helpers import links_in, page_path, parse, target, text


def test_barrier_page_lists_its_solutions_and_steps(site, kb):
    for barriere in kb.barrieres.values():
        soup = site.soup(page_path(barriere.src))
        expected = {page_path(o.src) for o in kb.oplossingen.values() if barriere.id in o.data.barrieres}
        shown = {target(barriere.src, h) for h in links_in(soup, "Oplossingen")}
        assert shown == expected, barriere.id
        steps = {target(barriere.src, h) for h in links_in(soup, "In het stappenplan")}
        assert steps == {page_path(s.src) for s in kb.stappen_bij_barriere(barriere.id)} and steps


def test_solution_page_lists_its_barriers_steps_and_roles(site, kb):
    for oplossing in kb.oplossingen.values():
        soup = site.soup(page_path(oplossing.src))
        barrieres = {target(oplossing.src, h) for h in links_in(soup, "Helpt bij deze barrières")}
        assert barrieres == {page_path(kb.barrieres[b].src) for b in oplossing.data.barrieres}
        steps = {target(oplossing.src, h) for h in links_in(soup, "In het stappenplan")}
        assert steps == {page_path(s.src) for s in kb.stappen_bij_oplossing(oplossing.id)}


def test_step_page_has_checkboxes_with_stable_ids_and_solution_links(site, kb):
    for stap in kb.stappen.values():
        soup = site.soup(page_path(stap.src))
        for punt in stap.data.checklist:
            box = soup.find("input", id=f"checklist-{punt.id}")
            assert box is not None and box["type"] == "checkbox", punt.id
            label = soup.find("label", attrs={"for": f"checklist-{punt.id}"})
            assert label is not None and text(label) == punt.tekst
            item = box.parent
            solutions = {target(stap.src, a["href"]) for a in item.select(".kb-zie a[href]")}
            assert solutions == {page_path(kb.oplossingen[o].src) for o in punt.oplossingen}
            tools = {target(stap.src, a["href"]) for a in item.select(".kb-hulpmiddelen a[href]")}
            assert tools == {page_path(i.src) for i in kb.instrumenten_bij_punt(punt)}
            owner = item.select_one(".kb-eigenaar a[href]")
            assert target(stap.src, owner["href"]) == page_path(kb.rollen[punt.eigenaar].src)
            share = [a["href"] for a in item.find_all("a", href=True) if a["href"].startswith("#")]
            assert share == [f"#checklist-{punt.id}"]


def test_complete_checklist_has_every_item_in_step_order(site, kb):
    soup = site.soup("checklist/")
    ids = [box["id"] for box in soup.select("article input[type=checkbox]")]
    expected = [f"checklist-{p.id}" for s in kb.stappen.values() for p in s.data.checklist]
    assert ids == expected
    step_links = {target("checklist.md", a["href"]) for a in soup.select("article a[href]")}
    assert {page_path(s.src) for s in kb.stappen.values()} <= step_links


def test_overviews_list_every_entity_with_its_summary(site, kb):
    for folder, section in (("barrieres", kb.barrieres), ("oplossingen", kb.oplossingen), ("stappenplan", kb.stappen),
                            ("rollen", kb.rollen), ("recht", kb.recht), ("instrumenten", kb.instrumenten)):
        rows = site.soup(f"{folder}/").select("article table tbody tr")
        assert len(rows) == len(section), folder
        text = " ".join(row.get_text(" ", strip=True) for row in rows)
        for entity in section.values():
            assert entity.titel in text and entity.data.samenvatting in text


def test_the_solutions_overview_compares_effort_by_the_size_of_each_estimate(site, kb):
    # A manager asking "wat kost het?" compares the solutions side by side; the estimate itself is on each page.
    table = site.soup("oplossingen/").select_one("article table")
    headings = [th.get_text(strip=True) for th in table.select("thead th")]
    column = headings.index("Inspanning en tijd")
    sizes = {row.select_one("a").get_text(strip=True): row.select("td")[column].get_text(strip=True)
             for row in table.select("tbody tr")}
    assert sizes == {o.titel: o.data.inschatting.partition(":")[0] for o in kb.oplossingen.values()}
    assert {"Klein", "Middel", "Groot"} <= set(sizes.values())
    assert "Inspanning en tijd" not in " ".join(th.get_text() for th in site.soup("barrieres/").select("article th"))


def test_a_solution_without_an_estimate_says_so_in_the_table_and_in_the_phone_list(kb):
    # The phone list and the table are two views of the same rows: neither may drop what the other says.
    import dataclasses

    from kennisbank.render import Renderer

    oplossing = kb.oplossingen["werken-met-een-tolk"]
    kb.oplossingen["werken-met-een-tolk"] = dataclasses.replace(
        oplossing, data=oplossing.data.model_copy(update={"inschatting": None}))
    try:
        soup = parse(Renderer(kb).overzicht("oplossingen", "oplossingen/index.md"))
    finally:
        kb.oplossingen["werken-met-een-tolk"] = oplossing
    row = next(tr for tr in soup.select("tbody tr") if "Werken met een tolk" in tr.get_text())
    item = next(li for li in soup.select("li") if "Werken met een tolk" in li.get_text())
    assert row.select("td")[-1].get_text(strip=True) == "nog niet ingeschat"
    assert "Inspanning en tijd: nog niet ingeschat" in item.get_text()


def test_overview_tables_say_what_their_rows_are(site):
    # "Titel | Samenvatting" tells a reader scanning the home page nothing; the heading names the kind of page.
    expected = {"barrieres": "Barrière", "oplossingen": "Oplossing", "stappenplan": "Wat je doet", "rollen": "Jouw rol",
                "recht": "Onderwerp", "instrumenten": "Instrument"}
    for folder, heading in expected.items():
        headings = [th.get_text(strip=True) for th in site.soup(f"{folder}/").select("article table thead th")]
        assert heading in headings and "Titel" not in headings and "In het kort" in headings, (folder, headings)


def test_a_resident_finds_where_to_go_before_the_first_table_of_the_home_page(site):
    # On a phone the home page's tables for professionals are thousands of pixels long.
    article = site.soup("").select_one("article")
    link = article.select_one('a[href="recht/zelf-ongelijk-behandeld/"]')
    first_table = article.select_one("table")
    assert link is not None and first_table is not None
    assert link in first_table.find_all_previous("a")


def test_matrix_marks_exactly_the_declared_relations(site, kb):
    table = site.soup("matrix/").select_one("article table")
    rows = table.select("tbody tr")
    assert len(rows) == len(kb.oplossingen)
    barrieres = list(kb.barrieres.values())
    for row, oplossing in zip(rows, kb.oplossingen.values(), strict=True):
        assert text(row.find("th")) == oplossing.titel
        cells = [text(td) for td in row.find_all("td")]
        marked = {b.id for b, mark in zip(barrieres, cells, strict=True) if mark == "ja"}
        assert marked == set(oplossing.data.barrieres)


def test_bronnen_page_lists_every_source_and_who_cites_it(site, kb):
    """Who cites a source, its publisher and what we use it for are on the page, but the search index holds only the
    source's title: the rest is other pages' titles and words about other subjects, which made a source match a
    question those pages answer, and cost about 10 KB gz of the index."""
    soup = site.soup("bronnen/")
    for bron in kb.bronnen.values():
        heading = soup.find(id=f"bron-{bron.id}")
        assert heading is not None and text(heading) == bron.titel
    assert soup.find("a", href=str(kb.bronnen["kis-verkenning-2025"].url))
    cited_by = [text(p) for p in soup.find(id="bron-awb").find_next_siblings("p", limit=3)]
    assert any(p.startswith("Gebruikt op:") and "Klachten over de overheid" in p for p in cited_by), cited_by
    index = json.loads((site.root / "search/search_index.json").read_text(encoding="utf-8"))
    entry = next(d for d in index["docs"] if d["location"] == "bronnen/#bron-awb")
    assert entry["title"] == "Algemene wet bestuursrecht" and entry["text"] == "", entry["text"]
    assert any(p.startswith("Hoofdstuk 9 over klachten") for p in cited_by), cited_by


def test_bronnen_page_groups_sources_by_kind_with_a_contents_list(site, kb):
    """A director looking for the law or the rulings finds them under their own heading, not among the news."""
    soup = site.soup("bronnen/")
    article = soup.select_one("article")
    groups = {h2["id"].removeprefix("soort-"): h2 for h2 in article.find_all("h2") if h2.get("id", "").startswith("soort-")}
    assert list(groups)[:2] == ["wet", "uitspraak"] and "nieuws" in groups
    for bron in kb.bronnen.values():
        heading = soup.find(id=f"bron-{bron.id}")
        assert heading.name == "h3" and heading.find_previous("h2") is groups[bron.soort], bron.id
    for soort, h2 in groups.items():
        titles = [text(h3) for h3 in h2.find_all_next("h3") if h3.find_previous("h2") is h2]
        assert titles == sorted(titles, key=str.casefold), soort
        entry = article.find("a", href=f"#soort-{soort}")
        assert entry is not None and f"({len(titles)})" in entry.parent.get_text(), soort


def test_every_content_page_shows_status_sources_and_description(site, kb):
    for entity in kb.by_src.values():
        soup = site.soup(page_path(entity.src))
        status = soup.select_one("article .kb-status")
        assert status is not None and entity.data.status in status.get_text(), entity.src
        assert text(soup.find("h1")) == entity.titel
        sources = links_in(soup, "Bronnen")
        assert {str(kb.bronnen[b].url) for b in entity.data.bronnen} <= sources
        description = soup.find("meta", attrs={"name": "description"})
        assert description["content"] == entity.data.samenvatting


def test_role_page_lists_per_barrier_what_the_role_can_do(site, kb):
    for rol in kb.rollen.values():
        soup = site.soup(page_path(rol.src))
        shown = {target(rol.src, h) for h in links_in(soup, "Wat je kunt doen, per barrière")}
        expected = {page_path(o.src) for _, oplossingen in kb.oplossingen_voor_rol(rol.id) for o in oplossingen}
        assert expected and expected <= shown, rol.id


def test_navigation_lists_steps_in_order(site, kb):
    nav_text = site.soup("stappenplan/").select_one("nav.md-nav--primary").get_text(" ", strip=True)
    positions = [nav_text.find(s.titel) for s in kb.stappen.values()]
    assert -1 not in positions and positions == sorted(positions)


def test_html_lang_is_dutch(site):
    assert site.soup("").html["lang"] == "nl"


def test_reviewed_status_shows_the_review_date(kb):
    import datetime

    from kennisbank.model import Entity
    from kennisbank.render import Renderer

    entity = next(iter(kb.barrieres.values()))
    reviewed = entity.data.model_copy(update={"status": "gereviewd", "gereviewd_op": datetime.date(2026, 11, 28)})
    line = Renderer(kb).status(Entity(entity.soort, entity.src, reviewed))
    assert "gereviewd op 28 november 2026." in line


def test_a_page_gets_only_the_glossary_terms_in_its_text_and_looks_the_same(kb):
    """The abbreviation lines of the terms a page's text has, in any case (`!!! tip` shows 'Tip'), not the whole
    glossary: the work per page follows the page. The page converts exactly as with every line."""
    import dataclasses

    import markdown

    from kennisbank.render import Renderer
    from kennisbank.schema import Begrip

    extra = [Begrip(term="tip", uitleg="Een goed idee."), Begrip(term="zzongebruikt", uitleg="Staat nergens.")]
    renderer = Renderer(dataclasses.replace(kb, begrippen=[*kb.begrippen, *extra]))
    every_line = "\n\n".join(
        f"*[{variant}]: {b.uitleg}"
        for b in renderer.kb.begrippen
        for variant in dict.fromkeys([b.term, b.term[:1].upper() + b.term[1:]])
    )
    term = kb.begrippen[0].term
    page = f"# Kop\n\nHier staat {term}.\n\n{term[:1].upper() + term[1:]} aan het begin.\n\n!!! tip\n\n    Een tip.\n"
    lines = renderer.afkortingen(page)
    assert f"*[{term}]: " in lines and "*[Tip]: " in lines and "zzongebruikt" not in lines, lines
    assert renderer.afkortingen("") == ""

    def html(definitions: str) -> str:
        extensions = ["abbr", "admonition", "tables", "toc", "pymdownx.details", "pymdownx.superfences"]
        return markdown.markdown(page + "\n\n" + definitions, extensions=extensions)

    assert html(lines) == html(every_line)
    assert '<abbr title="Een goed idee.">Tip</abbr>' in html(lines)


def test_large_sections_show_only_their_overview_in_the_menu(kb):
    from kennisbank.plugin import KennisbankPlugin

    plugin = KennisbankPlugin()
    plugin.kb = kb
    nav = [{"Home": "index.md"}, {"Oplossingen": "oplossingen/index.md"}, {"Stappenplan": ["stappenplan/index.md"]}]
    plugin.load_config({"menu_max_paginas": 100})
    full = plugin.expand_nav(nav)
    assert full[1]["Oplossingen"] == ["oplossingen/index.md", *kb.nav("oplossingen")]
    assert full[2]["Stappenplan"] == ["stappenplan/index.md", *kb.nav("stappenplan")]
    plugin.load_config({"menu_max_paginas": len(kb.stappen)})
    light = plugin.expand_nav(nav)
    assert light[1]["Oplossingen"] == ["oplossingen/index.md"], "te veel pagina's: alleen het overzicht"
    assert light[2]["Stappenplan"] == ["stappenplan/index.md", *kb.nav("stappenplan")]


def test_a_glossary_term_in_a_heading_or_a_link_stays_plain_text(kb):
    """A term in a heading is noise, and in a link it would be a control in a control once begrippen.js makes its
    first use a button (WCAG 4.1.2); the term in the text keeps its explanation. The heading's id is its own text."""
    import markdown

    from kennisbank.markdown_ext import GeneratedBlocks, KennisbankExtension
    from kennisbank.render import Renderer

    page = ("# Inclusie bij de gemeente\n\n## Werken aan inclusie\n\nLees [Discriminatie.nl](https://www.discriminatie.nl/)"
            " of [**Inclusie** en discriminatie](https://example.org/).\n\nInclusie gaat over iedereen.\n")
    findings: list[object] = []
    extensions = ["abbr", "toc", KennisbankExtension(GeneratedBlocks(), findings.append)]
    soup = parse(markdown.markdown(page + "\n\n" + Renderer(kb).afkortingen(page), extensions=extensions))
    assert findings == []
    assert [h.get_text() for h in soup.select("h1, h2")] == ["Inclusie bij de gemeente", "Werken aan inclusie"]
    assert soup.select_one("h2")["id"] == "werken-aan-inclusie"
    assert [a.get_text() for a in soup.select("a")] == ["Discriminatie.nl", "Inclusie en discriminatie"]
    assert soup.select("h1 abbr, h2 abbr, a abbr") == []
    assert [a.get_text() for a in soup.select("p > abbr")] == ["Inclusie"], "de term in de tekst houdt zijn uitleg"


def test_no_page_has_a_glossary_term_in_a_heading_or_a_link(site):
    shown = 0
    for path in site.pages():
        soup = parse(path.read_text(encoding="utf-8"))
        assert soup.select("article :is(h1, h2, h3, h4, h5, h6, a) abbr") == [], path
        shown += len(soup.select("article abbr[title]"))
    assert shown > 100
