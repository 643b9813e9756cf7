"""Search that understands Dutch: the build's half of one set of rules (the browser's half is zoekmachine.js).

People search with everyday words, typos, compounds and whole questions. The rules live in data, read here and
written for the browser into search/zoekregels.js, so both sides use the same:

- kennisbank/data/zoekregels.yml: filler words, compound splitting, limits, scoring weights, intents (maintainers);
- kennisbank/data/woordenlijst-nl.txt: Dutch words that make compounds, made from OpenTaal by
  `python -m kennisbank.woordenlijst`;
- docs/_data/woorden.yml: everyday words for the site's terms (writers), and each page's `trefwoorden`.

At build time this module gives each page about one subject its kind (shown as a tag), its one-sentence summary (the
text shown under the title), its `trefwoorden`, and the parts of its compounds (`titelwoorden` for the title,
`trefwoorddelen` for the keywords, `zoektermen` for the page: klachtafhandeling -> klacht, afhandeling), split exactly
as the browser splits a query. Nothing here knows MkDocs.
"""

from __future__ import annotations

import html
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .model import SAFE_LOADER
from .schema import Woord

DATA = Path(__file__).parent / "data"
RULES_FILE = DATA / "zoekregels.yml"
WORDS_FILE = DATA / "woordenlijst-nl.txt"
WORD = re.compile(r"[a-z0-9à-öø-ÿ']+")
TAG = re.compile(r"<[^>]+>")
OR = re.compile(r"\s+of\s+")  # "manager of teamleider": either word is the term


@dataclass(frozen=True)
class SplitRules:
    min_part: int
    short_heads: frozenset[str]
    max_word: int
    max_compound: int
    linking: tuple[str, ...]
    endings: tuple[str, ...]


