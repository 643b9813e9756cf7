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


# Checks on the Markdown sources (with line numbers): preferred terms, and sentences repeated across pages.

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def source_lines(path: Path) -> list[tuple[int, str]]:
    """Lines of a page's text (front matter values and body), with their line numbers; code and links' targets out."""
    lines = []
    in_code = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if not in_code:
            lines.append((number, LINK.sub(r"\1", line)))
    return lines


def flagged_variants(paths: list[Path], woorden: list, root: Path) -> list[str]:
    """'file:line: ...' for every variant of docs/_data/woorden.yml used in our own text."""
    found = []
    for woord in woorden:
        for variant in woord.varianten:
            pattern = re.compile(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", re.IGNORECASE)
            for path in paths:
                for number, line in source_lines(path):
                    if pattern.search(line):
                        hint = f" ({woord.uitleg})" if woord.uitleg else ""
                        found.append(f"{path.relative_to(root).as_posix()}:{number}: '{variant}' is een variant; "
                                     f"schrijf '{woord.term}'{hint}")
    return found


def body_sentences(path: Path) -> list[tuple[int, str]]:
    """Sentences of at least four words in a page's body (not headings, tables or macro calls), normalised."""
    text = path.read_text(encoding="utf-8")
    body_start = m.end() if (m := FRONT_MATTER.match(text)) else 0
    first = text[:body_start].count("\n") + 1
    found = []
    for number, line in enumerate(text[body_start:].splitlines(), start=first):
        line = re.sub(r"^\s*([-*+]|\d+\.)\s+", "", LINK.sub(r"\1", line)).strip()
        if not line or line.startswith(("#", "|", "{{", "```")):
            continue
        for sentence in SENTENCE_END.split(line):
            words = normalise(sentence)
            if len(words) >= 4:
                found.append((number, " ".join(words)))
    return found


def repeated_sentences(paths: list[Path], root: Path, limit: int = 3) -> list[str]:
    """Sentences that stand on more than `limit` pages; boilerplate belongs in a generated block."""
    pages: dict[str, dict[str, int]] = {}
    for path in paths:
        for number, sentence in body_sentences(path):
            pages.setdefault(sentence, {}).setdefault(path.relative_to(root).as_posix(), number)
    return [f"'{sentence}' staat op {len(where)} pagina's: " + ", ".join(f"{p}:{n}" for p, n in sorted(where.items()))
            for sentence, where in pages.items() if len(where) > limit]


# A person the text does not know ("een inwoner", "de klager") is not "hij": write "die", "je" or the plural. A person
# in an illustration (voorbeelden in the front matter) is someone in particular and may be "hij".

UNKNOWN_PERSON = re.compile(r"\b(een|de) (inwoner|klager|collega|medewerker|client|cliënt|bewoner|melder)\b|"
                            r"\b(iemand|iedereen|niemand|wie)\b")
GENERIC_HE = re.compile(r"\b(hij|hem)\b(?! of (zij|haar)\b)")


def generic_he(paths: list[Path], root: Path) -> list[str]:
    """'file:line: ...' where "hij"/"hem" follows an unknown person in the same or the next sentence."""
    found = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        front_lines = text[:m.end()].count("\n") if (m := FRONT_MATTER.match(text)) else 0
        lines = [(n, line) for n, line in source_lines(path)
                 if n > front_lines or line.startswith(("samenvatting:", "titel:"))]
        for number, line in lines:
            sentences = SENTENCE_END.split(line.lower())
            for first, second in zip(sentences, [*sentences[1:], ""], strict=True):
                person = UNKNOWN_PERSON.search(first)
                if person and GENERIC_HE.search(first[person.end():] + " " + second):
                    found.append(f"{path.relative_to(root).as_posix()}:{number}: 'hij/hem' voor iemand die je niet "
                                 f"kent; schrijf 'die', 'je' of het meervoud: {first.strip()[:80]}")
                    break
    return found


def long_sentences(paths: list[Path], root: Path, limit: int) -> list[str]:
    """'file:line: ...' for every sentence of more than `limit` words: the site's average can hide one that is not B1."""
    return [f"{path.relative_to(root).as_posix()}:{number}: een zin van {len(sentence.split())} woorden (hoogstens "
            f"{limit}); maak er twee zinnen van: {sentence[:60]} …"
            for path in paths for number, sentence in body_sentences(path) if len(sentence.split()) > limit]
