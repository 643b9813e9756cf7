"""Renderers: turn the content model into HTML blocks, through the templates in overrides/kennisbank/.

Python only gathers data (titles, relative links, summaries); the markup is in the templates and the Dutch UI text in
overrides/kennisbank/teksten.yml, so a designer or writer changes them without touching Python. The templates
autoescape everything. Links are relative paths to the pages' Markdown files (`../oplossingen/x.md`): the MkDocs
integration inserts the blocks into the Markdown tree, where MkDocs checks and rewrites every link itself.

Nothing here knows MkDocs; a site generator only has to place the returned HTML.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, get_args
from urllib.parse import urlsplit

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markdown.extensions.toc import slugify
from pydantic import ValidationError

from .model import SAFE_LOADER, Entity, Kennisbank
from .schema import Bron, Contact, Organisatie
from .soorten import PER_MAP, PER_NAAM

TEMPLATES = Path(__file__).resolve().parents[1] / "overrides" / "kennisbank"
ZELFSCAN = "zelfscan.md"
STAPPENPLAN = "stappenplan/index.md"
RECHT = "recht/index.md"
# Names under which the browser keeps ticks (checklist.js): the stappenplan's, and one per list of steps (+ its id).
STAPPENPLAN_OPSLAG = "kennisbank-checklist"
LIJST_OPSLAG = "kennisbank-lijst-"


@dataclass(frozen=True)
class Link:
    titel: str
    href: str
    extra: str = ""


def href(here: str, target: str, anchor: str = "") -> str:
    """Relative link from the page `here` to the page `target` (both src paths under docs/)."""
    folder, name = posixpath.split(target)
    up = _relative_folder(posixpath.dirname(here), folder)
    rel = name if up == "." else f"{up}/{name}"
    return f"{rel}#{anchor}" if anchor else rel


@cache
def _relative_folder(here: str, there: str) -> str:
    """A site has a handful of folders but thousands of links: relpath once per pair of folders. Both are made
    absolute under one root, so relpath needs no os.getcwd()."""
    return posixpath.relpath("/" + there, "/" + here)


class Renderer:
    """Renders every generated block of the site for one loaded model (and organisation, in a branded copy)."""

    def __init__(
        self,
        kb: Kennisbank,
        organisatie: Organisatie | None = None,
        templates: Path = TEMPLATES,
        repo_url: str | None = None,
    ):
        self.kb = kb
        self.organisatie = organisatie
        # Where a reader of the base site reports a mistake: a new issue in the site's repository (if it has one).
        self.issues = issue_tracker(repo_url)
        self.teksten = yaml.load((templates / "teksten.yml").read_text(encoding="utf-8"), Loader=SAFE_LOADER)
        self.env = self._environment(templates, autoescape=True)
        # Markdown files (downloads) come from their own environment: no HTML escaping, a Markdown one instead.
        self.markdown_env = self._environment(templates, autoescape=False, keep_trailing_newline=True)
        self.markdown_env.filters["md"] = markdown_text
        self._afkortingen: list[tuple[set[str], str]] | None = None

    def _environment(self, templates: Path, **options: Any) -> Environment:
        loader = FileSystemLoader(templates)
        # A renderer lives for one build, so a template is read once (auto_reload would stat it on every block).
        env = Environment(
            loader=loader,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
            **options,
        )
        env.globals["t"] = self.teksten
        return env

    def render(self, template: str, **data: Any) -> str:
        return self.env.get_template(template).render(**data).strip()

    def link(self, here: str, entity: Entity, extra: str = "") -> Link:
        return Link(entity.titel, href(here, entity.src), extra)

    def datum(self, value: Any) -> str:
        return f"{value.day} {self.teksten['maanden'][value.month - 1]} {value.year}"

    # Blocks on an entity page ------------------------------------------------------------------------------------

    def status(self, entity: Entity) -> str:
        return self.render("status.html", **self._status(entity))

    def _status(self, entity: Entity) -> dict[str, str]:
        """What the status line says (status.html on the page, download.md in the downloads): the same data, and the
        same wording from teksten.yml, so a download never passes for reviewed when the page says it is not."""
        data = entity.data
        return {"status": data.status, "datum": self.datum(data.gereviewd_op) if data.gereviewd_op else ""}

    def herkennen(self, entity: Entity) -> str:
        """A barrier's signals and examples, shown after its first section."""
        return self.render(
            "herkennen.html",
            signalen=[s.tekst for s in entity.data.signalen],
            zelfscan=href(entity.src, ZELFSCAN),
            voorbeelden=self._voorbeelden(entity),
            kop=False,
        )

    def voorbeelden(self, entity: Entity) -> str:
        return self.render("voorbeelden.html", voorbeelden=self._voorbeelden(entity), kop=True)

    def _voorbeelden(self, entity: Entity) -> list[dict[str, Any]]:
        rows = []
        for voorbeeld, page in self.kb.voorbeelden_bij(entity):
            bron = self.kb.bronnen[voorbeeld.bron] if voorbeeld.bron else None
            rows.append(
                {
                    "soort": voorbeeld.soort,
                    "titel": voorbeeld.titel,
                    "tekst": voorbeeld.tekst,
                    "bron": {"titel": bron.titel, "url": str(bron.url)} if bron else None,
                    "elders": self.link(entity.src, page) if page is not entity else None,
                }
            )
        return rows

    def inschatting(self, entity: Entity) -> str:
        tekst = getattr(entity.data, "inschatting", None)
        return self.render("inschatting.html", tekst=tekst) if tekst else ""

    def stapnotitie(self, entity: Entity) -> str:
        return self.render("stapnotitie.html", overzicht=href(entity.src, STAPPENPLAN))

    def instrument(self, entity: Entity) -> str:
        voor = [self.link(entity.src, self.kb.rollen[r]) for r in entity.data.voor]
        return self.render("instrument.html", soort=entity.data.soort, voor=voor)

    def downloads(self, entity: Entity) -> str:
        markdown, odt = download_names(entity)
        return self.render("downloads.html", markdown=f"{entity.id}/{markdown}", odt=f"{entity.id}/{odt}")

    def download_markdown(self, entity: Entity, body: str, url: str, site_name: str) -> str:
        """The instrument as a Markdown file: `body` is its own text with absolute links."""
        data = entity.data
        return self.markdown_env.get_template("download.md").render(
            titel=data.titel,
            **self._status(entity),
            samenvatting=data.samenvatting,
            soort=data.soort,
            voor=[self.kb.rollen[r].titel for r in data.voor],
            organisatie=self.organisatie.naam if self.organisatie else None,
            body=body.strip(),
            voorbeelden=self._voorbeelden(entity),
            bronnen=[self._bron(b) for b in data.bronnen],
            site_name=site_name,
            url=url,
        )

    def relaties(self, entity: Entity) -> str:
        sections = getattr(self, f"_relaties_{entity.kind}")(entity)
        return self.render("relaties.html", secties=[s for s in sections if s is not None])

    def checklist(self, entity: Entity) -> str:
        return self.render("stap.html", voortgang=self._voortgang(), **self._checklist(entity, entity.src))

    def lijst(self, entity: Entity) -> str:
        """The checklist of a list of steps (an instrument), grouped per step; each group links its step's heading
        (the anchor toc gives it). Empty without items."""
        punten = getattr(entity.data, "checklist", [])
        if not punten:
            return ""
        groepen = []
        for nummer, kop in entity.stapkoppen.items():
            eigen = [
                {"id": p.id, "tekst": p.tekst, "oplossingen": [], "instrumenten": [], "eigenaar": None}
                for p in punten
                if p.stap == nummer
            ]
            if eigen:
                groepen.append({"kop": kop, "anker": slugify(kop, "-"), "punten": eigen})
        return self.render("lijst.html", voortgang=self._voortgang(entity), groepen=groepen)

    def _voortgang(self, lijst: Entity | None = None) -> dict[str, Any]:
        """What the progress line carries (voortgang.html): the stappenplan's, or a list of steps' own, with its own
        name in the browser's storage, so the ticks of the two never mix."""
        t = self.teksten
        if lijst is None:
            ids = self._alle_punten()
            return {
                "ids": ids,
                "opslag": STAPPENPLAN_OPSLAG,
                "totaal": t["checklist"]["hele_stappenplan"],
                "script": t["checklist"]["script"],
            }
        return {
            "ids": [p.id for p in lijst.data.checklist],
            "opslag": f"{LIJST_OPSLAG}{lijst.id}",
            "totaal": t["lijst"]["totaal"],
            "script": {**t["checklist"]["script"], **t["lijst"]["script"]},
        }

    def lijsten(self, here: str) -> list[Link]:
        """Instruments with their own checklist, for the complete checklist (which does not count their items)."""
        return [self.link(here, i) for i in self.kb.instrumenten.values() if getattr(i.data, "checklist", None)]

    def rol(self, entity: Entity) -> str:
        rijen = [
            {
                "barriere": self.link(entity.src, b),
                "oplossingen": [self.link(entity.src, o, o.data.samenvatting) for o in oplossingen],
            }
            for b, oplossingen in self.kb.oplossingen_voor_rol(entity.id)
        ]
        return self.render("rol.html", rijen=rijen)

    def paginabronnen(self, entity: Entity) -> str:
        return self.render("paginabronnen.html", bronnen=[self._bron(b) for b in entity.data.bronnen], verder=[])

    def terugmelden(self, entity: Entity) -> str:
        """The block 'Klopt er iets niet?' at the end of a content page: the organisation's own route in a branded
        copy (it, not the shared repository, answers for its copy), else a new issue in the repository, else none."""
        org = self.organisatie
        contact = org.terugmelden if org else None
        if contact is None and self.issues is None:
            return ""
        return self.render("terugmelden.html", titel=entity.titel, contact=contact, issues=self.issues)

    def meldroutes(self, here: str) -> str:
        return self.render("meldroutes.html", **self._meldroutes_data(here))

    def adv_voor_inwoners(self) -> str:
        """On a page for residents: the organisation's own antidiscriminatievoorziening, if it named one."""
        org = self.organisatie
        return self.render("adv_inwoners.html", naam=org.naam, adv=org.adv) if org and org.adv else ""

    def _meldroutes_data(self, here: str) -> dict[str, Any]:
        """`adv` links to the page that says what an ADV is and how you find yours, not to the law: a reader who
        wants to report needs the way in, not the text of the act."""
        org = self.organisatie
        intern = [c for c in (org.meldpunt, org.vertrouwenspersoon) if c] if org else []
        bron = self.kb.bronnen
        landelijk = {
            "adv": href(here, self.kb.recht["discriminatie-nl"].src),
            "discriminatie_nl": Link("Discriminatie.nl", str(bron["discriminatie-nl"].url)),
            "college": Link(bron["college-rechten-van-de-mens"].uitgever, str(bron["college-rechten-van-de-mens"].url)),
        }
        return {
            "naam": org.naam if org else None,
            "intern": intern,
            "adv": org.adv if org else None,
            "landelijk": landelijk,
        }

    def afkortingen(self, markdown: str) -> str:
        """Abbreviation definitions (Python-Markdown abbr) for the glossary terms in a page's `markdown`: each term
        gets its explanation as a tooltip. Only terms the page's text contains, in any case (an admonition without a
        title shows its kind capitalised, `!!! tip` as 'Tip'): abbr marks a term only in text, so a definition for
        any other term changes nothing on the page, and the work per page follows its text, not the glossary."""
        if self._afkortingen is None:
            self._afkortingen = []
            for begrip in self.kb.begrippen:
                variants = dict.fromkeys([begrip.term, begrip.term[:1].upper() + begrip.term[1:]])
                # A block per definition: abbr takes one definition from a block and hands the rest back, and then
                # every other block processor searches that rest again (with ~40 terms, two thirds of a page).
                lines = "\n\n".join(f"*[{variant}]: {begrip.uitleg}" for variant in variants)
                self._afkortingen.append(({v.casefold() for v in variants}, lines))
        text = markdown.casefold()
        return "\n\n".join(lines for forms, lines in self._afkortingen if any(f in text for f in forms))

    # Relations per kind: data only; each returns the sections relaties.html shows. --------------------------------

    def _section(
        self, key: str, here: str, entities: list[Entity], leeg: str | None = None, niveau: int = 2, extra: bool = False
    ) -> dict[str, Any] | None:
        if not entities and leeg is None:
            return None
        links = [self.link(here, e, e.data.samenvatting if extra else "") for e in entities]
        return {"titel": self._tekst(key), "niveau": niveau, "links": links, "leeg": self._tekst(leeg) if leeg else ""}

    def _tekst(self, key: str) -> str:
        group, _, name = key.partition(".")
        return str(self.teksten[group][name])

    def _stap_links(self, here: str, stappen: list[Entity]) -> list[Link]:
        label = self.teksten["relaties"]["stap"]
        return [Link(f"{label} {s.data.stap}: {s.titel}", href(here, s.src)) for s in stappen]

    def _stappen(self, here: str, stappen: list[Entity]) -> dict[str, Any]:
        return {
            "titel": self._tekst("relaties.in_het_stappenplan"),
            "niveau": 2,
            "links": self._stap_links(here, stappen),
            "leeg": self._tekst("relaties.geen_stappen"),
        }

    def _relaties_barriere(self, e: Entity) -> list[dict[str, Any] | None]:
        return [
            self._section(
                "relaties.oplossingen",
                e.src,
                self.kb.oplossingen_bij_barriere(e.id),
                "relaties.geen_oplossingen",
                extra=True,
            ),
            self._stappen(e.src, self.kb.stappen_bij_barriere(e.id)),
        ]

    def _checklist_links(self, e: Entity, punten: list, titel: str, niveau: int) -> dict[str, Any] | None:
        """A section linking the checklist items (on their steps) that belong to this page; None without items."""
        if not punten:
            return None
        links = [Link(p.tekst, href(e.src, s.src, "checklist-" + p.id)) for s, p in punten]
        return {"titel": self._tekst(titel), "niveau": niveau, "leeg": "", "links": links}

    def _relaties_oplossing(self, e: Entity) -> list[dict[str, Any] | None]:
        checklist = self._checklist_links(e, self.kb.checklistpunten_bij_oplossing(e.id), "relaties.checklistpunten", 3)
        return [
            self._section("relaties.helpt_bij_barrieres", e.src, [self.kb.barrieres[b] for b in e.data.barrieres]),
            self._stappen(e.src, self.kb.stappen_bij_oplossing(e.id)),
            checklist,
            self._section("relaties.instrumenten", e.src, self.kb.instrumenten_bij(e), extra=True),
            self._section("relaties.wet_en_recht", e.src, [self.kb.recht[r] for r in e.data.recht], extra=True),
            self._section("relaties.wie_doet_dit", e.src, self.kb.rollen_bij_oplossing(e.id)),
        ]

    def _relaties_stap(self, e: Entity) -> list[dict[str, Any] | None]:
        return [
            self._section("relaties.instrumenten", e.src, self.kb.instrumenten_bij(e), extra=True),
            self._section(
                "relaties.stap_helpt_bij", e.src, self.kb.barrieres_bij_stap(e.id), "relaties.geen_barrieres"
            ),
        ]

    def _relaties_rol(self, e: Entity) -> list[dict[str, Any] | None]:
        checklist = self._checklist_links(e, self.kb.checklistpunten_van_rol(e.id), "rol.checklistpunten", 2)
        recht = self._section("rol.recht", e.src, self.kb.recht_voor_rol(e.id), extra=True) or {
            "titel": self._tekst("rol.recht"),
            "niveau": 2,
            "links": [],
            "leeg": "",
        }
        recht["links"] = [*recht["links"], Link(self._tekst("rol.alle_recht"), href(e.src, RECHT))]
        return [
            self._section("rol.instrumenten", e.src, self.kb.instrumenten_bij(e), extra=True),
            recht,
            checklist,
        ]

    def _relaties_recht(self, e: Entity) -> list[dict[str, Any] | None]:
        checklist = self._checklist_links(e, self.kb.checklistpunten_bij_recht(e.id), "relaties.checklistpunten", 2)
        return [
            self._voor_wie(e),
            self._section("relaties.steunt_oplossingen", e.src, self.kb.oplossingen_bij_recht(e.id), extra=True),
            checklist,
            self._section("relaties.instrumenten", e.src, self.kb.instrumenten_bij(e), extra=True),
        ]

    def _voor_wie(self, e: Entity) -> dict[str, Any] | None:
        """The roles, and residents when the page is also for them (linked to where residents begin)."""
        leeg = "relaties.inwoners" if e.data.inwoners else None
        section = self._section("relaties.voor_wie", e.src, [self.kb.rollen[r] for r in e.data.voor], leeg=leeg)
        start = self.kb.startpagina_inwoners
        if section and e.data.inwoners and e.data.voor and start is not None and start is not e:
            section["links"] = [*section["links"], Link(self._tekst("relaties.inwoners"), href(e.src, start.src))]
        return section

    def _relaties_instrument(self, e: Entity) -> list[dict[str, Any] | None]:
        stappen = [self.kb.stappen[s] for s in e.data.stappen]
        in_stappen = {
            "titel": self._tekst("relaties.in_stappen"),
            "niveau": 2,
            "links": self._stap_links(e.src, stappen),
            "leeg": "",
        }
        return [
            self._section("relaties.bij_oplossingen", e.src, [self.kb.oplossingen[o] for o in e.data.oplossingen]),
            in_stappen,
            self._section("relaties.wet_en_recht", e.src, [self.kb.recht[r] for r in e.data.recht]),
        ]

    # Checklists -------------------------------------------------------------------------------------------------

    def _alle_punten(self) -> list[str]:
        return [p.id for s in self.kb.stappen.values() for p in s.data.checklist]

    def stap_label(self, stap: Entity) -> str:
        return f"{self.teksten['relaties']['stap']} {stap.data.stap}: {stap.titel}"

    def _checklist(self, stap: Entity, here: str) -> dict[str, Any]:
        punten = [
            {
                "id": p.id,
                "tekst": p.tekst,
                "oplossingen": [self.link(here, self.kb.oplossingen[o]) for o in p.oplossingen],
                "instrumenten": [self.link(here, i) for i in self.kb.instrumenten_bij_punt(p)],
                "eigenaar": self.link(here, self.kb.rollen[p.eigenaar]),
            }
            for p in stap.data.checklist
        ]
        return {"stap_label": self.stap_label(stap), "punten": punten, "aantal": len(punten)}

    # Overview pages (called by the macros of maintainer-listed pages) ---------------------------------------------

    def overzicht(self, folder: str, here: str) -> str:
        soort = PER_MAP[folder]
        entities = list(self.kb.section(soort.naam).values())
        rijen = [
            {
                "titel": e.titel,
                "href": href(here, e.src),
                "samenvatting": e.data.samenvatting,
                "nummer": getattr(e.data, "stap", None),
                "soort": self._soort_label(e),
                "omvang": getattr(e.data, "omvang", None),
            }
            for e in entities
        ]
        return self.render(
            "overzicht.html",
            rijen=rijen,
            soort=soort.naam,
            met_nummer=soort.naam == "stap",
            met_soort=soort.naam in ("instrument", "recht"),
            met_omvang=soort.naam == "oplossing",
        )

    def _soort_label(self, e: Entity) -> str:
        soort = getattr(e.data, "soort", None)
        return str(self.teksten["instrument"]["soorten"].get(soort, soort)) if e.kind == "instrument" else str(soort)

    def matrix(self, here: str) -> str:
        """Solutions × barriers as a table (wide screens) and grouped per barrier (narrow screens), with the data
        the filter by barrier or role needs."""
        barrieres = list(self.kb.barrieres.values())
        rijen = [
            {
                "titel": o.titel,
                "href": href(here, o.src),
                "marks": [b.id in o.data.barrieres for b in barrieres],
                "barrieres": " ".join(o.data.barrieres),
                "rollen": " ".join(o.data.rollen),
            }
            for o in self.kb.oplossingen.values()
        ]
        groepen: list[dict[str, Any]] = [
            {"barriere": {"titel": b.titel, "href": href(here, b.src), "id": b.id}, "rijen": []} for b in barrieres
        ]
        for rij in rijen:
            for groep, mark in zip(groepen, rij["marks"], strict=True):
                if mark:
                    groep["rijen"].append(rij)
        keuzes = [(f"barriere:{b.id}", b.titel) for b in barrieres]
        keuzes += [(f"rol:{r.id}", f"{self.teksten['matrix']['rol']} {r.titel}") for r in self.kb.rollen.values()]
        return self.render(
            "matrix.html",
            barrieres=[self.link(here, b) for b in barrieres],
            rijen=rijen,
            groepen=groepen,
            keuzes=keuzes,
        )

    def volledige_checklist(self, here: str) -> str:
        stappen = [
            {"kop": self.stap_label(s), "link": self.link(here, s), **self._checklist(s, here)}
            for s in self.kb.stappen.values()
        ]
        return self.render(
            "volledige_checklist.html",
            voortgang=self._voortgang(),
            stappen=stappen,
            lijsten=self.lijsten(here),
        )

    def begrippenlijst(self) -> str:
        begrippen = [
            {
                "term": b.term[:1].upper() + b.term[1:],
                "uitleg": b.uitleg,
                "bron": self._bron(b.bron) if b.bron else None,
            }
            for b in sorted(self.kb.begrippen, key=lambda b: b.term.casefold())
        ]
        return self.render("begrippenlijst.html", begrippen=begrippen)

    def bronnenlijst(self, here: str) -> str:
        citing: dict[str, list[Entity]] = {}
        for entity in self.kb:
            for bron_id in dict.fromkeys([*entity.data.bronnen, *(v.bron for v in entity.data.voorbeelden if v.bron)]):
                citing.setdefault(bron_id, []).append(entity)
        rows = [
            {
                **self._bron(b.id),
                "id": b.id,
                "soort": b.soort,
                "host": b.url.host.removeprefix("www.") if b.url.host else "",
                "over": b.over,
                "paginas": [self.link(here, e) for e in sorted(citing.get(b.id, []), key=lambda e: e.titel.casefold())],
            }
            for b in sorted(self.kb.bronnen.values(), key=lambda b: b.titel.casefold())
        ]
        # Grouped by kind in the order the schema lists them, so a reader finds the law apart from the news.
        groepen = [
            {"soort": soort, "bronnen": [r for r in rows if r["soort"] == soort]}
            for soort in get_args(Bron.model_fields["soort"].annotation)
        ]
        return self.render("bronnenlijst.html", groepen=[g for g in groepen if g["bronnen"]])

    def zelfscan(self, here: str) -> str:
        """The self-scan: a form of every barrier's statements, and per barrier the advice the result shows."""
        barrieres = [
            {
                "id": b.id,
                "titel": b.titel,
                "href": href(here, b.src),
                "samenvatting": b.data.samenvatting,
                "signalen": b.data.signalen,
                **self._zelfscan_advies(b, here),
            }
            for b in self.kb.barrieres.values()
        ]
        org = self.organisatie
        menu = org.menu if org else []
        eigen = [Link(m.titel, m.pagina if m.pagina.startswith("https://") else href(here, m.pagina)) for m in menu]
        return self.render(
            "zelfscan.html",
            barrieres=barrieres,
            versie=zelfscan_versie(self.kb),
            organisatie=org.naam if org else None,
            eigen_paginas=eigen,
            meldroutes=self._meldroutes_data(here),
        )

    def _zelfscan_advies(self, barriere: Entity, here: str) -> dict[str, Any]:
        """Where to start with a barrier: its solutions, their instruments and checklist items, and the first step."""
        oplossingen = self.kb.oplossingen_bij_barriere(barriere.id)
        instrumenten = list(dict.fromkeys(i for o in oplossingen for i in self.kb.instrumenten_bij(o)))
        punten = {p.id: (s, p) for o in oplossingen for s, p in self.kb.checklistpunten_bij_oplossing(o.id)}
        in_order = sorted(punten.values(), key=lambda sp: sp[0].data.stap)
        start = self.kb.startstap(barriere.id)
        return {
            "oplossingen": [self.link(here, o, o.data.samenvatting) for o in oplossingen],
            "instrumenten": [self.link(here, i) for i in instrumenten],
            "checklist": [Link(p.tekst, href(here, s.src, "checklist-" + p.id)) for s, p in in_order],
            "startstap": self._stap_links(here, [start])[0] if start else None,
        }

    def _bron(self, bron_id: str) -> dict[str, Any]:
        bron = self.kb.bronnen[bron_id]
        return {"titel": bron.titel, "uitgever": bron.uitgever, "jaar": bron.jaar, "url": str(bron.url)}


