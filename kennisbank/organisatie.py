"""An organisation's own copy: accessible brand colours from `organisatie.kleuren`.

Validation of the organisation block itself is the pydantic schema in schema.py (a value that is not a colour stops
the build, with a message about the colour). Here: a brand colour that is too light (or too dark) is not refused but
made to work, and the build says what it chose:

- the header keeps the brand colour; its text is white, or dark when white does not reach 4.5:1;
- links get the nearest darker shade that reaches 4.5:1 on white, and the nearest lighter shade on the dark scheme;
- the focus ring (accent) gets the nearest shade that reaches 3:1 on white, and on the dark scheme; in the header the
  ring uses the header's own text colour (see kennisbank.css).

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
MIN_NIET_TEKST = 3.0  # WCAG 2.2 AA, 1.4.11: focus rings and other graphical objects


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
    for step in range(0, 101, 2):
        candidate = mix(colour, towards, step / 100)
        if contrast(candidate, background) >= minimum:
            return candidate
    return towards


@dataclass
class Huisstijl:
    """The colours the stylesheet uses, and what the build changed to make them accessible."""

    kop: str  # header background: the brand colour itself
    kop_tekst: str  # white, or dark text when the brand colour is too light for white
    link: str  # links on white
    link_donker: str  # links on the dark scheme's background
    accent: str | None  # focus ring and hover on white
    accent_donker: str | None  # the same on the dark scheme
    meldingen: list[str] = field(default_factory=list)


def huisstijl(kleuren: Kleuren) -> Huisstijl:
    primair = kleuren.primair.lower()
    meldingen = []
    if contrast(primair, WIT) >= MIN_TEKST:
        kop_tekst = WIT
    else:
        kop_tekst = DONKERE_TEKST
        meldingen.append(
            f"primair '{primair}' is te licht voor witte tekst ({contrast(primair, WIT):.2f}:1): de "
            f"kopbalk krijgt donkere tekst ({contrast(primair, DONKERE_TEKST):.2f}:1)"
        )
    link = shade_for(primair, WIT, MIN_TEKST, ZWART)
    if link != primair:
        meldingen.append(f"links krijgen de donkerdere tint '{link}' ({contrast(link, WIT):.2f}:1 op wit)")
    link_donker = shade_for(primair, DONKERE_ACHTERGROND, MIN_TEKST, WIT)
    accent = accent_donker = None
    if kleuren.accent:
        accent = shade_for(kleuren.accent.lower(), WIT, MIN_NIET_TEKST, ZWART)
        accent_donker = shade_for(kleuren.accent.lower(), DONKERE_ACHTERGROND, MIN_NIET_TEKST, WIT)
        if accent != kleuren.accent.lower():
            meldingen.append(
                f"accent '{kleuren.accent.lower()}' is te licht voor een focusrand op wit "
                f"({contrast(kleuren.accent, WIT):.2f}:1): de site gebruikt '{accent}' "
                f"({contrast(accent, WIT):.2f}:1)"
            )
    return Huisstijl(primair, kop_tekst, link, link_donker, accent, accent_donker, meldingen)


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