def rules() -> dict[str, Any]:
    return yaml.load(RULES_FILE.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # read three times per build


def _split_rules() -> SplitRules:
    data = rules()["splitsen"]
    return SplitRules(
        data["min_deel"],
        frozenset(data["korte_koppen"]),
        data["max_woord"],
        data["max_samenstelling"],
        tuple(data["tussenklanken"]),
        tuple(data["uitgangen"]),
    )


SPLIT = _split_rules()


def filler(data: dict[str, Any] | None = None) -> set[str]:
    """Words that carry no subject: `vulwoorden` and the words of politeness (`vraag.beleefd`)."""
    data = data or rules()
    return set(data["vulwoorden"]) | set(data["vraag"]["beleefd"])


@cache
def dictionary() -> frozenset[str]:
    return frozenset(WORDS_FILE.read_text(encoding="utf-8").split())


def words(text: str) -> list[str]:
    """Lower-case words of a text, tags out, references decoded, the plural or genitive 's dropped (collega's ->
    collega, as the singular) and other apostrophes too, as `words` in zoekmachine.js does."""
    plain = html.unescape(TAG.sub(" ", text)).lower().replace("’", "'").replace("`", "'")
    if "'" not in plain:  # most texts: no word to clean up
        return WORD.findall(plain)
    found = (w.removesuffix("'s").replace("'", "") for w in WORD.findall(plain))
    return [w for w in found if w]


@dataclass
class Splitter:
    """Splits compounds into words of the Dutch word list or of the site (klachtafhandeling -> klacht, afhandeling;
    onboardingmodule -> onboarding, module). A word of the list itself is not split. Mirrors Splitter in
    zoekmachine.js; a test compares the two."""

    dictionary: frozenset[str]
    site: frozenset[str] = frozenset()
    rules: SplitRules = SPLIT
    _cache: dict[str, list[str] | None] = field(default_factory=dict)

    def known(self, word: str) -> bool:
        return word in self.dictionary or word in self.site or word in self.rules.short_heads

    def is_word(self, word: str) -> bool:
        return self.known(word) or self._base(word, self.known) is not None

    def base(self, word: str) -> str | None:
        """The word of the list this word is with a regular ending off (meldingen -> melding), if any."""
        return self._base(word, lambda w: w in self.dictionary)

    def _base(self, word: str, known: Callable[[str], bool]) -> str | None:
        for ending in self.rules.endings:
            if len(word) > len(ending) and word.endswith(ending) and known(word[: -len(ending)]):
                return word[: -len(ending)]
        return None

    def parts(self, word: str) -> list[str] | None:
        """The best split of a compound (see _rank). None for a word of the list itself (also with a regular
        ending), a word longer than `max_compound`, or a word not made of known words."""
        if word not in self._cache:
            listed = word in self.dictionary or self.base(word) is not None
            too_long = len(word) > self.rules.max_compound
            found = [] if listed or too_long else self._splits(word, 0)
            self._cache[word] = min(found, key=self._rank) if found else None
        return self._cache[word]

    def _rank(self, parts: list[str]) -> tuple[int, int, int, int]:
        """Fewest parts, fewest parts known only without their ending, fewest linking letters, longest head."""
        return len(parts), sum(1 for p in parts if not self.known(p)), -sum(map(len, parts)), -len(parts[0])

    def _splits(self, word: str, depth: int) -> list[list[str]]:
        low = self.rules.min_part
        found = [[word]] if depth > 0 and self.is_word(word) else []
        if len(word) < 2 * low or depth > 3:
            return found
        for short in self.rules.short_heads:  # a short last part (wet) the loop below does not reach
            for link in self.rules.linking:
                head = word.removesuffix(link + short)
                if head != word and len(head) >= low:
                    found += [[*rest, short] for rest in self._splits(head, depth + 1)]
        for i in range(len(word) - low, low - 1, -1):
            head, tail = word[:i], word[i:]
            if not self.is_word(head):
                continue
            for link in self.rules.linking:
                if tail.startswith(link) and len(tail) - len(link) >= low:
                    found += [[head, *rest] for rest in self._splits(tail[len(link) :], depth + 1)]
        return found


def site_words(texts: list[str]) -> frozenset[str]:
    """Words of the site the splitter may use as parts: as long as a part may be."""
    return frozenset(w for text in texts for w in _part_words(text))


def _part_words(text: str) -> list[str]:
    """The words of a text that can be (part of) a compound: a shorter word is neither split nor a part. Interned, so
    the pages' word sets share one string per word."""
    return [sys.intern(w) for w in words(text) if len(w) >= SPLIT.min_part]


def front_coded(sorted_words: list[str]) -> str:
    """Each word as (length shared with the previous word + 48, as a character) + the rest; see decodeWords."""
    lines, previous = [], ""
    for word in sorted_words:
        shared = 0
        while shared < min(len(word), len(previous), 60) and word[shared] == previous[shared]:
            shared += 1
        lines.append(chr(48 + shared) + word[shared:])
        previous = word
    return "\n".join(lines)


def thesaurus(woorden: list[Woord], filler: set[str]) -> list[list[Any]]:
    """[everyday word or phrase, [the site's term]] for every search word and variant in woorden.yml. A term of
    several words must match all of them ("gelijke behandeling"); "manager of teamleider" is two terms, either one."""
    entries = []
    for woord in woorden:
        terms = [" ".join(w for w in words(alternative) if w not in filler) for alternative in OR.split(woord.term)]
        for key in (*woord.zoekwoorden, *woord.varianten):
            entries.append([" ".join(words(key)), [t for t in terms if t]])
    return entries


def everyday_words(woorden: list[Woord]) -> frozenset[str]:
    """The everyday words of woorden.yml that are one word and long enough to be part of a compound ("raadsmemo":
    raad + memo). The browser adds the same words of the thesaurus to its splitter."""
    keys = (" ".join(words(key)) for woord in woorden for key in (*woord.zoekwoorden, *woord.varianten))
    return frozenset(key for key in keys if " " not in key and len(key) >= SPLIT.min_part)


@dataclass(frozen=True)
class PageInfo:
    """What the search needs to know of a page: its kind (None for an overview page), its one-sentence summary
    (shown instead of the page's first paragraph; a reference page like the glossary has none), keywords, and
    whether it is also for residents (an intent in zoekregels.yml can ask for those pages), and the example questions
    it answers (docs/_data/voorbeeldvragen.yml)."""

    soort: str | None
    samenvatting: str = ""
    trefwoorden: tuple[str, ...] = ()
    inwoners: bool = False
    voorbeeldvragen: tuple[str, ...] = ()


def page_of(location: str) -> str:
    return location.split("#", 1)[0]


def enrich(index: dict[str, Any], pages: dict[str, PageInfo], everyday: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Add kinds, summaries, keywords and compound parts to the entries of Material's search index. `everyday`: the
    one-word everyday words of woorden.yml (`everyday_words`), parts of compounds like the words of the site."""
    # Distinct words per page, one string per word: a list of every word of the site was most of the build's memory
    # above plain Material (16 MB at 500 entities).
    page_words: dict[str, set[str]] = defaultdict(set)
    site: set[str] = set()  # the splitter's words of the site, from the final titles and texts
    articles = []
    for doc in index["docs"]:
        found = _part_words(_searchable(doc))
        page_words[page_of(doc["location"])].update(found)
        info = pages.get(page_of(doc["location"]))
        # Sections are found through their own text; the page's own entry carries the rest.
        if info is not None and info.soort is not None and "#" not in doc["location"]:
            if _describe(doc, info):
                found = _part_words(_searchable(doc))
            articles.append(doc)
        site.update(found)
    # The browser builds the same splitter from the same (final) titles and texts.
    splitter = Splitter(dictionary(), frozenset(site) | everyday)
    no_subject = filler()
    subjects: dict[str, list[str]] = {}  # per word: most words occur on many pages

    def subject_parts(word: str) -> list[str]:
        """Filler inside a compound carries no subject (weerstand: weer + stand), so a compound counts only with
        two parts or more besides filler."""
        if word not in subjects:
            parts = [p for p in splitter.parts(word) or [] if p not in no_subject]
            subjects[word] = parts if len(parts) > 1 else []
        return subjects[word]

    def parts_of(source: set[str]) -> list[str]:
        """Parts of the compounds in `source` that are not in it themselves."""
        return sorted({p for word in source for p in subject_parts(word)} - source)

    for doc in index["docs"]:
        info = pages.get(doc["location"])
        if info is not None and info.voorbeeldvragen:
            doc["voorbeeldvragen"] = " ".join(question_words(info.voorbeeldvragen, splitter, no_subject))
    for doc in articles:
        if title_parts := parts_of(set(words(doc.get("title", "")))):
            doc["titelwoorden"] = " ".join(title_parts)
        if keyword_parts := parts_of(set(words(doc.get("trefwoorden", "")))):
            doc["trefwoorddelen"] = " ".join(keyword_parts)
        if parts := parts_of(page_words[doc["location"]]):
            doc["zoektermen"] = " ".join(parts)
    return index


def question_words(questions: tuple[str, ...], splitter: Splitter, no_subject: set[str]) -> list[str]:
    """The subject words of a page's example questions, as often as they are asked: no filler, and only words of the
    Dutch word list or of the site (four letters or more) or compounds of them, so a typo in a question never becomes
    a word the search suggests."""
    found = (w for question in questions for w in words(question) if w not in no_subject)
    return [w for w in found if splitter.is_word(w) or splitter.parts(w) is not None]


def _searchable(doc: dict[str, Any]) -> str:
    return doc.get("title", "") + " " + doc.get("text", "")


def _describe(doc: dict[str, Any], info: PageInfo) -> bool:
    """Give a page's own entry its kind, summary and keywords; True when its text became the summary."""
    if info.samenvatting:
        doc["text"] = f"<p>{html.escape(info.samenvatting)}</p>"
    doc["tags"] = [info.soort]
    if info.trefwoorden:
        doc["trefwoorden"] = ", ".join(info.trefwoorden)  # the browser also matches them as phrases
    if info.inwoners:
        doc["inwoners"] = True
    return bool(info.samenvatting)


def browser_rules(woorden: list[Woord], hulp: dict[str, Any], urls: dict[str, str]) -> dict[str, Any]:
    """The same rules for the browser: search/zoekregels.js sets them for zoekmachine.js. `urls` maps source files
    to page addresses (the intents in zoekregels.yml name a page by its file; one the site lacks is left out)."""
    data = rules()
    no_subject = filler(data)
    intents = [
        {**intent, "pagina": urls[intent["pagina"]]} if "pagina" in intent else intent
        for intent in data["bedoelingen"]
        if "pagina" not in intent or intent["pagina"] in urls
    ]
    return {
        "splitsen": data["splitsen"],
        "vraag": data["vraag"],
        "weging": data["weging"],
        "bedoelingen": intents,
        "vulwoorden": sorted(no_subject),
        "thesaurus": thesaurus(woorden, no_subject),
        "woorden": front_coded(sorted(dictionary())),
        "hulp": hulp,
    }
