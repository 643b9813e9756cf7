"""Load the content, validate it and build the relation graph.

`load(docs_dir)` reads every Markdown page's front matter and the bibliography, checks them all, and either returns a
`Kennisbank` or raises `ContentError` listing every problem at once (one line each: file, field, bad value, hint).
Nothing here knows about MkDocs or its theme, so the model survives a change of site generator.
"""

from __future__ import annotations

import datetime
import difflib
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .schema import SECTIONS, Begrip, Bron, ChecklistPunt, Oplossing, Pagina, Stap

# The same front-matter syntax MkDocs accepts: a YAML block between two '---' lines at the very top.
FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:-{3}|\.{3})[ \t]*(?:\n|\Z)", re.DOTALL)
BRONNEN_FILE = "_data/bronnen.yml"
BEGRIPPEN_FILE = "_data/begrippen.yml"
# Templates in sjablonen/ mark every place a writer still has to fill in with a line (or list item) starting
# with "Vul in:".
TEMPLATE_MARKER = re.compile(r"^\s*(?:[-*+]\s+|\d+\.\s+)?Vul in:")

# libyaml's safe loader when PyYAML has it (the wheels do): several times faster on thousands of pages.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

KIND_LABEL = {"barriere": "barrière", "oplossing": "oplossing", "stap": "stap", "rol": "rol", "bron": "bron"}


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


@dataclass
class Entity:
    kind: str  # barriere, oplossing, stap or rol
    src: str  # path relative to docs_dir, with forward slashes
    data: Pagina

    @property
    def id(self) -> str:
        return self.data.id

    @property
    def titel(self) -> str:
        return self.data.titel


@dataclass
class Kennisbank:
    """The validated content and its relations in both directions."""

    barrieres: dict[str, Entity] = field(default_factory=dict)
    oplossingen: dict[str, Entity] = field(default_factory=dict)
    stappen: dict[str, Entity] = field(default_factory=dict)
    rollen: dict[str, Entity] = field(default_factory=dict)
    bronnen: dict[str, Bron] = field(default_factory=dict)
    begrippen: list[Begrip] = field(default_factory=list)

    def section(self, kind: str) -> dict[str, Entity]:
        return {"barriere": self.barrieres, "oplossing": self.oplossingen, "stap": self.stappen, "rol": self.rollen}[
            kind
        ]

    @cached_property
    def by_src(self) -> dict[str, Entity]:
        return {e.src: e for kind in KIND_SECTIONS for e in self.section(kind).values()}

    # Derived (reverse) relations. Only the forward direction is ever written in front matter.

    @cached_property
    def _oplossingen_per_stap(self) -> dict[str, list[str]]:
        linked: dict[str, set[str]] = defaultdict(set)
        for o in self.oplossingen.values():
            for s in o.data.stappen:
                linked[s].add(o.id)
        for s in self.stappen.values():
            for punt in s.data.checklist:
                linked[s.id].update(punt.oplossingen)
        return {s: [o for o in self.oplossingen if o in ids] for s, ids in linked.items()}

    @cached_property
    def _oplossingen_per_barriere(self) -> dict[str, list[Entity]]:
        # Built once: role pages ask this for every barrier, which would otherwise scan all solutions each time.
        per_barriere: dict[str, list[Entity]] = defaultdict(list)
        for o in self.oplossingen.values():
            for b in dict.fromkeys(o.data.barrieres):
                per_barriere[b].append(o)
        return per_barriere

    def oplossingen_bij_barriere(self, barriere_id: str) -> list[Entity]:
        return list(self._oplossingen_per_barriere.get(barriere_id, []))

    def oplossingen_bij_stap(self, stap_id: str) -> list[Entity]:
        return [self.oplossingen[o] for o in self._oplossingen_per_stap.get(stap_id, [])]

    def stappen_bij_oplossing(self, oplossing_id: str) -> list[Entity]:
        return [s for s in self.stappen.values() if oplossing_id in self._oplossingen_per_stap.get(s.id, [])]

    def stappen_bij_barriere(self, barriere_id: str) -> list[Entity]:
        via = {o.id for o in self.oplossingen_bij_barriere(barriere_id)}
        return [s for s in self.stappen.values() if via & set(self._oplossingen_per_stap.get(s.id, []))]

    def barrieres_bij_stap(self, stap_id: str) -> list[Entity]:
        via = {b for o in self.oplossingen_bij_stap(stap_id) for b in o.data.barrieres}
        return [b for b in self.barrieres.values() if b.id in via]

    @cached_property
    def _punten_per_oplossing(self) -> dict[str, list[tuple[Entity, ChecklistPunt]]]:
        per_oplossing: dict[str, list[tuple[Entity, ChecklistPunt]]] = defaultdict(list)
        for s in self.stappen.values():
            for p in s.data.checklist:
                for o in dict.fromkeys(p.oplossingen):
                    per_oplossing[o].append((s, p))
        return per_oplossing

    def checklistpunten_bij_oplossing(self, oplossing_id: str) -> list[tuple[Entity, ChecklistPunt]]:
        return list(self._punten_per_oplossing.get(oplossing_id, []))

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

    def niet_recent_gereviewd(self, vandaag: datetime.date, maanden: int = 12) -> list[tuple[Entity, str]]:
        """Pages never reviewed, or last reviewed longer than `maanden` months before `vandaag`."""
        month = vandaag.month - maanden
        year = vandaag.year + (month - 1) // 12
        grens = datetime.date(year, (month - 1) % 12 + 1, min(vandaag.day, 28))
        stale = []
        for entity in self.by_src.values():
            datum = entity.data.gereviewd_op
            if entity.data.status != "gereviewd" or datum is None:
                stale.append((entity, "nog nooit gereviewd"))
            elif datum < grens:
                stale.append((entity, f"laatst gereviewd op {datum.isoformat()}"))
        return stale

    def nav(self, section_folder: str) -> list[str]:
        """Pages of an entity folder in reading order: steps by number, the rest by title."""
        kind = SECTIONS[section_folder][0]
        return [e.src for e in self.section(kind).values()]


