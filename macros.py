"""mkdocs-macros module: renders the content model as Markdown.

All data and relations come from `kennisbank.model`; this file only turns them into Markdown before MkDocs renders
the page, so MkDocs checks every generated link and anchor itself.

- Every barrier, solution, step and role page gets its status line, its related pages and its sources automatically.
- Overview pages call one plain macro: `overzicht()`, `matrix()`, `volledige_checklist()` or `bronnenlijst()`.
Macro names differ from front-matter fields on purpose: mkdocs-macros exposes front-matter fields as template
variables, and those would hide a macro of the same name.
"""

from __future__ import annotations

import html
import posixpath
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

# mkdocs-macros imports this file by name; make the package beside it importable whatever the working directory.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from kennisbank.model import ContentError, Entity, Kennisbank, load  # noqa: E402
from kennisbank.organisatie import load_organisatie  # noqa: E402
from kennisbank.sandbox import HIDDEN_VARIABLES, KennisbankSandbox, PageView, sandbox_from  # noqa: E402
from kennisbank.schema import SECTIONS, Oplossing, Rol, Stap  # noqa: E402

MAANDEN = "januari februari maart april mei juni juli augustus september oktober november december".split()
CHECKLIST_ID_PREFIX = "checklist-"
# Generated link lists only name other pages; kept out of the search index so they do not outrank those pages.
NOT_SEARCHED = " { data-search-exclude }"


def define_env(env) -> None:
    try:
        kb = load(env.conf["docs_dir"])
    except ContentError as error:
        raise PluginError(str(error)) from None
    env.kennisbank = kb
    try:
        env.organisatie = load_organisatie(env.conf["extra"], env.conf.config_file_path)
    except ContentError as error:
        raise PluginError(str(error)) from None
    if env.conf.get("nav"):
        menu = env.organisatie.menu if env.organisatie else []
        env.conf["nav"] = expand_nav(env.conf["nav"], kb, env.conf["extra"].get("menu_max_paginas", 40)) + menu

    def current() -> str:
        return env.page.file.src_uri

    def overzicht(sectie: str | None = None) -> str:
        """Table of titel + samenvatting for a section (default: the section of the current page)."""
        folder = sectie or current().split("/")[0]
        if folder not in SECTIONS:
            raise ValueError(f"overzicht('{folder}'): onbekende sectie; kies uit {', '.join(SECTIONS)}")
        return render_overzicht(kb, folder, current())

    def matrix() -> str:
        """Which solution helps with which barrier."""
        return render_matrix(kb, current())

    def volledige_checklist() -> str:
        """All checklist items of all steps, in step order."""
        return render_volledige_checklist(kb, current())

    def begrippenlijst() -> str:
        """All glossary terms with their explanation and source."""
        return render_begrippenlijst(kb)

    def bronnenlijst() -> str:
        """The bibliography, with the pages that cite each source."""
        return render_bronnenlijst(kb, current())

    def veldenreferentie() -> str:
        """Reference of all front-matter fields, generated from the schema."""
        return render_veldenreferentie()

    # Only these reach page templates: the sandbox drops mkdocs-macros' standard macros, which expose the config.
    env.kennisbank_macros = {}
    for macro in (overzicht, matrix, volledige_checklist, begrippenlijst, bronnenlijst, veldenreferentie):
        env.macro(macro)
        env.kennisbank_macros[macro.__name__] = macro


def on_pre_page_macros(env) -> None:
    """Render every page in the sandbox, with a read-only view of the page and without config or environment."""
    if not isinstance(env.env, KennisbankSandbox):
        env._env = sandbox_from(env.env, env.kennisbank_macros)  # mkdocs-macros offers no setter for its environment
        for name in HIDDEN_VARIABLES:
            env.variables.pop(name, None)
    page = env.page
    env.env.current_file = f"{Path(env.conf['docs_dir']).name}/{page.file.src_uri}"
    env.variables["page"] = PageView(title=page.title, url=page.url, src=page.file.src_uri, meta=page.meta)


