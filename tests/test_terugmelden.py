"""The block "Klopt er iets niet?" under every content page: where a reader reports a mistake or something outdated.

The base site points to a new issue in its repository (KENNISBANK_REPO_URL), an organisation's copy to its own
route (organisatie.terugmelden), and without either there is no block at all: never a made-up or broken link.
"""

from __future__ import annotations

import pytest

from helpers import ROOT, WIDTHS, LocalServer, axe_violations, page_path, run_mkdocs, text

REPO = "https://github.com/voorbeeld/kennisbank"


def one_of_each_kind(kb):
    """A barrier, a solution, a step, a role, a law page and an instrument."""
    return list({entity.kind: entity for entity in kb}.values())


def renderer(kb, organisatie=None, repo_url=None):
    from kennisbank.render import Renderer
    from kennisbank.schema import Organisatie

    org = Organisatie.model_validate(organisatie) if organisatie else None
    return Renderer(kb, org, repo_url=repo_url)


def block(html: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser").select_one(".kb-terugmelden")


# Without a full build ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("settings", [{}, {"repo_url": ""}, {"organisatie": {"naam": "Gemeente X"}}],
                         ids=["niets", "lege-repo-url", "organisatie-zonder-terugmelden"])
def test_without_a_repository_or_an_own_route_no_page_has_the_block(kb, settings):
    r = renderer(kb, **settings)
    assert len(one_of_each_kind(kb)) == 6
    assert [r.terugmelden(entity) for entity in one_of_each_kind(kb)] == [""] * 6


@pytest.mark.parametrize(("repo_url", "href", "host"), [
    (REPO, f"{REPO}/issues/new", "github.com"),
    (f"{REPO}/", f"{REPO}/issues/new", "github.com"),
    (f"{REPO}.git", f"{REPO}/issues/new", "github.com"),
    ("https://codeberg.org/voorbeeld/kennisbank", "https://codeberg.org/voorbeeld/kennisbank/issues/new",
     "codeberg.org"),
    # GitLab has its project pages under /-/ only (since GitLab 16 the old addresses give 404).
    ("https://gitlab.com/groep/kennisbank", "https://gitlab.com/groep/kennisbank/-/issues/new", "gitlab.com"),
    ("https://gitlab.gemeente.example/a/b", "https://gitlab.gemeente.example/a/b/-/issues/new", "gitlab.gemeente.example"),
    # No login, query or fragment from the configured address on a public page.
    ("https://gebruiker:geheim@github.com/voorbeeld/kennisbank?x=1#y", f"{REPO}/issues/new", "github.com"),
])
def test_with_a_repository_every_content_page_links_a_new_issue_there(kb, repo_url, href, host):
    r = renderer(kb, repo_url=repo_url)
    for entity in one_of_each_kind(kb):
        found = block(r.terugmelden(entity))
        assert found is not None, entity.src
        assert text(found.h2) == "Klopt er iets niet?"
        links = [(a["href"], text(a)) for a in found.find_all("a")]
        assert links == [(href, f"Maak een melding op {host}")], entity.src
        assert f"Daarvoor heb je een account op {host} nodig." in text(found)
        assert f"‘{entity.titel}’" in text(found), "de lezer weet welke pagina hij noemt"


@pytest.mark.parametrize("repo_url", ["http://github.com/voorbeeld/kennisbank", "javascript://github.com/%0aalert(1)",
                                      "ftp://git.example.org/kennisbank", "https://"])
def test_a_repository_address_that_is_not_https_gives_no_block(kb, repo_url):
    entity = one_of_each_kind(kb)[0]
    assert renderer(kb, repo_url=repo_url).terugmelden(entity) == ""


@pytest.mark.parametrize(("contact", "links"), [
    ({"url": "https://www.gemeente-x.example/fout-melden"},
     [("https://www.gemeente-x.example/fout-melden", "Website van Redactie Gemeente X")]),
    ({"email": "redactie@gemeente-x.example"}, [("mailto:redactie@gemeente-x.example", "redactie@gemeente-x.example")]),
    ({"telefoon": "012-3456789"}, [("tel:0123456789", "012-3456789")]),
])
def test_an_organisations_own_route_replaces_the_repository(kb, contact, links):
    """The organisation answers for its copy; a remark about it does not belong in the shared repository."""
    terugmelden = {"naam": "Redactie Gemeente X", "uitleg": "Voor fouten op deze site", **contact}
    r = renderer(kb, {"naam": "Gemeente X", "terugmelden": terugmelden}, repo_url=REPO)
    for entity in one_of_each_kind(kb):
        found = block(r.terugmelden(entity))
        assert found is not None, entity.src
        assert [(a["href"], text(a)) for a in found.find_all("a")] == links
        assert "Meld het bij Redactie Gemeente X: Voor fouten op deze site." in text(found)
        assert "github.com" not in str(found)


