"""Create a new page from a template: `python -m kennisbank.nieuw oplossing "Buddy voor nieuwe collega's"`.

The page gets a file name and id made from the name, and the template's front matter. The build then lists
every field and line that still has to be filled in.
"""

from __future__ import annotations

import json
import re
import string
import sys
import unicodedata
from pathlib import Path

from .soorten import SOORTEN

ROOT = Path(__file__).resolve().parents[1]
# Kinds a contributor can add (roles are a fixed list).
NIEUW = {s.naam: s for s in SOORTEN if s.sjabloon}
MAX_SLUG = 60  # a file name, and a part of the page's address


def slugify(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain.replace("'", "")).strip("-")


def next_step_number(docs: Path) -> int:
    numbers = [
        int(m.group(1))
        for p in (docs / "stappenplan").glob("*.md")
        if (m := re.search(r"(?m)^stap:\s*(\d+)\s*$", p.read_text(encoding="utf-8")))
    ]
    return max(numbers, default=0) + 1


def create(kind: str, name: str, root: Path = ROOT) -> Path:
    if kind not in NIEUW:
        raise ValueError(f"onbekend TYPE '{kind}'; kies uit {', '.join(NIEUW)}")
    soort = NIEUW[kind]
    slug = slugify(name)
    if not slug:
        raise ValueError('NAAM is leeg; geef de pagina een naam, bijvoorbeeld NAAM="Buddy voor nieuwe collega\'s"')
    if len(slug) > MAX_SLUG:
        # The title keeps the whole name; the file name (and address) is cut at a word.
        slug = slug[: MAX_SLUG + 1].rsplit("-", 1)[0] if "-" in slug[:MAX_SLUG] else slug[:MAX_SLUG]
    target = root / "docs" / soort.map / f"{slug}.md"
    if target.exists():
        raise ValueError(f"{target.relative_to(root)} bestaat al; kies een andere NAAM of bewerk die pagina")
    template = string.Template((root / "sjablonen" / str(soort.sjabloon)).read_text(encoding="utf-8"))
    # A JSON string is a valid YAML string, so titles with a colon or quotes stay intact.
    text = template.substitute(
        id=slug, titel=json.dumps(name.strip(), ensure_ascii=False), stap=next_step_number(root / "docs")
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print('Gebruik: make nieuw TYPE=oplossing NAAM="Naam van de pagina"', file=sys.stderr)
        return 2
    try:
        target = create(argv[0].strip(), argv[1])
    except ValueError as error:
        print(f"Fout: {error}", file=sys.stderr)
        return 1
    print(f"Gemaakt: {target.relative_to(ROOT)}")
    print("Vul nu de velden en de regels met 'Vul in:' in. 'make controle' zegt wat er nog ontbreekt.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
