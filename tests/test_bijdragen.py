"""The contributor flow: a new page from a template, Markdown lint, Dutch spell check, CONTRIBUTING.md."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, copy_project, page_path, run_mkdocs
from spelling import check as spell_check

LINT_CONFIG = ROOT / ".pymarkdown.json"
WORD_LIST = ROOT / "docs/_data/woordenlijst.txt"


def contributed_files(root: Path) -> list[Path]:
    docs = [p for p in (root / "docs").rglob("*.md") if "_includes" not in p.parts]
    return [*sorted(docs), root / "docs/_data/begrippen.yml"]


def lint(paths: list[Path]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "pymarkdown", "--config", str(LINT_CONFIG), "scan", *map(str, paths)],
        capture_output=True, text=True, cwd=ROOT,
    )
    return [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]


def test_markdown_lint_passes():
    found = lint([p for p in contributed_files(ROOT) if p.suffix == ".md"] + sorted((ROOT / "sjablonen").glob("*.md")))
    assert found == [], "\n".join(found)


def test_markdown_lint_names_file_and_line(tmp_path):
    page = tmp_path / "pagina.md"
    page.write_text("---\nid: x\n---\n\n## Kop\nTekst direct onder de kop.\n\n\n\nTe veel lege regels.\n", "utf-8")
    problems = lint([page])
    assert any(re.match(rf"{re.escape(str(page))}:5:1: MD022", p) for p in problems), problems
    assert any(re.match(rf"{re.escape(str(page))}:9:1: MD012", p) for p in problems), problems


def test_spelling_of_all_contributed_prose():
    problems = [str(p) for p in spell_check(contributed_files(ROOT), WORD_LIST, ROOT)]
    assert problems == [], "\n".join(problems)  # every word at once, each with file and line


def test_spell_check_names_file_line_and_word_and_uses_the_word_list(tmp_path):
    page = tmp_path / "docs/pagina.md"
    page.parent.mkdir()
    page.write_text("---\ntitel: Een goede titel\nid: geen-woord-hier\n---\n\nDit is een fuot.\n"
                    "Het Wmo-loket en `codewoordx` en [link](https://example.org/xyzzy).\n", "utf-8")
    words = tmp_path / "woordenlijst.txt"
    words.write_text("", "utf-8")
    problems = [str(p) for p in spell_check([page], words, tmp_path)]
    assert problems == ["docs/pagina.md:6: 'fuot' staat niet in het woordenboek; klopt het, zet het dan in "
                        "docs/_data/woordenlijst.txt"]
    words.write_text("fuot\n", "utf-8")
    assert spell_check([page], words, tmp_path) == []


@pytest.fixture
def newcomer_project(tmp_path):
    project = copy_project(tmp_path / "project")
    for name in ("Makefile", "requirements.txt", "pyproject.toml", "sjablonen"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, project / name)
    return project


def make_nieuw(project: Path, kind: str, name: str) -> subprocess.CompletedProcess[str]:
    venv = Path(sys.executable).parents[1]
    # Make must not rebuild the venv: use the one running the tests and make the copied pins look older.
    os.utime(project / "requirements.txt", (0, 0))
    os.utime(project / "pyproject.toml", (0, 0))
    return subprocess.run(["make", "-s", "nieuw", f"VENV={venv}", f"TYPE={kind}", f"NAAM={name}"],
                          cwd=project, capture_output=True, text=True)


def test_newcomer_adds_a_solution_linked_to_two_barriers(newcomer_project, tmp_path):
    made = make_nieuw(newcomer_project, "oplossing", "Buddy voor nieuwe collega's")
    assert made.returncode == 0, made.stderr
    page = newcomer_project / "docs/oplossingen/buddy-voor-nieuwe-collegas.md"
    assert "Gemaakt: docs/oplossingen/buddy-voor-nieuwe-collegas.md" in made.stdout

    # The build names every field and line that still has to be filled in.
    first = run_mkdocs(newcomer_project, tmp_path / "site1")
    output = first.stdout + first.stderr
    assert first.returncode != 0
    prefix = "docs/oplossingen/buddy-voor-nieuwe-collegas.md:"
    assert f"{prefix} veld 'samenvatting': is leeg; vul dit veld in" in output
    assert f"{prefix} veld 'bronnen': is leeg; noem er minstens één" in output
    assert f"{prefix} veld 'barrieres': is leeg; noem er minstens één" in output
    assert re.search(rf"{re.escape(prefix)} regel \d+: tekst uit het sjabloon", output)

    # A few edits, as CONTRIBUTING.md describes them.
    text = page.read_text(encoding="utf-8")
    text = text.replace("samenvatting:\n", "samenvatting: Een ervaren collega helpt een nieuwe collega op weg.\n")
    text = text.replace("bronnen: []", "bronnen: [kis-verkenning-2025]")
    text = text.replace("barrieres: []", "barrieres: [witte-bubbel, geen-tijd-en-vrijblijvendheid]")
    text = text.replace("stappen: []", "stappen: [werkwijzen-aanpassen]")
    text = re.sub(r"(?m)^(\s*(?:[-*]\s+|\d+\.\s+)?)Vul in:.*$", r"\1Een eigen zin.", text)
    page.write_text(text, encoding="utf-8")

    second = run_mkdocs(newcomer_project, tmp_path / "site2")
    assert second.returncode == 0, second.stdout + second.stderr
    for barriere in ("witte-bubbel", "geen-tijd-en-vrijblijvendheid"):
        html = (tmp_path / f"site2/barrieres/{barriere}/index.html").read_text(encoding="utf-8")
        assert "../../oplossingen/buddy-voor-nieuwe-collegas/" in html, barriere


def test_make_nieuw_never_overwrites_and_explains_bad_input(newcomer_project):
    existing = newcomer_project / "docs/barrieres/weerstand.md"
    before = existing.read_text(encoding="utf-8")
    again = make_nieuw(newcomer_project, "barriere", "Weerstand")
    assert again.returncode != 0
    assert "docs/barrieres/weerstand.md bestaat al" in again.stderr
    assert existing.read_text(encoding="utf-8") == before
    wrong = make_nieuw(newcomer_project, "artikel", "Iets")
    assert "onbekend TYPE 'artikel'; kies uit barriere, oplossing, stap, recht, instrument" in wrong.stderr


def test_a_very_long_name_gets_a_short_file_name_and_keeps_its_title(tmp_path):
    from kennisbank.nieuw import MAX_SLUG, create

    (tmp_path / "sjablonen").mkdir()
    (tmp_path / "sjablonen/oplossing.md").write_text((ROOT / "sjablonen/oplossing.md").read_text(encoding="utf-8"),
                                                     encoding="utf-8")
    name = "Een oplossing met een naam die veel te lang is voor een bestandsnaam " * 5
    target = create("oplossing", name, root=tmp_path)
    assert len(target.stem) <= MAX_SLUG and not target.stem.endswith("-")
    assert name.strip() in target.read_text(encoding="utf-8")


def test_new_step_gets_the_next_number(newcomer_project, kb):
    assert make_nieuw(newcomer_project, "stap", "Vier het resultaat").returncode == 0
    text = (newcomer_project / "docs/stappenplan/vier-het-resultaat.md").read_text(encoding="utf-8")
    assert f"stap: {max(s.data.stap for s in kb.stappen.values()) + 1}" in text


def test_contributing_guide_covers_the_tasks():
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for topic in ("Een typefout verbeteren", "Een oplossing toevoegen", "Een checklistpunt toevoegen",
                  "Een bron toevoegen", "Een zoekwoord toevoegen", "Review", "make nieuw", "{% raw %}",
                  "Een voorbeeld toevoegen", "Signalen", "Platte tekst", "wet en recht",
                  "woordenlijst.txt"):
        assert topic in guide, topic


def test_the_field_reference_matches_the_schema():
    """VELDEN.md is generated (python -m kennisbank velden); a schema change without regenerating it fails here."""
    from kennisbank.fields import reference

    assert (ROOT / "VELDEN.md").read_text(encoding="utf-8") == reference(), "draai: make velden"


def test_the_field_reference_is_not_part_of_the_public_site(site):
    assert not (site.root / "velden").exists()
    assert "Velden voor schrijvers" not in site.html("")


def test_every_page_has_an_edit_link_when_the_repository_is_known(tmp_path, site):
    repo = "https://github.com/voorbeeld/kennisbank"
    env = {"KENNISBANK_REPO_URL": repo, "KENNISBANK_EDIT_URI": "edit/main/docs/"}
    result = run_mkdocs(ROOT, tmp_path / "site", env=env)
    assert result.returncode == 0, result.stderr
    pages = [p for p in (ROOT / "docs").rglob("*.md") if not p.relative_to(ROOT / "docs").parts[0].startswith("_")]
    for page in pages:
        src = page.relative_to(ROOT / "docs").as_posix()
        html = (tmp_path / "site" / page_path(src) / "index.html").read_text(encoding="utf-8")
        assert f'href="{repo}/edit/main/docs/{src}"' in html, src
    # Without a known repository there are no edit links at all, rather than links to a guessed address.
    assert "/edit/" not in site.html("barrieres/weerstand/")


def test_text_indented_by_a_word_processor_is_named_with_its_line(tmp_path):
    """Four spaces or a tab at the start of a paragraph (pasted from Word) would show it as code, in a grey box:
    the build names the line and says to remove them. Indented text under a list item stays allowed."""
    project = copy_project(tmp_path / "project")
    page = project / "docs/barrieres/weerstand.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n- Een punt.\n\n    Meer over dat punt.\n\nEen alinea.\n\n    Geplakt uit Word.\n",
                    encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode != 0
    line = len(text.split("\n")) + 7  # the pasted line, as the writer's editor counts it
    found = [m.strip() for m in result.stderr.splitlines() if "codeblok" in m]
    assert found == [f"docs/barrieres/weerstand.md:{line}: deze tekst wordt een codeblok (een grijs vak met "
                     "computerletters), omdat de regel met vier spaties of een tab begint, of tussen ``` staat. "
                     "Pagina's van de kennisbank hebben geen codeblokken: haal de spaties of de ``` weg"], found


@pytest.mark.parametrize("body", ["```\nGeplakte tekst\n```\n", "Tekst.\n\n\tMet een tab ervoor.\n"])
def test_a_code_block_gets_the_code_block_message_not_an_html_one(body):
    import markdown

    from kennisbank.markdown_ext import GeneratedBlocks, KennisbankExtension

    found = []
    extensions = ["abbr", "admonition", "tables", "toc", "pymdownx.details", "pymdownx.superfences"]
    markdown.Markdown(extensions=[*extensions, KennisbankExtension(GeneratedBlocks(), found.append)]).convert(body)
    assert [f.message.split(" (")[0] for f in found] == ["deze tekst wordt een codeblok"]


def test_the_example_page_in_the_readme_is_valid():
    """A writer copies the README's example front matter; it must pass the same check as a real page."""
    import yaml

    from kennisbank.schema import Oplossing

    block = re.search(r"```yaml\n---\n(.*?)---\n```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert block is not None
    Oplossing.model_validate(yaml.safe_load(block.group(1)))
