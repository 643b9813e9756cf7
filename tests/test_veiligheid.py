"""Threat model: a pull request that only changes docs/ can never run code, read secrets or put script on a page.

Who attacks: anyone who opens a pull request. What they control: every file under docs/ (pages, front matter,
_data/, _includes/), and symlinks in it. What they want: a secret of the machine that builds the pull request (CI
secrets in the environment, files beside the checkout), code execution on that machine (now or at a later Python
start), or script on the published site. What the build must guarantee, each proved by a full build below with a
random canary in the environment and a secret file beside the project:

1. Template pages see only an allowlist of names; a page is a template only when mkdocs.yml lists it.
2. Symlinks under docs/, docs/_includes/ or an overlay folder stop the build.
3. Contributor fields are plain text, and page bodies cannot carry HTML, event handlers or script links.
4. The nginx CSP only trusts the theme's own inline scripts.
5. Only pages and raster images are published from docs/, with plain names, never in place of a theme file; the
   front matter of every page is on an allowlist (Material prints title, description, template and the like
   unescaped); a page title from a heading is escaped; YAML holds plain data only (no aliases, no binary, no key twice).

Fast unit tests of the template sandbox are in test_sandbox.py; escaping on output in test_xss.py.
"""

from __future__ import annotations

import secrets

import pytest

from helpers import copy_project, run_mkdocs


@pytest.fixture
def attack(tmp_path):
    """A private copy of the project, a canary 'CI secret', a secret file beside it and a path a payload may write."""
    project = copy_project(tmp_path / "project")
    canary = "kanarie-" + secrets.token_hex(12)
    secret = "geheime-inhoud-" + secrets.token_hex(12)
    (tmp_path / "geheim.txt").write_text(secret, encoding="utf-8")
    written = tmp_path / "buiten-de-site"

    class Attack:
        root = project
        secret_value = canary
        site = tmp_path / "site"
        target = written

        @staticmethod
        def build(config: str = "mkdocs.yml"):
            result = run_mkdocs(project, Attack.site, env={"KENNISBANK_CANARY": canary}, config=config)
            Attack.log = result.stdout + result.stderr
            return result

        @staticmethod
        def replace(path: str, old: str, new: str) -> None:
            """Change one page of the copy, as a pull request would."""
            page = project / path
            text = page.read_text(encoding="utf-8")
            assert old in text, f"{old!r} staat niet in {path}"
            page.write_text(text.replace(old, new, 1), encoding="utf-8")

        @staticmethod
        def append(path: str, added: str) -> None:
            """Add text at the end of one file of the copy, as a pull request would."""
            page = project / path
            page.write_text(page.read_text(encoding="utf-8") + added, encoding="utf-8")

        @staticmethod
        def leaks() -> list[str]:
            """Where the canary, the secret file's content or a payload's file ended up."""
            found = [str(p) for p in Attack.site.rglob("*") if p.is_file()
                     and (canary.encode() in p.read_bytes() or secret.encode() in p.read_bytes())]
            if canary in Attack.log or secret in Attack.log:
                found.append("build log")
            if written.exists():
                found.append(str(written))
            return found

    return Attack


def read_environment(attack) -> str:
    """Reads the process environment through MkDocs' own file objects (no attribute walk, no underscore)."""
    return ("{{ files.documentation_pages()[0].generated(namespace(site_dir='/tmp', use_directory_urls=True, "
            "plugins=namespace(_current_plugin='x')), 'x.txt', abs_src_path='/proc/self/environ').content_string }}")


def write_file(attack) -> str:
    """Writes a file anywhere the build user can (e.g. a .pth file in site-packages), through File.copy_file()."""
    return ("{{ files.documentation_pages()[0].generated(namespace(site_dir='" + str(attack.target) + "', "
            "use_directory_urls=False, plugins=namespace(_current_plugin='x')), 'x.pth', content='import os')"
            ".copy_file() }}")


# 1. Templates ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", [read_environment, write_file,
                                     lambda a: "{{ navigation.pages[0].file.abs_src_path }}",
                                     lambda a: "{{ config.plugins }}", lambda a: "{{ macros_info() }}"])
def test_a_listed_template_page_cannot_reach_files_navigation_or_config(attack, payload):
    attack.append("docs/matrix.md", "\n\n" + payload(attack) + "\n")
    result = attack.build()
    assert result.returncode != 0, "de payload werd uitgevoerd"
    assert "docs/matrix.md" in attack.log
    assert attack.leaks() == []


