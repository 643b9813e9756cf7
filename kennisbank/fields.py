"""The field reference for writers (VELDEN.md), generated from the pydantic schema: the schema is the only definition.

`python -m kennisbank velden` writes it; tests/test_bijdragen.py fails when VELDEN.md is out of date.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pydantic import BaseModel

from .schema import (
    Begrip,
    Bron,
    ChecklistPunt,
    Contact,
    Kleuren,
    Lijstpunt,
    MenuItem,
    Organisatie,
    Overzichtspagina,
    Signaal,
    Voorbeeld,
    Voorbeeldvragen,
    Woord,
    Zoekinstelling,
)
from .soorten import SOORTEN

TEMPLATE = Path(__file__).resolve().parents[1] / "overrides" / "kennisbank" / "velden.md"


def _rows(schema: type[BaseModel]) -> list[dict[str, str]]:
    return [
        {
            "naam": name,
            "verplicht": "ja" if info.is_required() else "nee",
            "betekenis": (info.description or "").replace("|", "\\|").replace("\n", " "),
        }
        for name, info in schema.model_fields.items()
    ]


def reference() -> str:
    blocks: list[tuple[str, type[BaseModel]]] = [(f"`docs/{s.map}/`", s.schema) for s in SOORTEN]
    blocks += [
        ("een punt in `checklist:` van een stap", ChecklistPunt),
        ("een punt in `checklist:` van een instrument met soort stappenlijst", Lijstpunt),
        ("een punt in `signalen:` van een barrière", Signaal),
        ("een punt in `voorbeelden:` van een pagina", Voorbeeld),
        ("elke andere pagina in `docs/` (startpagina, overzichten, Over)", Overzichtspagina),
        ("`search` van zo'n pagina", Zoekinstelling),
        ("`docs/_data/bronnen.yml`", Bron),
        ("`docs/_data/begrippen.yml`", Begrip),
        ("`docs/_data/woorden.yml`", Woord),
        ("`docs/_data/voorbeeldvragen.yml`", Voorbeeldvragen),
        ("`organisatie:` onder `plugins: kennisbank:` in de mkdocs.yml van een eigen versie", Organisatie),
        ("`kleuren` binnen `organisatie`", Kleuren),
        ("`meldpunt`, `vertrouwenspersoon`, `adv` en `terugmelden` binnen `organisatie`", Contact),
        ("een punt in `menu` binnen `organisatie`", MenuItem),
    ]
    environment = Environment(
        loader=FileSystemLoader(TEMPLATE.parent),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    sections = [
        {
            "naam": schema.__name__,
            "waar": where,
            "uitleg": inspect.cleandoc(schema.__doc__ or ""),
            "velden": _rows(schema),
        }
        for where, schema in blocks
    ]
    return environment.get_template(TEMPLATE.name).render(secties=sections)
