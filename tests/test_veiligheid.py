"""Untrusted Markdown cannot reach Python internals, secrets, files outside docs, or the MkDocs config.

Each known template-injection payload is built with a canary secret in the environment and a secret file beside the
project: the build must fail or render the payload inertly, and neither the log nor any output file may contain the
canary or the secret file's content.
"""

from __future__ import annotations

import secrets

import pytest

from conftest import copy_project, run_mkdocs

PAYLOADS = [
    "{{ config }}",
    "{{ config.extra }}",
    "{{ environment }}",
    "{{ plugin }}",
    "{{ git }}",
    "{{ macros_info() }}",
    "{{ context() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ self.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].environ }}",
    "{{ cycler.__init__.__globals__.os.environ }}",
    "{{ joiner.__init__.__globals__['os'].popen('env').read() }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ overzicht.__globals__['os'].environ }}",
    "{{ page.meta.__class__.__base__.__subclasses__() }}",
    "{{ page.__class__.__init__.__globals__ }}",
    "{% include '../../geheim.txt' %}",
    "{% include '/etc/hostname' %}",
    "{% import '../../macros.py' as m %}",
    "{{ range.__self__ }}",
    "{{ kennisbank }}",
]


@pytest.fixture(scope="module")
def canary():
    return "kanarie-" + secrets.token_hex(12)


def build_with(tmp_path, page: str, text: str, canary: str):
    project = copy_project(tmp_path / "project")
    secret = "geheime-inhoud-" + secrets.token_hex(12)
    (tmp_path / "geheim.txt").write_text(secret, encoding="utf-8")  # outside docs, beside the project
    target = project / "docs" / page
    target.write_text(target.read_text(encoding="utf-8") + f"\n\n{text}\n", encoding="utf-8")
    site_dir = tmp_path / "site"
    result = run_mkdocs(project, site_dir, env={"KENNISBANK_CANARY": canary})  # like a CI secret
    leaked = [str(p) for p in site_dir.rglob("*") if p.is_file() and (canary.encode() in p.read_bytes()
                                                                       or secret.encode() in p.read_bytes())]
    return result, leaked, secret


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_a_template_page_fails_the_build_without_leaking(tmp_path, canary, payload):
    result, leaked, secret = build_with(tmp_path, "matrix.md", payload, canary)
    log = result.stdout + result.stderr
    assert result.returncode != 0, f"payload werd uitgevoerd: {payload}"
    assert canary not in log and secret not in log
    assert leaked == []


def test_attribute_walk_is_named_as_unsafe_with_the_file(tmp_path, canary):
    result, _, _ = build_with(tmp_path, "matrix.md", "{{ lipsum.__globals__ }}", canary)
    assert "onveilige template-expressie in docs/matrix.md" in result.stdout + result.stderr


def test_payloads_in_a_content_page_render_as_plain_text(tmp_path, canary):
    """Content pages are not templates: whatever they contain is shown as written."""
    result, leaked, secret = build_with(tmp_path, "barrieres/weerstand.md", "\n\n".join(PAYLOADS), canary)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert canary not in log and secret not in log and leaked == []
    html = (tmp_path / "site/barrieres/weerstand/index.html").read_text(encoding="utf-8")
    assert "{{ config }}" in html and "{{ environment }}" in html, "de tekst hoort er letterlijk te staan"


def test_documented_literal_braces_render_literally(tmp_path, canary):
    """CONTRIBUTING.md: on a content page write braces as they are; on a template page wrap them in raw."""
    content_page = "Schrijf `{{ naam }}` in een codevoorbeeld, of gewoon {{ naam }} in een zin."
    result, _, _ = build_with(tmp_path, "barrieres/weerstand.md", content_page, canary)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/barrieres/weerstand/index.html").read_text(encoding="utf-8")
    assert "<code>{{ naam }}</code>" in html and "gewoon {{ naam }} in een zin" in html

    template_page = "{% raw %}Een voorbeeld: {{ overzicht() }}{% endraw %}"
    result, _, _ = build_with(tmp_path / "b", "matrix.md", template_page, canary)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "b/site/matrix/index.html").read_text(encoding="utf-8")
    assert "Een voorbeeld: {{ overzicht() }}" in html


def test_macros_still_work_in_the_sandbox(site):
    assert site.soup("matrix/").select_one("article table") is not None
    assert site.soup("velden/").find("code", string="barrieres") is not None