@pytest.mark.parametrize("value", ["true", "1", "yes"])  # mkdocs-macros takes anything equal to True
def test_render_macros_on_an_unlisted_page_stops_the_build_before_anything_runs(attack, value):
    page = attack.root / "docs/aanval.md"
    page.write_text(f"---\nrender_macros: {value}\n---\n\n# Aanval\n\n" + write_file(attack) + "\n\n"
                    + read_environment(attack) + "\n", encoding="utf-8")
    result = attack.build()
    assert result.returncode != 0
    assert ("docs/aanval.md: veld 'render_macros': hoort niet in een pagina: alleen pagina's die in mkdocs.yml bij "
            "plugins.macros.force_render_paths staan") in attack.log
    assert attack.leaks() == []


def test_payloads_in_a_content_page_are_shown_as_written(attack):
    payload = read_environment(attack) + "\n\n" + write_file(attack)
    attack.append("docs/barrieres/weerstand.md", "\n\n" + payload + "\n")
    result = attack.build()
    assert result.returncode == 0, attack.log
    assert attack.leaks() == []
    html = (attack.site / "barrieres/weerstand/index.html").read_text(encoding="utf-8")
    assert "{{ files.documentation_pages()[0].generated(" in html


# 2. Symlinks ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["docs/lek.md", "docs/_includes/lek.md", "docs/barrieres/lek",
                                   "voorbeelden/gemeente-voorbeeldstad/eigen/lokaal/lek.txt"])
def test_a_symlink_stops_the_build_and_publishes_nothing(attack, where):
    link = attack.root / where
    link.symlink_to(attack.root.parent / "geheim.txt")
    config = "voorbeelden/gemeente-voorbeeldstad/mkdocs.yml" if where.startswith("voorbeelden") else "mkdocs.yml"
    result = attack.build(config)
    assert result.returncode != 0
    assert f"{where}: is een symbolische link" in attack.log
    assert attack.leaks() == []


def test_a_symlinked_folder_is_refused_too(attack):
    (attack.root / "docs/extern").symlink_to(attack.root.parent, target_is_directory=True)
    assert attack.build().returncode != 0
    assert "docs/extern: is een symbolische link" in attack.log
    assert attack.leaks() == []


def test_an_overlay_outside_the_organisation_folder_is_refused(attack):
    config = attack.root / "voorbeelden/gemeente-voorbeeldstad/mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("overlay: eigen", "overlay: ../../docs"),
                      encoding="utf-8")
    result = attack.build("voorbeelden/gemeente-voorbeeldstad/mkdocs.yml")
    assert result.returncode != 0
    assert "veld 'organisatie.overlay': '../../docs' moet een map binnen de map van de organisatie zijn" in attack.log


# 3. Script on the site -------------------------------------------------------------------------------------------


def test_markup_in_a_title_stops_the_build_with_file_and_field(attack):
    attack.replace("docs/barrieres/weerstand.md", "titel: Weerstand",
                   "titel: 'Weerstand<meta http-equiv=refresh content=\"0;url=https://example.org\">'")
    result = attack.build()
    assert result.returncode != 0
    assert "docs/barrieres/weerstand.md: veld 'titel':" in attack.log
    assert "geen HTML" in attack.log
    assert not (attack.site / "index.html").exists()


def test_raw_html_in_a_page_body_stops_the_build_with_file_and_line(attack):
    page = attack.root / "docs/over.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "<script>document.title = 'gehackt'</script>")
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = attack.build()
    assert result.returncode != 0
    assert "docs/over.md: regel 4: HTML is niet toegestaan in een pagina: <script>" in attack.log
    assert not (attack.site / "index.html").exists()


# 4. CSP -----------------------------------------------------------------------------------------------------------


def test_the_nginx_generator_refuses_an_inline_script_it_does_not_know(site, tmp_path):
    import shutil

    from kennisbank.nginx import UnknownInlineScriptError, generate

    copy = tmp_path / "site"
    shutil.copytree(site.root, copy)
    page = copy / "over/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", "<script>alert(1)</script></article>"),
                    encoding="utf-8")
    with pytest.raises(UnknownInlineScriptError) as refused:
        generate(copy, tmp_path / "nginx", "127.0.0.1:8080")
    assert "over/index.html" in str(refused.value) and "alert(1)" in str(refused.value)
    assert not (tmp_path / "nginx/kennisbank.conf").exists()