def issue_tracker(repo_url: str | None) -> Link | None:
    """The page for a new issue in the repository at `repo_url` (MkDocs' repo_url), with the host as its title; None
    without a repository, or for an address that is not https (checked as a Contact's url is). GitLab serves project
    pages only under /-/ since version 16 (gitlab.com, or a server with 'gitlab' in its name); GitHub, Gitea, Forgejo
    and Codeberg use /issues/new."""
    if not repo_url:
        return None
    address = urlsplit(repo_url.strip())
    host = (address.hostname or "").lower()
    path = address.path.rstrip("/").removesuffix(".git") + ("/-/issues/new" if "gitlab" in host else "/issues/new")
    try:
        # No user or password from the address on a page; no query or fragment of the repository's address.
        url = f"{address.scheme}://{address.netloc.rpartition('@')[2]}{path}"
        contact = Contact.model_validate({"naam": host, "url": url})
    except ValidationError:
        return None
    return Link(host, str(contact.url))


def zelfscan_versie(kb: Kennisbank) -> str:
    """The version of the statement set: a short hash of all statement ids in order. A team code made with another
    set of statements has another version, so its answers are never matched to the wrong statements."""
    ids = "\n".join(s.id for b in kb.barrieres.values() for s in b.data.signalen)
    return hashlib.sha256(ids.encode("utf-8")).hexdigest()[:6]


def soort_label(kind: str) -> str:
    return PER_NAAM[kind].label


def download_names(entity: Entity) -> tuple[str, str]:
    """File names of an instrument's downloads, next to its page (instrumenten/<id>/<id>.md and .odt)."""
    return f"{entity.id}.md", f"{entity.id}.odt"


MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def markdown_text(value: object) -> str:
    """Plain text, shown as written inside Markdown, on one line as a page shows it: a line break in an example's
    text (a YAML block) starts no new paragraph, list or heading in the download."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))
