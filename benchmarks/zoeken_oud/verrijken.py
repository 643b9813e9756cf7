"""Frozen copy of kennisbank/zoeken.py at commit 8137d5b (the search before issue "Zoeken dat echte vragen
beantwoordt"), for benchmarks/zoeken.py only. Changed: the import of the content model's error classes is replaced
by two small stand-ins, so this file runs on its own.

Search that understands Dutch: enrich Material's search index at build time.

Material's search (lunr.js) matches whole words and word starts. Dutch glues words together (antidiscriminatie-
voorziening) and derives them (racisme, racistisch), so a query for one form misses pages with another. At build
time every page gets two extra index fields that only the search engine reads; they never appear on a page or in a
result snippet:

- `trefwoorden`: the page's own `trefwoorden:` from front matter (boosted);
- `titelwoorden`: the same for the words of the title (boosted, like Material's own title field);
- `zoektermen`: parts of the page's compound words that are words of the site themselves, and every form and
  synonym from `docs/_data/synoniemen.yml` of the words on the page, repeated as often as the page uses them
  (up to a limit), so a page about racisme ranks first for racistisch.

Query-time help (typos, compound queries) lives in overrides/assets/javascripts/workers/zoeken.js.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml


class Problem(tuple):  # stand-in for kennisbank.model.Problem: (file, field, message)
    def __new__(cls, *parts):
        return super().__new__(cls, parts)


class ContentError(Exception):  # stand-in for kennisbank.model.ContentError
    pass

SYNONIEMEN_FILE = "_data/synoniemen.yml"
WORD = re.compile(r"[a-zà-öø-ÿ]+")
TAG = re.compile(r"<[^>]+>")
MIN_PART = 4  # shorter parts (anti, over, mede) are prefixes, not words worth finding on their own
MIN_AFFIX = 6  # a word found inside a longer word must be at least this long
LINKING = ("s", "e", "en")  # tussenklanken: discriminatie-s-zaak, sociale, bedrijf-s-leven
FIELDS = {"trefwoorden": {"boost": 100.0}, "titelwoorden": {"boost": 50.0}, "zoektermen": {"boost": 1.0}}
MAX_REPEAT = 5


def words(text: str) -> list[str]:
    return WORD.findall(html.unescape(TAG.sub(" ", text)).lower())


def load_synoniemen(docs_dir: Path) -> list[list[str]]:
    """Groups of words that should find each other. Raises ContentError naming the file, group and value."""
    path = docs_dir / SYNONIEMEN_FILE
    display = f"{docs_dir.name}/{SYNONIEMEN_FILE}"
    if not path.exists():
        return []
    try:
        groups = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        raise ContentError([Problem(display, "", f"geen geldige YAML: {getattr(error, 'problem', error)}")]) from None
    problems, result = [], []
    if not isinstance(groups, list):
        raise ContentError([Problem(display, "", "moet een lijst van groepen zijn, bijvoorbeeld: - [klacht, melding]")])
    for index, group in enumerate(groups):
        if not isinstance(group, list) or len(group) < 2:
            problems.append(Problem(display, f"[{index}]", f"{group!r} is geen groep; schrijf minstens twee woorden: "
                                                           "[klacht, melding]"))
            continue
        bad = [w for w in group if not isinstance(w, str) or WORD.fullmatch(str(w).lower()) is None]
        if bad:
            problems.append(Problem(display, f"[{index}]", f"{bad[0]!r} is geen los woord; gebruik alleen letters"))
            continue
        result.append([w.lower() for w in group])
    if problems:
        raise ContentError(problems)
    return result


def compound_parts(word: str, vocabulary: set[str], _depth: int = 0) -> set[str]:
    """Words of the site hidden inside a longer word: antidiscriminatievoorziening → discriminatie, voorziening.

    A part counts when it is a word of the site; what is left over is split again (anti|discriminatie|voorziening).
    Short words (4–5 letters) only count when the whole word splits into known words.
    """
    parts: set[str] = set()
    if len(word) < MIN_PART * 2 or _depth > 3:
        return parts
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:i], word[i:]
        tails = [tail] + [tail[len(link):] for link in LINKING if tail.startswith(link)]
        for rest in tails:
            if len(rest) < MIN_PART:
                continue
            if head in vocabulary and rest in vocabulary:
                parts.update({head, rest})
            if rest in vocabulary and len(rest) >= MIN_AFFIX:
                parts.add(rest)
                parts |= compound_parts(head, vocabulary, _depth + 1)
            if head in vocabulary and len(head) >= MIN_AFFIX:
                parts.add(head)
                parts |= compound_parts(rest, vocabulary, _depth + 1)
    parts.discard(word)
    return parts


def page_of(location: str) -> str:
    return location.split("#", 1)[0]


def enrich(index: dict[str, Any], synoniemen: list[list[str]], trefwoorden: dict[str, list[str]],
           enriched_pages: set[str]) -> dict[str, Any]:
    """Add `trefwoorden` (any page) and `zoektermen` (only `enriched_pages`) to the page documents of the index."""
    docs = index["docs"]
    page_words: dict[str, list[str]] = defaultdict(list)  # all words of a page, its sections included
    for doc in docs:
        page_words[page_of(doc["location"])] += words(doc.get("title", "") + " " + doc.get("text", ""))
    vocabulary = {w for ws in page_words.values() for w in ws} | {w for group in synoniemen for w in group}
    groups_of: dict[str, list[list[str]]] = defaultdict(list)
    for group in synoniemen:
        for word in group:
            groups_of[word].append(group)

    parts_of: dict[str, set[str]] = {}  # the same words recur on many pages: split each one once

    def related(source: list[str]) -> list[str]:
        """Compound parts and thesaurus forms of `source`, each repeated as often as its source words occur."""
        counts: dict[str, int] = defaultdict(int)
        for word in source:
            if word not in parts_of:
                parts_of[word] = compound_parts(word, vocabulary)
            parts = parts_of[word]
            for found in parts | {word}:
                targets = {w for group in groups_of.get(found, []) for w in group} | (parts if found == word else set())
                for target in targets:
                    counts[target] += 1
        present = set(source)
        return [w for w in sorted(counts) if w not in present for _ in range(min(counts[w], MAX_REPEAT))]

    for doc in docs:
        location = doc["location"]
        if trefwoorden.get(location):
            doc["trefwoorden"] = " ".join(trefwoorden[location])
        if "#" in location or location not in enriched_pages:
            continue  # sections are found through their page; enriching each one would only grow the index
        if extra := related(page_words[location]):
            doc["zoektermen"] = " ".join(extra)
        if title := sorted(set(related(words(doc.get("title", ""))))):
            doc["titelwoorden"] = " ".join(title)
    index["config"]["fields"].update(FIELDS)
    return index