def test_the_leak_check_catches_a_planted_canary_and_file(attack):
    """Proof that the checks above can fail: plant what a working payload would leave behind."""
    attack.site.mkdir()
    (attack.site / "pagina.html").write_text(f"<p>{attack.secret_value}</p>", encoding="utf-8")
    attack.target.write_text("import os", encoding="utf-8")
    attack.log = ""
    assert attack.leaks() == [str(attack.site / "pagina.html"), str(attack.target)]


# 5. Files, front matter and YAML --------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "content", "message"), [
    ("docs/assets/javascripts/gedeeld.js", "alert(document.domain)",
     "docs/assets/javascripts/gedeeld.js: bestanden van het type '.js' komen niet op de site"),
    ("docs/assets/javascripts/workers/zoeken.js", "alert(1)", "bestanden van het type '.js' komen niet op de site"),
    ("docs/aanval.html", "<script src=x.js></script>", "docs/aanval.html: bestanden van het type '.html'"),
    ("docs/plaatje.svg", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
     "docs/plaatje.svg: bestanden van het type '.svg'"),
    ('docs/x" onmouseover="alert(1)" y=".md', "# Pagina\n", "namen van bestanden en mappen bestaan uit kleine letters"),
    ("docs/Nieuwe Pagina.md", "# Pagina\n", "'Nieuwe Pagina': namen van bestanden en mappen bestaan uit kleine "
                                             "letters, cijfers en streepjes, zoals 'nieuwe-pagina'"),
])
def test_only_pages_and_images_with_plain_names_are_published(attack, path, content, message):
    (attack.root / path).parent.mkdir(parents=True, exist_ok=True)
    (attack.root / path).write_text(content, encoding="utf-8")
    result = attack.build()
    assert result.returncode != 0
    assert message in attack.log
    assert not attack.site.exists() or not any(attack.site.rglob("*.js"))


def test_an_image_cannot_take_the_place_of_a_theme_file(attack):
    (attack.root / "docs/assets/images").mkdir(parents=True)
    (attack.root / "docs/assets/images/favicon.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = attack.build()
    assert result.returncode != 0
    assert "docs/assets/images/favicon.png: vervangt het bestand 'assets/images/favicon.png' van het thema" in attack.log


@pytest.mark.parametrize(("front_matter", "field"), [
    ("title: '<img src=x onerror=alert(1)>'", "title"),
    ("description: '\"><img src=x onerror=alert(2)>'", "description"),
    ("subtitle: '<img src=x onerror=alert(3)>'", "subtitle"),
    ("template: redirect.html\nlocation: https://evil.example/", "template"),
    ("status: '\"><img src=x>'", "status"),
    ("b: !!binary eA==", "b"),
])
def test_the_front_matter_of_any_page_is_on_an_allowlist(attack, front_matter, field):
    page = attack.root / "docs/over.md"
    page.write_text(f"---\n{front_matter}\n---\n\n" + page.read_text(encoding="utf-8"), encoding="utf-8")
    result = attack.build()
    assert result.returncode != 0
    assert f"docs/over.md: veld '{field}': onbekend veld" in attack.log or "docs/over.md: een waarde van de soort 'bytes'" \
        in attack.log
    assert "<img" not in attack.log or "onbekend veld" in attack.log


def test_metadata_without_front_matter_block_is_refused(attack):
    page = attack.root / "docs/over.md"
    page.write_text("Subtitle: <img src=x onerror=alert(document.domain)>\n\n" + page.read_text(encoding="utf-8"),
                    encoding="utf-8")
    result = attack.build()
    assert result.returncode != 0
    assert "docs/over.md: regel 1 ('Subtitle: <img src=x onerror=alert(document.domain)>') leest MkDocs als een veld" \
        in attack.log


def test_a_heading_with_encoded_markup_stays_text_in_the_title(attack):
    attack.replace("docs/checklist.md", "# Complete checklist",
                   "# Lijst&lt;/title&gt;&lt;meta http-equiv=refresh content=0;url=https://evil.example&gt;")
    result = attack.build()
    assert result.returncode == 0, attack.log
    html = (attack.site / "checklist/index.html").read_text(encoding="utf-8")
    assert "<meta http-equiv=refresh" not in html
    assert "<title>Lijst&lt;/title&gt;&lt;meta http-equiv=refresh" in html


def test_a_yaml_alias_bomb_is_refused_at_once(attack):
    page = attack.root / "docs/barrieres/weerstand.md"
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"] + [
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(8)]
    bomb = "anker:\n" + "\n".join("  " + line for line in levels) + "\n"
    text = page.read_text(encoding="utf-8").replace("---\n", "---\n" + bomb, 1)
    page.write_text(text, encoding="utf-8")
    result = attack.build()
    assert result.returncode != 0
    assert "docs/barrieres/weerstand.md: gebruik geen YAML-verwijzingen (&naam en *naam)" in attack.log
    assert "MemoryError" not in attack.log


