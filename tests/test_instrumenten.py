"""Instruments a professional can use tomorrow, taken along on paper or as a file, and role pages worth opening."""

from __future__ import annotations

import dataclasses
import datetime
import io
import os
import re
import zipfile

import pytest
from odfdo import Document

from helpers import ROOT, copy_project, links_in, page_path, parse, run_mkdocs, target, text
from taal import FRONT_MATTER, WORD

INSTRUMENTEN = {"antwoorden-op-weerstand", "melding-aannemen", "incidentbespreking", "bestuursnotitie",
                "mandaat-eindverantwoordelijke", "indicatoren", "teamgesprek-witte-bubbel",
                "teamgesprek-sociale-veiligheid", "onboarding-module", "werkproces-toetsen"}
ROL_KOPPEN = ["Jouw rol", "Deze week", "Dit kwartaal", "Dit jaar", "Valkuilen"]
MIN_OWN_WORDS = 400


def test_at_least_twelve_instruments_each_linked_from_a_solution_and_a_step_both_ways(site, kb):
    assert len(kb.instrumenten) >= 12 and set(kb.instrumenten) >= INSTRUMENTEN
    for instrument in kb.instrumenten.values():
        own = page_path(instrument.src)
        for oplossing in instrument.data.oplossingen:
            src = kb.oplossingen[oplossing].src
            assert own in {target(src, h) for h in links_in(site.soup(page_path(src)), "Instrumenten")}, oplossing
        for stap in instrument.data.stappen:
            src = kb.stappen[stap].src
            assert own in {target(src, h) for h in links_in(site.soup(page_path(src)), "Instrumenten")}, stap
        soup = site.soup(own)
        back = {target(instrument.src, h) for h in links_in(soup, "Bij deze oplossingen")}
        assert back == {page_path(kb.oplossingen[o].src) for o in instrument.data.oplossingen}
        assert instrument.data.stappen and instrument.data.oplossingen


def test_answers_to_resistance_has_at_least_eight_statements_labelled_as_typical(site):
    soup = site.soup("instrumenten/antwoorden-op-weerstand/")
    statements = [text(h) for h in soup.select("article h3") if text(h).startswith('"')]
    assert len(statements) >= 8, statements
    article = text(soup.select_one("article")).lower()
    assert "typische uitspraken" in article and ("geen citaten" in article or "verzonnen" in article)


def open_odt(path):
    document = Document(str(path))
    return document, document.body.text_recursive


def test_every_instrument_can_be_downloaded_as_markdown_and_opendocument(site, kb):
    for instrument in kb.instrumenten.values():
        folder = site.root / instrument.src.removesuffix(".md")
        markdown = (folder / f"{instrument.id}.md").read_text(encoding="utf-8")
        assert markdown.startswith(f"# {instrument.titel}\n"), instrument.id
        assert not FRONT_MATTER.match(markdown) and "](../" not in markdown and ".md)" not in markdown
        first_heading = re.search(r"(?m)^## (.+)$", (ROOT / "docs" / instrument.src).read_text(encoding="utf-8"))
        assert f"## {first_heading.group(1)}" in markdown
        document, content = open_odt(folder / f"{instrument.id}.odt")
        assert document.mimetype == "application/vnd.oasis.opendocument.text"
        assert document.meta.title == instrument.titel
        assert instrument.titel in content and first_heading.group(1) in content
        links = {link.url for link in document.body.get_links()}
        # Never '/recht/x/': in an office program that leads nowhere (without a site address such a link is text).
        assert links and all(url.startswith(("https://", "mailto:", "tel:")) for url in links), links
        assert all(url.startswith(("https://", "mailto:", "tel:")) for url in re.findall(r"\]\(([^)]*)\)", markdown))
        page = site.soup(page_path(instrument.src))
        hrefs = {a["href"] for a in page.select(".kb-downloads a[download]")}
        assert hrefs == {f"{instrument.id}.md", f"{instrument.id}.odt"}


