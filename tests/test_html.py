"""The HTML we produce validates: the W3C Nu HTML Checker (vnu, npm package vnu-jar, run with Debian's Java) finds
no error in the built site except the known ones in Material's own templates (listed in README, "HTML-validatie")."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT

VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"

# Errors that come from Material's templates, not from ours: (message, pattern the extract must match).
MATERIAL = [
    # base.html puts autocomplete="off" on its hidden checkboxes (menu, search, colour scheme toggles).
    ("Attribute “autocomplete” is only allowed when the input type is", r'<input class="md-toggle"[^>]*type="checkbox"'),
]


def vnu(target: Path) -> list[dict]:
    java = shutil.which("java")
    if not java or not VNU.exists():
        pytest.fail("vnu ontbreekt: make test installeert Java (Debian: default-jre-headless) en vnu-jar (npm ci)")
    result = subprocess.run([java, "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html",
                             str(target)], capture_output=True, text=True, timeout=600)
    return [m for m in json.loads(result.stderr)["messages"] if m["type"] == "error"]


def ours(messages: list[dict]) -> list[str]:
    """Errors that are not one of Material's known ones: file, line, message."""
    found = []
    for m in messages:
        known = any(m["message"].startswith(text) and re.search(pattern, m.get("extract", ""))
                    for text, pattern in MATERIAL)
        if not known:
            found.append(f"{m.get('url', '').rsplit('/site', 1)[-1]}:{m.get('lastLine')}: {m['message']}")
    return found


@pytest.fixture(scope="module")
def messages(site):
    return vnu(site.root)


def test_no_html_errors_of_our_own(messages):
    assert ours(messages) == []


def test_material_errors_are_still_the_listed_ones(messages):
    """If Material fixes its templates, the list in README and here can go."""
    assert {text for text, _ in MATERIAL} == {t for t, _ in MATERIAL if any(m["message"].startswith(t) for m in messages)}


def test_the_check_catches_planted_errors(site, tmp_path):
    page = site.html("stappenplan/verkennen/")
    planted = page.replace("<h2", '<label for="bestaat-niet">x</label><h4', 1).replace("</h2>", "</h4>", 1)
    (tmp_path / "index.html").write_text(planted, encoding="utf-8")
    found = "\n".join(ours(vnu(tmp_path)))
    assert "“for” attribute of the “label” element" in found
    assert "skipping" in found


def test_the_guarded_storage_helpers_differ_from_materials_only_in_the_guard():
    """overrides/partials/javascripts/base.html replaces Material's helpers; if a new Material changes them, this
    says so, instead of the site silently keeping old helpers."""
    import material

    def script(path):
        return re.search(r"<script>(.*?)</script>", path.read_text(encoding="utf-8"), re.DOTALL).group(1)

    theirs = script(Path(material.__file__).parent / "templates/partials/javascripts/base.html")
    ours = script(ROOT / "overrides/partials/javascripts/base.html")
    assert theirs.split(",__md_get=")[0] == ours.split(",__md_get=")[0]
    assert theirs.split(",__md_get=")[1] == (
        '(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,'
        'a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
    ), "Material's opslaghelpers zijn veranderd; pas overrides/partials/javascripts/base.html aan"
    assert "try{return JSON.parse" in ours