def on_post_page_macros(env) -> None:
    """Add the generated blocks (after Jinja, so their text is never evaluated as a template).

    Entity pages get their status, related pages and sources; every page gets the glossary tooltips.
    """
    kb: Kennisbank = env.kennisbank
    blocks = [env.markdown.strip()]
    entity = kb.by_src.get(env.page.file.src_uri)
    if entity is not None:
        env.page.meta["title"] = entity.titel
        env.page.meta["description"] = entity.data.samenvatting
        blocks = [render_status(entity), *blocks]
        if entity.data.meldroutes:
            blocks.append(render_meldroutes(env.organisatie))
        blocks += [*render_relations(kb, entity), render_paginabronnen(kb, entity)]
    blocks.append(render_afkortingen(kb))
    env.markdown = "\n\n".join(b for b in blocks if b) + "\n"


def expand_nav(items: list, kb: Kennisbank, max_pages: int = 40) -> list:
    """Insert each section's pages after its index.md, so contributors never edit the nav for a new page.

    A section with more than `max_pages` pages keeps only its overview in the menu: every page carries the menu, so
    a long one would make each page heavy (menu × pages). The overview table links every page.
    """
    expanded: list = []
    for item in items:
        if isinstance(item, dict) and len(item) == 1:
            ((title, value),) = item.items()
            if isinstance(value, list):
                expanded.append({title: expand_nav(value, kb, max_pages)})
            elif isinstance(value, str) and _section_index(value):
                expanded.append({title: [value, *_menu_pages(kb, value, max_pages)]})
            else:
                expanded.append(item)
        elif isinstance(item, str) and _section_index(item):
            expanded.extend([item, *_menu_pages(kb, item, max_pages)])
        else:
            expanded.append(item)
    return expanded


def _menu_pages(kb: Kennisbank, index: str, max_pages: int) -> list[str]:
    pages = kb.nav(_section_index(index))
    return pages if len(pages) <= max_pages else []


def _section_index(path: str) -> str | None:
    folder, _, name = path.partition("/")
    return folder if name == "index.md" and folder in SECTIONS else None


# Rendering helpers. `here` is always the src path of the page being rendered.


def href(here: str, target: str, anchor: str = "") -> str:
    rel = posixpath.relpath(target, posixpath.dirname(here) or ".")
    return f"{rel}#{anchor}" if anchor else rel


def link(here: str, entity: Entity) -> str:
    return f"[{entity.titel}]({href(here, entity.src)})"


