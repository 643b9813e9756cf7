"""Load the content, validate it and build the relation graph.

`load(docs_dir)` reads every Markdown page's front matter and the data files in docs/_data/, checks them all, and
either returns a `Kennisbank` or raises `ContentError` listing every problem at once (one line each: file, field, bad
value, hint). Nothing here knows about MkDocs or its theme, so the model survives a change of site generator.
"""

from __future__ import annotations

import datetime
import difflib
import os
import re
import reprlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from markdown.extensions.toc import slugify
from pydantic import BaseModel, ValidationError

from .schema import (
    INVISIBLE,
    VOLLEDIGE_MELDING,
    Begrip,
    Bron,
    ChecklistPunt,
    Instrument,
    Overzichtspagina,
    Pagina,
    Stap,
    Voorbeeld,
    Voorbeeldvragen,
    Woord,
)
from .soorten import PER_MAP, PER_NAAM, RELATIES, SOORTEN, Relatie, Soort

# The same front-matter syntax MkDocs accepts: a YAML block between two '---' lines at the very top.
FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:-{3}|\.{3})[ \t]*(?:\n|\Z)", re.DOTALL)
BRONNEN_FILE = "_data/bronnen.yml"
BEGRIPPEN_FILE = "_data/begrippen.yml"
WOORDEN_FILE = "_data/woorden.yml"
VOORBEELDVRAGEN_FILE = "_data/voorbeeldvragen.yml"
# Templates in sjablonen/ mark every place a writer still has to fill in with a line starting with "Vul in:".
TEMPLATE_MARKER = re.compile(r"^\s*(?:[-*+]\s+|\d+\.\s+)?Vul in:")
TEMPLATE_PLACEHOLDER = re.compile(r"\$(id|titel)\b")  # what `make nieuw` fills in, copied by hand instead
# An example written as loose prose instead of in `voorbeelden:` (where it gets its label and, if real, its source).
LOOSE_EXAMPLE = re.compile(
    r"^\s*(?:[-*+]\s+|\d+\.\s+)?(?:\*\*)?(?:Een voorbeeld\b|Voorbeeld:|Voorbeelden:|"
    r"Bijvoorbeeld (?:bij|in|aan|op)\b|Stel je voor\b)"
)
# A step of a list of steps (an instrument with `soort: stappenlijst`): '## Stap 3. Kies de route'.
STEP_HEADING = re.compile(r"^## +(Stap +(\d+)\b.*?)[ #]*$")
ANY_HEADING = re.compile(r"^#{1,6} +(.*?)[ #]*$")
# Markdown in a heading changes its text and anchor from what the source says: a checklist's link to it would not
# match. Steps with a checklist keep plain headings.
HEADING_MARKUP = re.compile(r"[*_`\[\]&<>\\]")

