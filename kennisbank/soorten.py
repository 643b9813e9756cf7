"""The kinds of entity page: one table that the model, the renderers, `make nieuw`, the search and the benchmarks use.

Adding a kind means one row here, a schema class in schema.py, a template in sjablonen/ and, if it links to other
kinds, rows in RELATIES.
"""

from __future__ import annotations

from dataclasses import dataclass

from .schema import Barriere, Instrument, Oplossing, Pagina, Recht, Rol, Stap


@dataclass(frozen=True)
class Soort:
    naam: str  # the kind's id, used in code and relations: 'barriere'
    map: str  # folder under docs/: 'barrieres'
    label: str  # shown to readers and writers: 'Barrière'
    meervoud: str  # 'Barrières'
    schema: type[Pagina]
    sjabloon: str | None  # template in sjablonen/ for `make nieuw`, or None when new pages are not expected


SOORTEN: tuple[Soort, ...] = (
    Soort("barriere", "barrieres", "Barrière", "Barrières", Barriere, "barriere.md"),
    Soort("oplossing", "oplossingen", "Oplossing", "Oplossingen", Oplossing, "oplossing.md"),
    Soort("stap", "stappenplan", "Stap", "Stappen", Stap, "stap.md"),
    Soort("rol", "rollen", "Rol", "Rollen", Rol, None),
    Soort("recht", "recht", "Wet en recht", "Wet en recht", Recht, "recht.md"),
    Soort("instrument", "instrumenten", "Instrument", "Instrumenten", Instrument, "instrument.md"),
)
PER_NAAM = {s.naam: s for s in SOORTEN}
PER_MAP = {s.map: s for s in SOORTEN}


@dataclass(frozen=True)
class Relatie:
    """A link written once in front matter, from a page of kind `van` to pages of kind `naar` (or sources)."""

    van: str  # kind of the page that declares it, or "*" for every kind
    veld: str  # field; "checklist.oplossingen" is a field of each checklist item
    naar: str  # kind the ids point at, or "bron"


RELATIES: tuple[Relatie, ...] = (
    Relatie("*", "bronnen", "bron"),
    Relatie("*", "voorbeelden.bron", "bron"),
    Relatie("*", "voorbeelden.barrieres", "barriere"),
    Relatie("oplossing", "barrieres", "barriere"),
    Relatie("oplossing", "stappen", "stap"),
    Relatie("oplossing", "rollen", "rol"),
    Relatie("oplossing", "recht", "recht"),
    Relatie("stap", "checklist.oplossingen", "oplossing"),
    Relatie("stap", "checklist.recht", "recht"),
    Relatie("stap", "checklist.eigenaar", "rol"),
    Relatie("recht", "voor", "rol"),
    Relatie("instrument", "voor", "rol"),
    Relatie("instrument", "oplossingen", "oplossing"),
    Relatie("instrument", "stappen", "stap"),
    Relatie("instrument", "recht", "recht"),
)