def plain_text(markdown: str) -> str:
    """Text without Markdown links, emphasis or braces, safe inside an attribute list."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return re.sub(r"[\[\]{}*_`\"]", "", text)


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def capitalise(term: str) -> str:
    """First letter upper case, the rest untouched (str.capitalize would lower 'Publieke Dienstverlening')."""
    return term[:1].upper() + term[1:]


def datum(value) -> str:
    return f"{value.day} {MAANDEN[value.month - 1]} {value.year}"


def stap_label(stap: Entity) -> str:
    return f"Stap {stap.data.stap}: {stap.titel}"


def render_status(entity: Entity) -> str:
    data = entity.data
    if data.status == "gereviewd":
        text = f"**Status:** gereviewd op {datum(data.gereviewd_op)}."
    else:
        text = "**Status:** concept. Deze tekst is nog niet nagekeken door een tweede deskundige."
    return f"{text}\n{{: .kb-status }}"


def bullet_list(lines: list[str], empty: str) -> str:
    return "\n".join(f"- {line}" for line in lines) if lines else empty


def render_relations(kb: Kennisbank, entity: Entity) -> list[str]:
    here = entity.src
    if entity.kind == "barriere":
        oplossingen = kb.oplossingen_bij_barriere(entity.id)
        stappen = kb.stappen_bij_barriere(entity.id)
        return [
            "## Oplossingen" + NOT_SEARCHED + "\n\n"
            + bullet_list([f"{link(here, o)}: {o.data.samenvatting}" for o in oplossingen], "Nog geen oplossingen."),
            "## In het stappenplan" + NOT_SEARCHED + "\n\n"
            + bullet_list([f"[{stap_label(s)}]({href(here, s.src)})" for s in stappen], "Nog in geen enkele stap."),
        ]
    if entity.kind == "oplossing":
        assert isinstance(entity.data, Oplossing)
        barrieres = [kb.barrieres[b] for b in entity.data.barrieres]
        rollen = kb.rollen_bij_oplossing(entity.id)
        punten = kb.checklistpunten_bij_oplossing(entity.id)
        blocks = [
            "## Helpt bij deze barrières" + NOT_SEARCHED + "\n\n" + bullet_list([link(here, b) for b in barrieres], ""),
            "## In het stappenplan" + NOT_SEARCHED + "\n\n"
            + bullet_list(
                [f"[{stap_label(s)}]({href(here, s.src)})" for s in kb.stappen_bij_oplossing(entity.id)],
                "Nog in geen enkele stap.",
            ),
        ]
        if punten:
            blocks.append(
                "### Checklistpunten" + NOT_SEARCHED + "\n\n"
                + bullet_list([f"[{p.tekst}]({href(here, s.src, CHECKLIST_ID_PREFIX + p.id)})" for s, p in punten], "")
            )
        if rollen:
            blocks.append("## Wie doet dit?" + NOT_SEARCHED + "\n\n" + bullet_list([link(here, r) for r in rollen], ""))
        return blocks
    if entity.kind == "stap":
        assert isinstance(entity.data, Stap)
        barrieres = kb.barrieres_bij_stap(entity.id)
        return [
            "## Checklist\n\n" + render_checklist_acties(kb) + "\n\n" + render_checklist(kb, entity, here),
            "## Deze stap helpt bij" + NOT_SEARCHED + "\n\n" + bullet_list([link(here, b) for b in barrieres], "Nog geen barrières."),
        ]
    if entity.kind == "rol":
        assert isinstance(entity.data, Rol)
        rows = kb.oplossingen_voor_rol(entity.id)
        parts = ["## Wat je kunt doen, per barrière" + NOT_SEARCHED]
        if not rows:
            parts.append("Er zijn nog geen oplossingen voor deze rol.")
        for barriere, oplossingen in rows:
            parts.append(f"### {barriere.titel}{NOT_SEARCHED}\n\nOver de barrière: {link(here, barriere)}.")
            parts.append(bullet_list([f"{link(here, o)}: {o.data.samenvatting}" for o in oplossingen], ""))
        return ["\n\n".join(parts)]
    return []


def render_checklist(kb: Kennisbank, stap: Entity, here: str) -> str:
    """Checklist items as real checkboxes. The HTML id is the item's stable id, so it can be linked and stored.

    Everything here works without JavaScript; checklist.js adds remembering, progress and export on top.
    """
    assert isinstance(stap.data, Stap)
    lines = []
    for punt in stap.data.checklist:
        anchor = CHECKLIST_ID_PREFIX + punt.id
        tekst = html.escape(punt.tekst, quote=False)
        label = html.escape(plain_text(punt.tekst))
        deel = f'[Link naar dit punt](#{anchor}){{ .kb-deel aria-label="Link naar dit punt: {label}" }}'
        oplossingen = ", ".join(link(here, kb.oplossingen[o]) for o in punt.oplossingen)
        zie = f" Zie: {oplossingen}." if oplossingen else ""
        lines.append(
            f'- <input type="checkbox" id="{anchor}" data-checklist-id="{punt.id}">'
            f' <label for="{anchor}">{tekst}</label> <span class="kb-checklist-links">{deel}.{zie}</span>'
        )
    voortgang = f'<p class="kb-voortgang-stap">Deze stap: {len(stap.data.checklist)} punten.</p>'
    return (f'<div class="kb-checklist" data-stap="{html.escape(stap_label(stap))}" markdown>\n\n{voortgang}\n\n'
            + "\n".join(lines) + "\n\n</div>")


def render_checklist_acties(kb: Kennisbank) -> str:
    """Overall progress. Without JavaScript it states the number of items; checklist.js updates the same line
    (same place, same height, so nothing on the page shifts). It knows all item ids, to count overall progress."""
    ids = [p.id for s in kb.stappen.values() for p in s.data.checklist]
    return (f'<p class="kb-voortgang" role="status" data-alle-punten="{" ".join(ids)}">'
            f"Hele stappenplan: {len(ids)} punten.</p>")


def render_paginabronnen(kb: Kennisbank, entity: Entity) -> str:
    lines = []
    for bron_id in entity.data.bronnen:
        bron = kb.bronnen[bron_id]
        jaar = f" ({bron.jaar})" if bron.jaar else ""
        lines.append(f"{bron.uitgever}{jaar}. [{bron.titel}]({bron.url}).")
    return "## Bronnen" + NOT_SEARCHED + "\n\n" + bullet_list(lines, "")


def render_overzicht(kb: Kennisbank, folder: str, here: str) -> str:
    kind = SECTIONS[folder][0]
    entities = list(kb.section(kind).values())
    if kind == "stap":
        rows = [f"| {e.data.stap} | {link(here, e)} | {cell(e.data.samenvatting)} |" for e in entities]
        return "| Stap | Titel | Samenvatting |\n|---:|---|---|\n" + "\n".join(rows)
    rows = [f"| {link(here, e)} | {cell(e.data.samenvatting)} |" for e in entities]
    return "| Titel | Samenvatting |\n|---|---|\n" + "\n".join(rows)


def render_matrix(kb: Kennisbank, here: str) -> str:
    barrieres = list(kb.barrieres.values())
    header = "| Oplossing | " + " | ".join(link(here, b) for b in barrieres) + " |"
    align = "|---|" + "|".join(":---:" for _ in barrieres) + "|"
    rows = []
    for o in kb.oplossingen.values():
        marks = ["ja" if b.id in o.data.barrieres else "" for b in barrieres]
        rows.append(f"| {link(here, o)} | " + " | ".join(marks) + " |")
    return "\n".join([header, align, *rows])


def render_volledige_checklist(kb: Kennisbank, here: str) -> str:
    total = sum(len(s.data.checklist) for s in kb.stappen.values())
    parts = [f"Deze lijst heeft {total} punten in {len(kb.stappen)} stappen.", render_checklist_acties(kb)]
    for stap in kb.stappen.values():
        parts.append(f"## {stap_label(stap)}\n\nLees meer: {link(here, stap)}.")
        parts.append(render_checklist(kb, stap, here))
    return "\n\n".join(parts)


def render_bronnenlijst(kb: Kennisbank, here: str) -> str:
    citing: dict[str, list[Entity]] = {}
    for entity in kb.by_src.values():
        for bron_id in entity.data.bronnen:
            citing.setdefault(bron_id, []).append(entity)
    parts = []
    for bron in kb.bronnen.values():
        jaar = f", {bron.jaar}" if bron.jaar else ""
        parts.append(f"### {bron.titel} {{ #bron-{bron.id} }}")
        host = bron.url.host.removeprefix("www.")
        parts.append(f"{bron.uitgever}{jaar}. [Naar de bron op {host}]({bron.url})")
        if bron.over:
            parts.append(bron.over)
        pages = sorted(citing.get(bron.id, []), key=lambda e: e.titel.casefold())
        if pages:
            parts.append("Gebruikt op: " + ", ".join(link(here, e) for e in pages) + ".")
    return "\n\n".join(parts)


def render_afkortingen(kb: Kennisbank) -> str:
    """Abbreviation definitions (Python-Markdown abbr): each glossary term gets its explanation as a tooltip."""
    lines = []
    for begrip in kb.begrippen:
        for variant in dict.fromkeys([begrip.term, capitalise(begrip.term)]):
            lines.append(f"*[{variant}]: {begrip.uitleg}")
    return "\n".join(lines)


def render_begrippenlijst(kb: Kennisbank) -> str:
    parts = []
    for begrip in sorted(kb.begrippen, key=lambda b: b.term.casefold()):
        parts.append(f"### {capitalise(begrip.term)}")
        text = begrip.uitleg
        if begrip.bron:
            bron = kb.bronnen[begrip.bron]
            text += f" Bron: [{bron.titel}]({bron.url})."
        parts.append(text)
    return "\n\n".join(parts)


def render_veldenreferentie() -> str:
    """One table per page type, straight from the pydantic schema: the schema is the only definition."""
    from kennisbank.schema import Begrip, Bron, ChecklistPunt, Contact, Kleuren, Organisatie

    parts = []
    sections = [(f"`docs/{folder}/`", schema) for folder, (_, schema) in SECTIONS.items()]
    sections += [("checklistpunt (in `checklist:` van een stap)", ChecklistPunt),
                 ("`docs/_data/bronnen.yml`", Bron), ("`docs/_data/begrippen.yml`", Begrip),
                 ("`extra.organisatie` in de mkdocs.yml van een eigen versie", Organisatie),
                 ("`kleuren` binnen `extra.organisatie`", Kleuren),
                 ("`meldpunt`, `vertrouwenspersoon` en `adv` binnen `extra.organisatie`", Contact)]
    for where, schema in sections:
        parts.append(f"## {schema.__name__}: {where}\n\n{schema.__doc__.strip()}")
        rows = ["| Veld | Verplicht | Betekenis |", "|---|---|---|"]
        for name, info in schema.model_fields.items():
            rows.append(f"| `{name}` | {'ja' if info.is_required() else 'nee'} | {cell(info.description or '')} |")
        parts.append("\n".join(rows))
    return "\n\n".join(parts)


def render_contact(contact) -> str:
    parts = [f"**{contact.naam}**" + (f": {contact.uitleg}" if contact.uitleg else "")]
    if contact.url:
        parts.append(f"[website]({contact.url})")
    if contact.email:
        parts.append(f"e-mail: [{contact.email}](mailto:{contact.email})")
    if contact.telefoon:
        parts.append(f"telefoon: {contact.telefoon}")
    return ". ".join(parts) + "."


def render_meldroutes(organisatie) -> str:
    """Where to report: the organisation's own routes when a branded copy has them, else the national routes."""
    lines = ["## Waar kun je melden?", ""]
    intern = [c for c in (organisatie.meldpunt, organisatie.vertrouwenspersoon) if c] if organisatie else []
    if intern:
        lines.append(f"Binnen {organisatie.naam}:")
        lines.append("")
        lines += [f"- {render_contact(c)}" for c in intern]
    else:
        lines.append("Binnen je organisatie: vraag naar de interne meldroute en de vertrouwenspersoon.")
    lines.append("")
    if organisatie and organisatie.adv:
        lines.append(f"Buiten je organisatie: {render_contact(organisatie.adv)}")
    else:
        lines.append("Buiten je organisatie: elke gemeente zorgt dat inwoners terechtkunnen bij een "
                     "[antidiscriminatievoorziening](https://wetten.overheid.nl/BWBR0026168/2020-01-01/). "
                     "Je vindt die via [Discriminatie.nl](https://www.discriminatie.nl/), het landelijke meldpunt.")
    lines += ["", "Wil je een oordeel over gelijke behandeling? Dat geeft het "
              "[College voor de Rechten van de Mens](https://www.mensenrechten.nl/)."]
    return "\n".join(lines)