# MkDocs reads "Key: value" lines at the top of a page without '---' as metadata (MultiMarkdown style, the same
# pattern as mkdocs.utils.meta), which would bypass the front-matter checks.
MULTIMARKDOWN_META = re.compile(r"\A[ ]{0,3}[A-Za-z0-9_-]+:\s*\S")
# What may be published from docs/: pages and raster images. No script, HTML, SVG or style sheet: the site would
# serve it from its own address, where the Content-Security-Policy trusts it.
PUBLISHED_TYPES = {".md", ".png", ".jpg", ".jpeg", ".webp", ".gif"}
FILE_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")  # each folder and file name (before the extension), fullmatch
WINDOWS_RESERVED = re.compile(r"con|prn|aux|nul|com[0-9]|lpt[0-9]")  # fullmatch: a clone on Windows would fail
# The folders of docs/ that MkDocs does not publish (exclude_docs in mkdocs.yml): data and includes for the build.
NOT_PUBLISHED = ("_data/", "_includes/")
# Bounds that keep any page to seconds: Python-Markdown takes quadratic time on unmatched '[' within one paragraph
# (48,000 of them take minutes). The site's longest line is under 800 characters, its largest page under 9,000, and
# no paragraph has more than 30 '['. Many short blocks are quadratic too (10,000 one-line headings: 50 seconds); the
# longest page has 120 lines.
MAX_LINE, MAX_PAGE, MAX_BRACKETS, MAX_LINES = 2_000, 50_000, 200, 1_500
# libyaml composes nested values recursively and crashes (no message) at some 25,000 levels; content needs about 4.
MAX_YAML_DEPTH, MAX_DATA = 20, 1_000_000
# Each page looks for every glossary term in its text (Renderer.afkortingen), and the page Begrippen has a heading per
# term (Material's search index takes quadratic time on headings). When every page carried every term, 12,000 short
# terms (600 KB, within MAX_DATA) took the build from 4 to 95 seconds; now a third of that, most of it that page. The
# glossary has 35 terms.
MAX_BEGRIPPEN = 300
CODE_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# A note (`!!! tip "Titel"`) or fold-out (`??? note`) takes its words as CSS classes: Material's note types only, so a
# page cannot borrow one of the theme's own classes (`md-consent__overlay` covers the whole page).
ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s*([^\"]*)")
ADMONITION_CLASSES = frozenset(
    {"note", "abstract", "info", "tip", "success", "question", "warning", "failure", "danger", "bug", "example"}
    | {"quote", "inline", "end"}
)
SHORT = reprlib.Repr()  # values in messages, cut short (Python 3.11 has no keyword arguments here)
SHORT.maxstring, SHORT.maxother, SHORT.maxlist, SHORT.maxdict, SHORT.maxlevel = 60, 60, 4, 4, 2

# libyaml's safe loader when PyYAML has it (the wheels do): several times faster on thousands of pages.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKey(yaml.constructor.ConstructorError):
    """A key written twice in one block of fields; `context_mark` is where it was first, `problem_mark` the second."""

    def __init__(self, key: Any, first: yaml.Mark, again: yaml.Mark):
        super().__init__("while constructing a mapping", first, f"found duplicate key {key!r}", again)
        self.key = key


class ContentLoader(SAFE_LOADER):  # type: ignore[misc, valid-type]
    """The safe loader for what contributors write (front matter, docs/_data/). YAML keeps the last of two equal keys
    without a word, so a second 'status:' low in the front matter would publish something else than a reviewer read
    higher up; here it is an error with both lines."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)  # refuses unhashable keys, so every key is hashable below
        first: dict[Any, yaml.Mark] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # already made by super(): PyYAML keeps it per node
            if key in first:
                raise DuplicateKey(key, first[key], key_node.start_mark)
            first[key] = key_node.start_mark
        return mapping


LABELS = {**{s.naam: s.label.lower() for s in SOORTEN}, "bron": "bron", "barriere": "barrière"}


@dataclass(frozen=True)
class Problem:
    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: veld '{self.field}': {self.message}" if self.field else f"{self.file}: {self.message}"


class ContentError(Exception):
    """All problems found in the content, reported together."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = len(problems)
        header = f"De inhoud heeft {count} {'fout' if count == 1 else 'fouten'}; de site wordt niet gebouwd:"
        super().__init__("\n".join([header, *(f"  {p}" for p in problems)]))


@dataclass(eq=False)  # identity: an entity is one page
class Entity:
    soort: Soort
    src: str  # path relative to docs_dir, with forward slashes
    data: Any  # the page's schema instance (Barriere, Oplossing, ...)
    # A list of steps: each step's number → its heading's text ('Stap 1. Voer het eerste gesprek'), for the links
    # from its checklist items.
    stapkoppen: dict[int, str] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.soort.naam

    @property
    def id(self) -> str:
        return str(self.data.id)

    @property
    def titel(self) -> str:
        return str(self.data.titel)


@dataclass(frozen=True)
class Verwijzing:
    """One id written in front matter: where (field path) and, for checklist items and examples, in which item."""

    pad: str
    id: str
    item: Any = None


def relation_values(data: Pagina, relatie: Relatie) -> Iterator[Verwijzing]:
    """Every id a page declares for one relation, with the field path an error message should name."""
    head, _, tail = relatie.veld.partition(".")
    value = getattr(data, head, None)
    if not tail:
        for i, ident in enumerate(value or []):
            yield Verwijzing(f"{head}[{i}]", ident)
        return
    for i, item in enumerate(value or []):
        inner = getattr(item, tail)
        ids = inner if isinstance(inner, list) else [inner] if inner is not None else []
        for j, ident in enumerate(ids):
            suffix = f"[{j}]" if isinstance(inner, list) else ""
            yield Verwijzing(f"{head}[{i}].{tail}{suffix}", ident, item)


@dataclass
class Kennisbank:
    """The validated content and its relations in both directions."""

    entiteiten: dict[str, dict[str, Entity]] = field(default_factory=lambda: {s.naam: {} for s in SOORTEN})
    bronnen: dict[str, Bron] = field(default_factory=dict)
    begrippen: list[Begrip] = field(default_factory=list)
    woorden: list[Woord] = field(default_factory=list)
    voorbeeldvragen: dict[str, tuple[str, ...]] = field(default_factory=dict)  # page file -> questions it answers

    def section(self, kind: str) -> dict[str, Entity]:
        return self.entiteiten[kind]

    barrieres = property(lambda self: self.entiteiten["barriere"])
    oplossingen = property(lambda self: self.entiteiten["oplossing"])
    stappen = property(lambda self: self.entiteiten["stap"])
    rollen = property(lambda self: self.entiteiten["rol"])
    recht = property(lambda self: self.entiteiten["recht"])
    instrumenten = property(lambda self: self.entiteiten["instrument"])

    def __iter__(self) -> Iterator[Entity]:
        for soort in SOORTEN:
            yield from self.entiteiten[soort.naam].values()

    @cached_property
    def by_src(self) -> dict[str, Entity]:
        return {e.src: e for e in self}

    # Derived (reverse) relations. Only the forward direction is ever written in front matter.

    @cached_property
    def _reverse(self) -> dict[tuple[str, str, str], list[tuple[Entity, Any]]]:
        """(source kind + field, target kind, target id) → the pages (and items) pointing at it, in reading order."""
        index: dict[tuple[str, str, str], list[tuple[Entity, Any]]] = defaultdict(list)
        for entity in self:
            for relatie in RELATIES:
                if relatie.van in ("*", entity.kind):
                    for ref in relation_values(entity.data, relatie):
                        index[(f"{entity.kind}.{relatie.veld}", relatie.naar, ref.id)].append((entity, ref.item))
        return index

    def verwijzers(self, veld: str, naar: str, ident: str) -> list[Entity]:
        """Pages that name `ident` (of kind `naar`) in `veld` ('oplossing.recht': the field recht of solutions)."""
        return list(dict.fromkeys(e for e, _ in self._reverse.get((veld, naar, ident), [])).keys())

    def items_naar(self, veld: str, naar: str, ident: str) -> list[tuple[Entity, Any]]:
        """Items (checklist items, examples) whose field points at `ident`, with their page."""
        return list(self._reverse.get((veld, naar, ident), []))

    @cached_property
    def _oplossingen_per_stap(self) -> dict[str, list[str]]:
        # A solution is part of a step when it lists the step, or when one of the step's checklist items links it.
        linked: dict[str, set[str]] = defaultdict(set)
        for o in self.oplossingen.values():
            for s in o.data.stappen:
                linked[s].add(o.id)
        for s in self.stappen.values():
            for punt in s.data.checklist:
                linked[s.id].update(punt.oplossingen)
        return {s: [o for o in self.oplossingen if o in ids] for s, ids in linked.items()}

    def oplossingen_bij_barriere(self, barriere_id: str) -> list[Entity]:
        return self.verwijzers("oplossing.barrieres", "barriere", barriere_id)

    def oplossingen_bij_stap(self, stap_id: str) -> list[Entity]:
        return [self.oplossingen[o] for o in self._oplossingen_per_stap.get(stap_id, [])]

    @cached_property
    def _stappen_per_oplossing(self) -> dict[str, list[Entity]]:
        # The reverse of _oplossingen_per_stap, in step order; asked for every solution and barrier page.
        per_oplossing: dict[str, list[Entity]] = defaultdict(list)
        for s in self.stappen.values():
            for o in self._oplossingen_per_stap.get(s.id, []):
                per_oplossing[o].append(s)
        return per_oplossing

    def stappen_bij_oplossing(self, oplossing_id: str) -> list[Entity]:
        return list(self._stappen_per_oplossing.get(oplossing_id, []))

    def stappen_bij_barriere(self, barriere_id: str) -> list[Entity]:
        via = {o.id for o in self.oplossingen_bij_barriere(barriere_id)}
        return [s for s in self.stappen.values() if via & set(self._oplossingen_per_stap.get(s.id, []))]

    def barrieres_bij_stap(self, stap_id: str) -> list[Entity]:
        via = {b for o in self.oplossingen_bij_stap(stap_id) for b in o.data.barrieres}
        return [b for b in self.barrieres.values() if b.id in via]

    def checklistpunten_bij_oplossing(self, oplossing_id: str) -> list[tuple[Entity, ChecklistPunt]]:
        return self.items_naar("stap.checklist.oplossingen", "oplossing", oplossing_id)

    def checklistpunten_bij_recht(self, recht_id: str) -> list[tuple[Entity, ChecklistPunt]]:
        return self.items_naar("stap.checklist.recht", "recht", recht_id)

    def checklistpunten_van_rol(self, rol_id: str) -> list[tuple[Entity, ChecklistPunt]]:
        return self.items_naar("stap.checklist.eigenaar", "rol", rol_id)

    def oplossingen_voor_rol(self, rol_id: str) -> list[tuple[Entity, list[Entity]]]:
        """Per barrier, the solutions in which this role acts (barriers without any are left out)."""
        rows = []
        for b in self.barrieres.values():
            oplossingen = [o for o in self.oplossingen_bij_barriere(b.id) if rol_id in o.data.rollen]
            if oplossingen:
                rows.append((b, oplossingen))
        return rows

    def rollen_bij_oplossing(self, oplossing_id: str) -> list[Entity]:
        wanted = set(self.oplossingen[oplossing_id].data.rollen)
        return [r for r in self.rollen.values() if r.id in wanted]

    def instrumenten_bij(self, entity: Entity) -> list[Entity]:
        """Instruments that name this solution, step, legal page or role (as `voor`)."""
        veld = {"oplossing": "oplossingen", "stap": "stappen", "recht": "recht", "rol": "voor"}[entity.kind]
        return self.verwijzers(f"instrument.{veld}", entity.kind, entity.id)

    def instrumenten_bij_punt(self, punt: ChecklistPunt) -> list[Entity]:
        """Derived, never declared: item → its solutions → their instruments."""
        found = [i for o in punt.oplossingen for i in self.verwijzers("instrument.oplossingen", "oplossing", o)]
        return list(dict.fromkeys(found))

    def recht_voor_rol(self, rol_id: str) -> list[Entity]:
        return self.verwijzers("recht.voor", "rol", rol_id)

    def recht_voor_inwoners(self) -> list[Entity]:
        return [e for e in self.recht.values() if e.data.inwoners]

    @cached_property
    def startpagina_inwoners(self) -> Entity | None:
        """Where a resident begins: the route page for residents (the first, if writers made more). Asked for every
        law page, so found once."""
        return next((e for e in self.recht_voor_inwoners() if e.data.soort == "route"), None)

    def oplossingen_bij_recht(self, recht_id: str) -> list[Entity]:
        return self.verwijzers("oplossing.recht", "recht", recht_id)

    def voorbeelden_bij(self, entity: Entity) -> list[tuple[Voorbeeld, Entity]]:
        """The page's own examples, and on a barrier page also examples elsewhere that name this barrier."""
        own = [(v, entity) for v in entity.data.voorbeelden]
        if entity.kind != "barriere":
            return own
        elsewhere = [
            (v, e)
            for soort in SOORTEN
            for e, v in self.items_naar(f"{soort.naam}.voorbeelden.barrieres", "barriere", entity.id)
        ]
        return own + [(v, e) for v, e in elsewhere if e is not entity]

    def startstap(self, barriere_id: str) -> Entity | None:
        """Where to begin with a barrier: the lowest-numbered step among the steps of its solutions."""
        stappen = [s for o in self.oplossingen_bij_barriere(barriere_id) for s in self.stappen_bij_oplossing(o.id)]
        return min(stappen, key=lambda s: s.data.stap, default=None)

    def niet_recent_gereviewd(self, vandaag: datetime.date, maanden: int = 12) -> list[tuple[Entity, str]]:
        """Pages never reviewed, or last reviewed longer than `maanden` months before `vandaag`."""
        month = vandaag.month - maanden
        year = vandaag.year + (month - 1) // 12
        grens = datetime.date(year, (month - 1) % 12 + 1, min(vandaag.day, 28))
        stale = []
        for entity in self:
            datum = entity.data.gereviewd_op
            if entity.data.status != "gereviewd" or datum is None:
                stale.append((entity, "nog nooit gereviewd"))
            elif datum < grens:
                stale.append((entity, f"laatst gereviewd op {datum.isoformat()}"))
        return stale

    def nav(self, section_folder: str) -> list[str]:
        """Pages of an entity folder in reading order: steps by number, the rest by title."""
        return [e.src for e in self.section(PER_MAP[section_folder].naam).values()]


def load(docs_dir: str | os.PathLike[str]) -> Kennisbank:
    """Read and validate all content under docs_dir. Raises ContentError with every problem found."""
    return _Loader(Path(docs_dir)).run()


def overlay_problems(folder: Path) -> list[str]:
    """An organisation's own folder gets the checks of docs/: file types (plus SVG, for a logo; the plugin checks its
    content), names, the front matter of a page (the allowlist of overview pages) and the Markdown checks."""
    loader = _Loader(folder)
    loader.check_files(PUBLISHED_TYPES | {".svg"})
    for path in sorted(folder.rglob("*.md")):
        src = path.relative_to(folder).as_posix()
        if path.is_file() and not any(part.startswith(".") for part in src.split("/")):
            loader.read_page(path, src)
    return [str(problem) for problem in loader.problems]


class _Loader:
    def __init__(self, docs_dir: Path):
        self.docs_dir = docs_dir
        self.problems: list[Problem] = []
        # Slugs of every entity file, valid or not: a page with its own error must not cause a second error
        # on every page that links to it.
        self.slugs: dict[str, set[str]] = defaultdict(set)

    def display(self, src: str) -> str:
        return f"{self.docs_dir.name}/{src}"

    def problem(self, src: str, field_name: str, message: str) -> None:
        self.problems.append(Problem(self.display(src), field_name, message))

    def run(self) -> Kennisbank:
        kb = Kennisbank()
        kb.bronnen = self.load_data_list(BRONNEN_FILE, Bron, "id", slugs=self.slugs["bron"])
        kb.begrippen = list(self.load_data_list(BEGRIPPEN_FILE, Begrip, "term", required=False).values())
        if len(kb.begrippen) > MAX_BEGRIPPEN:
            self.problem(
                BEGRIPPEN_FILE,
                "",
                f"heeft {len(kb.begrippen)} begrippen; hoogstens {MAX_BEGRIPPEN}: elke pagina zoekt naar elk begrip, "
                "dus neem alleen woorden op die de lezer uitgelegd moet krijgen",
            )
            kb.begrippen = []
        kb.woorden = list(self.load_data_list(WOORDEN_FILE, Woord, "term", required=False).values())
        self.check_vocabulary(kb.woorden)
        for begrip in kb.begrippen:
            if begrip.bron and begrip.bron not in kb.bronnen:
                hint = _hint(begrip.bron, kb.bronnen)
                self.problem(
                    BEGRIPPEN_FILE, f"bron (begrip '{begrip.term}')", f"onbekende bron '{begrip.bron}'; {hint}"
                )
        pages = self.page_files()
        kb.voorbeeldvragen = self.load_voorbeeldvragen([src for _, src in pages])
        self.check_files()
        entities: list[Entity] = []
        for path, src in pages:
            entity = self.read_page(path, src)
            if entity is not None:
                entities.append(entity)
        self.check_identity(entities)
        for e in sorted(entities, key=_reading_order):
            kb.section(e.kind).setdefault(e.id, e)
        self.check_relations(kb)
        if self.problems:
            raise ContentError(self.problems)
        return kb

    def read_page(self, path: Path, src: str) -> Entity | None:
        text = self.read_text(path, src)
        if text is None:
            return None
        for message in markdown_problems(text):
            self.problem(src, "", message)
        if len(text) > MAX_PAGE:
            return None  # too big to parse its front matter safely
        self.check_loose_examples(text, src)
        soort = PER_MAP.get(src.split("/")[0]) if "/" in src else None
        is_entity = soort is not None and path.name != "index.md"
        meta = self.read_front_matter(text, src, is_entity)
        if meta is not None and "render_macros" in meta:
            self.problem(
                src,
                "render_macros",
                "hoort niet in een pagina: alleen pagina's die in mkdocs.yml bij plugins.macros.force_render_paths "
                "staan, bevatten macro's; haal de regel weg",
            )
            meta = {k: v for k, v in meta.items() if k != "render_macros"}
        if not is_entity or soort is None:
            if meta is not None and "id" in meta:
                self.problem(src, "", _outside_content_folder(src))
            elif meta is not None:
                self.validate(Overzichtspagina, meta, src)
            return None
        self.slugs[soort.naam].add(path.stem)
        if meta is None:
            return None
        self.check_template_leftovers(text, src)
        self.check_second_title(text, src)
        data = self.validate(soort.schema, meta, src)
        if data is None:
            return None
        entity = Entity(soort, src, data)
        if isinstance(data, Instrument) and data.checklist:
            entity.stapkoppen = self.check_list_of_steps(entity, text)
        return entity

    def check_list_of_steps(self, entity: Entity, text: str) -> dict[int, str]:
        """A list of steps' checklist: each item names a step the page has ('## Stap N. ...'), and its id starts with
        the instrument's id (the items of one page then stay together, and apart from every other page's)."""
        _, body = _body(text)
        koppen: dict[int, str] = {}
        anchors: dict[str, int] = defaultdict(int)  # how many headings of the page get each anchor
        for line in body.splitlines():
            if heading := ANY_HEADING.match(line):
                anchors[slugify(heading.group(1), "-")] += 1
            if match := STEP_HEADING.match(line):
                koppen.setdefault(int(match.group(2)), match.group(1))
        for nummer, kop in koppen.items():
            if HEADING_MARKUP.search(kop) or anchors[slugify(kop, "-")] > 1:
                self.problem(
                    entity.src,
                    f"kop van stap {nummer}",
                    f"'{kop}': de checklist linkt naar deze kop; geef hem gewone tekst (geen opmaak, link of &) die "
                    "geen andere kop op de pagina heeft",
                )
        shown = ", ".join(str(n) for n in koppen) or "geen"
        for i, punt in enumerate(entity.data.checklist):
            if punt.stap not in koppen:
                self.problem(
                    entity.src,
                    f"checklist[{i}].stap",
                    f"'{punt.stap}': de pagina heeft geen kop '## Stap {punt.stap}. ...'; "
                    f"stappen op de pagina: {shown}",
                )
            if not punt.id.startswith(entity.id + "-"):
                self.problem(
                    entity.src,
                    f"checklist[{i}].id",
                    f"'{punt.id}' hoort niet bij dit instrument; begin de id met '{entity.id}-' "
                    f"(bijvoorbeeld '{entity.id}-{punt.id.rsplit('-', 1)[-1]}')",
                )
        return koppen

    def read_front_matter(self, text: str, src: str, required: bool) -> dict[str, Any] | None:
        match = FRONT_MATTER.match(text)
        if not match:
            if re.match(r"-{3}[ \t]*\n", text):
                self.problem(
                    src,
                    "",
                    "het blok met velden bovenaan wordt niet afgesloten: zet een regel '---' na het laatste veld",
                )
            elif required:
                self.problem(src, "", "front matter ontbreekt: begin het bestand met een blok tussen twee regels '---'")
            elif MULTIMARKDOWN_META.match(text):
                first = text.splitlines()[0].strip()
                self.problem(
                    src,
                    "",
                    f"regel 1 ('{SHORT.repr(first)[1:-1]}') leest MkDocs als een veld van de pagina; begin de "
                    "pagina met een kop ('# Titel'), of zet velden tussen twee regels '---'",
                )
            return None
        try:
            if too_deep(match.group(1) or ""):
                self.problem(src, "", f"front matter is dieper genest dan {MAX_YAML_DEPTH} niveaus")
                return None
            meta = yaml.load(match.group(1) or "", Loader=ContentLoader)
        except ValueError as error:  # a date that does not exist, such as 2026-02-30
            self.problem(src, "", f"front matter bevat een datum die niet bestaat ({error}); schrijf een echte datum")
            return None
        except yaml.YAMLError as error:
            # The YAML starts on the file's second line, after the opening '---'.
            self.problem(src, "", f"front matter is geen geldige YAML{_yaml_error(error, first_line=2)}")
            return None
        if meta is None:
            meta = {}
        if not isinstance(meta, dict):
            self.problem(src, "", "front matter moet bestaan uit velden ('naam: waarde'), niet uit een losse waarde")
            return None
        if reason := not_plain_data(meta):
            self.problem(src, "", reason)
            return None
        return meta

    def read_text(self, path: Path, src: str) -> str | None:
        data = path.read_bytes()
        if data.startswith(b"\xef\xbb\xbf"):
            # Notepad and Word can put an invisible mark (BOM) at the start; other tools then read it as text.
            self.problem(src, "", "begint met een onzichtbaar teken (BOM); sla het bestand op als 'UTF-8' zonder BOM")
        try:
            # Windows line endings become \n, as Python's text mode (and MkDocs) read them.
            return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError as error:
            self.problem(src, "", f"is geen UTF-8-tekst (byte {error.start}); sla het bestand op als UTF-8")
            return None

    def check_files(self, types: set[str] = PUBLISHED_TYPES) -> None:
        """Every file that would be published: a page or an image, with a name of lowercase letters, digits and
        hyphens (a quote or space in a name would end up in links and attributes)."""
        for path in sorted(p for p in self.docs_dir.rglob("*") if p.is_file()):
            src = path.relative_to(self.docs_dir).as_posix()
            if src.startswith(NOT_PUBLISHED) or any(part.startswith(".") for part in src.split("/")):
                continue  # _data/ and _includes/ are read by the build, hidden files are never published
            if path.suffix.lower() not in types:
                allowed = ", ".join(sorted(types))
                self.problem(
                    src,
                    "",
                    f"bestanden van het type '{path.suffix or '(geen)'}' komen niet op de site; alleen "
                    f"pagina's en afbeeldingen ({allowed})",
                )
                continue
            names = [*src.split("/")[:-1], path.stem]
            if bad := [n for n in names if WINDOWS_RESERVED.fullmatch(n)]:
                self.problem(src, "", f"'{bad[0]}' is een naam die Windows niet toestaat; kies een andere naam")
            elif bad := [n for n in names if not FILE_NAME.fullmatch(n)]:
                self.problem(
                    src,
                    "",
                    f"'{bad[0]}': namen van bestanden en mappen bestaan uit kleine letters, cijfers en "
                    f"streepjes, zoals '{slug(bad[0])}'",
                )
            elif path.suffix != path.suffix.lower():
                self.problem(src, "", f"schrijf de extensie met kleine letters: '{path.suffix.lower()}'")
        self.check_same_address()

    def check_same_address(self) -> None:
        """'x.md' and 'x/index.md' are both the page at x/: MkDocs would publish one of them and drop the other."""
        pages = {p.relative_to(self.docs_dir).as_posix() for p in self.docs_dir.rglob("*.md")}
        for src in sorted(pages):
            if src.endswith("/index.md") and (other := src.removesuffix("/index.md") + ".md") in pages:
                self.problem(
                    src, "", f"heeft hetzelfde adres als {self.display(other)}; geef een van beide een andere naam"
                )

    def check_template_leftovers(self, text: str, src: str) -> None:
        """Lines from a template in sjablonen/ that still ask to be filled in."""
        for number, line in enumerate(text.splitlines(), start=1):
            if TEMPLATE_MARKER.match(line) or TEMPLATE_PLACEHOLDER.search(line):
                self.problem(
                    src,
                    "",
                    f"regel {number}: tekst uit het sjabloon ('{line.strip()[:50]}'); vervang die door je eigen tekst",
                )

    def check_second_title(self, text: str, src: str) -> None:
        """The title of a content page comes from `titel`; a '# ' heading in the text would be a second one."""
        first_line, body = _body(text)
        for number, line in enumerate(body.splitlines(), start=first_line):
            if line.startswith("# "):
                self.problem(
                    src,
                    "",
                    f"regel {number}: '{line[:40]}' is een tweede titel (de titel komt uit 'titel'); "
                    "begin een kop met ##",
                )
                return

    def check_loose_examples(self, text: str, src: str) -> None:
        """Examples belong in `voorbeelden:` (with their kind and, if real, their source), not in loose prose."""
        first_line, body = _body(text)
        for number, line in enumerate(body.splitlines(), start=first_line):
            if LOOSE_EXAMPLE.match(line):
                self.problem(
                    src,
                    "",
                    f"regel {number}: een voorbeeld in de lopende tekst ('{line.strip()[:40]}'); "
                    "zet het in 'voorbeelden:' bovenaan, met 'soort: verzonnen' of "
                    "'soort: gedocumenteerd' en een bron",
                )

    def validate(self, schema: type[BaseModel], meta: Any, src: str) -> Any:
        try:
            return schema.model_validate(meta)
        except ValidationError as error:
            for detail in error.errors():
                self.problem(src, field_path(detail["loc"]), explain(detail, schema))
            return None

    def load_data_list(
        self, name: str, schema: type[BaseModel], key: str, required: bool = True, slugs: set[str] | None = None
    ) -> dict[str, Any]:
        """A YAML list of records in docs/_data/, validated one by one and keyed by `key` (which must be unique).
        `slugs` collects the keys of invalid records too, so pages naming them get no second error."""
        path = self.docs_dir / name
        if not path.exists():
            if required:
                self.problem(name, "", "bestand ontbreekt")
            return {}
        text = self.read_text(path, name)
        if text is None:
            return {}
        if len(text) > MAX_DATA:
            self.problem(name, "", f"is {len(text)} tekens lang; hoogstens {MAX_DATA}")
            return {}
        try:
            if too_deep(text):
                self.problem(name, "", f"is dieper genest dan {MAX_YAML_DEPTH} niveaus")
                return {}
            items, lines = _load_yaml(text)
            items = items or []
        except ValueError as error:
            self.problem(name, "", f"bevat een datum die niet bestaat ({error}); schrijf een echte datum")
            return {}
        except yaml.YAMLError as error:
            self.problem(name, "", f"geen geldige YAML{_yaml_error(error, first_line=1)}")
            return {}
        if not isinstance(items, list):
            self.problem(name, "", f"moet een lijst zijn (elk item begint met '- {key}: ...')")
            return {}
        if reason := not_plain_data(items):
            self.problem(name, "", reason)
            return {}
        records: dict[str, Any] = {}
        seen: set[str] = set()
        for index, item in enumerate(items):
            # The line where the record starts, so a message points into a file of hundreds of lines.
            where = f"{name}:{lines[index]}" if index < len(lines) else name
            if slugs is not None and isinstance(item, dict) and isinstance(item.get(key), str):
                slugs.add(item[key])
            try:
                record = schema.model_validate(item)
            except ValidationError as error:
                for detail in error.errors():
                    self.problem(where, f"[{index}]." + field_path(detail["loc"]), explain(detail, schema))
                continue
            value = getattr(record, key)
            if value.casefold() in seen:
                self.problem(where, f"[{index}].{key}", f"'{value}' komt twee keer voor")
                continue
            seen.add(value.casefold())
            records[value] = record
        return records

    def page_files(self) -> list[tuple[Path, str]]:
        """Every page's file and its path in docs/, in order; _includes/ and _data/ hold no pages."""
        found = []
        for path in sorted(self.docs_dir.rglob("*.md")):
            src = path.relative_to(self.docs_dir).as_posix()
            if not src.startswith(NOT_PUBLISHED) and path.is_file():
                found.append((path, src))
        return found

    def load_voorbeeldvragen(self, pages: list[str]) -> dict[str, tuple[str, ...]]:
        """Example questions per page file (`pages`: the pages in docs/); a page that does not exist is an error."""
        records = self.load_data_list(VOORBEELDVRAGEN_FILE, Voorbeeldvragen, "pagina", required=False)
        published = set(pages)
        found = {}
        for pagina, record in records.items():
            if pagina in published:
                found[pagina] = tuple(record.vragen)
            else:
                hint = _hint(pagina, pages)
                self.problem(VOORBEELDVRAGEN_FILE, "pagina", f"'{pagina}' is geen pagina in docs/; {hint}")
        return found

    def check_vocabulary(self, woorden: list[Woord]) -> None:
        """Each word has one role: a term, a variant to avoid, or an everyday search word, never two."""
        seen: dict[str, str] = {}
        for woord in woorden:
            for rol, words in (
                ("term", [woord.term]),
                ("varianten", woord.varianten),
                ("zoekwoorden", woord.zoekwoorden),
            ):
                for w in words:
                    if w.casefold() in seen:
                        self.problem(
                            WOORDEN_FILE,
                            f"{rol} (term '{woord.term}')",
                            f"'{w}' staat al bij '{seen[w.casefold()]}'; elk woord heeft één plek",
                        )
                    seen.setdefault(w.casefold(), woord.term)

    def check_identity(self, entities: list[Entity]) -> None:
        seen: dict[str, Entity] = {}
        seen_items: dict[str, str] = {}
        seen_numbers: dict[int, Entity] = {}
        for e in entities:
            slug = Path(e.src).stem
            if e.id != slug and FILE_NAME.fullmatch(slug):  # a bad file name has its own message (check_files)
                self.problem(e.src, "id", f"'{e.id}' is niet gelijk aan de bestandsnaam; gebruik 'id: {slug}'")
            if e.id in seen:
                self.problem(e.src, "id", f"'{e.id}' bestaat al in {self.display(seen[e.id].src)}; kies een andere id")
            seen.setdefault(e.id, e)
            if isinstance(e.data, Stap):
                if e.data.stap in seen_numbers:
                    other = self.display(seen_numbers[e.data.stap].src)
                    self.problem(
                        e.src, "stap", f"nummer {e.data.stap} heeft {other} al; elke stap krijgt een eigen nummer"
                    )
                seen_numbers.setdefault(e.data.stap, e)
            items = [("checklist", getattr(e.data, "checklist", [])), ("signalen", getattr(e.data, "signalen", []))]
            for veld, values in items:
                for i, item in enumerate(values):
                    if item.id in seen_items:
                        # Which of the two is new, only the writer knows; an id that is on the site carries saved
                        # progress and answers, so the advice names both and says which one to change.
                        self.problem(
                            e.src,
                            f"{veld}[{i}].id",
                            f"'{item.id}' staat ook in {seen_items[item.id]}; elke id komt één keer voor. Geef het "
                            "nieuwe punt een eigen id; verander de id van een punt dat al op de site staat niet",
                        )
                    seen_items.setdefault(item.id, f"{self.display(e.src)} ({veld}[{i}])")
            for i, signaal in enumerate(getattr(e.data, "signalen", [])):
                self.check_signal_owner(e, i, signaal.id)

    def check_signal_owner(self, barriere: Entity, index: int, signaal_id: str) -> None:
        """A statement's id starts with its barrier's id: saved answers and team files then always name the right
        barrier, and a statement moved to another barrier gets a new id instead of carrying old answers along."""
        if not signaal_id.startswith(barriere.id + "-"):
            self.problem(
                barriere.src,
                f"signalen[{index}].id",
                f"'{signaal_id}' hoort niet bij deze barrière; begin de id met '{barriere.id}-' "
                f"(bijvoorbeeld '{barriere.id}-{signaal_id.rsplit('-', 1)[-1]}')",
            )

    def check_relations(self, kb: Kennisbank) -> None:
        for entity in kb:
            for relatie in RELATIES:
                if relatie.van not in ("*", entity.kind):
                    continue
                valid: dict[str, Any] = kb.bronnen if relatie.naar == "bron" else kb.section(relatie.naar)
                known = [*valid, *sorted(self.slugs[relatie.naar] - set(valid))]
                for ref in relation_values(entity.data, relatie):
                    if ref.id not in known:
                        label = LABELS[relatie.naar]
                        other = next((naam for naam, ids in self.slugs.items() if ref.id in ids), None)
                        hint = f"dat is een {LABELS[other]}" if other else _hint(ref.id, known)
                        self.problem(entity.src, ref.pad, f"onbekende {label} '{ref.id}'; {hint}")


# The YAML mistakes writers make most, in words they know (libyaml's own reason follows in brackets).
YAML_ADVICE = [
    (
        "mapping values are not allowed",
        "staat er een dubbele punt in een waarde? Zet de waarde dan tussen "
        'aanhalingstekens, zoals titel: "Wet: wat mag?"',
    ),
    (
        "cannot start any token",
        "staat er een tab of een teken als @ of ` aan het begin? Spring in met spaties en zet "
        "zo'n waarde tussen aanhalingstekens",
    ),
    ("expected key", "wordt een aanhalingsteken niet gesloten, of springt een regel anders in dan de regels erboven?"),
    ("quoted scalar", "wordt een aanhalingsteken niet gesloten? Kijk ook naar de regels erboven"),
    ("expected <block end>", "springt een regel anders in dan de regels erboven?"),
]


def _yaml_error(error: yaml.YAMLError, first_line: int) -> str:
    """' (regel N): advice (reason)' for a YAML error, with N counted in the file (first_line: where the YAML
    starts)."""
    if isinstance(error, DuplicateKey) and error.context_mark and error.problem_mark:
        again, first = error.problem_mark.line + first_line, error.context_mark.line + first_line
        return (
            f" (regel {again}): het veld '{SHORT.repr(str(error.key))[1:-1]}' staat twee keer in hetzelfde blok (ook "
            f"op regel {first}); YAML houdt alleen de laatste, dus haal er één weg"
        )
    mark = getattr(error, "problem_mark", None)
    where = f" (regel {mark.line + first_line})" if mark else ""
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    advice = next((text for key, text in YAML_ADVICE if key in f"{reason} {error}"), None)
    return f"{where}: {advice} ({reason})" if advice else f"{where}: {reason}"


def _reading_order(e: Entity) -> tuple[Any, ...]:
    number = e.data.stap if isinstance(e.data, Stap) else 0
    return (number, e.titel.casefold(), e.id)


def _hint(value: str, valid: dict[str, Any] | list[str]) -> str:
    names = list(valid)
    close = difflib.get_close_matches(value, names, n=1, cutoff=0.6)
    if close:
        return f"bedoelde je '{close[0]}'?"
    if not names:
        return "er zijn nog geen geldige waarden"
    shown = ", ".join(f"'{n}'" for n in names[:8])
    return f"geldig zijn: {shown}{', ...' if len(names) > 8 else ''}"


def field_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def explain(detail: Any, schema: type[BaseModel]) -> str:
    """A Dutch, actionable message for one pydantic error."""
    kind = detail["type"]
    value = detail.get("input")
    # Short: a value can be huge (a long text, or a list in a list in a list).
    shown = f"'{SHORT.repr(value)[1:-1]}'" if isinstance(value, str) else SHORT.repr(value)
    shown = shown if isinstance(value, (str, dict, list)) else f"'{shown}'"
    if isinstance(value, datetime.date):
        shown = f"'{value.isoformat()}'"
    ctx = detail.get("ctx") or {}
    if kind == VOLLEDIGE_MELDING:
        return str(detail["msg"])
    if kind == "missing":
        return "ontbreekt; dit veld is verplicht"
    if value is None and kind.endswith("_type"):  # `veld:` with nothing after it, as in a fresh template
        return "is leeg; vul dit veld in"
    if kind == "extra_forbidden":
        allowed = _allowed_fields(schema, detail["loc"])
        return f"onbekend veld; {_hint(str(detail['loc'][-1]), allowed)}"
    if kind == "string_pattern_mismatch":
        return _pattern_message(shown, str(ctx.get("pattern", "")))
    messages = {
        "string_type": f"{shown} is geen tekst",
        "int_type": f"{shown} is geen geheel getal",
        "bool_type": f"{shown} is geen ja/nee; schrijf true of false",
        "list_type": f"{shown} is geen lijst; schrijf bijvoorbeeld [eerste-id, tweede-id]",
        "dict_type": f"{shown} is geen blok met velden (id, tekst, ...)",
        "model_type": f"{shown} is geen blok met velden",
        "literal_error": f"{shown} is ongeldig; kies uit {ctx.get('expected', '')}".replace(" or ", " of "),
        "string_too_short": "is leeg",
        "string_too_long": f"is {len(value) if isinstance(value, str) else '?'} tekens lang; hoogstens "
        f"{ctx.get('max_length')}",
        "less_than_equal": f"{shown} mag hoogstens {ctx.get('le')} zijn",
        "float_type": f"{shown} is geen getal",
        "too_short": f"is te kort; noem er minstens {ctx.get('min_length', 1)}"
        if ctx.get("min_length", 1) > 1
        else "is leeg; noem er minstens één",
        "too_long": f"is te lang; noem er hoogstens {ctx.get('max_length')}",
        "greater_than_equal": f"{shown} moet minstens {ctx.get('ge')} zijn",
        "date_type": f"{shown} is geen datum; schrijf JJJJ-MM-DD, zoals 2026-03-01",
        "url_type": f"{shown} is geen url",
        "url_parsing": f"{shown} is geen geldige url; een webadres begint met https://",
        "url_scheme": f"{shown} is geen geldige url; begin met https://",
        "url_syntax_violation": f"{shown} is geen geldige url; kopieer het adres uit de adresbalk van je browser "
        "(zonder spaties, aanhalingstekens of < >)",
    }
    if kind in messages:
        return messages[kind]
    if kind == "value_error":
        error = ctx.get("error", detail["msg"])
        return f"{shown} {error}" if value is not None and not isinstance(value, (dict, list)) else str(error)
    return f"{shown}: {detail['msg']}"


def _pattern_message(shown: str, pattern: str) -> str:
    """Which pattern a value missed says what the value should look like (a colour is not an id)."""
    if "0-9a-fA-F]{6}" in pattern:
        return f"{shown} is geen kleur; schrijf een hexcode met # en zes tekens, zoals '#1d4f91'"
    if "@" in pattern:
        return f"{shown} is geen geldig e-mailadres, zoals 'meldpunt@gemeente.nl'"
    if pattern.startswith(r"^\+?[0-9]"):
        return f"{shown} is geen telefoonnummer; gebruik cijfers, spaties, +, - en haakjes"
    if "https://" in pattern:
        return f"{shown} is geen eigen pagina (pad naar een .md-bestand) en geen https-adres"
    if pattern == r"^[a-z0-9]+(-[a-z0-9]+)*$":
        return f"{shown} is geen geldige id; gebruik kleine letters, cijfers en streepjes"
    return f"{shown} is geen geldig pad; gebruik letters, cijfers, -, _ en / (geen spaties)"


def _allowed_fields(schema: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    # A misspelt field inside a list item must be compared with the item's fields, not the page's.
    for part in loc[:-1]:
        field_info = schema.model_fields.get(str(part)) if isinstance(part, str) else None
        inner = getattr(field_info.annotation, "__args__", (None,))[0] if field_info else None
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            schema = inner
    return list(schema.model_fields)


__all__ = ["PER_NAAM", "ContentError", "Entity", "Kennisbank", "Problem", "load"]


def _outside_content_folder(src: str) -> str:
    folder = src.split("/")[0] if "/" in src else ""
    folders = [f"{s.map}/" for s in SOORTEN]
    close = difflib.get_close_matches(f"{folder}/", folders, n=1, cutoff=0.6) if folder else []
    if src.endswith("index.md") and folder in PER_MAP:
        return "een overzichtspagina (index.md) heeft geen id of andere velden van een inhoudspagina"
    hint = f"bedoelde je docs/{close[0]}?" if close else "kies uit " + ", ".join(f"docs/{f}" for f in folders)
    return f"deze pagina heeft velden van een inhoudspagina (id, titel, ...), maar staat niet in een inhoudsmap; {hint}"


def slug(name: str) -> str:
    """A file or folder name in the site's alphabet, for advice."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "naam"


def not_plain_data(value: Any) -> str | None:
    """Why YAML content is not plain data, or None. Content holds text, numbers, true/false, dates, lists and blocks
    of fields. A YAML anchor (&naam) used again (*naam) shares one value in several places, which can make a few
    lines expand to millions of values; binary data and sets have no place in a page."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (dict, list)):
            if id(item) in seen:
                return "gebruik geen YAML-verwijzingen (&naam en *naam); schrijf elke waarde voluit"
            seen.add(id(item))
            stack.extend([*item.keys(), *item.values()] if isinstance(item, dict) else item)
        elif not isinstance(item, (str, int, float, bool, datetime.date)) and item is not None:
            return f"een waarde van de soort '{type(item).__name__}' hoort niet in de inhoud; schrijf tekst"
    return None


def _body(text: str) -> tuple[int, str]:
    """A page's text after its front matter, and the number of its first line in the file."""
    start = m.end() if (m := FRONT_MATTER.match(text)) else 0
    return text[:start].count("\n") + 1, text[start:]


def _load_yaml(text: str) -> tuple[Any, list[int]]:
    """The YAML's value, and the line where each item of a top-level list starts, from one parse."""
    loader = ContentLoader(text)
    try:
        node = loader.get_single_node()
        value = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return value, [item.start_mark.line + 1 for item in getattr(node, "value", [])]


# What other Markdown programs make active when someone opens a page's .md download (the download is the source):
# raw HTML (Python-Markdown reads `<img` split over lines with an @ as an e-mail address, CommonMark as a tag), an
# abbreviation line for a term no page uses (it never reaches a page, so no check sees it), and any reference
# definition ([naam]: adres). Python-Markdown leaves many of those as text where CommonMark makes them a link for the
# whole document: inside a quote or a list item, with the address on the next line, with a name over two lines, or
# with a name only CommonMark's case folding matches ([x][ẞ] with [ss]: javascript:...). Pages write links in the
# sentence, so no form is allowed: every definition, in every Markdown program, has ']' directly followed by ':'.
TAG_START = re.compile(r"<(/?[A-Za-z][\w-]*|!|\?)")
AUTOLINK = re.compile(r"<(?:https?|mailto|tel):[^\s<>]*>")
ABBREVIATION = re.compile(r"^\s*\*\[")
REFERENCE = "]:"


def _source_problem(line: str) -> str | None:
    if tag := TAG_START.search(AUTOLINK.sub("", line)):
        return (
            f"HTML is niet toegestaan in een pagina: <{tag.group(1)}>. Schrijf gewone tekst of Markdown (zie "
            "CONTRIBUTING.md); bedoel je 'kleiner dan', schrijf dat dan uit"
        )
    if ABBREVIATION.match(line):
        return "een afkortingsregel (*[...]: ...) hoort niet in een pagina; begrippen staan in docs/_data/begrippen.yml"
    if REFERENCE in line:
        return (
            "een verwijzing ([naam]: adres) hoort niet in een pagina, ook niet in een citaat of een lijst: een ander "
            "Markdown-programma maakt er in de download een link van. Schrijf de link in de zin: "
            "[tekst](https://...). Is ']:' geen link, zet dan een spatie tussen ']' en ':'"
        )
    return None


def source_problems(body: str, first_line: int) -> list[str]:
    """What another Markdown program would make active in a page's own text (HTML, abbreviation lines, reference
    definitions), one message per line, numbered from `first_line`. For the .md download, after its links were
    made absolute: that text is checked as well as the page's source."""
    numbered = enumerate(body.split("\n"), start=first_line)
    return [f"regel {number}: {problem}" for number, line in numbered if (problem := _source_problem(line))]


def _unknown_note_classes(line: str) -> list[str]:
    note = ADMONITION.match(line)
    return [c for c in note.group(1).split() if c not in ADMONITION_CLASSES] if note else []


def markdown_problems(text: str) -> list[str]:
    """What would make a page's Markdown slow to convert, say something else than it shows, or become active in its
    .md download, one message each: size, lines, line length, '[' per paragraph, invisible characters, HTML,
    abbreviation and reference lines, kinds of note and code blocks. Also run on what a template page produces.
    Front matter is left to the schema, which names the field."""
    problems = []
    if len(text) > MAX_PAGE:
        problems.append(f"de pagina is {len(text)} tekens lang; hoogstens {MAX_PAGE}: verdeel haar over meer pagina's")
    if (lines := text.count("\n") + 1) > MAX_LINES:
        problems.append(f"de pagina heeft {lines} regels; hoogstens {MAX_LINES}: verdeel haar over meer pagina's")
    first_line, body = _body(text)
    brackets, start = 0, first_line
    for number, line in enumerate(body.split("\n"), start=first_line):  # not splitlines(): U+2028 splits too
        if len(line) > MAX_LINE:
            problems.append(f"regel {number} is {len(line)} tekens lang; hoogstens {MAX_LINE}: begin een nieuwe alinea")
        if found := INVISIBLE.search(line.removesuffix("\r")):
            character = f"U+{ord(found.group()):04X}"
            problems.append(f"regel {number} bevat een onzichtbaar teken ({character}); typ die regel opnieuw")
        if problem := _source_problem(line):
            problems.append(f"regel {number}: {problem}")
        if bad := _unknown_note_classes(line):
            kinds = ", ".join(sorted(ADMONITION_CLASSES))
            problems.append(f"regel {number}: '{bad[0][:40]}' is geen soort notitie; kies uit {kinds}")
        if CODE_FENCE.match(line):
            problems.append(
                f"regel {number}: een codeblok ({line.strip()[:3]}) hoort niet op deze site; schrijf de tekst als "
                "gewone alinea, als lijst of als citaat (een regel die met > begint)"
            )
        brackets, start = (0, number + 1) if not line.strip() else (brackets + line.count("["), start)
        if brackets > MAX_BRACKETS:
            problems.append(
                f"de alinea vanaf regel {start} heeft meer dan {MAX_BRACKETS} keer '['; maak er meer alinea's van"
            )
            brackets = -len(text)  # once per paragraph
        if len(problems) >= 10:
            problems.append("(en meer)")
            break
    return problems


def too_deep(source: str) -> bool:
    """Whether YAML nests deeper than MAX_YAML_DEPTH, found from the parser's events (no recursion, no values)."""
    depth = 0
    for event in yaml.parse(source, Loader=SAFE_LOADER):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                return True
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return False
