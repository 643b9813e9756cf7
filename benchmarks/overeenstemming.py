"""How often a second person, reading the pages, picks a page the blind set's label names: a yardstick for hit@3.

    .venv/bin/python benchmarks/overeenstemming.py

A helper who had seen neither the labels, the other sets nor the search code picked up to three pages, best first, for
each query of the tuning half (tests/data/tweede-beoordelaar-afstemhelft.tsv), from a list of the pages that have front
matter (69 then) and from their text. The overview pages (home, section overviews, glossary, checklist, sources) were not
on that list, so queries whose label names only such pages are reported apart. Only the tuning half: the test half
stays unread.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import zoekset  # noqa: E402
from helpers import page_path  # noqa: E402

PICKS = ROOT / "tests" / "data" / "tweede-beoordelaar-afstemhelft.tsv"


def main() -> None:
    queries = zoekset.half("afstemmen")
    rows = [line.split("\t") for line in PICKS.read_text(encoding="utf-8").splitlines()]
    if [row[0] for row in rows] != [q["vraag"] for q in queries]:
        sys.exit(f"{PICKS.name} volgt de afstemhelft niet (meer); laat hem opnieuw invullen")
    docs = ROOT / "docs"
    listed = {  # the helper's list: the pages with front matter
        page_path(md.relative_to(docs).as_posix())
        for md in docs.rglob("*.md")
        if md.read_text("utf-8").startswith("---")
    }
    both = [(set(q["paginas"]), row[1:]) for q, row in zip(queries, rows, strict=True)]
    comparable = [(label, picks) for label, picks in both if label & listed]

    def share(pairs: list, hit) -> str:
        n = sum(1 for label, picks in pairs if hit(label, picks))
        return f"{n}/{len(pairs)} ({n / len(pairs):.1%})"

    print("tweede beoordelaar, afstemhelft")
    print("  hit@3, alle vragen:               ", share(both, lambda label, picks: bool(label & set(picks))))
    print("  hit@1, alle vragen:               ", share(both, lambda label, picks: picks[0] in label))
    print("  hit@3, label noemt een inhoudspagina:", share(comparable, lambda label, picks: bool(label & set(picks))))


if __name__ == "__main__":
    main()
