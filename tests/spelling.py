"""Dutch spell check for contributed prose, with Debian's hunspell and the project's own word list.

Checked: the Markdown body of every page and the front-matter fields people write as sentences (titel, samenvatting,
tekst, uitleg, term). Not checked: code, links' addresses, macro calls, and front-matter ids.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

DICTIONARY = "nl_NL"
PROSE_FIELDS = re.compile(r"^\s*(?:-\s*)?(?:titel|samenvatting|tekst|uitleg|term):\s*(.*)$")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
NOISE = [
    re.compile(r"`[^`]*`"),  # inline code
    re.compile(r"\]\([^)]*\)"),  # link targets
    re.compile(r"\{\{.*?\}\}|\{%.*?%\}"),  # macro calls
    re.compile(r"https?://\S+"),
    re.compile(r"\{[:#.][^}]*\}"),  # attribute lists
]


@dataclass(frozen=True)
class Misspelling:
    file: str
    line: int
    word: str

    def __str__(self) -> str:
        return (f"{self.file}:{self.line}: '{self.word}' staat niet in het woordenboek; "
                f"klopt het, zet het dan in docs/_data/woordenlijst.txt")


def prose_lines(path: Path) -> list[tuple[int, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    result = []
    # A YAML data file is all "front matter": only its sentence fields are prose.
    in_front_matter = path.suffix in (".yml", ".yaml") or (bool(lines) and lines[0].strip() == "---")
    in_code = False
    for number, line in enumerate(lines, start=1):
        if in_front_matter:
            if number > 1 and line.strip() in ("---", "...") and path.suffix == ".md":
                in_front_matter = False
            elif match := PROSE_FIELDS.match(line):
                result.append((number, match.group(1)))
            continue
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if not in_code:
            result.append((number, line))
    return result


def words_by_line(path: Path) -> list[tuple[int, str]]:
    found = []
    for number, line in prose_lines(path):
        for pattern in NOISE:
            line = pattern.sub(" ", line)
        # Parts of a compound with a hyphen (Wmo-loket) are checked one by one, as hunspell's own tokenizer does.
        found += [(number, part) for word in WORD.findall(line) for part in word.split("-") if len(part) > 1]
    return found


def check(paths: list[Path], word_list: Path, root: Path) -> list[Misspelling]:
    if shutil.which("hunspell") is None:
        raise RuntimeError("hunspell ontbreekt: installeer de Debian-pakketten hunspell en hunspell-nl "
                           "(make test doet dat via .ci/install-debian-packages)")
    occurrences = {path: words_by_line(path) for path in paths}
    unique = sorted({word for found in occurrences.values() for _, word in found})
    result = subprocess.run(
        ["hunspell", "-d", DICTIONARY, "-p", str(word_list), "-l"],
        input="\n".join(unique), capture_output=True, text=True, check=True,
    )
    wrong = set(result.stdout.split())
    return [
        Misspelling(path.relative_to(root).as_posix(), number, word)
        for path, found in occurrences.items()
        for number, word in found
        if word in wrong
    ]