def test_the_opendocument_download_carries_the_status_and_the_examples(site, kb):
    instrument = kb.instrumenten["onboarding-module"]
    content = content_xml((site.root / "instrumenten/onboarding-module/onboarding-module.odt").read_bytes())
    assert instrument.data.status == "concept"
    assert "Status:" in content and "concept. Deze tekst is nog niet nagekeken door een tweede deskundige." in content
    voorbeeld = instrument.data.voorbeelden[0]
    assert voorbeeld.soort == "verzonnen" and f"Voorbeeld ter illustratie: {voorbeeld.titel}" in content
    assert voorbeeld.tekst in content
    # A documented case keeps its source, as a working link.
    documented = next(v for v in kb.instrumenten["werkproces-toetsen"].data.voorbeelden if v.soort == "gedocumenteerd")
    content = content_xml((site.root / "instrumenten/werkproces-toetsen/werkproces-toetsen.odt").read_bytes())
    assert f"Gedocumenteerd voorbeeld: {documented.titel}" in content
    assert f'xlink:href="{kb.bronnen[documented.bron].url}"' in content.replace("&amp;", "&")


def test_a_branded_copy_puts_the_organisation_in_the_downloads(tmp_path):
    project = copy_project(tmp_path / "project")
    result = run_mkdocs(project, tmp_path / "site", config="voorbeelden/gemeente-voorbeeldstad/mkdocs.yml",
                        env={"KENNISBANK_SITE_URL": "https://kennisbank.voorbeeldstad.example/"})
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "site/instrumenten/bestuursnotitie"
    markdown = (folder / "bestuursnotitie.md").read_text(encoding="utf-8")
    assert "Uit de kennisbank van Gemeente Voorbeeldstad" in markdown
    assert "(https://kennisbank.voorbeeldstad.example/oplossingen/" in markdown, "links zijn volledige adressen"
    _, content = open_odt(folder / "bestuursnotitie.odt")
    assert "Gemeente Voorbeeldstad" in content


def download_of(kb, instrument_id: str, url: str = "https://kennisbank.example/instrumenten/x/", **front_matter):
    """The renderer, the instrument (its front matter changed by `front_matter`) and its .md download."""
    from kennisbank.render import Renderer

    instrument = kb.instrumenten[instrument_id]
    entity = dataclasses.replace(instrument, data=instrument.data.model_copy(update=front_matter))
    renderer = Renderer(kb)
    return renderer, entity, renderer.download_markdown(entity, "## Eerste kop\n\nTekst.\n", url, "Kennisbank")


def content_xml(odt_bytes: bytes) -> str:
    """The text of an .odt as `unzip -p bestand.odt content.xml` shows it."""
    return zipfile.ZipFile(io.BytesIO(odt_bytes)).read("content.xml").decode("utf-8")


@pytest.mark.parametrize(("front_matter", "expected"), [
    ({"status": "concept", "gereviewd_op": None}, "Status: concept. Deze tekst is nog niet nagekeken"),
    ({"status": "gereviewd", "gereviewd_op": datetime.date(2025, 3, 4)}, "Status: gereviewd op 4 maart 2025."),
])
def test_a_download_says_what_the_page_says_about_its_status(kb, front_matter, expected):
    """An unreviewed text must not circulate as final: the status line of the page, in the same words, near the top."""
    renderer, entity, markdown = download_of(kb, "onboarding-module", **front_matter)
    on_page = text(parse(renderer.status(entity)))
    assert on_page.startswith(expected)
    line = next(line for line in markdown.splitlines() if line.startswith("**Status:**"))
    assert line.replace("**", "") == on_page
    assert markdown.index(line) < markdown.index("## Eerste kop"), "de status staat boven de tekst"


