"""No markup from contributors reaches a page: checked on what Markdown and the templates produce, not on the source.

Three layers, each tested here: plain-text fields refuse markup (test_model.py has the per-field cases), the
templates escape everything they are given (even data that bypassed validation), and the rendered output of every
page is checked for raw HTML, event handlers, script links and markup in tooltips. A full build puts hostile but
valid strings in every contributor and organisation field and checks every built page and the search index.
"""

from __future__ import annotations

import json
import random
import re
from html.parser import HTMLParser

import markdown
import pytest
import yaml

from kennisbank.markdown_ext import Finding, GeneratedBlocks, KennisbankExtension

from helpers import copy_project, run_mkdocs

EXTENSIONS = ["abbr", "admonition", "tables", "toc"]


def findings(text: str) -> list[str]:
    found: list[Finding] = []
    md = markdown.Markdown(extensions=[*EXTENSIONS, KennisbankExtension(GeneratedBlocks(), found.append)])
    md.convert(text)
    return [f.message for f in found]


@pytest.mark.parametrize("body", [
    "<script>alert(1)</script>",
    "Tekst <img src=x onerror=alert(1)> tekst",
    "<iframe src='https://example.org'></iframe>",
    "<svg onload=alert(1)>",
    "<style>body{display:none}</style>",
    "<div markdown='1'>*x*</div>",
    "<a href='#' onclick='x'>klik</a>",
    "<!-- een opmerking --><b>vet</b>",
    "<meta http-equiv=refresh content='0;url=https://example.org'>",
    "<details open ontoggle=alert(1)>",
])
def test_raw_html_in_a_page_is_refused(body):
    assert any(m.startswith("HTML is niet toegestaan in een pagina") for m in findings(body)), body


@pytest.mark.parametrize(("body", "scheme"), [
    ("[klik](javascript:alert(1))", "javascript"),
    ("[klik](JaVaScRiPt:alert(1))", "javascript"),
    ("[klik](java\tscript:alert(1))", "javascript"),
    ("[klik]( javascript:alert(1))", "javascript"),
    ("![x](data:text/html;base64,PHNjcmlwdD4=)", "data"),
    ("[x](vbscript:msgbox)", "vbscript"),
    ("[x][r]\n\n[r]: javascript:alert(1)", "javascript"),
    ("[x](file:///etc/passwd)", "file"),
])
def test_links_with_another_scheme_are_refused(body, scheme):
    assert any(f"een link naar '{scheme}:' is niet toegestaan" in m for m in findings(body)), findings(body)


@pytest.mark.parametrize("body", ["[bron](https://169.254.169.254\\@example.org/latest/meta-data/)",
                                  "[bron](https://10.0.0.1&#92;@example.org/)", "[x][r]\n\n[r]: https://127.0.0.1\\@example.org/"])
def test_a_link_with_a_backslash_is_refused(body):
    """A browser reads '\\' as '/': the link would go to the address before it, not to the host it seems to name."""
    assert any("een link met een backslash" in m for m in findings(body)), findings(body)


@pytest.mark.parametrize("body", ["![teller](https://tracker.example/pixel.png)", "![x](//tracker.example/p.png)",
                                  "![x][r]\n\n[r]: https://tracker.example/p.png", "![x](\\\\\\\\tracker.example/p.png)"])
def test_an_image_from_another_host_is_refused(body):
    """A picture on another server is fetched by every reader's browser: the server can count who reads what."""
    assert any("staat op een andere server en wordt bij elke lezer daar opgehaald" in m for m in findings(body)), \
        findings(body)


@pytest.mark.parametrize("body", [
    '[x](https://example.org "&lt;img src=x onerror=alert(1)&gt;")',
    "Een woord.\n\n*[woord]: &lt;img src=x onerror=alert(1)&gt;",
    "![&lt;img src=x onerror=alert(1)&gt;](plaatje.png)",
])
def test_tooltips_and_titles_that_would_decode_to_markup_are_refused(body):
    assert any("bevat < of >; dat wordt in de browser HTML" in m for m in findings(body)), findings(body)