@pytest.mark.parametrize(("payload", "message"), [
    ("\n" + "[" * 200_000 + "\n", "regel {line} is 200000 tekens lang; hoogstens 2000"),
    ("\n" + ("Een gewone zin van een pagina. " * 50 + "\n\n") * 40, "de pagina is {size} tekens lang; hoogstens 50000"),
    ("\n" + "## a\n" * 9_000, "de pagina heeft {lines} regels; hoogstens 1500"),
    ('\n!!! md-consent__overlay "Deze site is verhuisd"\n    Ga naar de nieuwe site.\n',
     "regel {line}: 'md-consent__overlay' is geen soort notitie"),
])
def test_a_page_that_would_take_minutes_to_convert_is_refused_before_conversion(attack, payload, message):
    """Python-Markdown takes quadratic time on a long line of '[' (20,000 take over a minute)."""
    page = attack.root / "docs/instrumenten/bestuursnotitie.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + payload, encoding="utf-8")
    result = attack.build()
    assert result.returncode != 0
    assert "docs/instrumenten/bestuursnotitie.md: " in attack.log
    assert message.format(line=len(text.splitlines()) + 2, size=len(text + payload),
                          lines=(text + payload).count("\n") + 1) in attack.log


@pytest.mark.parametrize("character", ["\u202e", "\u2066", "\u200b", "\u200f", "\u2028", "\U000e0049", "\u00ad",
                                       "\x9b", "\u034f", "\u3164", "\ufe00", "\ufffa"])
def test_an_invisible_character_in_a_title_or_a_page_is_refused(attack, character):
    page = attack.root / "docs/barrieres/weerstand.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("titel: ", f"titel: Weer{character}stand ", 1), encoding="utf-8")
    attack.append("docs/over.md", f"\nDownload gnp{character}.exe hier.\n")
    other = attack.root / "docs/over.md"
    result = attack.build()
    assert result.returncode != 0
    assert "docs/barrieres/weerstand.md: " in attack.log and "onzichtbaar teken" in attack.log
    assert f"docs/over.md: regel {len(other.read_text(encoding='utf-8').split(chr(10))) - 1} bevat een onzichtbaar " \
           f"teken (U+{ord(character):04X})" in attack.log


def test_a_code_block_gets_a_message_that_says_what_and_where(attack):
    page = attack.root / "docs/over.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n```\ncode\n```\n", encoding="utf-8")
    result = attack.build()
    assert result.returncode != 0
    assert (f"docs/over.md: regel {len(text.split(chr(10))) + 1}: een codeblok (```) hoort niet op deze site"
            in attack.log)


# Second review: names that start with _, paragraphs, template output, nesting, long fields -------------------------


@pytest.mark.parametrize(("path", "content", "message"), [
    ("docs/_x/index.html", "<script src=/_evil.js></script>", "docs/_x/index.html: bestanden van het type '.html'"),
    ("docs/_evil.js", "alert(1)", "docs/_evil.js: bestanden van het type '.js'"),
    ("docs/_pagina.md", "---\ntitle: '<img src=x onerror=alert(1)>'\n---\n# P\n", "docs/_pagina.md: veld 'title': "
                                                                                   "onbekend veld"),
    ("docs/barrieres/_x/a.md", "# A\n", "'_x': namen van bestanden en mappen bestaan uit kleine letters"),
    ("docs/nieuw\n.md", "# Nieuw\n", "namen van bestanden en mappen bestaan uit kleine letters"),
    ("docs/over-x.md/pagina.md", "# P\n", "'over-x.md': namen van bestanden en mappen"),
    ("docs/latin1.md", b"# Caf\xe9\n", "docs/latin1.md: is geen UTF-8-tekst"),
    ("docs/bom.md", b"\xef\xbb\xbf# Pagina\r\n\r\nTekst.\r\n", "docs/bom.md: begint met een onzichtbaar teken (BOM)"),
])
def test_only_data_and_includes_are_exempt_from_the_file_checks(attack, path, content, message):
    (attack.root / path).parent.mkdir(parents=True, exist_ok=True)
    data = content if isinstance(content, bytes) else content.encode()
    (attack.root / path).write_bytes(data)
    result = attack.build()
    assert result.returncode != 0
    assert message in attack.log and "Traceback" not in attack.log