def test_a_download_has_the_examples_labelled_as_on_the_page(kb):
    """An illustration stays marked as one; a documented case keeps its source. Same labels as the page's block."""
    with_examples = [i for i in kb.instrumenten.values() if i.data.voorbeelden]
    assert {v.soort for i in with_examples for v in i.data.voorbeelden} == {"verzonnen", "gedocumenteerd"}
    for instrument in with_examples:
        renderer, entity, markdown = download_of(kb, instrument.id)
        examples = markdown.split("\n## Voorbeelden\n", 1)[1].split("\n## Bronnen\n")[0]
        for block in parse(renderer.voorbeelden(entity)).select(".kb-voorbeeld"):
            label, tekst = (text(p) for p in block.select("p")[:2])
            assert f"\n**{label}**\n\n{tekst}\n" in examples, (instrument.id, label)
            if (bron := block.select_one(".kb-voorbeeld-bron a")) is not None:
                assert f"{tekst}\n\nBron: [{text(bron)}]({bron['href']}).\n" in examples, (instrument.id, label)
        assert examples.count("\n**") == len(instrument.data.voorbeelden), instrument.id


def test_an_example_in_a_download_is_one_paragraph_of_plain_text(kb):
    from kennisbank.schema import Voorbeeld

    voorbeeld = Voorbeeld(soort="verzonnen", titel="Bij *het* loket", tekst="Eerst dit.\n\n- geen lijst\n# geen kop")
    _, _, markdown = download_of(kb, "onboarding-module", voorbeelden=[voorbeeld])
    assert "\n**Voorbeeld ter illustratie: Bij \\*het\\* loket**\n\nEerst dit. - geen lijst \\# geen kop\n" in markdown


def test_without_a_site_address_a_link_to_the_site_keeps_only_its_text():
    """A download is opened outside the site: '/recht/x/' leads nowhere there. Links elsewhere stay links."""
    from kennisbank.export import absolute_links

    source = "Lees [de Grondwet](../recht/grondwet-artikel-1.md), [stap 1](#stap-1) en [KIS](https://www.kis.nl/).\n"
    urls = {"recht/grondwet-artikel-1.md": "recht/grondwet-artikel-1/", "instrumenten/x.md": "instrumenten/x/"}
    with_address = absolute_links(source, "instrumenten/x.md", lambda src: "https://kb.example/" + urls[src])
    assert with_address == ("Lees [de Grondwet](https://kb.example/recht/grondwet-artikel-1/), "
                            "[stap 1](https://kb.example/instrumenten/x/#stap-1) en [KIS](https://www.kis.nl/).\n")
    without = absolute_links(source, "instrumenten/x.md", lambda src: None)
    assert without == "Lees de Grondwet, stap 1 en [KIS](https://www.kis.nl/).\n"


def test_without_a_site_address_the_download_names_the_site_without_a_broken_address(kb):
    _, _, markdown = download_of(kb, "onboarding-module", url="")
    assert markdown.endswith("\n---\n\nDeze tekst komt uit Kennisbank.\n")
    assert all(url.startswith("https://") for url in re.findall(r"\]\(([^)]*)\)", markdown))
    url = "https://kb.example/instrumenten/onboarding-module/"
    _, _, markdown = download_of(kb, "onboarding-module", url=url)
    assert markdown.endswith(f"\n---\n\nDeze tekst komt uit Kennisbank: [{url}]({url})\n")


def test_the_build_says_once_why_the_downloads_have_no_links_to_the_site(site):
    """One line in Dutch, with what to set; none when the site has an address (the session's own environment)."""
    line = "kennisbank: KENNISBANK_SITE_URL is niet gezet, dus de downloads van de instrumenten (.md en .odt) krijgen "
    assert site.log.count(line) == (0 if os.environ.get("KENNISBANK_SITE_URL") else 1), site.log
    assert "KENNISBANK_SITE_URL=https://" in site.log or os.environ.get("KENNISBANK_SITE_URL")


HOSTILE_LINKS = ("Zie [het formulier](vnd.sun.star.script:Standard.Module1.Main?language=Basic&location=application), "
                 "[x](javascript:alert(1)), [y](file:///etc/passwd), ![z](data:image/png;base64,AA), "
                 "[share](//host/share), [share2](\\\\host\\share) en "
                 "[de site](https://www.example.org/), [mail](mailto:a@example.org), [bel](tel:0123456789).\n\n"
                 "*[Stap]: [Open](jav&#x61;script:alert(2))\n")