@pytest.mark.parametrize("body", [
    "Gewone tekst met een [link](../oplossingen/x.md), een [site](https://example.org) en <https://example.org>.",
    "Mail [ons](mailto:info@example.org) of bel [ons](tel:+31201234567). Een teken: &amp; en 5 &lt; 6.",
    "| Kop | Kop |\n|---|---|\n| a | b |",
    "!!! note \"Let op\"\n    Tekst.",
    "Een woord.\n\n*[woord]: Een gewone uitleg.",
    "![Een schema](../afbeeldingen/schema.png)",
])
def test_ordinary_markdown_passes(body):
    assert findings(body) == []


def test_the_check_catches_an_attribute_list_if_someone_enables_it_again():
    found: list[Finding] = []
    md = markdown.Markdown(extensions=[*EXTENSIONS, "attr_list", KennisbankExtension(GeneratedBlocks(), found.append)])
    md.convert("Tekst\n{: onclick=alert(1) style=color:red }\n\n## Kop { onmouseover=x }")
    assert {f.message.split("'")[1] for f in found} == {"onclick", "style", "onmouseover"}


def test_generated_blocks_are_inserted_as_elements_with_text_as_written():
    blocks = GeneratedBlocks()
    token = blocks.add('<p class="kb">*geen nadruk* &amp; &lt;b&gt;</p><ul><li><a href="../x.md">X</a></li></ul>')
    html = markdown.Markdown(extensions=[*EXTENSIONS, KennisbankExtension(blocks, lambda f: None)]).convert(
        f"Voor.\n\n{token}\n\nNa.")
    assert '<p class="kb">*geen nadruk* &amp; &lt;b&gt;</p>' in html
    assert '<a href="../x.md">X</a>' in html and token not in html


def test_a_placeholder_written_by_a_contributor_is_just_text():
    blocks = GeneratedBlocks()
    blocks.add("<p>geheim</p>")
    guessed = blocks.prefix[:-5] + "0000n0"
    html = markdown.Markdown(extensions=[KennisbankExtension(blocks, lambda f: None)]).convert(guessed)
    assert html == f"<p>{guessed}</p>"


def test_renderers_escape_data_that_bypassed_validation(kb):
    """Second line of defence: even a title with markup (validation switched off) comes out as text."""
    from kennisbank.model import Entity
    from kennisbank.render import Renderer

    barriere = next(iter(kb.barrieres.values()))
    hostile = '<img src=x onerror=alert(1)>"\''
    data = barriere.data.model_construct(**{**dict(barriere.data), "titel": hostile, "samenvatting": hostile})
    bad = Entity(barriere.soort, barriere.src, data)
    oplossing = kb.oplossingen_bij_barriere(barriere.id)[0]
    renderer = Renderer(kb)
    kb.barrieres[barriere.id] = bad
    try:
        html = renderer.relaties(kb.oplossingen[oplossing.id]) + renderer.overzicht("barrieres", "barrieres/index.md")
    finally:
        kb.barrieres[barriere.id] = barriere
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;&#34;&#39;" in html


# The full build -------------------------------------------------------------------------------------------------

# Valid for every plain-text field, and still dangerous if a template or the theme forgot to escape.
FRAGMENTS = ['"', "'", '" onmouseover="alert(1)', "' onfocus='alert(2)' autofocus='", "javascript:alert(3)",
             "*nadruk*", "_onder_", "# kop", "| pijp |", "\\", "--", "R&D", "&amp", "%s", "$(id)", "../..",
             "data-xss=1", "/* */", ") (", "!", "script", "ü é"]


def hostile(rng: random.Random, label: str) -> str:
    return f"XSS{label} " + " ".join(rng.sample(FRAGMENTS, 4))


# No field may contain a character reference (schema.plain_text), so one that a browser shows was escaped twice
# ("risico&amp;#x27;s" reads as "risico&#x27;s", also to a screen reader).
ESCAPED_TWICE = re.compile(r"&(#\d+|#x[0-9a-f]+|amp|quot|lt|gt|apos);", re.IGNORECASE)


