"""The front-matter schema: the one place that says which fields a content page has.

Each model's field descriptions double as documentation for contributors (VELDEN.md is generated from them).
Every field a contributor writes as text is plain text: it may not carry HTML, character references, Markdown links
or attribute lists. Escaping on output is the second line of defence; Material's tooltips decode `title` attributes
and insert them as HTML, so markup must be refused at the door.
"""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    HttpUrl,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

# Ids are used in file names, URLs and HTML anchors, so keep them to a safe alphabet.
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# The type of an error whose message says it all: the value is not put in front of it (model.explain), because it is
# not what someone typed (YAML turned it into something else).
VOLLEDIGE_MELDING = "volledige_melding"
Id = Annotated[str, Field(pattern=ID_PATTERN)]

# Characters a reader cannot see but that change what text says or how it runs: control characters, soft hyphen,
# zero-width and direction marks, bidi overrides and isolates, line and paragraph separators, word joiners, the byte
# order mark, Unicode tag characters, C1 controls, fillers that render as nothing (Hangul, Khmer), the combining
# grapheme joiner, interlinear annotation marks and variation selectors other than the two for text and emoji.
# Zero-width (non-)joiners stay allowed: some scripts and emoji need them.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200e"
    "\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0d\ufeff\uffa0"
    "\ufff9-\ufffb\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)

_MARKUP = [
    (re.compile(r"[<>]"), "mag geen HTML bevatten (geen < of >); dit veld is platte tekst"),
    (
        re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.IGNORECASE),
        "mag geen HTML-code als '&amp;' bevatten; schrijf het teken zelf",
    ),
    (re.compile(r"[{}]"), "mag geen { of } bevatten; dit veld is platte tekst"),
    (re.compile(r"\]\(|!\[|\]\["), "mag geen Markdown-link bevatten; dit veld is platte tekst"),
    (re.compile(r"`"), "mag geen ` bevatten; dit veld is platte tekst"),
    (INVISIBLE, "bevat een onzichtbaar teken of stuurteken; typ de tekst opnieuw"),
]


def plain_text(value: str) -> str:
    """Refuse anything that could become markup somewhere on the site (menu, title, tooltip, search index)."""
    for pattern, message in _MARKUP:
        if pattern.search(value):
            raise ValueError(message)
    return value


def single_line(value: str) -> str:
    if "\n" in value:
        raise ValueError("moet op één regel staan")
    return value


# Upper bounds far above what the content uses (a line 200, a text 550 characters) and far below what would make
# pages heavy: a glossary explanation is repeated in a tooltip at every use of its term on every page.
Tekst = Annotated[str, Field(min_length=1, max_length=2_000), AfterValidator(plain_text)]
Regel = Annotated[str, Field(min_length=1, max_length=500), AfterValidator(plain_text), AfterValidator(single_line)]


def no_brackets(value: str) -> str:
    if "[" in value or "]" in value:
        raise ValueError("mag geen [ of ] bevatten")
    return value


Term = Annotated[Regel, AfterValidator(no_brackets)]


