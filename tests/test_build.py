"""The build is strict and refuses bad input: content errors, Jinja errors and broken links stop it."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from helpers import ROOT, copy_project, run_mkdocs

MACRO_ERROR_MARKERS = ("Macro Rendering Error", "Macro Syntax Error", "_Macro_", "Traceback")


def test_site_builds_without_warnings(site):
    assert "WARNING" not in site.log, site.log
    assert "ERROR" not in site.log, site.log


def test_no_page_shows_a_macro_error(site):
    for path in site.pages():
        text = path.read_text(encoding="utf-8")
        for marker in MACRO_ERROR_MARKERS:
            assert marker not in text, f"{path.relative_to(site.root)} toont '{marker}'"
        assert "{{" not in text and "{%" not in text, f"{path.relative_to(site.root)} bevat een niet-uitgevoerde macro"


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


@pytest.mark.parametrize(
    "planted",
    [
        "{{ onbekende_variabele }}",  # undefined variable: on_undefined: strict
        "{{ overzicht('bestaat-niet') }}",  # a macro that raises
        "{% if %}",  # template syntax error
    ],
)
def test_jinja_error_fails_the_build(project, tmp_path, planted):
    page = project / "docs/matrix.md"  # a page with `render_macros: true`
    page.write_text(page.read_text(encoding="utf-8") + f"\n{planted}\n", encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode != 0, "een Jinja-fout liet de build slagen"
    assert "matrix.md" in result.stdout + result.stderr


BROKEN_LINKS = {  # planted link → what the build reports
    "[kapot](bestaat-niet.md)": "bestaat-niet.md",
    "[kapot anker](barrieres/weerstand.md#bestaat-niet)": "#bestaat-niet",
    "[absoluut](/barrieres/weerstand/)": "/barrieres/weerstand/",
    "[onbekend](barrieres/)": "'barrieres/'",
}


def test_broken_links_and_anchors_fail_the_build_without_command_line_flags(project, tmp_path):
    """Strictness comes from mkdocs.yml (strict, validation), so a plain `mkdocs build` refuses each of these; one
    build reports all of them."""
    page = project / "docs/over.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n" + "\n\n".join(BROKEN_LINKS) + "\n", encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode != 0
    for reported in BROKEN_LINKS.values():
        assert reported in result.stderr
    # The same links also in Dutch, with their line (the anchor only in MkDocs' own words).
    assert result.stderr.count("docs/over.md:") == len(BROKEN_LINKS) - 1, result.stderr


def test_the_model_and_the_organisation_are_loaded_once_per_build(tmp_path, monkeypatch):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import kennisbank.plugin
    from kennisbank.__main__ import organisation_overrides
    from kennisbank.schema import Organisatie

    calls: Counter[str] = Counter()
    real_load, real_validate = kennisbank.plugin.load, Organisatie.model_validate

    def counted_load(docs):
        calls["model"] += 1
        return real_load(docs)

    def counted_validate(cls, value, **options):
        calls["organisatie"] += 1
        return real_validate(value, **options)

    monkeypatch.setattr(kennisbank.plugin, "load", counted_load)
    monkeypatch.setattr(Organisatie, "model_validate", classmethod(counted_validate))
    config_file = ROOT / "voorbeelden/gemeente-voorbeeldstad/mkdocs.yml"
    config = load_config(str(config_file), site_dir=str(tmp_path / "site"), **organisation_overrides(config_file))
    build(config)
    assert calls == {"model": 1, "organisatie": 1}
    assert (tmp_path / "site/lokaal/meldroute/index.html").exists()


def test_bad_content_stops_the_build_with_one_line_per_problem(project, tmp_path):
    oplossing = project / "docs/oplossingen/omgaan-met-weerstand.md"
    text = oplossing.read_text(encoding="utf-8")
    oplossing.write_text(re.sub(r"(?m)^barrieres: \[", "barrieres: [weerstnd, ", text, count=1), encoding="utf-8")
    barriere = project / "docs/barrieres/weerstand.md"
    barriere.write_text(barriere.read_text(encoding="utf-8").replace("status: concept", "status: klaar"), encoding="utf-8")
    site_dir = tmp_path / "site"
    result = run_mkdocs(project, site_dir)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "De inhoud heeft 2 fouten" in output
    assert (
        "docs/oplossingen/omgaan-met-weerstand.md: veld 'barrieres[0]': onbekende barrière 'weerstnd'; "
        "bedoelde je 'weerstand'?" in output
    )
    assert "docs/barrieres/weerstand.md: veld 'status': 'klaar' is ongeldig; kies uit 'concept' of 'gereviewd'" in output
    assert "Traceback" not in output
    assert not (site_dir / "index.html").exists(), "een kapotte build mag geen halve site achterlaten"


def test_every_page_is_in_dutch_also_the_404_page_and_the_footer(site):
    """WCAG 3.1.2 and 2.4.2: no English "Made with ..." under the Dutch pages; the page for an address that does not
    exist says so in Dutch, has its own title and links on (Material's says "404 - Not found")."""
    import yaml

    teksten = yaml.safe_load((ROOT / "overrides/kennisbank/teksten.yml").read_text(encoding="utf-8"))["niet_gevonden"]
    assert [p for p in site.pages() if "Made with" in p.read_text(encoding="utf-8")] == []
    page = site.soup("404.html")
    assert page.title.get_text().startswith(teksten["titel"])
    assert page.select_one("article h1").get_text() == teksten["titel"]
    assert [a.get_text() for a in page.select("article li a")] == list(teksten["links"].values())
    assert "Not found" not in page.get_text()
