"""Plain-language and honesty measures for the tests: readability, copied word runs, unsourced numbers.

Run `python tests/taal.py ../shared/bronnen` to refresh tests/data/bron-vingerafdrukken.txt after a source changes.
The file holds only hashes of 8-word runs, so the repository does not redistribute the source texts.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyphen

RUN_LENGTH = 8
FINGERPRINTS = Path(__file__).parent / "data/bron-vingerafdrukken.txt"
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def normalise(text: str) -> list[str]:
    """Lower-case words without accents, so 'barriéres' (PDF) and 'barrières' compare equal."""
    plain = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", plain)


def _hash(words: tuple[str, ...]) -> str:
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:16]


def fingerprints(text: str) -> set[str]:
    words = normalise(text)
    return {_hash(tuple(words[i : i + RUN_LENGTH])) for i in range(len(words) - RUN_LENGTH + 1)}


def copied_runs(text: str, known: set[str]) -> list[str]:
    words = normalise(text)
    runs = (tuple(words[i : i + RUN_LENGTH]) for i in range(len(words) - RUN_LENGTH + 1))
    return [" ".join(run) for run in runs if _hash(run) in known]


def source_fingerprints(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in sorted(folder.iterdir()):
        if path.is_file():
            found |= fingerprints(path.read_text(encoding="utf-8"))
    return found


@cache
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL")


def syllables(word: str) -> int:
    return sum(len(_dictionary().positions(part)) + 1 for part in re.split(r"['’-]", word) if part)


@dataclass
class Readability:
    sentences: int
    words: int
    syllables: int

    def __add__(self, other: Readability) -> Readability:
        return Readability(self.sentences + other.sentences, self.words + other.words, self.syllables + other.syllables)

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def flesch_douma(self) -> float:
        """Flesch reading ease with Douma's constants for Dutch: higher is easier, 60–70 is plain language."""
        if not self.words:
            return 0.0
        return 206.835 - 0.93 * self.words_per_sentence - 77 * (self.syllables / self.words)


def readability(blocks: list[str]) -> Readability:
    """Each block (paragraph or list item) ends at least one sentence."""
    total = Readability(0, 0, 0)
    for block in blocks:
        for sentence in SENTENCE_END.split(block.strip()):
            words = WORD.findall(sentence)
            if words:
                total += Readability(1, len(words), sum(syllables(w) for w in words))
    return total


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/bronnen")
    FINGERPRINTS.parent.mkdir(exist_ok=True)
    FINGERPRINTS.write_text("\n".join(sorted(source_fingerprints(folder))) + "\n", encoding="utf-8")
    print(f"{FINGERPRINTS}: vingerafdrukken van {folder}")
