"""No request to a third party: every script, stylesheet, font, image and frame comes from the site itself."""

from __future__ import annotations

import re

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