def test_the_block_escapes_what_bypassed_validation(kb):
    from kennisbank.render import Renderer
    from kennisbank.schema import Contact, Organisatie

    hostile = '<img src=x onerror=alert(1)>"'
    contact = Contact.model_construct(naam=hostile, uitleg=hostile, url=None, email='a@b.nl"><b>x', telefoon=None)
    html = Renderer(kb, Organisatie.model_construct(naam="X", terugmelden=contact)).terugmelden(one_of_each_kind(kb)[0])
    assert "<img" not in html and "<b>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;&#34;" in html


@pytest.mark.parametrize(("terugmelden", "message"), [
    ({"naam": "Redactie", "url": "javascript:alert(1)"},
     "veld 'organisatie.terugmelden.url': 'javascript:alert(1)' is geen geldige url; begin met https://"),
    ({"naam": "Redactie", "url": "http://www.gemeente-x.example/"},
     "veld 'organisatie.terugmelden.url': 'http://www.gemeente-x.example/' moet met https:// beginnen"),
    ({"naam": "Redactie", "email": "redactie@gemeente-x"},
     "veld 'organisatie.terugmelden.email': 'redactie@gemeente-x' is geen geldig e-mailadres, zoals "
     "'meldpunt@gemeente.nl'"),
    ({"naam": "Redactie", "email": "javascript:alert(1)//@x.nl"},
     "veld 'organisatie.terugmelden.email': 'javascript:alert(1)//@x.nl' is geen geldig e-mailadres"),
    ({"naam": "Redactie"},
     "veld 'organisatie.terugmelden': 'Redactie' heeft geen url, email of telefoon; geef minstens één manier om "
     "contact op te nemen"),
])
def test_a_bad_route_stops_the_build_with_field_and_what_is_valid(terugmelden, message):
    """What the administrator sees for `organisatie:` in mkdocs.yml, as for the other contacts."""
    from mkdocs.config.config_options import ValidationError

    from kennisbank.plugin import _OrganisatieOption

    with pytest.raises(ValidationError) as error:
        _OrganisatieOption().run_validation({"naam": "Gemeente X", "terugmelden": terugmelden})
    assert message in str(error.value)


# The built site ---------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def repo_site(tmp_path_factory):
    """The base site as the repository's own workflow builds it: with KENNISBANK_REPO_URL (edit links left out)."""
    out = tmp_path_factory.mktemp("repo")
    result = run_mkdocs(ROOT, out, env={"KENNISBANK_REPO_URL": REPO, "KENNISBANK_EDIT_URI": ""})
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_the_built_site_has_the_block_on_every_content_page_and_nowhere_else(repo_site, kb):
    from bs4 import BeautifulSoup

    content = {page_path(entity.src) + "index.html" for entity in kb}
    for path in sorted(repo_site.rglob("*.html")):
        name = path.relative_to(repo_site).as_posix()
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        found = soup.select("article .kb-terugmelden")
        if name not in content:
            assert found == [], f"{name}: geen inhoudspagina"
            continue
        assert len(found) == 1, name
        assert [a["href"] for a in found[0].find_all("a")] == [f"{REPO}/issues/new"], name
        # Near the end: after the page's sources, the last thing in the article.
        assert found[0].find_previous("h2", id="bronnen") is not None, name
        last = soup.select_one("article").find_all(["p", "h2", "ul", "table"])[-1]
        assert last.find_parent(class_="kb-terugmelden") is found[0], name
    assert len(content) == len(kb.by_src) > 30


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_block_meets_wcag_in_both_schemes_and_widths(repo_site, chromium, scheme, width):
    with LocalServer(repo_site) as server:
        context = chromium.new_context(color_scheme=scheme, viewport=WIDTHS[width])
        page = context.new_page()
        for path in ("barrieres/weerstand/", "recht/iemand-meldt-discriminatie/"):
            page.goto(server.url + path)
            link = page.locator(".kb-terugmelden a")
            link.scroll_into_view_if_needed()
            assert link.is_visible(), path
            assert axe_violations(page) == [], path
        context.close()
