"""The front-matter schema: the one place that says which fields a content page has.

Each model's field descriptions double as documentation for contributors.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationInfo, field_validator

# Ids are used in file names, URLs and HTML anchors, so keep them to a safe alphabet.
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Id = Annotated[str, Field(pattern=ID_PATTERN)]


class Strict(BaseModel):
    # extra="forbid" turns a typo such as `barriers:` into an error instead of a silently ignored field.
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)


class Pagina(Strict):
    """Fields every barrier, solution, step and role page has."""

    id: Id = Field(description="Unieke naam van de pagina; gelijk aan de bestandsnaam zonder `.md`.")
    titel: str = Field(min_length=1, description="Titel van de pagina.")
    samenvatting: str = Field(
        min_length=1, description="Eén zin; staat in overzichten en is de beschrijving voor zoekmachines."
    )
    status: Literal["concept", "gereviewd"] = Field(
        description="`concept` zolang niemand de tekst heeft nagekeken, daarna `gereviewd`."
    )
    gereviewd_op: datetime.date | None = Field(
        default=None,
        validate_default=True,
        description="Datum van de laatste review (JJJJ-MM-DD); verplicht bij `status: gereviewd`.",
    )
    bronnen: list[Id] = Field(min_length=1, description="Ids van bronnen uit `docs/_data/bronnen.yml`.")
    trefwoorden: list[str] = Field(
        default_factory=list,
        description="Woorden waarop deze pagina gevonden moet worden, ook als ze niet in de tekst staan.",
    )
    meldroutes: bool = Field(
        default=False,
        description="`true` op pagina's die zeggen waar je meldt: de site zet er de meldroutes onder "
        "(die van je organisatie, anders de landelijke).",
    )

    @field_validator("gereviewd_op")
    @classmethod
    def _review_has_date(cls, value: datetime.date | None, info: ValidationInfo) -> datetime.date | None:
        if value is None and info.data.get("status") == "gereviewd":
            raise ValueError("ontbreekt; bij status 'gereviewd' hoort een reviewdatum (JJJJ-MM-DD)")
        return value


class Barriere(Pagina):
    """Een barrière die professionals ervaren."""


class Rol(Pagina):
    """Een rol in de organisatie; de pagina toont per barrière wat deze rol kan doen."""


class Oplossing(Pagina):
    """Wat een organisatie of een rol kan doen."""

    barrieres: list[Id] = Field(min_length=1, description="Ids van de barrières waar deze oplossing bij helpt.")
    stappen: list[Id] = Field(default_factory=list, description="Ids van de stappen waarin je deze oplossing inzet.")
    rollen: list[Id] = Field(default_factory=list, description="Ids van de rollen die deze oplossing uitvoeren.")


class ChecklistPunt(Strict):
    """Eén af te vinken punt van een stap."""

    id: Id = Field(description="Vaste, unieke naam; wordt het anker van het punt. Verander hem niet meer.")
    tekst: str = Field(min_length=1, description="Wat je afvinkt, in één korte zin.")
    oplossingen: list[Id] = Field(default_factory=list, description="Ids van oplossingen die bij dit punt helpen.")


class Stap(Pagina):
    """Een stap in het stappenplan."""

    stap: int = Field(ge=1, description="Volgnummer van de stap (1, 2, 3, ...).")
    checklist: list[ChecklistPunt] = Field(min_length=1, description="De punten die je in deze stap afvinkt.")


class Bron(Strict):
    """Eén bron in `docs/_data/bronnen.yml`."""

    id: Id = Field(description="Unieke naam van de bron.")
    titel: str = Field(min_length=1, description="Titel van de publicatie of pagina.")
    uitgever: str = Field(min_length=1, description="Organisatie die de bron uitgeeft.")
    jaar: int | None = Field(default=None, description="Jaar van verschijnen, als dat bekend is.")
    url: HttpUrl = Field(description="Adres van de bron; begint met https://.")
    over: str = Field(default="", description="Waarvoor deze kennisbank de bron gebruikt.")

    @field_validator("url")
    @classmethod
    def _https_only(cls, value: HttpUrl) -> HttpUrl:
        if value.scheme != "https":
            raise ValueError("moet met https:// beginnen")
        return value


class Begrip(Strict):
    """Eén begrip in `docs/_data/begrippen.yml`; krijgt een tooltip op elke pagina waar het staat."""

    term: str = Field(min_length=2, description="Het begrip zoals het in de tekst staat.")
    uitleg: str = Field(min_length=1, description="Uitleg in één of twee korte zinnen.")
    bron: Id | None = Field(default=None, description="Id van een bron uit `docs/_data/bronnen.yml`.")


# Folder under docs/ → (kind, schema). Every .md in these folders except index.md is one entity.
SECTIONS: dict[str, tuple[str, type[Pagina]]] = {
    "barrieres": ("barriere", Barriere),
    "oplossingen": ("oplossing", Oplossing),
    "stappenplan": ("stap", Stap),
    "rollen": ("rol", Rol),
}


HexKleur = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]


class Kleuren(Strict):
    """Huiskleuren van een organisatie. De build controleert het contrast (WCAG AA)."""

    primair: HexKleur = Field(description="Kleur van de kopbalk (met witte tekst) en van links (op wit); minstens 4,5:1 met wit.")
    accent: HexKleur | None = Field(default=None, description="Kleur voor focus en hover; minstens 3:1 met wit.")


class Contact(Strict):
    """Een plek waar iemand terecht kan: naam en minstens één manier om contact op te nemen."""

    naam: str = Field(min_length=1, description="Naam van het meldpunt, de persoon of de voorziening.")
    uitleg: str = Field(default="", description="Eén zin over wanneer je hier terechtkunt.")
    url: HttpUrl | None = Field(default=None, description="Webadres (https://).")
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", description="E-mailadres.")
    telefoon: str | None = Field(default=None, min_length=6, description="Telefoonnummer.")

    @field_validator("url")
    @classmethod
    def _https_only(cls, value: HttpUrl | None) -> HttpUrl | None:
        if value is not None and value.scheme != "https":
            raise ValueError("moet met https:// beginnen")
        return value


class Organisatie(Strict):
    """`extra.organisatie` in de mkdocs.yml van een eigen versie (zie voorbeelden/)."""

    naam: str = Field(min_length=1, description="Naam van de organisatie, zoals lezers die kennen.")
    kleuren: Kleuren | None = Field(default=None, description="Huiskleuren; zonder dit veld de kleuren van de basis.")
    meldpunt: Contact | None = Field(default=None, description="Interne meldroute voor medewerkers.")
    vertrouwenspersoon: Contact | None = Field(default=None, description="Vertrouwenspersoon voor medewerkers.")
    adv: Contact | None = Field(default=None, description="De antidiscriminatievoorziening van de eigen gemeente of regio.")
    overlay: str | None = Field(default=None, description="Map met eigen pagina's en bestanden, naast deze mkdocs.yml.")
    menu: list[dict[str, str]] = Field(default_factory=list, description="Eigen pagina's in het menu: `- Titel: pad.md`.")
