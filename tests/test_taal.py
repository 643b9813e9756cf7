"""Plain Dutch and honest content: B1 readability, no copied sentences, every number with its source."""

from __future__ import annotations

import copy
import re

import pytest

from helpers import ROOT, TAALRAPPORT
from taal import FINGERPRINTS, copied_runs, fingerprints, readability, source_fingerprints

MAX_WORDS_PER_SENTENCE = 15
MIN_FLESCH_DOUMA = 55
SHARED_BRONNEN = ROOT.parent / "shared/bronnen"


def prose_blocks(soup) -> list[str]:
    """Paragraphs and list items the authors wrote: no headings, tables, code, or the generated source list."""
    article = copy.copy(soup.select_one("article"))
    bronnen = article.find("h2", id="bronnen")
    if bronnen is not None:
        for sibling in bronnen.find_next_siblings():
            sibling.decompose()
    for element in article.select("h1, h2, h3, h4, h5, h6, table, pre, code, .kb-status, .kb-checklist-links"):
        element.decompose()
    blocks = []
    for element in article.find_all(["p", "li"]):
        if element.name == "li" and element.find("p"):
            continue  # the paragraphs inside are counted themselves
        text = element.get_text(" ", strip=True)
        if text:
            blocks.append(text)
    return blocks


@pytest.fixture(scope="module")
def content_pages(site, kb):
    """Built paths of the pages whose text is the knowledge base's own prose."""
    from helpers import page_path

    return [page_path(e.src) for e in kb.by_src.values()] + [
        page_path(p.relative_to(ROOT / "docs").as_posix())
        for p in (ROOT / "docs").rglob("*.md") if not p.relative_to(ROOT / "docs").as_posix().startswith("_")
        and p.relative_to(ROOT / "docs").as_posix() not in kb.by_src
    ]


def test_plain_language_b1(site, content_pages, request):
    rows, total = [], None
    for path in sorted(content_pages):
        score = readability(prose_blocks(site.soup(path)))
        rows.append(f"{path:<55} {score.words_per_sentence:5.1f} woorden/zin  Flesch-Douma {score.flesch_douma:5.1f}")
        total = score if total is None else total + score
    rows.append(f"{'site (alle zinnen samen)':<55} {total.words_per_sentence:5.1f} woorden/zin  "
                f"Flesch-Douma {total.flesch_douma:5.1f}")
    request.config.stash.setdefault(TAALRAPPORT, []).extend(rows)
    report = "\n".join(rows)
    assert total.words_per_sentence <= MAX_WORDS_PER_SENTENCE, report
    assert total.flesch_douma >= MIN_FLESCH_DOUMA, report


def test_readability_measure_tells_plain_from_dense_text():
    plain = readability(["Je helpt iedereen even goed. Dat is je werk. Vraag hulp als je twijfelt."])
    dense = readability(["Implementatie van institutionele veranderingsprocessen vereist organisatiebrede "
                         "betrokkenheid, structurele borging en systematische evaluatie van beleidsinstrumenten, "
                         "alsmede continue professionalisering van medewerkers."])
    assert plain.words_per_sentence < 6 and plain.flesch_douma > 80
    assert dense.words_per_sentence > 15 and dense.flesch_douma < 0


def test_fingerprints_are_up_to_date_with_the_sources():
    if not SHARED_BRONNEN.is_dir():
        # Outside the team's workspace (e.g. a clone from the public repository) the source texts are not there;
        # the copy check below still runs on the stored fingerprints.
        pytest.skip(f"{SHARED_BRONNEN} ontbreekt; vingerafdrukken niet opnieuw vergeleken")
    stored = set(FINGERPRINTS.read_text(encoding="utf-8").split())
    assert stored == source_fingerprints(SHARED_BRONNEN), "draai: python tests/taal.py ../shared/bronnen"


def test_no_eight_word_run_from_the_sources(site, kb):
    known = set(FINGERPRINTS.read_text(encoding="utf-8").split())
    titles = [bron.titel for bron in kb.bronnen.values()]  # a citation names a title; that is not copying prose
    copied = []
    for path in site.pages():
        article = site.soup(path.relative_to(site.root).as_posix()).select_one("article")
        if article is None:
            continue
        text = re.sub(r"https?://\S+", " ", article.get_text(" ", strip=True))
        for title in titles:
            text = text.replace(title, " ")
        copied += [f"{path.relative_to(site.root)}: '{run}'" for run in copied_runs(text, known)]
    assert copied == [], "\n".join(copied)


def test_copy_check_catches_a_planted_copy():
    source = "Dit is een bronzin met precies genoeg woorden om te vangen."
    known = fingerprints(source)
    assert copied_runs("Onze tekst. Dit is een bronzin met precies genoeg woorden, helaas.", known)
    assert copied_runs("Dit is een bronzin, met precies genoeg woorden", known), "leestekens maken geen verschil"
    assert not copied_runs("Dit is een zin met precies genoeg woorden om te vangen.", known)