def iso_date(value: object) -> object:
    """A date in quotes ("2026-03-01") is still that date: editors and other sites' front matter often quote it."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("is een datum die niet bestaat; schrijf JJJJ-MM-DD") from None
    return value


Datum = Annotated[datetime.date, BeforeValidator(iso_date)]


class Strict(BaseModel):
    # extra="forbid" turns a typo such as `barriers:` into an error instead of a silently ignored field.
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)


class Voorbeeld(Strict):
    """Eén voorbeeld op een pagina: verzonnen (ter illustratie) of gedocumenteerd (een echte, openbare zaak)."""

    soort: Literal["verzonnen", "gedocumenteerd"] = Field(
        description="`verzonnen`: een illustratie, de site zet er 'Voorbeeld ter illustratie' bij. `gedocumenteerd`: "
        "een echte, openbare zaak; dan is `bron` verplicht."
    )
    titel: Regel | None = Field(default=None, description="Korte titel, bijvoorbeeld de plek: 'Bij het Wmo-loket'.")
    tekst: Tekst = Field(description="Het voorbeeld in twee tot vijf korte zinnen, platte tekst.")
    bron: Id | None = Field(
        default=None,
        validate_default=True,
        description="Id van de bron uit `docs/_data/bronnen.yml`; verplicht bij `gedocumenteerd`.",
    )
    barrieres: list[Id] = Field(
        default_factory=list, description="Andere barrières die dit voorbeeld ook laat zien; het staat dan ook daar."
    )

    @field_validator("bron")
    @classmethod
    def _documented_has_source(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and info.data.get("soort") == "gedocumenteerd":
            raise ValueError("ontbreekt; een gedocumenteerd voorbeeld noemt zijn bron (id uit bronnen.yml)")
        return value


class Pagina(Strict):
    """Fields every entity page has."""

    id: Id = Field(description="Unieke naam van de pagina; gelijk aan de bestandsnaam zonder `.md`.")
    titel: Regel = Field(description="Titel van de pagina.")
    samenvatting: Regel = Field(
        description="Eén zin; staat in overzichten, zoekresultaten en de beschrijving voor zoekmachines."
    )
    status: Literal["concept", "gereviewd"] = Field(
        description="`concept` zolang niemand de tekst heeft nagekeken, daarna `gereviewd`."
    )
    gereviewd_op: Datum | None = Field(
        default=None,
        validate_default=True,
        description="Datum van de laatste review (JJJJ-MM-DD); verplicht bij `status: gereviewd`.",
    )
    bronnen: list[Id] = Field(
        min_length=1, description="Ids van bronnen uit `docs/_data/bronnen.yml` die deze pagina echt gebruikt."
    )
    trefwoorden: list[Regel] = Field(
        default_factory=list,
        description="Woorden waarop deze pagina gevonden moet worden, ook als ze niet in de tekst staan.",
    )
    meldroutes: bool = Field(
        default=False,
        description="`true` op pagina's die zeggen waar je meldt: de site zet er de meldroutes onder "
        "(die van je organisatie, anders de landelijke).",
    )
    voorbeelden: list[Voorbeeld] = Field(
        default_factory=list, description="Voorbeelden op deze pagina (zie het blok Voorbeeld)."
    )

    @field_validator("gereviewd_op")
    @classmethod
    def _review_has_date(cls, value: datetime.date | None, info: ValidationInfo) -> datetime.date | None:
        if value is None and info.data.get("status") == "gereviewd":
            raise ValueError("ontbreekt; bij status 'gereviewd' hoort een reviewdatum (JJJJ-MM-DD)")
        if value is not None and value > datetime.date.today():
            raise ValueError("ligt in de toekomst; schrijf de dag waarop de pagina gereviewd is")
        return value

    @field_validator("trefwoorden")
    @classmethod
    def _each_keyword_once(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for word in value:
            if word.casefold() in seen:
                raise ValueError(f"'{word}' staat er twee keer in; laat één weg")
            seen.add(word.casefold())
        return value


class Signaal(Strict):
    """Een uitspraak over je eigen organisatie; hoe meer je het ermee eens bent, hoe meer de barrière speelt."""

    id: Id = Field(
        description="Vaste, unieke naam die begint met de id van de barrière (`weerstand-...`); de zelfscan bewaart "
        "antwoorden onder deze naam."
    )
    tekst: Regel = Field(description="Eén zin over je eigen organisatie, waar je het mee eens of oneens kunt zijn.")


class Barriere(Pagina):
    """Een barrière die professionals ervaren."""

    signalen: list[Signaal] = Field(
        min_length=2,
        max_length=4,
        description="Twee tot vier uitspraken: zo herken je de barrière (ook in de zelfscan).",
    )


class Rol(Pagina):
    """Een rol in de organisatie; de pagina is het startpunt voor wie deze rol heeft."""


# The sizes an effort estimate starts with, smallest first: the overview of solutions shows them side by side, so
# a reader can compare them; free words there would not compare.
OMVANGEN = ("Klein", "Klein tot middel", "Middel", "Middel tot groot", "Groot")


def omvang_van(inschatting: str) -> str | None:
    """The size an estimate starts with ('Middel: het vraagt...' -> 'Middel'), or None when it names none."""
    size, colon, _ = inschatting.partition(":")
    return size.strip() if colon and size.strip() in OMVANGEN else None


class Oplossing(Pagina):
    """Wat een organisatie of een rol kan doen."""

    barrieres: list[Id] = Field(min_length=1, description="Ids van de barrières waar deze oplossing bij helpt.")
    stappen: list[Id] = Field(default_factory=list, description="Ids van de stappen waarin je deze oplossing inzet.")
    rollen: list[Id] = Field(default_factory=list, description="Ids van de rollen die deze oplossing uitvoeren.")
    recht: list[Id] = Field(
        default_factory=list, description="Ids van pagina's over wet en recht waarop deze oplossing steunt."
    )
    inschatting: Tekst | None = Field(
        default=None,
        description="Eigen inschatting van de schrijvers: hoeveel moeite en tijd dit kost. Begint met de omvang "
        f"({', '.join(f'`{o}:`' for o in OMVANGEN[:-1])} of `{OMVANGEN[-1]}:`); die staat in het overzicht van "
        "de oplossingen. De site zegt erbij dat het geen meting is.",
    )

    @field_validator("inschatting")
    @classmethod
    def _starts_with_a_size(cls, value: str | None) -> str | None:
        if value is not None and omvang_van(value) is None:
            # The message shows the value itself, cut short (model.explain).
            choices = ", ".join(f"'{o}:'" for o in OMVANGEN[:-1]) + f" of '{OMVANGEN[-1]}:'"
            raise ValueError(
                f"begint niet met een omvang; begin met {choices}, bijvoorbeeld "
                "'Klein: een vaste werkwijze opzetten kost weinig tijd.'"
            )
        return value

    @property
    def omvang(self) -> str | None:
        """The size the estimate starts with ('Klein', 'Middel', ...), for the overview of all solutions."""
        return omvang_van(self.inschatting) if self.inschatting else None


class ChecklistPunt(Strict):
    """Eén af te vinken punt van een stap."""

    id: Id = Field(description="Vaste, unieke naam; wordt het anker van het punt. Verander hem niet meer.")
    tekst: Regel = Field(description="Wat je afvinkt, in één korte zin, platte tekst.")
    eigenaar: Id = Field(description="Id van de rol die dit punt meestal oppakt.")
    oplossingen: list[Id] = Field(default_factory=list, description="Ids van oplossingen die bij dit punt helpen.")
    recht: list[Id] = Field(default_factory=list, description="Ids van pagina's over wet en recht bij dit punt.")


class Stap(Pagina):
    """Een stap in het stappenplan."""

    stap: int = Field(ge=1, description="Volgnummer van de stap (1, 2, 3, ...).")
    checklist: list[ChecklistPunt] = Field(min_length=1, description="De punten die je in deze stap afvinkt.")


class Recht(Pagina):
    """Een wet, artikel of instantie die een professional moet kennen, of de route bij een melding."""

    soort: Literal["wet", "instantie", "route"] = Field(description="`wet`, `instantie` of `route`.")
    inwoners: bool = Field(
        default=False,
        description="`true` als de pagina ook is voor inwoners die dit zelf meemaken (een klacht, een melding). "
        "De site zegt dat bij 'Voor wie', en de zoekfunctie wijst inwoners met een vraag over zichzelf erheen.",
    )
    voor: list[Id] = Field(
        default_factory=list,
        validate_default=True,
        description="Ids van de rollen voor wie dit vooral belangrijk is; mag leeg bij een pagina alleen voor "
        "inwoners (`inwoners: true`).",
    )

    @field_validator("voor")
    @classmethod
    def _someone_it_is_for(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if not value and not info.data.get("inwoners"):
            raise ValueError("is leeg; noem de rollen voor wie dit belangrijk is, of zet `inwoners: true`")
        return value


class Lijstpunt(Strict):
    """Eén af te vinken punt van een instrument met soort `stappenlijst`."""

    id: Id = Field(
        description="Vaste, unieke naam die begint met de id van het instrument (`melding-aannemen-...`); de browser "
        "bewaart het vinkje onder deze naam en het is het anker van het punt. Verander hem niet meer."
    )
    tekst: Regel = Field(description="Wat je afvinkt, kort en in de gebiedende wijs ('Bedank de melder').")
    stap: int = Field(
        ge=1, description="Nummer van de stap op de pagina waar het punt bij hoort: 1 voor de kop '## Stap 1. ...'."
    )


class Instrument(Pagina):
    """Een hulpmiddel dat je meteen kunt gebruiken: leidraad, sjabloon, werkvorm of meetlijst."""

    soort: Literal["gespreksleidraad", "sjabloon", "werkvorm", "meetlijst", "stappenlijst", "opzet"] = Field(
        description="Wat voor hulpmiddel het is."
    )
    voor: list[Id] = Field(min_length=1, description="Ids van de rollen die dit gebruiken.")
    oplossingen: list[Id] = Field(min_length=1, description="Ids van de oplossingen waarbij dit helpt.")
    stappen: list[Id] = Field(min_length=1, description="Ids van de stappen waarin je dit gebruikt.")
    recht: list[Id] = Field(default_factory=list, description="Ids van pagina's over wet en recht waarop dit steunt.")
    checklist: list[Lijstpunt] = Field(
        default_factory=list,
        description="Alleen bij `soort: stappenlijst`: punten om af te vinken (zie het blok Lijstpunt). De site zet "
        "ze als checklist boven de eerste stap; elk punt linkt naar zijn stap.",
    )

    @field_validator("checklist")
    @classmethod
    def _only_for_a_list_of_steps(cls, value: list[Lijstpunt], info: ValidationInfo) -> list[Lijstpunt]:
        soort = info.data.get("soort")
        if value and soort is not None and soort != "stappenlijst":
            raise ValueError(
                f"hoort alleen bij een instrument met 'soort: stappenlijst' (dit is een {soort}); haal het veld weg, "
                "of maak er een stappenlijst van"
            )
        return value


class Bron(Strict):
    """Eén bron in `docs/_data/bronnen.yml`."""

    id: Id = Field(description="Unieke naam van de bron.")
    titel: Regel = Field(description="Titel van de publicatie of pagina.")
    uitgever: Regel = Field(description="Organisatie die de bron uitgeeft.")
    soort: Literal["wet", "uitspraak", "overheid", "onderzoek", "handreiking", "instantie", "nieuws"] = Field(
        description="Wat voor bron het is; de pagina Bronnen groepeert erop. `wet` (wet of verdrag), `uitspraak` "
        "(oordeel of uitspraak van een rechter of het College), `overheid` (Kamerstuk of bericht van de overheid), "
        "`onderzoek` (onderzoek of rapport), `handreiking` (handreiking of hulpmiddel), `instantie` (website of "
        "uitleg van een instantie of meldpunt) of `nieuws` (nieuws of artikel in de media)."
    )
    jaar: int | None = Field(default=None, description="Jaar van verschijnen, als dat bekend is.")
    url: HttpUrl = Field(description="Adres van de bron; begint met https://.")
    over: Tekst | None = Field(default=None, description="Waarvoor deze kennisbank de bron gebruikt.")

    @field_validator("url")
    @classmethod
    def _https_only(cls, value: HttpUrl) -> HttpUrl:
        if value.scheme != "https":
            raise ValueError("moet met https:// beginnen")
        return value


class Begrip(Strict):
    """Eén begrip in `docs/_data/begrippen.yml`; krijgt een tooltip op elke pagina waar het staat."""

    term: Term = Field(min_length=2, description="Het begrip zoals het in de tekst staat.")
    uitleg: Regel = Field(description="Uitleg in één of twee korte zinnen.")
    bron: Id | None = Field(
        default=None,
        description="Id van een bron uit `docs/_data/bronnen.yml` die deze "
        "definitie echt bevat; leeg bij een gewone uitleg.",
    )


class Woord(Strict):
    """Eén begrip in `docs/_data/woorden.yml`: hoe wij het schrijven, en hoe mensen het zeggen."""

    term: Regel = Field(description="Zo schrijven wij het begrip (de voorkeursterm).")
    varianten: list[Regel] = Field(
        default_factory=list, description="Zo schrijven wij het niet; de test meldt ze in onze tekst."
    )
    zoekwoorden: list[Regel] = Field(
        default_factory=list, description="Gewone woorden waarmee mensen zoeken; de zoekfunctie vindt dan de term."
    )
    uitleg: Regel | None = Field(
        default=None, description="Waarom deze term, of wat je in plaats van een variant schrijft."
    )


class Voorbeeldvragen(Strict):
    """Vragen waarmee mensen naar één pagina zoeken, in `docs/_data/voorbeeldvragen.yml`. De zoekfunctie neemt hun
    woorden mee als woorden van die pagina; de vragen zelf staan op geen pagina."""

    pagina: str = Field(
        pattern=r"^[a-z0-9-]+(/[a-z0-9-]+)*\.md$",
        description="Het bestand van de pagina in docs/, zoals `barrieres/witte-bubbel.md`.",
    )
    vragen: list[Regel] = Field(min_length=1, description="Vragen zoals mensen ze intypen, in hun eigen woorden.")


class Zoekinstelling(Strict):
    """Hoe MkDocs' zoeken een pagina behandelt."""

    boost: float | None = Field(default=None, ge=0, le=10, description="Gewicht in de zoekresultaten (1 = gewoon).")
    exclude: bool | None = Field(default=None, description="true: de pagina staat niet in de zoekindex.")