def test_downloads_carry_only_web_mail_and_phone_links():
    """A download is opened outside the site (in an office program), where no check of the page runs."""
    from kennisbank.export import absolute_links
    from kennisbank.odt import odt

    markdown = absolute_links(HOSTILE_LINKS, "instrumenten/x.md", lambda src: None)
    assert re.findall(r"\]\(([^)]*)\)", markdown) == ["https://www.example.org/", "mailto:a@example.org",
                                                     "tel:0123456789"]
    assert "het formulier" in markdown and "vnd.sun.star" not in markdown and "javascript" not in markdown
    content = content_xml(odt(HOSTILE_LINKS, "Test"))
    assert re.findall(r'xlink:href="([^"]*)"', content) == ["https://www.example.org/", "mailto:a@example.org",
                                                           "tel:0123456789"]
    assert "het formulier" in content


def test_an_entity_or_control_character_in_an_instrument_does_not_break_its_download():
    from kennisbank.odt import odt

    document = odt("Tien&nbsp;minuten &copy; &amp; R&D.\x0c Klaar.\n", "Test")
    assert document.startswith(b"PK")


def test_the_complete_checklist_links_the_instruments_of_each_item(site, kb):
    soup = site.soup("checklist/")
    for stap in kb.stappen.values():
        for punt in stap.data.checklist:
            item = soup.find("input", id=f"checklist-{punt.id}").parent
            shown = {target("checklist.md", a["href"]) for a in item.select(".kb-hulpmiddelen a[href]")}
            assert shown == {page_path(i.src) for i in kb.instrumenten_bij_punt(punt)}, punt.id
    assert any(kb.instrumenten_bij_punt(p) for s in kb.stappen.values() for p in s.data.checklist)


# Role pages -----------------------------------------------------------------------------------------------------


def own_words(source: str) -> int:
    """Words the writers wrote in the page body: not front matter, not headings, not link addresses."""
    body = FRONT_MATTER.sub("", source)
    body = re.sub(r"\]\([^)]*\)", "]", body)
    return sum(len(WORD.findall(line)) for line in body.splitlines() if not line.startswith("#"))


def test_role_pages_are_real_starting_points(site, kb):
    for rol in kb.rollen.values():
        source = (ROOT / "docs" / rol.src).read_text(encoding="utf-8")
        assert own_words(source) >= MIN_OWN_WORDS, f"{rol.id}: {own_words(source)} eigen woorden"
        soup = site.soup(page_path(rol.src))
        h2 = [text(h) for h in soup.select("article h2")]
        assert [h for h in h2 if h in ROL_KOPPEN] == ROL_KOPPEN, f"{rol.id}: {h2}"
        instruments = {target(rol.src, h) for h in links_in(soup, "Instrumenten voor jou")}
        assert instruments == {page_path(i.src) for i in kb.instrumenten_bij(rol)} and instruments, rol.id
        law = {target(rol.src, h) for h in links_in(soup, "Wet en recht voor jou")}
        assert {page_path(r.src) for r in kb.recht_voor_rol(rol.id)} | {"recht/"} == law, rol.id
        items = links_in(soup, "Checklistpunten die jij meestal oppakt")
        assert {h.split("#")[1] for h in items} == {f"checklist-{p.id}" for _, p in kb.checklistpunten_van_rol(rol.id)}
        assert items, f"{rol.id}: geen checklistpunten"


def test_the_word_count_would_catch_a_thin_role_page():
    thin = "---\nid: x\n---\n\n## Jouw rol\n\nKort.\n\n## Deze week\n\n- Iets doen.\n"
    assert own_words(thin) < MIN_OWN_WORDS
    assert own_words("---\nid: x\n---\n\n## Kop met veel woorden erin\n\nEen [link](../a/b.md) hier.\n") == 3


@pytest.mark.browser
def test_an_instrument_prints_cleanly_with_links_written_out(chromium, served_site):
    page = chromium.new_page()
    page.goto(served_site.url + "instrumenten/incidentbespreking/")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".kb-downloads"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).display") == "none", selector
    link = page.locator("article a[href^='../../oplossingen/']").first
    after = link.evaluate("e => getComputedStyle(e, '::after').content")
    assert served_site.url + "oplossingen/" in after, after
    page.close()