KIND_SECTIONS = [kind for kind, _ in SECTIONS.values()]


def load(docs_dir: str | os.PathLike[str]) -> Kennisbank:
    """Read and validate all content under docs_dir. Raises ContentError with every problem found."""
    loader = _Loader(Path(docs_dir))
    return loader.run()


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
        kb.bronnen = self.load_data_list(BRONNEN_FILE, Bron, "id")
        kb.begrippen = list(self.load_data_list(BEGRIPPEN_FILE, Begrip, "term", required=False).values())
        for begrip in kb.begrippen:
            if begrip.bron and begrip.bron not in kb.bronnen:
                hint = _hint(begrip.bron, kb.bronnen)
                self.problem(BEGRIPPEN_FILE, f"bron (begrip '{begrip.term}')", f"onbekende bron '{begrip.bron}'; {hint}")
        entities: list[Entity] = []
        for path in sorted(self.docs_dir.rglob("*.md")):
            src = path.relative_to(self.docs_dir).as_posix()
            text = path.read_text(encoding="utf-8-sig")
            meta = self.read_front_matter(text, path, src)
            section = src.split("/")[0] if "/" in src else None
            if section not in SECTIONS or path.name == "index.md":
                continue
            if meta is None:
                self.slugs[SECTIONS[section][0]].add(path.stem)
                continue
            kind, schema = SECTIONS[section]
            self.slugs[kind].add(path.stem)
            self.check_template_leftovers(text, src)
            data = self.validate(schema, meta, src)
            if data is not None:
                entities.append(Entity(kind, src, data))
        self.check_identity(entities)
        for e in sorted(entities, key=_reading_order):
            kb.section(e.kind).setdefault(e.id, e)
        self.check_relations(kb)
        if self.problems:
            raise ContentError(self.problems)
        return kb

    def read_front_matter(self, text: str, path: Path, src: str) -> dict[str, Any] | None:
        match = FRONT_MATTER.match(text)
        if not match:
            if src.split("/")[0] in SECTIONS and path.name != "index.md":
                self.problem(src, "", "front matter ontbreekt: begin het bestand met een blok tussen twee regels '---'")
            return None
        try:
            meta = yaml.load(match.group(1) or "", Loader=SAFE_LOADER)
        except yaml.YAMLError as error:
            # The YAML starts on the file's second line, after the opening '---'.
            self.problem(src, "", f"front matter is geen geldige YAML{_yaml_error(error, first_line=2)}")
            return None
        if meta is None:
            meta = {}
        if not isinstance(meta, dict):
            self.problem(src, "", "front matter moet bestaan uit velden ('naam: waarde'), niet uit een losse waarde")
            return None
        return meta

    def check_template_leftovers(self, text: str, src: str) -> None:
        """Lines from a template in sjablonen/ that still ask to be filled in."""
        for number, line in enumerate(text.splitlines(), start=1):
            if TEMPLATE_MARKER.match(line):
                self.problem(src, "", f"regel {number}: tekst uit het sjabloon ('{line.strip()[:50]}'); "
                                      "vervang die door je eigen tekst")

    def validate(self, schema: type[BaseModel], meta: Any, src: str) -> Any:
        try:
            return schema.model_validate(meta)
        except ValidationError as error:
            for detail in error.errors():
                self.problem(src, field_path(detail["loc"]), explain(detail, schema))
            return None

    def load_data_list(self, name: str, schema: type[BaseModel], key: str, required: bool = True) -> dict[str, Any]:
        """A YAML list of records in docs/_data/, validated one by one and keyed by `key` (which must be unique)."""
        path = self.docs_dir / name
        if not path.exists():
            if required:
                self.problem(name, "", "bestand ontbreekt")
            return {}
        try:
            items = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or []
        except yaml.YAMLError as error:
            self.problem(name, "", f"geen geldige YAML{_yaml_error(error, first_line=1)}")
            return {}
        if not isinstance(items, list):
            self.problem(name, "", f"moet een lijst zijn (elk item begint met '- {key}: ...')")
            return {}
        records: dict[str, Any] = {}
        seen: set[str] = set()
        for index, item in enumerate(items):
            try:
                record = schema.model_validate(item)
            except ValidationError as error:
                for detail in error.errors():
                    self.problem(name, f"[{index}]." + field_path(detail["loc"]), explain(detail, schema))
                continue
            value = getattr(record, key)
            if value.casefold() in seen:
                self.problem(name, f"[{index}].{key}", f"'{value}' komt twee keer voor")
                continue
            seen.add(value.casefold())
            records[value] = record
        return records

    def check_identity(self, entities: list[Entity]) -> None:
        seen: dict[str, Entity] = {}
        seen_items: dict[str, str] = {}
        seen_numbers: dict[int, Entity] = {}
        for e in entities:
            slug = Path(e.src).stem
            if e.id != slug:
                self.problem(e.src, "id", f"'{e.id}' is niet gelijk aan de bestandsnaam; gebruik 'id: {slug}'")
            if e.id in seen:
                self.problem(e.src, "id", f"'{e.id}' bestaat al in {self.display(seen[e.id].src)}; kies een andere id")
            seen.setdefault(e.id, e)
            if isinstance(e.data, Stap):
                if e.data.stap in seen_numbers:
                    other = self.display(seen_numbers[e.data.stap].src)
                    self.problem(e.src, "stap", f"nummer {e.data.stap} heeft {other} al; elke stap krijgt een eigen nummer")
                seen_numbers.setdefault(e.data.stap, e)
                for i, punt in enumerate(e.data.checklist):
                    if punt.id in seen_items:
                        self.problem(
                            e.src, f"checklist[{i}].id", f"'{punt.id}' bestaat al in {seen_items[punt.id]}; kies een andere id"
                        )
                    seen_items.setdefault(punt.id, self.display(e.src))

    def check_relations(self, kb: Kennisbank) -> None:
        def check(src: str, field_name: str, ids: list[str], kind: str, valid: dict[str, Any]) -> None:
            for i, value in enumerate(ids):
                known = [*valid, *sorted(self.slugs[kind] - set(valid))]
                if value not in known:
                    self.problem(src, f"{field_name}[{i}]", f"onbekende {KIND_LABEL[kind]} '{value}'; {_hint(value, known)}")

        for kind in KIND_SECTIONS:
            for e in kb.section(kind).values():
                check(e.src, "bronnen", e.data.bronnen, "bron", kb.bronnen)
                if isinstance(e.data, Oplossing):
                    check(e.src, "barrieres", e.data.barrieres, "barriere", kb.barrieres)
                    check(e.src, "stappen", e.data.stappen, "stap", kb.stappen)
                    check(e.src, "rollen", e.data.rollen, "rol", kb.rollen)
                if isinstance(e.data, Stap):
                    for i, punt in enumerate(e.data.checklist):
                        check(e.src, f"checklist[{i}].oplossingen", punt.oplossingen, "oplossing", kb.oplossingen)


