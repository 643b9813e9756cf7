"""The build is strict and refuses bad input: content errors, Jinja errors and broken links stop it."""

from __future__ import annotations

import re

import pytest
from mkdocs.utils.yaml import yaml_load

from helpers import ROOT, copy_project, run_mkdocs

MACRO_ERROR_MARKERS = ("Macro Rendering Error", "Macro Syntax Error", "_Macro_", "Traceback")


def test_config_is_strict_and_validates_links():
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))  # understands !ENV
    assert config["strict"] is True
    for key in ("not_found", "absolute_links", "unrecognized_links", "anchors"):
        assert config["validation"][key] == "warn", key
    macros = config["plugins"]["macros"]
    assert macros["on_error_fail"] is True and macros["on_undefined"] == "strict"


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


def test_broken_link_fails_the_build_without_command_line_flags(project, tmp_path):
    page = project / "docs/over.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[kapot](bestaat-niet.md)\n", encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode != 0
    assert "bestaat-niet.md" in result.stderr


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