class Overzichtspagina(Strict):
    """Front matter van een pagina die geen barrière, oplossing, stap, rol, wet of instrument is (de startpagina,
    de overzichten, Over). Alleen deze velden: al het andere in front matter zet Material ongefilterd in de pagina
    (titel, beschrijving, sjabloon, doorverwijzing)."""

    search: Zoekinstelling | None = Field(default=None, description="Zoekinstellingen, zoals `boost: 0.5`.")
    hide: list[Literal["navigation", "toc", "footer", "path", "feedback", "tags"]] | None = Field(
        default=None, description="Delen van de pagina die Material niet toont."
    )


HexKleur = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]


class Kleuren(Strict):
    """Huiskleuren van een organisatie. De build kiest zelf een toegankelijke variant als dat nodig is."""

    primair: HexKleur = Field(description="Kleur van de kopbalk en van links, als hexcode ('#1d4f91').")
    accent: HexKleur | None = Field(default=None, description="Kleur voor focus, hover en zoektreffers, als hexcode.")

    @field_validator("*", mode="before")
    @classmethod
    def _not_empty(cls, value: object, info: ValidationInfo) -> object:
        # `accent: #b3541e` without quotes: YAML reads everything after # as a comment, so the value is empty.
        if value is None:
            raise ValueError(
                f"is leeg. Schreef je de kleur met # zonder aanhalingstekens? Dan leest YAML de rest van de regel als "
                f'commentaar; schrijf {info.field_name}: "#1d4f91"'
            )
        return value


