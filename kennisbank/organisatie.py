"""An organisation's own copy: branding and contact details from `extra.organisatie`, checked before the build.

Nothing here knows MkDocs; `mkdocs_hooks.py` and `macros.py` apply the result.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from .model import ContentError, Problem, explain, field_path
from .schema import Organisatie

WIT = "#ffffff"
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


def load_organisatie(extra: dict[str, Any] | None, config_file: str) -> Organisatie | None:
    """Validated `extra.organisatie`, or None for the base site. Raises ContentError listing every problem."""
    raw = (extra or {}).get("organisatie")
    if raw is None:
        return None
    try:
        organisatie = Organisatie.model_validate(raw)
    except ValidationError as error:
        raise ContentError([Problem(config_file, f"extra.organisatie.{field_path(d['loc'])}",
                                    explain(d, Organisatie)) for d in error.errors()]) from None
    problems = []
    if organisatie.kleuren is not None:
        checks = [("primair", organisatie.kleuren.primair, MIN_TEKST, "tekst en links")]
        if organisatie.kleuren.accent:
            checks.append(("accent", organisatie.kleuren.accent, MIN_NIET_TEKST, "focusranden"))
        for name, colour, minimum, use in checks:
            ratio = contrast(colour, WIT)
            if ratio < minimum:
                problems.append(Problem(
                    config_file, f"extra.organisatie.kleuren.{name}",
                    f"'{colour}' heeft een contrast van {ratio:.2f}:1 met wit; voor {use} is minstens {minimum:g}:1 "
                    "nodig (WCAG AA). Kies een donkerdere kleur."))
    if problems:
        raise ContentError(problems)
    return organisatie


def stylesheet(organisatie: Organisatie) -> str:
    """CSS that applies the organisation's colours in both schemes (links in the dark scheme keep the base colour)."""
    kleuren = organisatie.kleuren
    if kleuren is None:
        return ""
    lines = [":root, [data-md-color-scheme=\"default\"], [data-md-color-scheme=\"slate\"] {",
             f"  --md-primary-fg-color: {kleuren.primair};",
             f"  --md-primary-fg-color--dark: {kleuren.primair};",
             "}",
             # Accent and link colours were checked against white, so they only apply to the light scheme.
             "[data-md-color-scheme=\"default\"] {",
             f"  --md-typeset-a-color: {kleuren.primair};"]
    if kleuren.accent:
        lines.append(f"  --md-accent-fg-color: {kleuren.accent};")
    lines.append("}")
    return "\n".join(lines) + "\n"
