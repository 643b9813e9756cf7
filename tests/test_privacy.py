"""No request to a third party: every script, stylesheet, font, image and frame comes from the site itself."""

from __future__ import annotations

import re

import pytest

from helpers import ROOT, LocalServer, run_mkdocs
from linkcheck import is_external

# Elements a browser fetches on its own (unlike <a href>, which only a click follows).
FETCHED = {"script": "src", "img": "src", "iframe": "src", "source": "src", "video": "src", "audio": "src",
           "embed": "src", "object": "data"}
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])\s*((?:https?:)?//[^'")\s]+)""", re.IGNORECASE)


def fetched_urls(soup) -> list[str]:
    urls = [el[attr] for tag, attr in FETCHED.items() for el in soup.find_all(tag, attrs={attr: True})]
    urls += [el["href"] for el in soup.find_all("link", href=True) if "canonical" not in el.get("rel", [])]
    return urls


def test_pages_fetch_nothing_from_other_hosts(site):
    offenders = []
    for path in site.pages():
        soup = site.soup(path.relative_to(site.root).as_posix())
        offenders += [f"{path.relative_to(site.root)}: {url}" for url in fetched_urls(soup) if is_external(url)]
    assert offenders == []


def test_stylesheets_load_no_external_fonts_or_imports(site):
    offenders = []
    for css in site.root.rglob("*.css"):
        offenders += [f"{css.relative_to(site.root)}: {url}" for url in CSS_URL.findall(css.read_text(encoding="utf-8"))]
    assert offenders == []


def test_no_google_fonts(site):
    for path in site.pages():
        assert "fonts.googleapis.com" not in path.read_text(encoding="utf-8")


def test_checker_catches_an_external_script():
    from bs4 import BeautifulSoup

    soup = BeautifulSoup('<script src="https://cdn.example.org/x.js"></script><link rel="stylesheet" '
                         'href="//fonts.example.org/f.css"><a href="https://example.org">ok</a>', "html.parser")
    assert [u for u in fetched_urls(soup) if is_external(u)] == ["https://cdn.example.org/x.js",
                                                                 "//fonts.example.org/f.css"]
    assert CSS_URL.findall("@font-face{src:url(https://fonts.example.org/a.woff2)}") == ["https://fonts.example.org/a.woff2"]


@pytest.fixture(scope="module")
def repo_site(tmp_path_factory):
    """The site as the repository's own workflow builds it, with KENNISBANK_REPO_URL: Material then adds a link to the
    repository to the header and the menu."""
    out = tmp_path_factory.mktemp("repo")
    result = run_mkdocs(ROOT, out, env={"KENNISBANK_REPO_URL": "https://github.com/voorbeeld/kennisbank"})
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_the_repository_link_asks_no_host_for_its_stars(repo_site):
    """Material's script asks the host's API for the stars and forks of every element marked as the source
    (data-md-component="source"), from each reader's browser. The link to the repository stays; the mark goes."""
    html = (repo_site / "barrieres/weerstand/index.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/voorbeeld/kennisbank"' in html
    assert 'data-md-component="source"' not in html


@pytest.mark.browser
def test_a_page_of_a_site_with_a_repository_sends_no_request_elsewhere(repo_site, chromium):
    with LocalServer(repo_site) as server:
        page = chromium.new_page()
        elsewhere: list[str] = []
        page.on("request", lambda request: None if request.url.startswith(server.url) else elsewhere.append(request.url))
        page.goto(server.url + "barrieres/weerstand/")
        page.wait_for_load_state("networkidle")
        page.close()
    assert elsewhere == []
