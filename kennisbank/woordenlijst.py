"""Make the compact Dutch word list the search uses to split compounds: `python -m kennisbank.woordenlijst`.

Source: the OpenTaal dictionary in Debian's hunspell-nl (/usr/share/hunspell/nl.dic and nl.aff), a test dependency
only. The build never needs it: the result, kennisbank/data/woordenlijst-nl.txt, is committed. Kept: the words
OpenTaal marks as parts of compounds (the flags nl.aff declares as COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND and
ONLYINCOMPOUND), lower case, 4 to 14 letters, except a regular inflection of a kept word (the splitter strips those
endings itself) and, above 7 letters, a word that is two kept words glued together (a compound the search splits).
About 11,000 words, 28 KB compressed; the browser gets them front-coded in search/zoekregels.js.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from .zoeken import SPLIT, WORDS_FILE

HUNSPELL = Path("/usr/share/hunspell/nl.dic")
PLAIN = re.compile(r"[a-zà-öø-ÿ]{3,}")
COMPOUND_FLAGS = ("COMPOUNDBEGIN", "COMPOUNDMIDDLE", "COMPOUNDEND", "ONLYINCOMPOUND")


def compound_flags(affix_file: Path) -> set[str]:
    """The flags the affix file declares for parts of compounds (for OpenTaal: Ca, Cb, Cc, Cx)."""
    flags = set()
    for line in affix_file.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in COMPOUND_FLAGS:
            flags.add(parts[1])
    return flags


def read_hunspell(path: Path) -> set[str]:
    """Lower-case words that may be part of a compound, per the dictionary's own flags (FLAG long: two characters)."""
    wanted = compound_flags(path.with_suffix(".aff"))
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        word, _, rest = line.partition("/")
        flags = rest.split()[0] if rest.strip() else ""
        if PLAIN.fullmatch(word.strip()) and {flags[i : i + 2] for i in range(0, len(flags), 2)} & wanted:
            words.add(word.strip())
    return words


def is_two_words(word: str, words: set[str]) -> bool:
    """Two listed words of at least `min_part` letters, as the splitter would find them."""
    low = SPLIT.min_part
    for i in range(low, len(word) - low + 1):
        head, tail = word[:i], word[i:]
        if head in words and any(
            tail.startswith(link) and len(tail) - len(link) >= low and tail[len(link) :] in words
            for link in SPLIT.linking
        ):
            return True
    return False


def is_inflection(word: str, words: set[str]) -> bool:
    """A regular ending the splitter strips itself (plural, verb endings, -e), on a stem that stays in the list."""
    return any(
        word.endswith(ending) and len(word) - len(ending) >= SPLIT.min_part and word[: -len(ending)] in words
        for ending in SPLIT.endings
    )


SHORT = 7  # short words stay even if they happen to be two words glued together (bestuur = best + uur)


def compact(words: set[str]) -> list[str]:
    lo, hi = SPLIT.min_part, SPLIT.max_word
    return sorted(
        w
        for w in words
        if lo <= len(w) <= hi and not is_inflection(w, words) and (len(w) <= SHORT or not is_two_words(w, words))
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bron", type=Path, default=HUNSPELL, help="hunspell-woordenboek (nl.dic)")
    args = parser.parse_args()
    result = compact(read_hunspell(args.bron))
    WORDS_FILE.write_text("\n".join(result) + "\n", encoding="utf-8")
    print(f"{WORDS_FILE}: {len(result)} woorden uit {args.bron}")


if __name__ == "__main__":
    main()