def test_a_paragraph_full_of_brackets_is_refused_before_conversion(attack):
    page = attack.root / "docs/over.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n" + ("[" * 1999 + "\n") * 24, encoding="utf-8")
    result = attack.build()
    assert result.returncode != 0
    assert f"docs/over.md: de alinea vanaf regel {len(text.split(chr(10))) + 1} heeft meer dan 200 keer '['" \
        in attack.log


def test_what_a_template_page_produces_is_checked_like_a_page(attack):
    attack.replace("docs/matrix.md", "{{ matrix() }}", '{{ matrix() }}\n\n{{ "[" * 200000 }}')
    result = attack.build()
    assert result.returncode != 0
    assert "docs/matrix.md (na het sjabloon): regel" in attack.log and "tekens lang; hoogstens 2000" in attack.log


@pytest.mark.parametrize(("path", "message"), [("docs/over.md", "docs/over.md: front matter is dieper genest dan 20"),
                                               ("docs/_data/woorden.yml", "is dieper genest dan 20 niveaus")])
def test_deeply_nested_yaml_is_refused_with_a_message_not_a_crash(attack, path, message):
    page = attack.root / path
    bomb = "search: " + "[" * 23_000 + "]" * 23_000  # within the 50,000 characters of a page
    if path.endswith(".md"):
        page.write_text(f"---\n{bomb}\n---\n" + page.read_text(encoding="utf-8"), encoding="utf-8")
    else:
        page.write_text(f"- term: x\n  {bomb}\n" + page.read_text(encoding="utf-8"), encoding="utf-8")
    result = attack.build()
    assert result.returncode == 1, "een crash (zoals 139) geeft geen melding"
    assert message in attack.log


def test_a_glossary_explanation_cannot_blow_up_every_page(attack):
    attack.append("docs/_data/begrippen.yml", "- term: de\n  uitleg: " + "lang " * 100_000 + "\n")
    result = attack.build()
    assert result.returncode != 0
    assert "docs/_data/begrippen.yml:" in attack.log and "veld '[" in attack.log
    assert "tekens lang; hoogstens 500" in attack.log


@pytest.mark.parametrize(("page", "heading"), [
    ("docs/over.md", '{"__config":[]}'),
    ("docs/over.md", "Kb zs codes"),
])
def test_a_heading_may_not_take_an_address_the_site_uses_itself(attack, page, heading):
    """A heading '{"__config":[]}' gets the id __config, from which Material's script reads its configuration."""
    attack.append(page, f"\n## {heading}\n\nTekst.\n")
    result = attack.build()
    assert result.returncode != 0
    assert "dat gebruikt de site zelf; kies een andere kop" in attack.log


@pytest.mark.parametrize(("payload", "message"), [
    ('*[zzqq]: <img src="x" onerror="alert(document.domain)"/>', "HTML is niet toegestaan in een pagina: <"),
    ("*[zzqq]: een uitleg die op geen pagina komt", "een afkortingsregel (*[...]: ...) hoort niet"),
    ('Meer informatie: <img\nsrc="x@y"\nonerror="alert(document.domain)">', "HTML is niet toegestaan in een pagina: <"),
    ("Lees [de handleiding][ẞ] voor meer.\n\n[ss]: javascript:alert(document.domain)", "een verwijzing ([naam]: adres)"),
    ("[x]: https://example.org/\n\n[ß]: https://example.org/", "een verwijzing ([naam]: adres)"),
])
def test_what_another_markdown_program_would_run_never_reaches_the_download(attack, payload, message):
    """The .md download is the page's source; text that Python-Markdown leaves inert (an unused abbreviation, a tag
    it reads as an e-mail address, a label only CommonMark's case folding matches) is refused in the source."""
    attack.append("docs/instrumenten/bestuursnotitie.md", "\n" + payload + "\n")
    result = attack.build()
    assert result.returncode != 0
    assert "docs/instrumenten/bestuursnotitie.md: regel" in attack.log and message in attack.log
    assert not (attack.site / "instrumenten/bestuursnotitie/bestuursnotitie.md").exists()


