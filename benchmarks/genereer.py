"""Generate a synthetic knowledge base of N entities for the benchmarks, from the real site's own prose.

    .venv/bin/python benchmarks/genereer.py 500 /tmp/kb-500

The copy has the real mkdocs.yml, theme, macros and bibliography; only docs/ is replaced. Barriers, solutions, steps
(each with checklist items), roles, law pages and instruments (each with its Markdown and ODT download) get realistic
Dutch text (paragraphs drawn from the real pages) and random but valid relations, in the real site's proportions, so
the build does the same work per page as the real site.
"""

from __future__ import annotations

import random
import re
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PROJECT_FILES = ["mkdocs.yml", "macros.py", "kennisbank", "overrides"]
# The real site's proportions (7 barriers, 5 steps, 5 roles, 14 law pages, 12 instruments of 64); the rest (32 %) are
# solutions, 21 of 64 on the real site.
SHARE = {"barrieres": 0.11, "stappenplan": 0.08, "rollen": 0.08, "recht": 0.22, "instrumenten": 0.19}
ITEMS_PER_STEP = 5


def sentence(rng: random.Random, paragraphs: list[str], length: int) -> str:
    """A plain sentence for a title or summary: the start of a paragraph without Markdown."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", rng.choice(paragraphs))
    text = re.sub(r"^[-*\d.\s]+|[*_`#<>{}]", "", text).split(".")[0].split("\n")[0]
    return text[:length].strip() or "Tekst"


def corpus() -> list[str]:
    """Paragraphs of the real content pages (front matter and headings left out)."""
    paragraphs = []
    for path in sorted((ROOT / "docs").glob("*/*.md")):
        if path.name == "index.md" or path.parent.name.startswith("_"):  # _includes/ holds notes for maintainers
            continue
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)  # links to real pages do not exist in the copy
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip() and not p.lstrip().startswith("#")]
    return paragraphs


def real_pages(folder: str) -> list[tuple[dict, list[str]]]:
    """Front matter and outline (its ## and ### headings) of each real page in a folder. A generated page copies the
    shape of one (kind, audience, sources, sections), so valid combinations stay valid and the work per page stays
    real: an instrument has about a dozen sections, and all of them go into its ODT download."""
    pages = []
    for path in sorted((ROOT / "docs" / folder).glob("*.md")):
        if path.name != "index.md":
            _, meta, text = path.read_text(encoding="utf-8").split("---", 2)
            pages.append(
                (yaml.safe_load(meta), [line for line in text.splitlines() if line.startswith(("## ", "### "))])
            )
    return pages


def body(rng: random.Random, paragraphs: list[str], sections: list[str]) -> str:
    parts = []
    for heading in sections:
        # A real outline's headings keep their level; a subsection gets one paragraph, as on the real pages.
        parts.append(heading if heading.startswith("#") else f"## {heading}")
        parts += rng.sample(paragraphs, 1 if heading.startswith("### ") else 2)
    return "\n\n".join(parts) + "\n"


def some(rng: random.Random, ids: list[str], low: int, high: int) -> list[str]:
    """Between low and high of the ids, fewer when there are not that many (a small N)."""
    return rng.sample(ids, min(len(ids), rng.randint(low, high)))


def examples(rng: random.Random, paragraphs: list[str], count: int) -> list[dict]:
    """Labelled illustrations only: a documented example must be a real, public case with its source."""
    return [
        {
            "soort": "verzonnen",
            "titel": sentence(rng, paragraphs, 40),
            "tekst": " ".join(sentence(rng, paragraphs, 120) + "." for _ in range(3)),
        }
        for _ in range(count)
    ]


def front_matter(meta: dict) -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"


def generate(n: int, target: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    paragraphs = corpus()
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, target / name)
    docs = target / "docs"
    # Data and includes; not the example questions, which name the real pages.
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("*.md", "voorbeeldvragen.yml"))
    for page in [
        "index.md",
        "checklist.md",
        "matrix.md",
        "bronnen.md",
        "begrippen.md",
        "over.md",
        "zelfscan.md",
        "barrieres/index.md",
        "oplossingen/index.md",
        "stappenplan/index.md",
        "rollen/index.md",
        "recht/index.md",
        "instrumenten/index.md",
    ]:
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")  # links in prose point to real pages: text only
        (docs / page).write_text(re.sub(r"\[([^\]]*)\]\([^)]*\.md[^)]*\)", r"\1", text), encoding="utf-8")

    counts = {folder: max(1, round(n * share)) for folder, share in SHARE.items()}
    counts["oplossingen"] = n - sum(counts.values())
    if counts["oplossingen"] < 1:
        raise SystemExit(
            f"{n} entiteiten is te weinig: elke soort krijgt er minstens één, en er moet een oplossing over"
        )
    prefix = {
        "barrieres": "barriere",
        "oplossingen": "oplossing",
        "stappenplan": "stap",
        "rollen": "rol",
        "recht": "recht",
        "instrumenten": "instrument",
    }
    ids = {folder: [f"{prefix[folder]}-{i:04d}" for i in range(counts[folder])] for folder in counts}
    # The report routes link to the page about Discriminatie.nl and the ADVs by its id (render.py): one law page has it.
    ids["recht"][0] = "discriminatie-nl"
    bron = "kis-verkenning-2025"

    def page(folder: str, id_: str, extra: dict, sections: list[str]) -> None:
        meta = {
            "id": id_,
            "titel": f"{sentence(rng, paragraphs, 50)} ({id_[-4:]})",
            "samenvatting": sentence(rng, paragraphs, 120) + ".",
            "status": "concept",
            "bronnen": [bron],
            **extra,
        }
        (docs / folder / f"{id_}.md").write_text(front_matter(meta) + body(rng, paragraphs, sections), "utf-8")

    for id_ in ids["barrieres"]:
        signalen = [{"id": f"{id_}-signaal-{k}", "tekst": sentence(rng, paragraphs, 90) + "."} for k in range(3)]
        page(
            "barrieres",
            id_,
            {"signalen": signalen},
            [
                "Wat is het?",
                "Hoe herken je het?",
                "Waarom krijgen inwoners hierdoor ongelijke service?",
                "Wat kun je doen?",
            ],
        )
    for id_ in ids["rollen"]:
        page("rollen", id_, {}, ["Jouw rol", "Begin hier"])
    for id_ in ids["oplossingen"]:
        page(
            "oplossingen",
            id_,
            {
                "barrieres": rng.sample(ids["barrieres"], min(2, len(ids["barrieres"]))),
                "stappen": [rng.choice(ids["stappenplan"])],
                "rollen": rng.sample(ids["rollen"], min(2, len(ids["rollen"]))),
                "recht": some(rng, ids["recht"], 0, 2),
            },
            ["Wat is het?", "Waarom helpt het?", "Zo begin je", "Wie doet wat?", "Inspanning en tijd", "Valkuilen"],
        )
    for number, id_ in enumerate(ids["stappenplan"], start=1):
        items = [
            {
                "id": f"{id_}-punt-{k}",
                "tekst": sentence(rng, paragraphs, 90) + ".",
                "oplossingen": [rng.choice(ids["oplossingen"])],
                "eigenaar": rng.choice(ids["rollen"]),
                "recht": some(rng, ids["recht"], 0, 1),
            }
            for k in range(ITEMS_PER_STEP)
        ]
        page("stappenplan", id_, {"stap": number, "checklist": items}, ["Waarom deze stap?", "Zo pak je het aan"])
    real_law, real_instruments = real_pages("recht"), real_pages("instrumenten")
    for id_ in ids["recht"]:
        meta, outline = rng.choice(real_law)
        # Kind, audience, report routes and sources as on a real page (law pages cite the law itself); a page only
        # for residents has no roles.
        voor = some(rng, ids["rollen"], 3, 5) if meta.get("voor") else []
        page(
            "recht",
            id_,
            {
                "soort": meta["soort"],
                "inwoners": meta.get("inwoners", False),
                "voor": voor,
                "meldroutes": meta.get("meldroutes", False),
                "bronnen": meta["bronnen"],
                "voorbeelden": examples(rng, paragraphs, len(meta.get("voorbeelden", []))),
            },
            outline,
        )
    for id_ in ids["instrumenten"]:
        # Kind, sources, examples and outline of a real instrument; as many relations as the real ones have.
        meta, outline = rng.choice(real_instruments)
        page(
            "instrumenten",
            id_,
            {
                "soort": meta["soort"],
                "voor": some(rng, ids["rollen"], 2, 4),
                "oplossingen": some(rng, ids["oplossingen"], 2, 4),
                "stappen": some(rng, ids["stappenplan"], 1, 2),
                "recht": some(rng, ids["recht"], 0, 4),
                "bronnen": meta["bronnen"],
                "voorbeelden": examples(rng, paragraphs, len(meta.get("voorbeelden", []))),
            },
            outline,
        )
    return target


if __name__ == "__main__":
    print(generate(int(sys.argv[1]), Path(sys.argv[2])))
