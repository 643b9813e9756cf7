"""A branded copy from one file: name, logo, colours, contact details and own pages, without touching the base."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kennisbank.organisatie import contrast

from helpers import ROOT, LocalServer, axe_violations, copy_project, run_mkdocs

VOORBEELD = "voorbeelden/gemeente-voorbeeldstad/mkdocs.yml"
MELDPAGINA = "oplossingen/intern-meldpunt-en-richtlijnen/index.html"


@pytest.fixture(scope="module")
def org_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("organisatie")
    result = run_mkdocs(ROOT, out, config=VOORBEELD)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


def read(site, path="index.html") -> str:
    return (site / path).read_text(encoding="utf-8")


def test_name_logo_and_favicon(org_site):
    html = read(org_site)
    assert "<title>Kennisbank Inclusie – Gemeente Voorbeeldstad</title>" in html
    assert 'src="lokaal/logo.svg"' in html and (org_site / "lokaal/logo.svg").is_file()
    assert 'href="lokaal/favicon.svg"' in html and (org_site / "lokaal/favicon.svg").is_file()
    assert "Gemeente Voorbeeldstad. Vragen over deze site?" in html  # footer text


def test_the_home_page_carries_the_organisations_name_and_description(org_site):
    soup = BeautifulSoup(read(org_site), "html.parser")
    assert soup.h1.get_text() == "Kennisbank Inclusie – Gemeente Voorbeeldstad"
    assert "Gemeente Voorbeeldstad" in soup.find("meta", attrs={"name": "description"})["content"]


def test_colours_are_applied(org_site):
    css = read(org_site, "assets/stylesheets/organisatie.css")
    assert "--md-primary-fg-color: #1d4f91;" in css and "--md-accent-fg-color: #a3195b;" in css
    assert 'href="assets/stylesheets/organisatie.css"' in read(org_site)


def test_contact_details_where_the_content_says_where_to_report(org_site):
    html = read(org_site, MELDPAGINA)
    assert "Binnen Gemeente Voorbeeldstad:" in html
    assert 'href="mailto:meldpunt@voorbeeldstad.example"' in html
    assert "vertrouwenspersoon@voorbeeldstad.example" in html
    text = " ".join(BeautifulSoup(html, "html.parser").get_text().split())  # glossary tooltips split the text
    assert "Antidiscriminatievoorziening Regio Voorbeeld" in text
    adv = BeautifulSoup(html, "html.parser").find("a", href="https://www.adv-regio-voorbeeld.example/")
    assert adv.get_text() == "Website van Antidiscriminatievoorziening Regio Voorbeeld"


def test_pages_for_residents_name_the_organisations_adv(org_site, kb):
    for entity in (e for e in kb if getattr(e.data, "inwoners", False)):
        html = read(org_site, entity.src.removesuffix(".md") + "/index.html")
        text = " ".join(BeautifulSoup(html, "html.parser").get_text().split())
        assert "De antidiscriminatievoorziening voor de regio van Gemeente Voorbeeldstad: Antidiscriminatievoorziening " \
               "Regio Voorbeeld" in text, entity.src
        assert 'href="tel:0129876543"' in html


def test_the_residents_own_adv_comes_after_the_first_section_not_at_the_bottom(org_site, site, kb):
    """The regional ADV is the route nearest to a resident: right after the page's first section ("Herken je dit?"),
    before the routes and "Waar krijg je advies?", not under the relations thousands of pixels further on a phone.
    The base site has no organisation and no such block."""
    pages = [e.src.removesuffix(".md") + "/index.html" for e in kb if getattr(e.data, "inwoners", False)]
    assert "recht/zelf-ongelijk-behandeld/index.html" in pages
    for path in pages:
        article = BeautifulSoup(read(org_site, path), "html.parser").select_one("article")
        kopjes = [" ".join(h.get_text().split()) for h in article.find_all("h2")]
        assert kopjes.index("Hulp in jouw regio") == 1, (path, kopjes)
        assert kopjes.index("Hulp in jouw regio") < kopjes.index("Waar krijg je advies?"), path
        base = BeautifulSoup(site.html(path.removesuffix("index.html")), "html.parser").select_one("article")
        assert "Hulp in jouw regio" not in base.get_text(), path


ZUIDHOVEN = {"url": "https://adv.example/", "email": "info@adv.example", "telefoon": "012-9876543"}


@pytest.mark.parametrize(("naam", "zin"), [
    ("Discriminatie.nl Zuidhoven e.o.", "Discriminatie.nl Zuidhoven e.o. Website van Discriminatie.nl Zuidhoven e.o. "
                                        "E-mail: info@adv.example. Telefoon: 012-9876543."),
    ("ADV Zuidhoven", "ADV Zuidhoven. Website van ADV Zuidhoven. E-mail: info@adv.example. Telefoon: 012-9876543."),
])
def test_a_contact_reads_as_sentences_and_its_links_say_where_they_go(kb, naam, zin):
    """A name (or explanation) that ends in a period gets no second one ("e.o.." was a reviewer's find). A link reads
    on its own (WCAG 2.4.4, as in a screen reader's list of links): "Website van <naam>", not "website"; an e-mail or
    phone link shows the address or the number. Alike in every block with a contact."""
    from kennisbank.render import Renderer
    from kennisbank.schema import Organisatie

    contact = {"naam": naam, **ZUIDHOVEN}
    org = Organisatie.model_validate({"naam": "Gemeente X", "adv": contact, "terugmelden": contact,
                                      "meldpunt": {**contact, "uitleg": "Voor wie iets ziet op het werk."}})
    renderer = Renderer(kb, org)
    blocks = {"adv_inwoners": renderer.adv_voor_inwoners(), "meldroutes": renderer.meldroutes("recht/x.md"),
              "terugmelden": renderer.terugmelden(next(iter(kb)))}
    expected = [("https://adv.example/", f"Website van {naam}"), ("mailto:info@adv.example", "info@adv.example"),
                ("tel:0129876543", "012-9876543")]
    for name, block in blocks.items():
        soup = BeautifulSoup(block, "html.parser")
        text = " ".join(soup.get_text().split())
        assert zin in text and ".." not in text, (name, text)
        for host in {strong.parent for strong in soup.find_all("strong")}:
            assert [(a["href"], a.get_text()) for a in host.find_all("a")] == expected, name
    meldroutes = " ".join(BeautifulSoup(blocks["meldroutes"], "html.parser").get_text().split())
    assert f"{naam}: Voor wie iets ziet op het werk. Website van {naam}" in meldroutes


TERUGMELDEN = [("https://www.voorbeeldstad.example/kennisbank/fout-melden", "Website van Redactie Kennisbank Inclusie"),
               ("mailto:kennisbank@voorbeeldstad.example", "kennisbank@voorbeeldstad.example")]


def test_every_content_page_says_where_to_report_a_mistake_to_the_organisation(org_site, kb):
    """'Klopt er iets niet?' goes to the organisation (organisatie.terugmelden), which answers for its copy."""
    for entity in kb:
        soup = BeautifulSoup(read(org_site, entity.src.removesuffix(".md") + "/index.html"), "html.parser")
        block = soup.select_one("article .kb-terugmelden")
        assert block is not None, entity.src
        assert [(a["href"], a.get_text()) for a in block.find_all("a")] == TERUGMELDEN, entity.src
        assert "Meld het bij Redactie Kennisbank Inclusie." in " ".join(block.get_text().split())
    own = BeautifulSoup(read(org_site, "lokaal/meldroute/index.html"), "html.parser")
    assert own.select(".kb-terugmelden") == [], "een eigen pagina schrijft de organisatie zelf"


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_organisations_route_meets_wcag_in_its_own_colours(org_site, chromium, scheme, width):
    with LocalServer(org_site) as server:
        context = chromium.new_context(color_scheme=scheme, viewport={"width": width, "height": 800})
        page = context.new_page()
        page.goto(server.url + "recht/iemand-meldt-discriminatie/")
        page.locator(".kb-terugmelden a").first.scroll_into_view_if_needed()
        assert axe_violations(page) == []
        context.close()


def test_own_pages_from_the_overlay_are_in_the_menu(org_site):
    assert "Meldroute in Voorbeeldstad" in read(org_site, "lokaal/meldroute/index.html")
    assert 'href="lokaal/meldroute/"' in read(org_site)


def test_edit_links_point_into_the_shared_repository_only_for_shared_pages(tmp_path):
    # An own page does not exist in the shared repository: its edit link would be a broken link to a wrong file.
    out = tmp_path / "site"
    edit = {"KENNISBANK_REPO_URL": "https://git.example.org/kennisbank", "KENNISBANK_EDIT_URI": "edit/main/docs/"}
    result = run_mkdocs(ROOT, out, env=edit, config=VOORBEELD)
    assert result.returncode == 0, result.stderr
    shared = BeautifulSoup(read(out, MELDPAGINA), "html.parser").select_one("a[rel=edit]")
    assert shared["href"].endswith("/docs/oplossingen/intern-meldpunt-en-richtlijnen.md")
    assert BeautifulSoup(read(out, "lokaal/meldroute/index.html"), "html.parser").select("a[rel=edit]") == []


def test_the_organisations_route_replaces_the_shared_repositorys_issues(tmp_path):
    """Built where the shared repository is known (its workflow sets KENNISBANK_REPO_URL): remarks about the copy still
    go to the organisation, not to the issues of a repository that does not answer for the copy."""
    out = tmp_path / "site"
    result = run_mkdocs(ROOT, out, env={"KENNISBANK_REPO_URL": "https://github.com/voorbeeld/kennisbank"},
                        config=VOORBEELD)
    assert result.returncode == 0, result.stderr
    for path in (MELDPAGINA, "barrieres/weerstand/index.html", "instrumenten/teamafspraken/index.html"):
        block = BeautifulSoup(read(out, path), "html.parser").select_one("article .kb-terugmelden")
        assert [(a["href"], a.get_text()) for a in block.find_all("a")] == TERUGMELDEN, path
        assert "issues" not in str(block)


def test_base_site_carries_nothing_of_the_organisation(site):
    for path in site.pages():
        assert "Voorbeeldstad" not in path.read_text(encoding="utf-8"), path
    assert not (site.root / "assets/stylesheets/organisatie.css").exists()
    base = site.html("oplossingen/intern-meldpunt-en-richtlijnen/")
    assert "vraag naar de interne meldroute en de vertrouwenspersoon" in base
    assert 'href="https://www.discriminatie.nl/"' in base  # the national route as fallback


@pytest.fixture
def org_project(tmp_path):
    return copy_project(tmp_path / "project")


def test_a_too_light_brand_colour_gets_an_accessible_variant_and_the_build_says_so(org_project, tmp_path):
    config = org_project / VOORBEELD
    config.write_text(config.read_text(encoding="utf-8").replace('"#1d4f91"', '"#88aaff"')
                      .replace('"#a3195b"', '"#ffd1e8"'), encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode == 0, result.stderr
    css = (tmp_path / "site" / "assets/stylesheets/organisatie.css").read_text(encoding="utf-8")
    header_text = re.search(r"--md-primary-bg-color: (#[0-9a-f]{6});", css).group(1)
    link = re.search(r'"default"\] \{\s*--md-typeset-a-color: (#[0-9a-f]{6});', css).group(1)
    accent = re.search(r'"default"\] \{[^}]*--md-accent-fg-color: (#[0-9a-f]{6});', css).group(1)
    assert "--md-primary-fg-color: #88aaff;" in css, "de kopbalk houdt de huiskleur"
    assert contrast(header_text, "#88aaff") >= 4.5 and header_text != "#ffffff"
    assert contrast(link, "#ffffff") >= 4.5 and contrast(accent, "#ffffff") >= 4.5
    assert "primair '#88aaff' is te licht voor witte tekst (2.27:1): de kopbalk krijgt donkere tekst" in result.stderr
    assert f"links krijgen de donkerdere tint '{link}'" in result.stderr


def test_a_value_that_is_not_a_colour_stops_the_build_with_a_message_about_the_colour(org_project, tmp_path):
    config = org_project / VOORBEELD
    config.write_text(config.read_text(encoding="utf-8").replace('"#1d4f91"', '"#1d4f9"'), encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode != 0
    assert ("veld 'organisatie.kleuren.primair': '#1d4f9' is geen kleur; schrijf een hexcode met # en zes tekens, "
            "zoals '#1d4f91'") in result.stderr


@pytest.mark.parametrize(("own_file", "address", "owner"), [
    ("over.md", "/over/", "'over.md' van de gedeelde site"),
    ("over/index.md", "/over/", "'over.md' van de gedeelde site"),
    ("README.md", "/", "'index.md' van de gedeelde site"),
    ("zelfscan/index.html", "/zelfscan/", "'zelfscan.md' van de gedeelde site"),
    ("404.html", "/404.html", "een bestand dat de build zelf maakt"),
    ("sitemap.xml", "/sitemap.xml", "een bestand dat de build zelf maakt"),
    ("search/search_index.json", "/search/search_index.json", "een bestand dat de build zelf maakt"),
    ("assets/stylesheets/organisatie.css", "/assets/stylesheets/organisatie.css", "een bestand dat de build zelf"),
])
def test_overlay_cannot_replace_what_the_site_already_has_at_that_address(org_project, tmp_path, own_file, address,
                                                                         owner):
    path = org_project / "voorbeelden/gemeente-voorbeeldstad/eigen" / own_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Anders\n", encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode != 0
    assert f"eigen/{own_file}: zou '{address}' worden, en dat adres is al van {owner}" in result.stderr


def test_two_own_files_at_one_address_are_refused(org_project, tmp_path):
    eigen = org_project / "voorbeelden/gemeente-voorbeeldstad/eigen"
    (eigen / "lokaal/meldroute").mkdir()
    (eigen / "lokaal/meldroute/index.md").write_text("# Nog een\n", encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode != 0
    assert "zou '/lokaal/meldroute/' worden, en dat adres is al van je eigen 'lokaal/meldroute" in result.stderr


@pytest.mark.parametrize("svg", ["<script>alert(1)</script>", '<rect onload="alert(1)"/>',
                                 '<a href="javascript:alert(1)"><rect/></a>'])
def test_an_svg_that_could_run_script_is_refused(org_project, tmp_path, svg):
    logo = org_project / "voorbeelden/gemeente-voorbeeldstad/eigen/lokaal/logo.svg"
    logo.write_text(f'<svg xmlns="http://www.w3.org/2000/svg">{svg}</svg>', encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode != 0
    assert "eigen/lokaal/logo.svg: bevat " in result.stderr and "sla het beeld op zonder script" in result.stderr


def test_hidden_files_in_the_own_folder_are_never_published(org_project, tmp_path):
    eigen = org_project / "voorbeelden/gemeente-voorbeeldstad/eigen"
    (eigen / ".env").write_text("GEHEIM=1\n", encoding="utf-8")
    (eigen / "lokaal/.git").mkdir()
    (eigen / "lokaal/.git/config").write_text("[core]\n", encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "site/.env").exists() and not (tmp_path / "site/lokaal/.git").exists()


def test_the_organisation_folder_itself_is_not_an_overlay(org_project, tmp_path):
    config = org_project / VOORBEELD
    config.write_text(config.read_text(encoding="utf-8").replace("overlay: eigen", "overlay: ."), encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode != 0
    assert "organisatie.overlay: '.' is de map van deze mkdocs.yml zelf" in result.stderr
    assert not (tmp_path / "site/mkdocs.yml").exists()


@pytest.mark.parametrize(("old", "new", "message"), [
    ("pagina: lokaal/meldroute.md", "pagina: eigen/lokaal/meldroute.md",
     "organisatie.menu[0].pagina: 'eigen/lokaal/meldroute.md' bestaat niet in voorbeelden/gemeente-voorbeeldstad/eigen/;"
     " noem het pad vanaf die map, zonder 'eigen/' ervoor: 'lokaal/meldroute.md'"),
    ("pagina: lokaal/meldroute.md", "pagina: lokaal/bestaat-niet.md",
     "organisatie.menu[0].pagina: 'lokaal/bestaat-niet.md' bestaat niet in"),
    ("logo: lokaal/logo.svg", "logo: lokaal/logoo.svg", "theme.logo: 'lokaal/logoo.svg' bestaat niet in"),
    ("favicon: lokaal/favicon.svg", "favicon: eigen/lokaal/favicon.svg",
     "theme.favicon: 'eigen/lokaal/favicon.svg' bestaat niet in"),
])
def test_a_menu_page_logo_or_favicon_that_does_not_exist_is_named_with_its_field(org_project, tmp_path, old, new,
                                                                                 message):
    config = org_project / VOORBEELD
    config.write_text(config.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode != 0
    assert message in result.stderr


def test_serve_reloads_when_an_own_page_changes():
    from mkdocs.config import load_config

    from kennisbank.__main__ import organisation_overrides

    path = ROOT / VOORBEELD
    config = load_config(str(path), **organisation_overrides(path))

    class Server:
        def __init__(self):
            self.watched: list[str] = []

        def watch(self, folder):
            self.watched.append(folder)

    server = config.plugins["kennisbank"].on_serve(Server(), config=config, builder=None)
    assert server.watched == [str(path.parent / "eigen")]


def random_colours(count: int, seed: int = 20261129) -> list[str]:
    import random

    rng = random.Random(seed)
    return [f"#{rng.randrange(0x1000000):06x}" for _ in range(count)]


# Mid tones where neither white nor dark text reaches 4.5:1, very light and very dark ones, and the guide's example.
HARD_COLOURS = ["#ef3340", "#777777", "#7b7b7b", "#0088cc", "#d3d3d3", "#ffd700", "#1b1b3a", "#0a0a23", "#88aaff"]


@pytest.mark.parametrize("primair", HARD_COLOURS + random_colours(300))
def test_every_valid_colour_gives_text_that_reaches_wcag_aa_in_both_schemes(primair):
    from kennisbank.organisatie import DONKERE_ACHTERGROND, huisstijl
    from kennisbank.schema import Kleuren

    stijl = huisstijl(Kleuren(primair=primair, accent=primair))
    assert contrast(stijl.kop, stijl.kop_tekst) >= 4.5, "tekst in de kopbalk"
    for on_white in (stijl.link, stijl.accent):  # Material shows the accent as text: search hits, hovered links
        assert contrast(on_white, "#ffffff") >= 4.5
    for on_dark in (stijl.link_donker, stijl.accent_donker):
        assert contrast(on_dark, DONKERE_ACHTERGROND) >= 4.5
    if max(contrast(primair, "#ffffff"), contrast(primair, "#1a1a1a")) >= 4.5:
        assert stijl.kop == primair, "de kopbalk houdt de huiskleur als die leesbare tekst kan dragen"


def test_a_mid_tone_header_gets_the_nearest_shade_and_the_build_says_so():
    from kennisbank.organisatie import huisstijl
    from kennisbank.schema import Kleuren

    stijl = huisstijl(Kleuren(primair="#ef3340"))
    assert stijl.kop != "#ef3340" and contrast(stijl.kop, stijl.kop_tekst) >= 4.5
    assert stijl.meldingen[0].startswith(
        "primair '#ef3340' haalt met witte tekst 4.02:1 en met donkere tekst 4.32:1: de kopbalk krijgt de tint "
        f"'{stijl.kop}'")


def test_contrast_matches_wcag_reference_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def organisation_errors(**fields) -> list[str]:
    from pydantic import ValidationError

    from kennisbank.model import explain, field_path
    from kennisbank.schema import Organisatie

    try:
        Organisatie.model_validate({"naam": "Gemeente X", **fields})
    except ValidationError as error:
        return [f"{field_path(d['loc'])}: {explain(d, Organisatie)}" for d in error.errors()]
    return []


@pytest.mark.parametrize(("fields", "expected"), [
    ({"meldpunt": {"naam": "Meldpunt", "email": "a@b.nl<script>"}}, "meldpunt.email: 'a@b.nl<script>' is geen "
                                                                     "geldig e-mailadres"),
    ({"meldpunt": {"naam": "Meldpunt", "email": '"><img src=x>@b.nl'}}, "is geen geldig e-mailadres"),
    ({"adv": {"naam": "ADV", "telefoon": "012<b>345</b>"}}, "adv.telefoon: '012<b>345</b>' is geen telefoonnummer"),
    ({"adv": {"naam": "ADV <b>regio</b>"}}, "adv.naam: 'ADV <b>regio</b>' mag geen HTML bevatten"),
    ({"naam": "Gemeente &lt;X&gt;"}, "naam: 'Gemeente &lt;X&gt;' mag geen HTML-code"),
    ({"adv": {"naam": "ADV", "url": "http://adv.example/"}}, "adv.url: 'http://adv.example/' moet met https://"),
    # pydantic's own message for these ("Input violated strict URL syntax rules") is English and says nothing to do.
    ({"terugmelden": {"naam": "Redactie", "url": 'https://x.example/"><script>'}},
     "terugmelden.url: 'https://x.example/\"><script>' is geen geldige url; kopieer het adres uit de adresbalk"),
    ({"adv": {"naam": "ADV", "url": "https:/adv.example/"}}, "adv.url: 'https:/adv.example/' is geen geldige url; "
                                                             "kopieer het adres"),
    ({"menu": [{"titel": "Extern", "pagina": "http://example.org/"}]}, "menu[0].pagina: 'http://example.org/' is geen "
                                                                       "eigen pagina"),
    ({"menu": [{"titel": "Extern", "pagina": "javascript:alert(1)"}]}, "is geen eigen pagina"),
    ({"menu": [{"titel": "Buiten", "pagina": "../../geheim.md"}]}, "menu[0].pagina: '../../geheim.md' mag niet buiten "
                                                                   "de site wijzen"),
    ({"kleuren": {"primair": "red"}}, "kleuren.primair: 'red' is geen kleur"),
])
def test_organisation_fields_refuse_markup_and_foreign_links(fields, expected):
    found = organisation_errors(**fields)
    assert any(expected in line for line in found), found


@pytest.mark.parametrize(("yaml_text", "expected"), [
    ("kleuren:\n  primair: #ffd700\n", "kleuren.primair: is leeg. Schreef je de kleur met # zonder aanhalingstekens?"),
    ("kleuren:\n  primair: '#ffd700'\n  accent: #b3541e\n",
     "kleuren.accent: is leeg. Schreef je de kleur met # zonder aanhalingstekens?"),
    ("meldpunt:\n  naam: Meldpunt\n  telefoon: 0736155555\n",
     "meldpunt.telefoon: het nummer is als getal gelezen, omdat het niet tussen aanhalingstekens staat"),
    ("meldpunt:\n  naam: Klachtenloket\n", "meldpunt: 'Klachtenloket' heeft geen url, email of telefoon"),
    ("adv:\n  naam: ADV\n  url: www.adv.example.nl\n", "adv.url: 'www.adv.example.nl' is geen geldige url; een "
                                                        "webadres begint met https://"),
    ("adv:\n  naam: ADV\n  email:\n  url: https://adv.example.nl/\n", "adv.email: is leeg; vul het in of haal de "
                                                                         "regel 'email:' weg"),
])
def test_common_yaml_mistakes_get_a_message_that_says_how_to_write_it(yaml_text, expected):
    """What an administrator types in mkdocs.yml, read as YAML reads it: # starts a comment, 0736155555 is a number."""
    import yaml

    found = organisation_errors(**yaml.safe_load(yaml_text))
    assert any(expected in line for line in found), found


@pytest.mark.parametrize("number", ["0206243243", "0736155555", "14020"])
def test_a_phone_number_without_quotes_gets_a_message_without_the_number_yaml_made_of_it(number):
    """YAML reads 0206243243 as the octal number 35210915: the message says why it went wrong and how to write it,
    and does not quote a number the administrator never typed."""
    import yaml

    value = yaml.safe_load(f"telefoon: {number}\n")["telefoon"]
    assert isinstance(value, int)
    found = organisation_errors(adv={"naam": "ADV", "telefoon": value})
    assert found == ["adv.telefoon: het nummer is als getal gelezen, omdat het niet tussen aanhalingstekens staat; zo "
                     'gaat een 0 vooraan verloren. Zet het nummer tussen aanhalingstekens, zoals telefoon: '
                     '"020 624 32 43"'], found
    assert str(value) not in found[0]


@pytest.mark.parametrize(("number", "dialled"), [("+31 (0)58 233 4444", "+31582334444"), ("012-3456789", "0123456789"),
                                                ("073 615 55 55", "0736155555")])
def test_a_phone_link_dials_the_number(number, dialled):
    from kennisbank.schema import Contact

    assert Contact(naam="Meldpunt", telefoon=number).tel == dialled


def test_organisation_accepts_ordinary_values():
    assert organisation_errors(meldpunt={"naam": "Meldpunt", "email": "meld.punt+x@gemeente-x.nl",
                                         "telefoon": "+31 (0)20-123 4567"},
                               menu=[{"titel": "Eigen", "pagina": "lokaal/pagina.md"},
                                     {"titel": "Site", "pagina": "https://www.gemeente-x.nl/"}]) == []


@pytest.mark.parametrize("logo", ["https://cdn.example.org/logo.svg", "//cdn.example.org/logo.svg"])
def test_an_external_logo_stops_the_build(org_project, tmp_path, logo):
    config = org_project / VOORBEELD
    config.write_text(config.read_text(encoding="utf-8").replace("logo: lokaal/logo.svg", f"logo: '{logo}'"),
                      encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode != 0
    assert f"theme.logo: '{logo}' moet een bestand van de site zijn" in result.stderr


def test_a_new_organisation_following_the_guide_works_first_time(tmp_path):
    """Exactly what ZELF-HOSTEN.md says, in a temporary copy: its example mkdocs.yml, an own page in eigen/, and
    `make organisatie`, which puts the site in build/<naam>/."""
    import os
    import shutil
    import subprocess
    import sys

    guide = (ROOT / "ZELF-HOSTEN.md").read_text(encoding="utf-8")
    config = re.search(r"Een compleet begin.*?```yaml\n(.*?)```", guide, re.DOTALL).group(1)
    page = re.search(r"Zet daarna je eigen pagina in `organisaties/<jouw-naam>/(eigen/[\w/.-]+\.md)`", guide).group(1)
    project = copy_project(tmp_path / "project")
    for name in ("Makefile", "requirements.txt", "pyproject.toml"):
        shutil.copy2(ROOT / name, project / name)
        os.utime(project / name, (0, 0))
    folder = project / "organisaties/gemeente-nieuwdorp"
    (folder / page).parent.mkdir(parents=True)
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    (folder / page).write_text("# Zo meld je in Nieuwdorp\n\nBel of mail het meldpunt.\n", encoding="utf-8")
    venv = Path(sys.executable).parents[1]
    result = subprocess.run(["make", "-s", "organisatie", f"VENV={venv}", "ORG=organisaties/gemeente-nieuwdorp"],
                            cwd=project, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "build/gemeente-nieuwdorp"
    assert "Gemeente Nieuwdorp" in (site / "index.html").read_text(encoding="utf-8")
    assert "Zo meld je in Nieuwdorp" in (site / "index.html").read_text(encoding="utf-8"), "eigen pagina in het menu"
    assert (site / "nieuwdorp/melden/index.html").is_file()
    assert "#00695c" in (site / "assets/stylesheets/organisatie.css").read_text(encoding="utf-8")
    assert not (folder / "site").exists(), "de site komt in build/<naam>/, niet in de map van de organisatie"


def test_zelfscan_result_names_the_organisation_and_its_own_routes(org_site):
    soup = BeautifulSoup(read(org_site, "zelfscan/index.html"), "html.parser")
    eigen = soup.select_one(".kb-zs-resultaat .kb-zs-eigen")
    assert eigen is not None, "het resultaat heeft een blok voor de eigen organisatie"
    assert eigen.find("a", href="../lokaal/meldroute/").get_text() == "Meldroute in Voorbeeldstad"
    assert eigen.find("a", href="mailto:meldpunt@voorbeeldstad.example") is not None
    assert "Antidiscriminatievoorziening Regio Voorbeeld" in eigen.get_text()


@pytest.mark.browser
def test_zelfscan_result_in_the_browser_says_for_whom(org_site, chromium):
    with LocalServer(org_site) as server:
        page = chromium.new_page()
        page.goto(server.url + "zelfscan/")
        page.locator(".kb-uitspraak").first.locator("label").nth(3).click()
        assert page.locator(".kb-zs-uitkomst p").first.inner_text() == "Resultaat voor Gemeente Voorbeeldstad"
        assert page.locator(".kb-zs-eigen").is_visible()
        page.close()


@pytest.mark.parametrize(("name", "text", "message"), [
    ("lokaal/meldroute.md", "---\ntitle: 'Meldroute<img src=x onerror=alert(1)>'\n---\n\n# Meldroute\n",
     "eigen/lokaal/meldroute.md: veld 'title': onbekend veld"),
    ("lokaal/meldroute.md", "---\ntemplate: redirect.html\nlocation: https://evil.example/\n---\n\n# M\n",
     "eigen/lokaal/meldroute.md: veld 'template': onbekend veld"),
    ("lokaal/x.js", "alert(1)", "eigen/lokaal/x.js: bestanden van het type '.js' komen niet op de site"),
    ('lokaal/a"b.md', "# Pagina\n", "namen van bestanden en mappen bestaan uit kleine letters"),
    ("lokaal/extra.md", "# Pagina\n\n<script>alert(1)</script>\n", "HTML is niet toegestaan in een pagina: <"),
])
def test_own_files_get_the_checks_of_docs(org_project, tmp_path, name, text, message):
    """The example organisation is in this repository, so a pull request can change its own folder: its pages and
    files are checked like docs/ (front matter on the allowlist, file types, names, Markdown)."""
    (org_project / "voorbeelden/gemeente-voorbeeldstad/eigen" / name).write_text(text, encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode != 0
    assert message in result.stderr


@pytest.mark.parametrize("svg", [
    '<a xlink:href="java&#10;script:alert(1)"><text>Klik</text></a>',
    '<image href="https://evil.example/pixel.png" width="1" height="1"/>',
    "<style>@import url(https://evil.example/x.css);</style>",
    '<rect fill="url(https://evil.example/x.svg#p)" width="1" height="1"/>',
])
def test_an_svg_may_only_draw(org_project, tmp_path, svg):
    """An allowlist of drawing elements, no reference outside the file (a blocklist let these through)."""
    logo = org_project / "voorbeelden/gemeente-voorbeeldstad/eigen/lokaal/logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
                    f"{svg}</svg>", encoding="utf-8")
    result = run_mkdocs(org_project, tmp_path / "site", config=VOORBEELD)
    assert result.returncode != 0
    assert "eigen/lokaal/logo.svg: bevat " in result.stderr