def _yaml_error(error: yaml.YAMLError, first_line: int) -> str:
    """' (regel N): reason' for a YAML error, with N counted in the file (first_line: where the YAML starts)."""
    mark = getattr(error, "problem_mark", None)
    where = f" (regel {mark.line + first_line})" if mark else ""
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    return f"{where}: {reason}"


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


def explain(detail: dict[str, Any], schema: type[BaseModel]) -> str:
    """A Dutch, actionable message for one pydantic error."""
    kind = detail["type"]
    value = detail.get("input")
    shown = f"'{value}'" if not isinstance(value, (dict, list)) else str(value)
    ctx = detail.get("ctx") or {}
    if kind == "missing":
        return "ontbreekt; dit veld is verplicht"
    if value is None and kind.endswith("_type"):  # `veld:` with nothing after it, as in a fresh template
        return "is leeg; vul dit veld in"
    if kind == "extra_forbidden":
        allowed = _allowed_fields(schema, detail["loc"])
        return f"onbekend veld; {_hint(str(detail['loc'][-1]), allowed)}"
    messages = {
        "string_type": f"{shown} is geen tekst",
        "int_type": f"{shown} is geen geheel getal",
        "list_type": f"{shown} is geen lijst; schrijf bijvoorbeeld [eerste-id, tweede-id]",
        "dict_type": f"{shown} is geen blok met velden (id, tekst, ...)",
        "model_type": f"{shown} is geen blok met velden",
        "literal_error": f"{shown} is ongeldig; kies uit {ctx.get('expected', '')}".replace(" or ", " of "),
        "string_pattern_mismatch": f"{shown} is geen geldige id; gebruik kleine letters, cijfers en streepjes",
        "string_too_short": "is leeg",
        "too_short": "is leeg; noem er minstens één",
        "greater_than_equal": f"{shown} moet minstens {ctx.get('ge')} zijn",
        "date_type": f"{shown} is geen datum; schrijf JJJJ-MM-DD zonder aanhalingstekens",
        "url_type": f"{shown} is geen url",
        "url_parsing": f"{shown} is geen geldige url",
        "url_scheme": f"{shown} is geen geldige url; begin met https://",
    }
    if kind in messages:
        return messages[kind]
    if kind == "value_error":
        return f"{shown} {ctx.get('error', detail['msg'])}" if value is not None else str(ctx.get("error", detail["msg"]))
    return f"{shown}: {detail['msg']}"


def _allowed_fields(schema: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    # A misspelt field inside a checklist item must be compared with the item's fields, not the page's.
    if len(loc) > 1 and loc[0] == "checklist":
        schema = ChecklistPunt
    return list(schema.model_fields)


__all__ = ["ContentError", "Entity", "Kennisbank", "Problem", "load"]