# Fifth review: reference definitions that only another Markdown program reads ---------------------------------


@pytest.mark.parametrize("payload", [
    # CommonMark reads a definition inside a quote for the whole document, and folds ẞ to ss.
    "Lees [de handleiding][ẞ] voor meer.\n\n> [ss]: javascript:alert(document.domain)",
    # CommonMark lets a label run over two lines and joins it with one space; Python-Markdown keeps the line break,
    # so on the site this stays text, and no check sees a link.
    "Lees [de handleiding][Foo bar] voor meer.\n\n[Foo\n  bar]: javascript:alert(document.domain)",
    # The same for a picture from another server, which a Markdown viewer fetches when the download is opened.
    "Zie ![het schema][ẞ].\n\n> [ss]: https://tracker.example/pixel.png",
    # A definition in a list item, and one with its address on the next line.
    "Lees [de handleiding][ẞ] voor meer.\n\n- [ss]: javascript:alert(document.domain)",
    "Lees [de handleiding][ẞ] voor meer.\n\n[ss]:\n  javascript:alert(document.domain)",
])
def test_a_reference_that_only_another_markdown_program_reads_never_reaches_the_download(attack, payload):
    """The source check looks for a definition at the start of a line with a one-line name; CommonMark also takes one
    inside a quote (> [ss]: ...) and one whose name runs over two lines, and both become a link in the download."""
    attack.append("docs/instrumenten/bestuursnotitie.md", "\n" + payload + "\n")
    result = attack.build()
    download = attack.site / "instrumenten/bestuursnotitie/bestuursnotitie.md"
    assert result.returncode != 0, "de build liep door; de download bevat: " + (
        download.read_text(encoding="utf-8")[-200:] if download.exists() else "(geen)")
    assert "docs/instrumenten/bestuursnotitie.md: regel" in attack.log
    assert not download.exists()


def test_a_reference_made_by_dropping_a_link_from_the_download_is_refused(attack):
    """The download keeps only the text of a link with another scheme. A 'link' over two paragraphs is text on the
    site, but dropping its ](javascript:...) joined '[ss]' and ': javascript:...' into a definition in the download."""
    attack.append("docs/instrumenten/bestuursnotitie.md", "\nLees [de handleiding][ss] voor meer.\n\n"
                  "[ss][: javascript:alert(document.domain)\n\n](javascript:void)\n")
    result = attack.build()
    download = attack.site / "instrumenten/bestuursnotitie/bestuursnotitie.md"
    assert result.returncode != 0, "de build liep door; de download bevat: " + (
        download.read_text(encoding="utf-8")[-200:] if download.exists() else "(geen)")
    assert "docs/instrumenten/bestuursnotitie.md: regel" in attack.log and "(in de download" in attack.log
    assert not download.exists()


def test_a_second_status_low_in_the_front_matter_stops_the_build(attack):
    """YAML keeps the last of two equal keys without a word, and so does MkDocs' own reading of the front matter: a
    second 'status:' far below the first would publish something else than the reviewer read."""
    attack.replace("docs/instrumenten/bestuursnotitie.md", "\n---\n",
                   "\nstatus: gereviewd\ngereviewd_op: 2026-01-05\n---\n")
    result = attack.build()
    assert result.returncode != 0
    assert "docs/instrumenten/bestuursnotitie.md: front matter is geen geldige YAML (regel" in attack.log
    assert "het veld 'status' staat twee keer in hetzelfde blok" in attack.log


# Fifth review: the number of glossary terms ----------------------------------------------------------------------


def test_a_glossary_of_thousands_of_terms_is_refused_before_every_page_carries_them(attack):
    """Every page gets an abbreviation line per term (and per capitalised variant), so the build does pages × terms
    work: 12,000 short terms (600 KB, within the 1,000,000 characters of a data file) took the build from 4 to 95
    seconds, and every extra page adds 1.2 seconds more. The glossary has about 45 terms."""
    attack.append("docs/_data/begrippen.yml",
                  "".join(f"- term: zzbegrip{i}\n  uitleg: Een korte uitleg.\n" for i in range(5_000)))
    result = attack.build()
    assert result.returncode != 0, "de build liep door: elke pagina draagt 10.000 afkortingsregels"
    assert "docs/_data/begrippen.yml" in attack.log
    assert attack.leaks() == []