class _Scan(HTMLParser):
    """Collects what a browser would see as markup (tags, attribute names, URL schemes) or as a stray entity."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_data(self, data):
        if ESCAPED_TWICE.search(data):
            self.problems.append(f"twee keer ge-escapet: {data.strip()[:60]!r}")

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("title", "aria-label", "alt", "content") and ESCAPED_TWICE.search(value or ""):
                self.problems.append(f"<{tag} {name}={value!r}> twee keer ge-escapet")
            if name.startswith("on") or name in ("autofocus", "data-xss"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src") and (value or "").strip().lower().startswith(("javascript:", "data:")):
                self.problems.append(f"<{tag} {name}={value}>")
            if name in ("title", "aria-label", "alt") and ("<" in (value or "") or ">" in (value or "")):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "object", "embed", "base"):
            self.problems.append(f"<{tag}>")


def markup_problems(html: str) -> list[str]:
    scan = _Scan()
    scan.feed(html)
    return scan.problems


def plant(project, rng: random.Random) -> None:
    """Hostile strings in every contributor field that takes text, and in every organisation field."""
    docs = project / "docs"
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for field in ("titel", "samenvatting", "tekst"):
            text = re.sub(rf"(?m)^(\s*(?:- )?{field}): .*$",
                          lambda m, f=field: f"{m.group(1)}: {json.dumps(hostile(rng, f))}", text)
        page.write_text(text, encoding="utf-8")
    for name, fields in (("bronnen.yml", ("titel", "uitgever", "over")), ("begrippen.yml", ("uitleg",))):
        path = docs / "_data" / name
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in items:
            for field in fields:
                item[field] = hostile(rng, field)
        path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    config = project / "voorbeelden/gemeente-voorbeeldstad/mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^(\s+(?:naam|uitleg)): .*$", lambda m: f"{m.group(1)}: {json.dumps(hostile(rng, 'org'))}",
                  text)
    text = text.replace("- titel: Meldroute in Voorbeeldstad", f"- titel: {json.dumps(hostile(rng, 'menu'))}")
    config.write_text(text, encoding="utf-8")


def test_hostile_but_valid_strings_in_every_field_stay_text_on_every_page_and_in_the_search_index(tmp_path):
    project = copy_project(tmp_path / "project")
    plant(project, random.Random(7))
    result = run_mkdocs(project, tmp_path / "site", config="voorbeelden/gemeente-voorbeeldstad/mkdocs.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    pages = sorted((tmp_path / "site").rglob("*.html"))
    assert len(pages) >= 50
    problems = {p.relative_to(tmp_path / "site").as_posix(): markup_problems(p.read_text(encoding="utf-8"))
                for p in pages}
    assert {page: found for page, found in problems.items() if found} == {}
    assert sum(p.read_text(encoding="utf-8").count("XSS") for p in pages) > 500, "de strings staan op de site"
    index = json.loads((tmp_path / "site/search/search_index.json").read_text(encoding="utf-8"))
    in_index = [markup_problems(f"<div>{doc.get('title', '')}</div><div>{doc.get('text', '')}</div>")
                for doc in index["docs"]]
    assert [p for p in in_index if p] == []
    assert sum(json.dumps(doc).count("XSS") for doc in index["docs"]) > 100


def test_the_scan_would_catch_unescaped_markup():
    """Proof that the check above can fail."""
    assert markup_problems('<p title="x" onmouseover="alert(1)">') == ["<p onmouseover=...>"]
    assert markup_problems('<a href=" javascript:alert(1)">x</a>') == ['<a href= javascript:alert(1)>']
    assert markup_problems('<abbr title="&lt;img src=x&gt;">x</abbr>') == ["<abbr title='<img src=x>'>"]
    assert markup_problems('<a aria-label="Vorige: risico&amp;#x27;s">x</a>') == [
        "<a aria-label='Vorige: risico&#x27;s'> twee keer ge-escapet"]
    assert markup_problems("<p>R&amp;amp;D</p>") == ["twee keer ge-escapet: 'R&amp;D'"]
    assert markup_problems("<p>R&amp;D &amp </p>") == []
