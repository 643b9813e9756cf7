"""The search evaluation sets, and the seeded split of the blind set into a tuning half and a test half.

- tests/data/zoekvragen-blind.yml: queries written per role by someone who had not read the pages (see README,
  "Zoeken meten"). Each real query has a `helft`: `afstemmen` (make test asserts it; tune on it) or `test` (reported
  by benchmarks/zoeken.py only; never tuned on). The split was made once, with `python tests/zoekset.py`, before
  any tuning; test_zoeken.py checks that no query moved.
- tests/data/zoekvragen.yml: the older set, kept as a regression set.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
BLIND = DATA / "zoekvragen-blind.yml"
SEED = 20261128


def load(path: Path = BLIND) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def seeded_split(queries: list[str], seed: int = SEED) -> dict[str, str]:
    """Query text → 'afstemmen' or 'test': a shuffle with a fixed seed, then alternately."""
    order = sorted(queries)
    random.Random(seed).shuffle(order)
    return {q: ("afstemmen" if i % 2 == 0 else "test") for i, q in enumerate(order)}


def half(name: str, path: Path = BLIND) -> list[dict]:
    return [q for q in load(path)["vragen"] if q["helft"] == name]


TYPO_SEED = 20261129
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def with_typo(query: str, rng: random.Random) -> str | None:
    """The query with one letter wrong in one of its words of 7 letters or more (left out, swapped with the next,
    changed or added; never the first letter), as people type; None when it has no such word."""
    words = query.split(" ")
    long = [i for i, word in enumerate(words) if len(word) >= 7 and word.isalpha()]
    if not long:
        return None
    i = rng.choice(long)
    word, at = words[i], rng.randrange(1, len(words[i]) - 1)
    edits = [
        word[:at] + word[at + 1 :],
        word[:at] + word[at + 1] + word[at] + word[at + 2 :],
        word[:at] + rng.choice(LETTERS.replace(word[at], "")) + word[at + 1 :],
        word[:at] + rng.choice(LETTERS) + word[at:],
    ]
    words[i] = rng.choice(edits)
    return " ".join(words)


def typo_set(queries: list[dict], seed: int = TYPO_SEED) -> list[tuple[str, dict]]:
    """Each query that has a long word, with one typo (seeded, so every run asks the same)."""
    rng = random.Random(seed)
    typed = [(with_typo(q["vraag"], rng), q) for q in queries]
    return [(t, q) for t, q in typed if t is not None and t != q["vraag"]]


def written_apart(query: str, parts: Callable[[str], list[str] | None]) -> str | None:
    """The query with its first compound of two words (9 letters or more) written apart, as people often write Dutch
    compounds ("stappen plan", "balie medewerker"); `parts` splits a word (kennisbank.zoeken.Splitter). Only a
    compound that is exactly its two parts (no linking letter), so the words apart are what people would type."""
    words = query.split(" ")
    for i, word in enumerate(words):
        split = parts(word) if len(word) >= 9 and word.isalpha() else None
        if split and len(split) == 2 and "".join(split) == word:
            return " ".join(words[:i] + split + words[i + 1 :])
    return None


def apart_set(queries: list[dict], parts: Callable[[str], list[str] | None]) -> list[tuple[str, dict]]:
    """Each query that has such a compound, with it written apart."""
    apart = [(written_apart(q["vraag"], parts), q) for q in queries]
    return [(a, q) for a, q in apart if a is not None]


# Words people put around a short query: a fixed request, or the place it is about. Probes of robustness for the
# tuning half (make test) and the test half (the benchmark); README, "Zoeken meten".
FRAMES = {"in een vaste zin": "ik zoek informatie over {}", "met een plaats erbij": "{} bij de gemeente"}
SHORT = 3  # words: a query this short is a term or two, which a frame can go around


def short(queries: list[dict]) -> list[dict]:
    return [q for q in queries if len(q["vraag"].split()) <= SHORT]


def framed_set(queries: list[dict], frame: str) -> list[tuple[str, dict]]:
    """Each query of at most `SHORT` words inside `frame`."""
    return [(frame.format(q["vraag"]), q) for q in short(queries)]


def write_split(path: Path = BLIND) -> None:
    """Add `helft` to every query (once, before tuning), keeping the file's layout."""
    split = seeded_split([q["vraag"] for q in load(path)["vragen"]])
    lines, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("  - vraag: "):
            current = yaml.safe_load(line[len("  - vraag: "):])
        lines.append(line)
        if line.startswith("    paginas: ") and current is not None:
            lines.append(f"    helft: {split[str(current)]}")
            current = None
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_split(Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND)
