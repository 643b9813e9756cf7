"""The search evaluation sets, and the seeded split of the blind set into a tuning half and a test half.

- tests/data/zoekvragen-blind.yml: queries written per role by someone who had not read the pages (see README,
  "Zoeken meten"). Each real query has a `helft`: `afstemmen` (make test asserts it; tune on it) or `test` (reported
  by benchmarks/zoeken.py only; never tuned on). The split was made once, with `python tests/zoekset.py`, before
  any tuning; test_zoeken.py checks that no query moved.
- tests/data/zoekvragen.yml: the older set, kept as a regression set.

Also the probes: the queries of a set changed the way people write them (a typo, a compound written apart, words
around a short query, a noun in another form, someone close instead of the asker), each kept with the query it was
made from, so a test can compare the two.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Collection
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


# The sets that measure search: no example question (docs/_data/voorbeeldvragen.yml) may be the same question as one
# of theirs (README, "Zoeken meten"). The tuning half and dev sets 1, 2 and 5-8 are example questions.
MEASURE_SETS = ("zoekvragen.yml", "zoekvragen-ontwikkel-3.yml", "zoekvragen-ontwikkel-4.yml",
                "zoekvragen-ontwikkel-9.yml", "zoekvragen-ontwikkel-10.yml", "zoekvragen-ontwikkel-11.yml")


def measured_queries() -> list[str]:
    """Every real query of the test half and of the measure sets, also those no page answers (`geen_pagina`)."""
    found = [q["vraag"] for q in half("test")]
    for name in MEASURE_SETS:
        data = load(DATA / name)
        found += [q if isinstance(q, str) else q["vraag"] for q in data["vragen"] + (data.get("geen_pagina") or [])]
    return found


def same_for_search(query: str, words: Callable[[str], list[str]], filler: Collection[str]) -> frozenset[str]:
    """What the search sees of a query: its words without filler, in any order and without punctuation. Two questions
    that differ only in those ("hoe betrek ik inwoners bij het beleid?", "inwoners bij beleid: hoe betrek ik") are the
    same question to it."""
    return frozenset(w for w in words(str(query)) if w not in filler)


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
FRAMES = {
    "in een vaste zin": "ik zoek informatie over {}",
    "met een plaats erbij": "{} bij de gemeente",
    "beleefd": "hallo, {}, alvast bedankt",
}
SHORT = 3  # words: a query this short is a term or two, which a frame can go around


def short(queries: list[dict]) -> list[dict]:
    return [q for q in queries if len(q["vraag"].split()) <= SHORT]


def framed_set(queries: list[dict], frame: str) -> list[tuple[str, dict]]:
    """Each query of at most `SHORT` words inside `frame`."""
    return [(frame.format(q["vraag"]), q) for q in short(queries)]


# A noun in another form people use: a diminutive ("een klachtje") or the other number of a noun with a doubled
# letter ("de stap", "de stappen"). Each probe changes the first word right after a determiner that it can change (so
# a noun, not a verb: "hoe werk ik" stays), and leaves filler alone.
VOWELS = "aeiouy"
DETERMINERS = {"de", "het", "een", "mijn", "je", "jouw", "ons", "onze", "deze", "die", "dit", "dat", "welke", "hun"}
BEFORE_DIMINUTIVE = DETERMINERS - {"de", "deze", "die"}  # a diminutive is a het-word: "het klachtje", not "de"


def diminutive(word: str) -> str | None:
    """The regular diminutive of a noun: -je after most consonants (klacht: klachtje), -pje after m (team: teampje),
    -tje after a long vowel with l, n or r (stoel: stoeltje). None for the forms this leaves out: after a short vowel
    with l, m, n or r (kammetje), after -ng (meldinkje) and after a vowel (autootje)."""
    last, before = word[-1], word[-3:-1]
    if last in VOWELS or word.endswith("ng") or last in "jw":
        return None
    if last in "lnr":
        return word + "tje" if all(c in VOWELS for c in before) else None
    if last == "m":
        return word + "pje" if not (before[1] in VOWELS and before[0] not in VOWELS) else None
    return word + "je"


def other_number(word: str, site: Collection[str]) -> str | None:
    """Singular for a plural with a doubled consonant (stappen: stap), plural for such a singular when the site uses
    that plural (les: lessen)."""
    plural = re.fullmatch(r"(.*[aeiou])([b-df-hj-np-tv-z])\2en", word)
    if plural and len(plural[1]) >= 2:
        return plural[1] + plural[2]
    single = re.fullmatch(r".*[^aeiou][aeiou]([b-df-hj-np-tv-z])", word)
    if single and word + single[1] + "en" in site:
        return word + single[1] + "en"
    return None


def changed_noun(
    query: str, change: Callable[[str], str | None], filler: Collection[str], after: Collection[str]
) -> str | None:
    """The query with its first word after one of `after` that `change` changes, changed; None when there is none."""
    words = query.split(" ")
    for i in range(1, len(words)):
        word = words[i]
        if words[i - 1] in after and word.isalpha() and word not in filler and (new := change(word)):
            return " ".join([*words[:i], new, *words[i + 1 :]])
    return None


def noun_form_set(
    queries: list[dict],
    change: Callable[[str], str | None],
    filler: Collection[str],
    after: Collection[str] = DETERMINERS,
) -> list[tuple[str, dict]]:
    changed = [(changed_noun(q["vraag"], change, filler, after), q) for q in queries]
    return [(c, q) for c, q in changed if c is not None]


def diminutive_set(queries: list[dict], nouns: Collection[str], filler: Collection[str]) -> list[tuple[str, dict]]:
    """Each query with a noun of `nouns` (the Dutch word list) after "een", "het", "mijn" ... as a diminutive."""
    change = lambda word: diminutive(word) if word in nouns and len(word) >= 4 else None  # noqa: E731
    return noun_form_set(queries, change, filler, BEFORE_DIMINUTIVE)


def number_set(queries: list[dict], site: Collection[str], filler: Collection[str]) -> list[tuple[str, dict]]:
    """Each query with a noun with a doubled letter in the other number (de stappen: de stap)."""
    return noun_form_set(queries, lambda word: other_number(word, site), filler)


# Someone asks for a person close to them instead of for themselves: "kan mijn moeder ..." for "kan ik ...". Only the
# questions residents ask about themselves, and only where the sentence stays right without other changes.
NAASTEN = ["mijn moeder", "mijn vader", "mijn zoon", "mijn dochter", "mijn oma", "mijn buurman"]
SAME_VERB = "kan|mag|moet|werd|wil|zal"  # the same form after "ik" and after "mijn moeder"


def for_someone_close(query: str, who: str) -> str | None:
    """The query asked for `who` ("mijn oma"); None when that would need another verb form ("dien ik": "dient")."""
    changes = [
        (rf"\b({SAME_VERB}) ik\b", rf"\1 {who}"),
        (rf"\bik ({SAME_VERB})\b", rf"{who} \1"),
        (r"\b(mij|me)\b", who),
        (r"\bmijn (\w+)$", rf"de \1 van {who}"),
    ]
    for pattern, replacement in changes:
        new = re.sub(pattern, replacement, query, count=1)
        if new != query:
            return new
    return None


def close_set(queries: list[dict], seed: int = TYPO_SEED) -> list[tuple[str, dict]]:
    """Each resident's query that can be asked for someone close, for one of `NAASTEN` (seeded)."""
    rng = random.Random(seed)
    asked = [(for_someone_close(q["vraag"], rng.choice(NAASTEN)), q) for q in queries if q.get("rol") == "inwoner"]
    return [(a, q) for a, q in asked if a is not None]


def form_sets(queries: list[dict], docs: Path) -> dict[str, list[tuple[str, dict]]]:
    """The probes of this kind for `queries`, by name; `docs` holds the pages (the words the site uses)."""
    from kennisbank.zoeken import dictionary, filler, words  # the project's own rules; this file also runs alone

    site = {w for path in docs.rglob("*.md") for w in words(path.read_text(encoding="utf-8"))}
    return {
        "verkleinwoord": diminutive_set(queries, dictionary(), filler()),
        "enkelvoud of meervoud": number_set(queries, site, filler()),
        "iemand dichtbij": close_set(queries),
    }


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