class Contact(Strict):
    """Een plek waar iemand terecht kan: naam en minstens één manier om contact op te nemen."""

    naam: Regel = Field(description="Naam van het meldpunt, de persoon of de voorziening.")
    uitleg: Regel | None = Field(default=None, description="Eén zin over wanneer je hier terechtkunt.")
    url: HttpUrl | None = Field(default=None, description="Webadres (https://).")
    email: str | None = Field(
        default=None, pattern=r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", description="E-mailadres."
    )
    telefoon: str | None = Field(default=None, pattern=r"^\+?[0-9][0-9 ()-]{4,18}[0-9]$", description="Telefoonnummer.")

    @field_validator("*", mode="before")
    @classmethod
    def _not_empty(cls, value: object, info: ValidationInfo) -> object:
        if value is None:
            raise ValueError(f"is leeg; vul het in of haal de regel '{info.field_name}:' weg")
        if info.field_name == "telefoon" and isinstance(value, int) and not isinstance(value, bool):
            # YAML reads 0206243243 as an (octal) number, 35210915: the message does not show a number nobody typed.
            raise PydanticCustomError(
                VOLLEDIGE_MELDING,
                "het nummer is als getal gelezen, omdat het niet tussen aanhalingstekens staat; zo gaat een 0 vooraan "
                'verloren. Zet het nummer tussen aanhalingstekens, zoals telefoon: "020 624 32 43"',
            )
        return value

    @field_validator("url")
    @classmethod
    def _https_only(cls, value: HttpUrl | None) -> HttpUrl | None:
        if value is not None and value.scheme != "https":
            raise ValueError("moet met https:// beginnen")
        return value

    @model_validator(mode="after")
    def _reachable(self) -> Contact:
        if not (self.url or self.email or self.telefoon):
            raise ValueError(
                f"'{self.naam}' heeft geen url, email of telefoon; geef minstens één manier om contact op te nemen"
            )
        return self

    @property
    def tel(self) -> str:
        """The number for a tel: link: digits and a leading +, and without the (0) that is not dialled from abroad."""
        number = self.telefoon or ""
        if number.startswith("+"):
            number = number.replace("(0)", "")
        return re.sub(r"[^\d+]", "", number)


