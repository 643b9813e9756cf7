"""Generate a synthetic knowledge base of N entities for the benchmarks, from the real site's own prose.

    .venv/bin/python benchmarks/genereer.py 500 /tmp/kb-500

The copy has the real mkdocs.yml, theme, macros and bibliography; only docs/ is replaced. Barriers, solutions, steps
(each with checklist items) and roles get realistic Dutch text (paragraphs drawn from the real pages) and random but
valid relations, so the build does the same work per page as the real site.
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
SHARE = {"barrieres": 0.15, "stappenplan": 0.10, "rollen": 0.05}  # the rest are solutions
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
        if path.name == "index.md":
            continue
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)  # links to real pages do not exist in the copy
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip() and not p.lstrip().startswith("#")]
    return paragraphs


def body(rng: random.Random, paragraphs: list[str], sections: list[str]) -> str:
    parts = []
    for heading in sections:
        parts.append(f"## {heading}")
        parts += rng.sample(paragraphs, 2)
    return "\n\n".join(parts) + "\n"


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
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("*.md"))  # data, includes
    for page in ["index.md", "checklist.md", "matrix.md", "bronnen.md", "begrippen.md", "over.md", "zelfscan.md",
                 "barrieres/index.md", "oplossingen/index.md", "stappenplan/index.md", "rollen/index.md",
                 "recht/index.md", "instrumenten/index.md"]:
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")  # links in prose point to real pages: text only
        (docs / page).write_text(re.sub(r"\[([^\]]*)\]\([^)]*\.md[^)]*\)", r"\1", text), encoding="utf-8")

    counts = {folder: max(1, round(n * share)) for folder, share in SHARE.items()}
    counts["oplossingen"] = n - sum(counts.values())
    prefix = {"barrieres": "barriere", "oplossingen": "oplossing", "stappenplan": "stap", "rollen": "rol"}
    ids = {folder: [f"{prefix[folder]}-{i:04d}" for i in range(counts[folder])] for folder in counts}
    bron = "kis-verkenning-2025"

    def page(folder: str, id_: str, extra: dict, sections: list[str]) -> None:
        meta = {"id": id_, "titel": f"{sentence(rng, paragraphs, 50)} ({id_[-4:]})",
                "samenvatting": sentence(rng, paragraphs, 120) + ".", "status": "concept",
                "bronnen": [bron], **extra}
        (docs / folder / f"{id_}.md").write_text(front_matter(meta) + body(rng, paragraphs, sections), "utf-8")

    for id_ in ids["barrieres"]:
        signalen = [{"id": f"{id_}-signaal-{k}", "tekst": sentence(rng, paragraphs, 90) + "."} for k in range(3)]
        page("barrieres", id_, {"signalen": signalen}, ["Wat is het?", "Hoe herken je het?", "Waarom krijgen inwoners hierdoor ongelijke "
                                   "service?", "Wat kun je doen?"])
    for id_ in ids["rollen"]:
        page("rollen", id_, {}, ["Jouw rol", "Begin hier"])
    for id_ in ids["oplossingen"]:
        page("oplossingen", id_, {"barrieres": rng.sample(ids["barrieres"], min(2, len(ids["barrieres"]))),
                                  "stappen": [rng.choice(ids["stappenplan"])],
                                  "rollen": rng.sample(ids["rollen"], min(2, len(ids["rollen"])))},
             ["Wat is het?", "Waarom helpt het?", "Zo begin je", "Wie doet wat?", "Inspanning en tijd", "Valkuilen"])
    for number, id_ in enumerate(ids["stappenplan"], start=1):
        items = [{"id": f"{id_}-punt-{k}", "tekst": sentence(rng, paragraphs, 90) + ".",
                  "oplossingen": [rng.choice(ids["oplossingen"])], "eigenaar": rng.choice(ids["rollen"])}
                 for k in range(ITEMS_PER_STEP)]
        page("stappenplan", id_, {"stap": number, "checklist": items}, ["Waarom deze stap?", "Zo pak je het aan"])
    return target


if __name__ == "__main__":
    print(generate(int(sys.argv[1]), Path(sys.argv[2])))