STEP_REFERENCE = re.compile(r"\b[Ss]tap \d+\b")
ORDERED_MARKER = re.compile(r"(?m)^\s*\d+\.\s")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def unsourced_numbers(markdown: str, source_urls: set[str]) -> list[str]:
    """Paragraphs or list items that contain a number but no link to a source from the bibliography."""
    body = FRONT_MATTER.sub("", markdown)
    body = re.sub(r"(?m)^#.*$|\{\{.*?\}\}", "", body)
    problems = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)", body):
        links = set(re.findall(r"\]\((https://[^)\s]+)\)", block))
        text = STEP_REFERENCE.sub("", ORDERED_MARKER.sub("", re.sub(r"\]\([^)]*\)", "]", block)))
        if re.search(r"\d", text) and not links & source_urls:
            problems.append(block.strip())
    return problems


def test_every_number_carries_a_source(kb):
    urls = {str(b.url) for b in kb.bronnen.values()}
    found = []
    for path in sorted((ROOT / "docs").rglob("*.md")):
        text = path.read_text("utf-8")
        found += [f"{path.relative_to(ROOT)}:{text[:max(text.find(block), 0)].count(chr(10)) + 1}: een getal zonder "
                  f"link naar een bron in dezelfde alinea ('{block[:60]}'); zet de link naar de bron in die alinea"
                  for block in unsourced_numbers(text, urls)]
    assert found == [], "\n".join(found)


def test_number_check_catches_a_planted_figure():
    urls = {"https://example.org/bron"}
    assert unsourced_numbers("Bijna 40 procent ervaart dit.\n", urls) == ["Bijna 40 procent ervaart dit."]
    assert unsourced_numbers("Bijna 40 procent ervaart dit ([bron](https://example.org/bron)).\n", urls) == []
    assert unsourced_numbers("1. Eerste actie.\n2. Gebruik wat je in stap 1 leerde.\n", urls) == []


def own_pages(root=ROOT) -> list:
    return sorted(p for p in (root / "docs").rglob("*.md") if not p.relative_to(root / "docs").parts[0].startswith("_"))


def test_our_text_uses_the_preferred_terms(kb):
    from taal import flagged_variants

    found = flagged_variants([*own_pages(), ROOT / "docs/_data/begrippen.yml"], kb.woorden, ROOT)
    assert found == [], "\n".join(found)


def test_a_variant_is_reported_with_file_and_line(tmp_path, kb):
    from taal import flagged_variants

    page = tmp_path / "docs/pagina.md"
    page.parent.mkdir()
    page.write_text("---\ntitel: Gewoontes\n---\n\nInwoners met een andere afkomst en hun gewoonten.\n",
                    encoding="utf-8")
    found = flagged_variants([page], kb.woorden, tmp_path)
    assert "docs/pagina.md:2: 'gewoontes' is een variant; schrijf 'gewoonten'" in found
    assert any(f.startswith("docs/pagina.md:5: 'andere afkomst' is een variant; schrijf 'herkomst' (Noem wat je")
               for f in found), found


def test_no_he_for_a_person_we_do_not_know():
    """"Een inwoner ... hij" makes a man the default resident; a person in an illustration may be "hij"."""
    from taal import generic_he

    found = generic_he(own_pages(), ROOT)
    assert found == [], "\n".join(found)


def test_generic_he_is_reported_with_file_and_line(tmp_path):
    from taal import generic_he

    page = tmp_path / "docs/pagina.md"
    page.parent.mkdir()
    page.write_text("---\ntitel: Klagen\nsamenvatting: Een inwoner mag klagen als hem iets dwarszit.\nvoorbeelden:\n"
                    "  - tekst: Een inwoner belt. Hij is boos.\n---\n\nKomt de klager er niet uit? Dan kan hij verder. "
                    "Een regel geldt voor hem of haar ook.\n", encoding="utf-8")
    found = generic_he([page], tmp_path)
    assert [f.split(":")[1] for f in found] == ["3", "8"], found


def test_no_sentence_stands_on_more_than_three_pages():
    from taal import repeated_sentences

    assert repeated_sentences(own_pages(), ROOT) == []


def test_a_repeated_sentence_is_found(tmp_path):
    from taal import repeated_sentences

    for n in range(4):
        page = tmp_path / f"docs/p{n}.md"
        page.parent.mkdir(exist_ok=True)
        page.write_text(f"---\nid: p{n}\n---\n\n## Kop\n\nEen eigen zin {n}. Dit stappenplan is een eigen opzet.\n",
                        encoding="utf-8")
    found = repeated_sentences(sorted((tmp_path / "docs").glob("*.md")), tmp_path)
    assert found == ["'dit stappenplan is een eigen opzet' staat op 4 pagina's: docs/p0.md:7, docs/p1.md:7, "
                     "docs/p2.md:7, docs/p3.md:7"]


MAX_WORDS_IN_ONE_SENTENCE = 30


def test_no_sentence_is_far_too_long():
    from taal import long_sentences

    assert long_sentences(own_pages(), ROOT, MAX_WORDS_IN_ONE_SENTENCE) == []


def test_a_long_sentence_is_found_with_file_and_line(tmp_path):
    from taal import long_sentences

    page = tmp_path / "docs/p.md"
    page.parent.mkdir()
    words = " ".join(["woord"] * 31)
    page.write_text(f"---\nid: p\n---\n\nKort. Een zin {words}.\n", encoding="utf-8")
    found = long_sentences([page], tmp_path, MAX_WORDS_IN_ONE_SENTENCE)
    assert len(found) == 1 and found[0].startswith("docs/p.md:5: een zin van 33 woorden (hoogstens 30); maak er "
                                                   "twee zinnen van: een zin woord woord"), found