class MenuItem(Strict):
    """Een eigen pagina of link in het menu."""

    titel: Regel = Field(description="Tekst in het menu.")
    pagina: str = Field(
        pattern=r"^(https://[^\s<>\"']+|[A-Za-z0-9_.-][A-Za-z0-9_./-]*\.md)$",
        description="Pad van een eigen pagina (`lokaal/meldroute.md`) of een https-adres.",
    )

    @field_validator("pagina")
    @classmethod
    def _inside_the_site(cls, value: str) -> str:
        if ".." in value.split("/"):
            raise ValueError("mag niet buiten de site wijzen ('..')")
        return value


class Organisatie(Strict):
    """`organisatie` onder `plugins: kennisbank:` in de mkdocs.yml van een eigen versie (zie ZELF-HOSTEN.md)."""

    naam: Regel = Field(description="Naam van de organisatie, zoals lezers die kennen.")
    kleuren: Kleuren | None = Field(default=None, description="Huiskleuren; zonder dit veld de kleuren van de basis.")
    meldpunt: Contact | None = Field(default=None, description="Interne meldroute voor medewerkers.")
    vertrouwenspersoon: Contact | None = Field(default=None, description="Vertrouwenspersoon voor medewerkers.")
    adv: Contact | None = Field(
        default=None, description="De antidiscriminatievoorziening van de eigen gemeente of regio."
    )
    terugmelden: Contact | None = Field(
        default=None,
        description="Waar lezers melden dat iets op een pagina niet (meer) klopt. Staat onder elke inhoudspagina, "
        "in plaats van een melding in de repository van de basis.",
    )
    overlay: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*/?$",
        description="Map met eigen pagina's en bestanden, binnen de map van deze mkdocs.yml.",
    )
    menu: list[MenuItem] = Field(default_factory=list, description="Eigen pagina's in het menu.")

    @field_validator("overlay")
    @classmethod
    def _inside_own_folder(cls, value: str | None) -> str | None:
        if value is not None and ".." in value.split("/"):
            raise ValueError("moet een map binnen de map van de organisatie zijn")
        return value
