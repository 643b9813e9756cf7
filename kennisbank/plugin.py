"""The MkDocs plugin `kennisbank`: the one place that connects the content model to MkDocs.

It owns all state of a build on the plugin instance: the model (loaded once per build, and once per rebuild of
`mkdocs serve`), the organisation, the renderers, the template sandbox and the generated blocks. Data flow:

    front matter ──load()──▶ Kennisbank ──Renderer──▶ HTML blocks (templates in overrides/kennisbank/)
         │                                            │ placeholders in the page's Markdown
         ▼                                            ▼
    page Markdown ──(template pages: Sandbox)──▶ Markdown ──Python-Markdown + KennisbankExtension──▶ HTML
                                                                                         │
                                                                 Material's search index ◀┘ ──enrich()──▶ Dutch search

macros.py (mkdocs-macros) only registers `macros()` below for the overview pages.
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import posixpath
import warnings
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import rjsmin
from markupsafe import Markup, escape
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from pydantic import ValidationError

from .export import MARKDOWN_LINK, absolute_links, body_of
from .markdown_ext import Finding, GeneratedBlocks, KennisbankExtension
from .model import (
    STEP_HEADING,
    ContentError,
    Entity,
    Kennisbank,
    explain,
    field_path,
    load,
    markdown_problems,
    overlay_problems,
    source_problems,
)
from .organisatie import Huisstijl, huisstijl, stylesheet
from .render import Renderer, download_names
from .sandbox import PageView, Sandbox, install
from .schema import Organisatie
from .soorten import PER_MAP
from .zoeken import PageInfo, browser_rules, enrich, everyday_words

log = logging.getLogger("mkdocs.plugins.kennisbank")
STYLESHEET = "assets/stylesheets/organisatie.css"
SEARCH_CODE = ("assets/javascripts/zoekmachine.js", "assets/javascripts/workers/zoeken.js")  # minified after the build
INCLUDES = "_includes"
TEMPLATES = "kennisbank"  # folder in overrides/ with the templates and texts of the generated blocks


class _OrganisatieOption(c.BaseConfigOption[Organisatie | None]):
    """`organisatie:` validated with its pydantic schema, reported with field and reason."""

    def run_validation(self, value: object) -> Organisatie | None:
        if value is None:
            return None
        try:
            return Organisatie.model_validate(value)
        except ValidationError as error:
            raise c.ValidationError(
                "\n".join(
                    f"veld 'organisatie.{field_path(d['loc'])}': {explain(d, Organisatie)}" for d in error.errors()
                )
            ) from None


class KennisbankConfig(base.Config):
    organisatie = _OrganisatieOption()
    nederlands_zoeken = c.Type(bool, default=True)
    menu_max_paginas = c.Type(int, default=40)


class KennisbankPlugin(BasePlugin[KennisbankConfig]):
    kb: Kennisbank
    renderer: Renderer
    sandbox: Sandbox
    blocks: GeneratedBlocks
    stijl: Huisstijl | None

    # Configuration --------------------------------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # mkdocs-macros builds its path patterns with pathspec's old 'gitwildmatch' name, and MkDocs shows every
        # deprecation; the notice says nothing a writer can act on. Only that one message is hidden.
        warnings.filterwarnings(
            "ignore", message=r"GitWildMatchPattern \('gitwildmatch'\) is deprecated", category=DeprecationWarning
        )

    @event_priority(-50)  # after mkdocs-macros has built its environment, which install() replaces
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        docs = Path(config.docs_dir)
        self.problems: list[str] = []
        self.findings: list[Finding] = []
        self._check_no_symlinks(docs, self._overlay(config))
        self._check_local_assets(config)
        try:
            self.kb = load(docs)
        except ContentError as error:
            raise PluginError(str(error)) from None
        # The theme template loads the Dutch search script only when this plugin says so (main.html).
        config.extra["kennisbank_zoeken"] = self.config.nederlands_zoeken
        self.site_name = config.site_name
        organisatie = self.config.organisatie
        self.stijl = huisstijl(organisatie.kleuren) if organisatie and organisatie.kleuren else None
        for melding in self.stijl.meldingen if self.stijl else []:
            log.info(f"kennisbank: {melding}")
        if self.stijl:
            config.extra_css.append(STYLESHEET)
        self.renderer = Renderer(
            self.kb, organisatie, Path(config.theme.custom_dir or "overrides") / TEMPLATES, repo_url=config.repo_url
        )
        if config.repo_url and self.renderer.issues is None and not (organisatie and organisatie.terugmelden):
            log.info(
                f"kennisbank: repo_url '{config.repo_url}' begint niet met https://; de pagina's krijgen geen link "
                'om een fout te melden ("Klopt er iets niet?")'
            )
        self.page_urls: dict[str, str] = {}
        self.blocks = GeneratedBlocks()
        config.markdown_extensions.append(KennisbankExtension(self.blocks, self.findings.append))
        if config.nav:
            menu = [{item.titel: item.pagina} for item in organisatie.menu] if organisatie else []
            config.nav = self.expand_nav(config.nav) + menu
        self._install_sandbox(config, docs)
        return config

    def _install_sandbox(self, config: MkDocsConfig, docs: Path) -> None:
        macros_plugin = config.plugins.get("macros")
        if macros_plugin is None:
            raise PluginError(
                "kennisbank: de plugin 'macros' (mkdocs-macros) ontbreekt in mkdocs.yml. In de mkdocs.yml van een "
                "eigen versie: schrijf 'plugins:' met 'kennisbank:' eronder, zonder '-' ervoor; een lijst vervangt "
                "alle plugins van de basis (zie ZELF-HOSTEN.md)"
            )
        self.is_template: Callable[[str], bool] = macros_plugin.force_page_rendering
        self.sandbox = Sandbox(
            self.macros(),
            str(docs / INCLUDES) if (docs / INCLUDES).is_dir() else None,
            public_extra=config.extra.get("publiek"),
        )
        install(macros_plugin, self.sandbox)

    def _overlay(self, config: MkDocsConfig) -> Path | None:
        organisatie = self.config.organisatie
        if organisatie is None or organisatie.overlay is None:
            return None
        home = Path(config.config_file_path or ".").resolve().parent
        overlay = home / organisatie.overlay
        if overlay.is_symlink() or not overlay.resolve().is_relative_to(home):
            raise PluginError(f"{_shown(overlay)}: is een symbolische link of ligt buiten {_shown(home)}")
        if overlay.resolve() == home:
            raise PluginError(
                f"{config.config_file_path}: organisatie.overlay: '{organisatie.overlay}' is de map van deze "
                "mkdocs.yml zelf, en alles daarin zou op de site komen; zet je eigen pagina's en bestanden in een "
                "submap, zoals 'eigen'"
            )
        if not overlay.is_dir():
            raise PluginError(f"{config.config_file_path}: organisatie.overlay: map '{_shown(overlay)}' bestaat niet")
        return overlay

    @staticmethod
    def _check_no_symlinks(*folders: Path | None) -> None:
        """A symlink in docs/ or an overlay would publish whatever it points at (e.g. /proc/self/environ)."""
        found = []
        for folder in (f for f in folders if f is not None):
            if folder.is_symlink():
                found.append(folder)
                continue
            for root, dirs, files in os.walk(folder):
                found += [Path(root) / name for name in dirs + files if (Path(root) / name).is_symlink()]
        if found:
            raise PluginError(
                "Symbolische links zijn niet toegestaan: ze kunnen bestanden van buiten de site "
                "publiceren. Zet er een gewoon bestand of een gewone map neer:\n"
                + "\n".join(f"  {_shown(p)}: is een symbolische link" for p in found)
            )

    @staticmethod
    def _check_local_assets(config: MkDocsConfig) -> None:
        """The site promises no requests to other hosts: logo and favicon come from the site itself."""
        for key in ("logo", "favicon"):
            value = str(config.theme.get(key) or "")
            if "://" in value or value.startswith("//"):
                raise PluginError(
                    f"{config.config_file_path}: theme.{key}: '{value}' moet een bestand van de site "
                    "zijn (bijvoorbeeld in je overlay-map), geen adres op een andere server"
                )

    def expand_nav(self, items: list[Any]) -> list[Any]:
        """Insert each section's pages after its index.md, so contributors never edit the nav for a new page.

        A section with more than `menu_max_paginas` pages keeps only its overview in the menu: every page carries
        the menu, so a long one would make each page heavy (menu × pages). The overview table links every page.
        """
        expanded: list[Any] = []
        for item in items:
            if isinstance(item, dict) and len(item) == 1:
                ((title, value),) = item.items()
                if isinstance(value, list):
                    expanded.append({title: self.expand_nav(value)})
                elif isinstance(value, str) and _section_index(value):
                    expanded.append({title: [value, *self._menu_pages(value)]})
                else:
                    expanded.append(item)
            elif isinstance(item, str) and _section_index(item):
                expanded.extend([item, *self._menu_pages(item)])
            else:
                expanded.append(item)
        return expanded

    def _menu_pages(self, index: str) -> list[str]:
        pages = self.kb.nav(index.partition("/")[0])
        return pages if len(pages) <= self.config.menu_max_paginas else []

    # Files ----------------------------------------------------------------------------------------------------

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        # MkDocs publishes every non-template file of the theme folder; our templates' text data is not for readers.
        for file in [f for f in files if f.src_uri.startswith(f"{TEMPLATES}/") and not f.is_documentation_page()]:
            files.remove(file)
        self._check_theme_files(files, config)
        self._add_downloads(files, config)
        overlay = self._overlay(config)
        # Own pages get the checks of docs/ (the example organisation in this repository comes in pull requests too).
        problems = [*overlay_problems(overlay), *self._add_overlay(files, config, overlay)] if overlay else []
        problems += self._missing_references(files, config, overlay)
        if problems:
            raise PluginError("De eigen versie heeft fouten:\n" + "\n".join(f"  {p}" for p in problems))
        return files

    @staticmethod
    def _check_theme_files(files: Files, config: MkDocsConfig) -> None:
        """MkDocs lets a file in docs/ take the place of a theme file with the same path (an image, or with another
        type the site's own scripts); content may not change the theme."""
        docs = Path(config.docs_dir).resolve()
        taken = [
            f"{_docs(config, file.src_uri)}: vervangt het bestand '{file.src_uri}' van het thema; kies een andere naam"
            for file in files
            if Path(file.abs_src_path or "").resolve().is_relative_to(docs)
            and any((Path(folder) / file.src_uri).is_file() for folder in config.theme.dirs)
        ]
        if taken:
            raise PluginError("\n".join(taken))

    def _add_overlay(self, files: Files, config: MkDocsConfig, overlay: Path) -> list[str]:
        """The organisation's own files, each at an address nothing else uses: a shared page, a theme file or a
        file the build writes itself (404.html, sitemap.xml, the search index, the organisation's stylesheet)."""
        taken = {file.dest_uri: f"'{file.src_uri}' van de gedeelde site" for file in files}
        made_by_build = {*config.theme.static_templates, "sitemap.xml.gz", STYLESHEET}
        problems = []
        for path in sorted(p for p in overlay.rglob("*") if p.is_file()):
            src = path.relative_to(overlay).as_posix()
            if any(part.startswith(".") for part in src.split("/")):
                continue  # hidden files (.DS_Store, .git) are never published, as MkDocs does for docs/
            file = File(src, str(overlay), config.site_dir, config.use_directory_urls)
            if src.split("/")[0] in PER_MAP:
                problems.append(
                    f"{_shown(path)}: eigen pagina's horen in een eigen map, niet in "
                    f"'{src.split('/')[0]}/' (die is van de gedeelde inhoud)"
                )
            elif file.dest_uri in taken or file.dest_uri in made_by_build or file.dest_uri.startswith("search/"):
                owner = taken.get(file.dest_uri, "een bestand dat de build zelf maakt")
                address = "/" + file.url.removeprefix("./")
                problems.append(
                    f"{_shown(path)}: zou '{address}' worden, en dat adres is al van {owner}; geef je eigen "
                    "bestand een andere naam of zet het in een eigen submap"
                )
            elif path.suffix.lower() == ".svg" and (reason := _active_svg(path)):
                problems.append(f"{_shown(path)}: {reason}; sla het beeld op zonder script, of als .png")
            else:
                taken[file.dest_uri] = f"je eigen '{src}'"
                files.append(file)
        return problems

    def _missing_references(self, files: Files, config: MkDocsConfig, overlay: Path | None) -> list[str]:
        """Menu pages, logo and favicon that the organisation names must exist, or the site has a dead link."""
        named = [(f"theme.{key}", str(config.theme.get(key) or "")) for key in ("logo", "favicon")]
        organisatie = self.config.organisatie
        named += [
            (f"organisatie.menu[{i}].pagina", item.pagina)
            for i, item in enumerate(organisatie.menu if organisatie else [])
            if not item.pagina.startswith("https://")
        ]
        missing = [(key, value) for key, value in named if value and files.get_file_from_path(value) is None]
        return [f"{config.config_file_path}: {key}: {_missing_file(value, overlay)}" for key, value in missing]

    def _add_downloads(self, files: Files, config: MkDocsConfig) -> None:
        """Every instrument as Markdown and OpenDocument Text, next to its page, from the page's own source."""

        def url_of(src: str) -> str | None:
            """The full address of a file of the site; None without site_url (a download is opened outside the
            site, where '/recht/x/' leads nowhere), so the link keeps only its text."""
            file = files.get_file_from_path(src)
            return urljoin(config.site_url, file.url) if config.site_url and file is not None else None

        if not self.kb.instrumenten:
            return
        if not config.site_url:
            log.info(
                "kennisbank: KENNISBANK_SITE_URL is niet gezet, dus de downloads van de instrumenten (.md en .odt) "
                "krijgen geen links naar pagina's van deze site, alleen de tekst ervan. Zet het adres van de site, "
                "bijvoorbeeld KENNISBANK_SITE_URL=https://kennisbank.example.nl/ (of site_url in je mkdocs.yml); "
                "zie ZELF-HOSTEN.md"
            )
        from .odt import odt  # only here: odfdo and lxml cost 9 MB and 50 ms to import (see odt.py)

        for entity in self.kb.instrumenten.values():
            source = (Path(config.docs_dir) / entity.src).read_text(encoding="utf-8")
            own = body_of(source)
            body = absolute_links(own, entity.src, url_of)
            # The page's source was checked; making links absolute changes the text, so what goes into the download
            # is checked again (a link with another scheme becomes its text, and that text can close a '[...]').
            if problems := source_problems(body, source[: len(source) - len(own)].count("\n") + 1):
                where = _docs(config, entity.src)
                why = (
                    "in de download: daar houdt een link met een ander adres dan https://, mailto: of tel: alleen zijn "
                    "tekst, en zonder KENNISBANK_SITE_URL ook een link naar een pagina van de site; haal die link weg"
                )
                raise PluginError("\n".join(f"{where}: {p} ({why})" for p in problems[:10]))
            text = self.renderer.download_markdown(entity, body, url_of(entity.src) or "", config.site_name)
            markdown_name, odt_name = download_names(entity)
            folder = entity.src.removesuffix(".md")
            files.append(_Download.generated(config, f"{folder}/{markdown_name}", content=text))
            try:
                document = odt(text, entity.titel)
            except Exception as error:  # a page the checks let through must still name itself, not give a traceback
                raise PluginError(f"{_docs(config, entity.src)}: de download (.odt) lukt niet: {error}") from None
            files.append(_Download.generated(config, f"{folder}/{odt_name}", content=document))

    # Pages ----------------------------------------------------------------------------------------------------

    @event_priority(50)  # before mkdocs-macros renders the page
    def _before_macros(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        src = page.file.src_uri
        if "render_macros" in page.meta and not self.is_template(src):  # mkdocs-macros also takes 1 or "yes"
            raise PluginError(
                f"{_docs(config, src)}: 'render_macros: true' mag alleen op pagina's die in mkdocs.yml "
                "bij plugins.macros.force_render_paths staan. Een gewone pagina bevat geen macro's; "
                "haal de regel weg."
            )
        self.sandbox.set_page(PageView(title=page.title, url=page.url, src=_docs(config, src), meta=dict(page.meta)))
        source = page.file.content_string  # with front matter, so lines are the file's lines
        for needle, message in _broken_links(markdown, src, files):
            # A warning, as MkDocs' own (English) one: strict mode stops the build after every link is reported.
            log.warning(f"{_docs(config, src)}:{_line_of(source, needle) or '?'}: {message}")
        return markdown

    @event_priority(-50)  # after mkdocs-macros: generated blocks are never evaluated as a template
    def _after_macros(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        entity = self.kb.by_src.get(page.file.src_uri)
        self.page_urls[page.file.src_uri] = page.url
        if self.is_template(page.file.src_uri) and (problems := markdown_problems(markdown)):
            # What a template page produced, checked as a page is ({{ "[" * 200000 }} would take hours to convert).
            where = _docs(config, page.file.src_uri)
            raise PluginError("\n".join(f"{where} (na het sjabloon): {p}" for p in problems))
        if entity is not None:
            # Material inserts title and description into <title>, the menu and <meta> without escaping, and into the
            # footer's aria-label with `| e`: escaped Markup is safe in the first and not escaped again by the second.
            page.meta["title"] = escape(entity.titel)
            page.meta["description"] = escape(entity.data.samenvatting)
            markdown = self._entity_markdown(entity, markdown)
        self.current = page
        return markdown.rstrip() + "\n\n" + self.renderer.afkortingen(markdown) + "\n"

    on_page_markdown = CombinedEvent(_before_macros, _after_macros)

    def _block(self, markup: str) -> str:
        return f"\n\n{self.blocks.add(markup)}\n\n" if markup else ""

    def _entity_markdown(self, entity: Entity, body: str) -> str:
        r = self.renderer
        top = self._block(r.status(entity))
        if entity.kind == "instrument":
            top += self._block(r.instrument(entity))
            body = _before_first_step(body, self._block(r.lijst(entity)))
            body += self._block(r.downloads(entity))
        if entity.kind == "barriere":
            body = _after_first_section(body, self._block(r.herkennen(entity)))
        else:
            body += self._block(r.voorbeelden(entity))
        if getattr(entity.data, "inwoners", False):
            # A resident's own regional ADV is the route nearest to them: after the page's first section, above the
            # routes, not at the bottom under the relations (on a phone thousands of pixels further).
            body = _after_first_section(body, self._block(r.adv_voor_inwoners()))
        extra = {
            "oplossing": lambda: r.inschatting(entity),
            "stap": lambda: r.stapnotitie(entity) + r.checklist(entity),
            "rol": lambda: r.rol(entity),
        }.get(entity.kind, lambda: "")()
        bottom = self._block(extra)
        if entity.data.meldroutes:
            bottom += self._block(r.meldroutes(entity.src))
        bottom += self._block(r.relaties(entity)) + self._block(r.paginabronnen(entity))
        bottom += self._block(r.terugmelden(entity))
        return top + body + bottom

    def on_page_content(self, output: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if Path(page.file.src_dir or "") != Path(config.docs_dir):
            # An organisation's own page is not in the shared repository that `edit_uri` points into.
            page.edit_url = None
        if "title" not in page.meta and not page.is_homepage:
            # MkDocs takes the title from the first heading as HTML ("&lt;" stays "&lt;"). Material decodes it in
            # <title> (`| striptags`) and prints it as it is in the header and the search index: give it the heading's
            # text, escaped once. The homepage's title is the site name.
            page.meta["title"] = escape(Markup(page.title or "").striptags())
        if not self.findings:
            return output  # the usual case: no need to read the page's source file again
        source = page.file.content_string
        for finding in self.findings:
            line = _line_of(source, finding.needle)
            where = f"{_docs(config, page.file.src_uri)}:{line}" if line else _docs(config, page.file.src_uri)
            self.problems.append(f"{where}: {finding.message}")
        self.findings.clear()
        return output

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """Every page is converted before any file is written: stop here, with every problem, on a clean site."""
        if self.problems:
            count = len(self.problems)
            raise PluginError(
                f"De pagina's hebben {count} {'fout' if count == 1 else 'fouten'}; de site wordt niet "
                "gebouwd:\n" + "\n".join(f"  {p}" for p in self.problems)
            )
        # The theme's own pages (overrides/404.html) take their text from teksten.yml, like the blocks do.
        env.globals["kennisbank_teksten"] = self.renderer.teksten
        return env

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Callable[..., Any]) -> Any:
        """`mkdocs serve` watches docs/ and the config file; an organisation's own pages live elsewhere."""
        overlay = self._overlay(config)
        if overlay is not None:
            server.watch(str(overlay))
        return server

    # After the build ------------------------------------------------------------------------------------------

    def on_post_build(self, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        if self.config.nederlands_zoeken:
            self._enrich_search_index(site)
        if self.stijl is not None:
            target = site / STYLESHEET
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(stylesheet(self.stijl), encoding="utf-8")

    def _enrich_search_index(self, site: Path) -> None:
        path = site / "search/search_index.json"
        if not path.exists():
            return
        pages = {url: PageInfo(None) for url in self.page_urls.values()}
        for entity in self.kb:
            if entity.src in self.page_urls:
                pages[self.page_urls[entity.src]] = PageInfo(
                    entity.soort.label,
                    entity.data.samenvatting,
                    tuple(w.lower() for w in entity.data.trefwoorden),
                    bool(getattr(entity.data, "inwoners", False)),
                )
        teksten = self.renderer.teksten["zoeken"]
        for src, label in teksten["naslag"].items():  # reference pages: found on their headings, like a subject
            if src in self.page_urls:
                pages[self.page_urls[src]] = PageInfo(label)
        for src, vragen in self.kb.voorbeeldvragen.items():
            if src in self.page_urls:
                pages[self.page_urls[src]] = replace(pages[self.page_urls[src]], voorbeeldvragen=vragen)
        hulp = {
            "tekst": teksten["geen_resultaat"],
            "bedoelde_je": teksten["bedoelde_je"],
            # A smaller copy (the benchmark's generated site) may lack a page; its link is left out.
            "links": [
                {"titel": titel, "url": self.page_urls[src]}
                for src, titel in teksten["links"].items()
                if src in self.page_urls
            ],
        }
        index = enrich(json.loads(path.read_text(encoding="utf-8")), pages, everyday_words(self.kb.woorden))
        # Help that does not need the engine: shown when the engine's own files fail to load (workers/zoeken.js).
        # In `config`, because Material hands its worker only the index's config and docs.
        index["config"]["kennisbank"] = {"storing": {**hulp, "tekst": teksten["storing"]}}
        data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        path.write_text(data, encoding="utf-8")
        regels = json.dumps(
            browser_rules(self.kb.woorden, hulp, self.page_urls), ensure_ascii=False, separators=(",", ":")
        )
        (path.parent / "zoekregels.js").write_text(f"self.__kennisbank_zoekregels = {regels};\n", encoding="utf-8")
        offline = path.with_suffix(".js")  # written by Material's offline plugin, which runs before this
        if offline.exists():
            offline.write_text(f"var __index = {data}", encoding="utf-8")
        # The engine's comments are for maintainers; without them the browser loads the engine in half the bytes.
        for name in SEARCH_CODE:
            code = site / name
            if code.exists():
                code.write_text(rjsmin.jsmin(code.read_text(encoding="utf-8")), encoding="utf-8")

    # Macros for the overview pages (registered by macros.py) -------------------------------------------------

    def macros(self) -> dict[str, Callable[..., str]]:
        """The functions a maintainer-listed template page may call. Each returns a placeholder for its block."""

        def here() -> str:
            return self.sandbox.page.src.partition("/")[2]

        def overzicht(sectie: str | None = None) -> str:
            """Table of titel + samenvatting for a section (default: the section of the current page)."""
            folder = sectie or here().split("/")[0]
            if folder not in PER_MAP:
                raise ValueError(f"overzicht('{folder}'): onbekende sectie; kies uit {', '.join(PER_MAP)}")
            return self._block(self.renderer.overzicht(folder, here()))

        def matrix() -> str:
            """Which solution helps with which barrier."""
            return self._block(self.renderer.matrix(here()))

        def volledige_checklist() -> str:
            """All checklist items of all steps, in step order."""
            return self._block(self.renderer.volledige_checklist(here()))

        def begrippenlijst() -> str:
            """All glossary terms with their explanation and source."""
            return self._block(self.renderer.begrippenlijst())

        def bronnenlijst() -> str:
            """The bibliography, with the pages that cite each source."""
            return self._block(self.renderer.bronnenlijst(here()))

        def zelfscan() -> str:
            """The self-scan: every barrier's statements, and the result."""
            return self._block(self.renderer.zelfscan(here()))

        def sitenaam() -> str:
            """The site's name (`site_name`), so an organisation's copy carries its own name on the home page."""
            return escape(self.site_name)

        macros = (overzicht, matrix, volledige_checklist, begrippenlijst, bronnenlijst, zelfscan, sitenaam)
        return {f.__name__: f for f in macros}


class _Download(File):
    """A generated file that is offered for download, never rendered as a page (even when it ends in .md)."""

    def is_documentation_page(self) -> bool:
        return False


def _section_index(path: str) -> str | None:
    folder, _, name = path.partition("/")
    return folder if name == "index.md" and folder in PER_MAP else None


def _after_first_section(body: str, block: str) -> str:
    """Put `block` before the body's second `## ` heading (after "Wat is het?"), or at the end; without a block, the
    body as it is."""
    if not block:
        return body
    lines = body.split("\n")
    headings = [i for i, line in enumerate(lines) if line.startswith("## ")]
    if len(headings) < 2:
        return body + block
    cut = headings[1]
    return "\n".join(lines[:cut]) + block + "\n".join(lines[cut:])


def _before_first_step(body: str, block: str) -> str:
    """Put `block` (a list of steps' checklist) before the body's first step heading ('## Stap 1. ...'), after the
    page's introduction; without one (or without a block), the body as it is."""
    if not block:
        return body
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if STEP_HEADING.match(line)), None)
    if first is None:
        return body + block
    return "\n".join(lines[:first]) + block + "\n".join(lines[first:])


def _line_of(source: str, needle: str) -> int | None:
    if not needle:
        return None
    for number, line in enumerate(source.splitlines(), start=1):
        if needle in line:
            return number
    return None


def _docs(config: MkDocsConfig, src: str) -> str:
    return f"{Path(config.docs_dir).name}/{src}"


def _broken_links(markdown: str, src: str, files: Files) -> list[tuple[str, str]]:
    """Links to pages and images of the site that do not exist, in Dutch and with their line (MkDocs' own warning
    is English and has no line). A page is linked by its .md file, relative to the page."""
    found = []
    for match in MARKDOWN_LINK.finditer(markdown):
        target = match.group(2).partition("#")[0]
        if not target or urlsplit(target).scheme or target.startswith("//"):
            continue
        needle = match.group(0)
        path = posixpath.normpath(posixpath.join(posixpath.dirname(src), unquote(target)))
        if target.startswith("/") or target.endswith((".html", "/")):
            advice = (
                "schrijf het pad naar het .md-bestand, vanaf deze pagina (zoals '../oplossingen/veilig-gesprek.md')"
            )
            found.append((needle, f"de link '{target}' wijst naar een adres; {advice}"))
        elif files.get_file_from_path(path) is None:
            close = difflib.get_close_matches(path, [f.src_uri for f in files.documentation_pages()], n=1)
            hint = (
                f"bedoelde je '{posixpath.relpath(close[0], posixpath.dirname(src) or '.')}'?"
                if close
                else "controleer de naam en de map"
            )
            found.append((needle, f"de link '{target}' wijst naar '{path}', en dat bestand bestaat niet; {hint}"))
    return found


# What a logo or icon needs: shapes, text, gradients, clipping. No script, no <a>, no <style>, no <image>, no
# reference outside the file (an allowlist: a blocklist missed "java&#10;script:" and @import in <style>).
SVG_ELEMENTS = frozenset(
    {"svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "title", "desc"}
    | {"defs", "lineargradient", "radialgradient", "stop", "clippath", "mask", "symbol", "use", "metadata"}
)


def _active_svg(path: Path) -> str | None:
    """Why an SVG could run script or fetch something when someone opens it (outside the site's CSP), or None."""
    import xml.etree.ElementTree as etree

    try:
        elements = list(etree.parse(path).iter())
    except etree.ParseError as error:
        return f"is geen geldig SVG-bestand ({error})"
    for element in elements:
        name = element.tag.rpartition("}")[2]
        if name.lower() not in SVG_ELEMENTS:
            return f"bevat <{name}>"
        for attribute, value in element.attrib.items():
            local = attribute.rpartition("}")[2].lower()
            plain = "".join(value.split()).lower()
            outside = (local == "href" and not plain.startswith("#")) or plain.count("url(") > plain.count("url(#")
            if local.startswith("on") or outside:
                return f"bevat het attribuut {attribute.rpartition('}')[2]}"
    return None


def _missing_file(value: str, overlay: Path | None) -> str:
    if overlay is None:
        return f"'{value}' bestaat niet; zet het bestand in je eigen map (organisatie.overlay)"
    advice = f"'{value}' bestaat niet in {_shown(overlay)}/; noem het pad vanaf die map"
    if value.startswith(f"{overlay.name}/"):
        advice += f", zonder '{overlay.name}/' ervoor: '{value.removeprefix(overlay.name + '/')}'"
    return advice


def _shown(path: Path) -> str:
    """A path as the person who runs the build knows it: relative to the working directory when inside it."""
    try:
        return path.absolute().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)
