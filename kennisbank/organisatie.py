"""An organisation's own copy: accessible brand colours from `organisatie.kleuren`.

Validation of the organisation block itself is the pydantic schema in schema.py (a value that is not a colour stops
the build, with a message about the colour). Here: a brand colour that is too light (or too dark) is not refused but
made to work, and the build says what it chose:

- the header keeps the brand colour, with white text or, when white does not reach 4.5:1, dark text. A mid tone
  where neither reaches 4.5:1 gets the nearest darker or lighter shade that does;
- links get the nearest darker shade that reaches 4.5:1 on white, and the nearest lighter shade on the dark scheme;
- the accent gets the same treatment as links: Material shows it as text (a link or menu item under the mouse or
  the keyboard, the words that matched in a search result), so it needs 4.5:1, not only the 3:1 of a focus ring.
  In the header the focus ring uses the header's own text colour (see kennisbank.css).

Mixing in black (or white) always reaches the contrast in the end, so every valid colour can be made to work; only a
value that is not a colour stops the build. Nothing here knows MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .schema import Kleuren

WIT = "#ffffff"
ZWART = "#000000"
DONKERE_TEKST = "#1a1a1a"
# Material's dark ("slate") background, where links in the dark scheme are shown.
DONKERE_ACHTERGROND = "#1e2129"
MIN_TEKST = 4.5  # WCAG 2.2 AA, 1.4.3: normal text


def luminance(hex_colour: str) -> float:
    """Relative luminance as defined in WCAG 2.x."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(colour: str, other: str, share: float) -> str:
    """`colour` with `share` (0..1) of `other` mixed in, per channel."""
    channels = [round(int(colour[i : i + 2], 16) * (1 - share) + int(other[i : i + 2], 16) * share) for i in (1, 3, 5)]
    return "#" + "".join(f"{c:02x}" for c in channels)


def shade_for(colour: str, background: str, minimum: float, towards: str) -> str:
    """The closest shade of `colour` (mixing in `towards` in small steps) with `minimum` contrast on `background`.
    `towards` is black for a light background and white for a dark one, so the last step always qualifies."""
    return _shade(colour, background, minimum, towards)[0]


def _shade(colour: str, background: str, minimum: float, towards: str) -> tuple[str, int]:
    for step in range(0, 101, 2):
        candidate = mix(colour, towards, step / 100)
        if contrast(candidate, background) >= minimum:
            return candidate, step
    return towards, 100


@dataclass
class Huisstijl:
    """The colours the stylesheet uses, and what the build changed to make them accessible."""

    kop: str  # header background: the brand colour, or its nearest shade that carries readable text
    kop_tekst: str  # white, or dark text when the brand colour is too light for white
    link: str  # links on white
    link_donker: str  # links on the dark scheme's background
    accent: str | None  # hover, focus and search highlights on white
    accent_donker: str | None  # the same on the dark scheme
    meldingen: list[str] = field(default_factory=list)


def kopbalk(primair: str) -> tuple[str, str, str | None]:
    """Header background, its text colour, and what the build changed (None if nothing)."""
    op_wit, op_donker = contrast(primair, WIT), contrast(primair, DONKERE_TEKST)
    if op_wit >= MIN_TEKST:
        return primair, WIT, None
    if op_donker >= MIN_TEKST:
        melding = (
            f"primair '{primair}' is te licht voor witte tekst ({op_wit:.2f}:1): de kopbalk krijgt donkere tekst "
            f"({op_donker:.2f}:1)"
        )
        return primair, DONKERE_TEKST, melding
    donkerder, stappen_donker = _shade(primair, WIT, MIN_TEKST, ZWART)
    lichter, stappen_licht = _shade(primair, DONKERE_TEKST, MIN_TEKST, WIT)
    kop, tekst, soort = (
        (donkerder, WIT, "witte") if stappen_donker <= stappen_licht else (lichter, DONKERE_TEKST, "donkere")
    )
    melding = (
        f"primair '{primair}' haalt met witte tekst {op_wit:.2f}:1 en met donkere tekst {op_donker:.2f}:1: de kopbalk "
        f"krijgt de tint '{kop}' met {soort} tekst ({contrast(kop, tekst):.2f}:1)"
    )
    return kop, tekst, melding


def _tekstkleur(wie: str, kleur: str, meldingen: list[str]) -> tuple[str, str]:
    """`kleur` as text on white and on the dark scheme, with a message for each shade that differs.
    `wie` starts the message: "links krijgen", "het accent ... krijgt"."""
    licht = shade_for(kleur, WIT, MIN_TEKST, ZWART)
    donker = shade_for(kleur, DONKERE_ACHTERGROND, MIN_TEKST, WIT)
    if licht != kleur:
        meldingen.append(f"{wie} de donkerdere tint '{licht}' ({contrast(licht, WIT):.2f}:1 op wit)")
    if donker != kleur:
        meldingen.append(
            f"{wie} in het donkere schema de lichtere tint '{donker}' "
            f"({contrast(donker, DONKERE_ACHTERGROND):.2f}:1 op de donkere achtergrond)"
        )
    return licht, donker


def huisstijl(kleuren: Kleuren) -> Huisstijl:
    primair = kleuren.primair.lower()
    kop, kop_tekst, melding = kopbalk(primair)
    meldingen = [melding] if melding else []
    link, link_donker = _tekstkleur("links krijgen", primair, meldingen)
    accent = accent_donker = None
    if kleuren.accent:
        wie = f"het accent '{kleuren.accent.lower()}' (zoektreffers, links onder de muis) krijgt"
        accent, accent_donker = _tekstkleur(wie, kleuren.accent.lower(), meldingen)
    return Huisstijl(kop, kop_tekst, link, link_donker, accent, accent_donker, meldingen)


def stylesheet(stijl: Huisstijl) -> str:
    """CSS that applies the organisation's colours in both schemes."""
    lines = [
        ':root, [data-md-color-scheme="default"], [data-md-color-scheme="slate"] {',
        f"  --md-primary-fg-color: {stijl.kop};",
        f"  --md-primary-fg-color--dark: {stijl.kop};",
        f"  --md-primary-bg-color: {stijl.kop_tekst};",
        f"  --md-primary-bg-color--light: {stijl.kop_tekst};",
        "}",
        '[data-md-color-scheme="default"] {',
        f"  --md-typeset-a-color: {stijl.link};",
    ]
    if stijl.accent:
        lines.append(f"  --md-accent-fg-color: {stijl.accent};")
    lines += ["}", '[data-md-color-scheme="slate"] {', f"  --md-typeset-a-color: {stijl.link_donker};"]
    if stijl.accent_donker:
        lines.append(f"  --md-accent-fg-color: {stijl.accent_donker};")
    lines.append("}")
    return "\n".join(lines) + "\n"
