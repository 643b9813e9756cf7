"""Search that answers real questions: Dutch rules shared by build and browser, measured in the real search box.

The blind set's test half is never asserted or looked at here: benchmarks/zoeken.py reports it (README, "Zoeken
meten"). make test asserts the tuning half and the old set, kept as a regression set.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from kennisbank.zoeken import SPLIT, PageInfo, Splitter, dictionary, enrich, site_words, words

import zoekset
from helpers import ROOT, SEARCH_DONE, LocalServer, ask, copy_project, page_path, run_mkdocs, search, search_many

MIN_HIT_AT_3 = 0.95  # the target, for the regression set (and the test half, in the benchmark)
# Reached on the tuning half: 94.2 % (README, "Zoeken meten"); below the 95 % target, so this floor guards what was
# reached until the search gets better, and the issue stays open.
MIN_TUNING_HIT_AT_3 = 0.94
REGRESSION = yaml.safe_load((ROOT / "tests/data/zoekvragen.yml").read_text(encoding="utf-8"))
BLIND = zoekset.load()
TUNING = zoekset.half("afstemmen")
NONSENSE = BLIND["niets"] + REGRESSION["niets"]
TYPOS = zoekset.typo_set(TUNING)  # the tuning half with one letter wrong in a long word of each query
MAX_TYPO_COST = 0.03  # hit@3 with a typo may be this much below the same queries typed right
APART = zoekset.apart_set(TUNING, Splitter(dictionary()).parts)  # "stappen plan": a compound written apart
MAX_APART_COST = 0.03
FRAMED = {name: zoekset.framed_set(TUNING, frame) for name, frame in zoekset.FRAMES.items()}
# hit@3 of short queries inside a frame may be this much below the same queries alone. A place ("bij de gemeente")
# still costs a lot: the pages with that word in their title come first (README, "Zoeken meten", open weaknesses).
MAX_FRAME_COST = {"in een vaste zin": 0.05, "met een plaats erbij": 0.15, "beleefd": 0.03}
# A noun in another form, or someone close to the asker instead of the asker (tests/zoekset.py, `form_sets`), and
# how much lower hit@3 may be: nothing for a word in another form, which is the same word.
FORMS = zoekset.form_sets(TUNING, ROOT / "docs")
MAX_FORM_COST = {"verkleinwoord": 0.0, "enkelvoud of meervoud": 0.0, "iemand dichtbij": 0.1}


# The evaluation sets ------------------------------------------------------------------------------------------------


def test_every_query_set_has_the_shape_the_benchmark_reads():
    """A set with a misspelt part ("onzin:" for "niets:") would stop the benchmark after half an hour, or leave its
    nonsense queries unmeasured."""
    for path in sorted(zoekset.DATA.glob("zoekvragen*.yml")):
        data = zoekset.load(path)
        assert set(data) <= {"vragen", "geen_pagina", "ongedekt", "niets"}, (path.name, sorted(data))
        assert isinstance(data["vragen"], list) and isinstance(data["niets"], list), path.name


def test_blind_set_meets_the_quotas():
    real = BLIND["vragen"]
    kinds = Counter(kind for q in real for kind in q["soorten"])
    assert len(real) >= 250 and len(BLIND["niets"]) >= 25
    assert {q["rol"] for q in real} == {"bestuurder", "manager", "beleidsmedewerker", "professional", "hr", "inwoner"}
    questions = [q for q in real if "vraag" in q["soorten"] and 3 <= len(q["vraag"].split()) <= 8]
    assert len(questions) >= 0.4 * len(real), "minstens 40 % vragen van 3 tot 8 woorden"
    assert kinds["typfout"] >= 0.1 * len(real) and kinds["alledaags"] >= 0.2 * len(real)
    assert kinds["recht"] >= 25 and kinds["instrument"] >= 25


def test_split_is_the_seeded_split_made_before_tuning():
    """No query moved between the halves: every `helft` is what the fixed seed gives."""
    real = BLIND["vragen"]
    split = zoekset.seeded_split([q["vraag"] for q in real])
    assert {q["vraag"]: q["helft"] for q in real} == split
    assert abs(sum(h == "test" for h in split.values()) - len(real) / 2) <= 1


def test_probes_change_a_query_the_way_people_write_it():
    """The probes make Dutch people write, or leave a query alone: a probe of wrong Dutch measures nothing."""
    assert [zoekset.diminutive(w) for w in ["klacht", "team", "stoel", "regel", "melding", "cliënt"]] == [
        "klachtje", "teampje", "stoeltje", None, None, "cliëntje"
    ]  # fmt: skip
    assert zoekset.other_number("stappen", set()) == "stap" and zoekset.other_number("les", {"lessen"}) == "lessen"
    assert zoekset.other_number("dag", {"dagen"}) is None  # "daggen" is not Dutch
    assert zoekset.changed_noun("hoe werk ik het team in", zoekset.diminutive, set(), zoekset.BEFORE_DIMINUTIVE) == (
        "hoe werk ik het teampje in"  # "werk" is a verb here: no determiner before it
    )
    assert (
        zoekset.for_someone_close("kan ik klagen bij het college", "mijn oma") == "kan mijn oma klagen bij het college"
    )
    assert zoekset.for_someone_close("anders behandeld vanwege mijn huidskleur", "mijn zoon") == (
        "anders behandeld vanwege de huidskleur van mijn zoon"
    )
    assert zoekset.for_someone_close("hoe dien ik een klacht in", "mijn oma") is None  # "dient mijn oma": other verb


def test_the_browser_gets_the_engine_without_its_comments(site):
    """The engine's comments explain it to maintainers; the site serves it minified (rjsmin), in about half the
    bytes (12 instead of 24 KB gz for zoekmachine.js)."""
    from kennisbank.plugin import SEARCH_CODE

    for name in SEARCH_CODE:
        source = (ROOT / "overrides" / name).read_text(encoding="utf-8")
        served = (site.root / name).read_text(encoding="utf-8")
        assert "/*" in source and "/*" not in served, name
        assert len(served) < 0.7 * len(source), name


def test_expected_pages_exist(site):
    """Every page a query set expects exists: a renamed page must not turn hits into misses unnoticed."""
    expected = {p for q in BLIND["vragen"] for p in q["paginas"]}
    for path in [ROOT / "tests/data/zoekvragen.yml", *sorted((ROOT / "tests/data").glob("zoekvragen-ontwikkel*.yml"))]:
        expected |= {p for q in zoekset.load(path)["vragen"] for p in [q["pagina"], *q.get("ook", [])]}
    missing = [p for p in expected if not (site.root / p / "index.html").is_file()]
    assert missing == []


# In the real search box ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def found(served_site, chromium):
    """Result pages for every tuning, regression and nonsense query, typed into Material's search box."""
    page = chromium.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(served_site.url)
    queries = [q["vraag"] for q in TUNING] + [q["vraag"] for q in REGRESSION["vragen"]] + NONSENSE
    queries += [typed for typed, _ in TYPOS + APART] + [framed for pairs in FRAMED.values() for framed, _ in pairs]
    queries += [changed for pairs in FORMS.values() for changed, _ in pairs]
    result = search_many(page, queries)
    page.close()
    assert errors == []
    return result


def misses(found, queries: list[tuple[str, list[str]]]) -> list[str]:
    return [
        f"{query!r}: verwacht een van {pages}, kreeg {found[query][:3]}"
        for query, pages in queries
        if not set(pages) & set(found[query][:3])
    ]


def cost_of_change(found, changed: list[tuple[str, dict]]) -> tuple[float, list[str]]:
    """How much lower hit@3 is for the changed queries than for the same queries as written, and the misses."""
    right = [q for _, q in changed if set(q["paginas"]) & set(found[q["vraag"]][:3])]
    wrong = misses(found, [(query, q["paginas"]) for query, q in changed])
    return (len(right) - (len(changed) - len(wrong))) / len(changed), wrong


@pytest.mark.browser
def test_tuning_half_hit_at_3(found):
    wrong = misses(found, [(q["vraag"], q["paginas"]) for q in TUNING])
    rate = 1 - len(wrong) / len(TUNING)
    assert rate >= MIN_TUNING_HIT_AT_3, f"afstemhelft hit@3 {rate:.1%}:\n" + "\n".join(wrong)


@pytest.mark.browser
def test_regression_set_hit_at_3(found):
    queries = REGRESSION["vragen"]
    wrong = misses(found, [(q["vraag"], [q["pagina"], *q.get("ook", [])]) for q in queries])
    rate = 1 - len(wrong) / len(queries)
    assert rate >= MIN_HIT_AT_3, f"regressieset hit@3 {rate:.1%}:\n" + "\n".join(wrong)


@pytest.mark.browser
def test_one_typo_costs_little(found):
    """People mistype. With one letter wrong in a long word of each tuning query (seeded: left out, swapped with the
    next, changed or added), hit@3 stays within a few points of the same queries typed right, and at most 1 % of them
    find nothing. Before sure corrections and repaired compounds (README, "Zoeken"): 7 points lower, 5 empty."""
    cost, wrong = cost_of_change(found, TYPOS)
    assert cost <= MAX_TYPO_COST, f"{cost:.1%} minder met een typfout:\n" + "\n".join(wrong)
    assert len([typed for typed, _ in TYPOS if not found[typed]]) <= 0.01 * len(TYPOS)


@pytest.mark.browser
def test_a_compound_written_apart_is_that_compound(found):
    """People often write a Dutch compound as two words: "stappen plan", "balie medewerker", "weer stand". Two words in
    a row that together are a word of the site (or an everyday word of woorden.yml) are that word. Without that rule
    these tuning queries found 12 % fewer right pages in the top 3."""
    cost, wrong = cost_of_change(found, APART)
    assert cost <= MAX_APART_COST, f"{cost:.1%} minder:\n" + "\n".join(wrong)
    assert not [query for query, _ in APART if not found[query]]


@pytest.mark.browser
@pytest.mark.parametrize("name", list(zoekset.FRAMES))
def test_words_around_a_short_query_cost_little(found, name):
    """"ik zoek informatie over racisme" asks what "racisme" asks (before "zoek" and its forms were filler, that frame
    cost 13.4 points), and so does "hallo, racisme, alvast bedankt" (without politeness as filler: 30 points, 21 of 82
    empty). "racisme bij de gemeente" adds a place, which often decides the answer; that costs more, a known weakness
    (MAX_FRAME_COST) that this keeps from growing."""
    cost, wrong = cost_of_change(found, FRAMED[name])
    assert cost <= MAX_FRAME_COST[name], f"{name}: {cost:.1%} minder:\n" + "\n".join(wrong)


@pytest.mark.browser
@pytest.mark.parametrize("name", list(FORMS))
def test_a_noun_or_person_in_another_form_costs_little(found, name):
    """A diminutive is its noun ("een klachtje"), a singular its plural with a doubled letter ("de stap", "de
    stappen"), and "kan mijn moeder klagen" asks what "kan ik klagen" asks. Without the rule for each, some of these
    tuning queries lost their page or found nothing (README, "Zoeken meten", seventh round)."""
    changed = FORMS[name]
    cost, wrong = cost_of_change(found, changed)
    assert cost <= MAX_FORM_COST[name], f"{name}: {cost:.1%} minder:\n" + "\n".join(wrong)
    assert not [query for query, _ in changed if not found[query]]


@pytest.mark.browser
def test_lists_stay_out_of_the_way(found):
    """The sources, the checklist, the matrix and the about page repeat or describe what subject pages say. For the
    tuning half and the regression set they are never the first result unless expected, and rarely in the top 3."""
    lists = {"bronnen/", "checklist/", "matrix/", "over/"}
    queries = [(q["vraag"], q["paginas"]) for q in TUNING]
    queries += [(q["vraag"], [q["pagina"], *q.get("ook", [])]) for q in REGRESSION["vragen"]]
    first = [query for query, expected in queries if found[query][:1] and found[query][0] in lists - set(expected)]
    crowding = [
        f"{query!r}: {page}"
        for query, expected in queries
        for page in found[query][:3]
        if page in lists - set(expected)
    ]
    assert first == []
    assert len(crowding) <= 0.05 * len(queries), "\n".join(crowding)


@pytest.mark.browser
def test_no_real_query_returns_nothing(found):
    real = [q["vraag"] for q in TUNING] + [q["vraag"] for q in REGRESSION["vragen"]]
    assert [query for query in real if not found[query]] == []


@pytest.mark.browser
def test_nonsense_returns_nothing(found):
    assert {query: found[query] for query in NONSENSE if found[query]} == {}


@pytest.fixture()
def search_page(served_site, chromium):
    page = chromium.new_page()
    page.goto(served_site.url)
    yield page
    page.close()


@pytest.mark.browser
def test_the_engine_loads_only_when_someone_searches(served_site, chromium):
    """A reader who never searches does not download the engine and its rules (about 60 KB gz): they load when the
    search box gets the focus. (A page's first load went from about 205 to 130 KB gz: BENCHMARKS.md, Lighthouse.)"""
    page = chromium.new_page()
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(served_site.url)
    page.wait_for_load_state("networkidle")
    engine = re.compile(r"/(zoekmachine\.js|search/zoekregels\.js)$")
    assert not [url for url in fetched if engine.search(url)]
    with page.expect_request_finished(lambda request: request.url.endswith("search/zoekregels.js")):
        page.locator("input.md-search__input").focus()
    pages, _ = search(page, "weerstand")
    assert pages[:1] == ["barrieres/weerstand/"]
    page.close()


@pytest.mark.browser
def test_results_say_what_they_are(search_page, kb):
    """Each result of a page about one subject shows its kind and its one-sentence summary, in Material's list.
    ("tegenwerking", an everyday word for the barrier Weerstand; with "van collega's" the barrier and the solution
    Omgaan met weerstand are about level, and this test is about what a result shows, not about that order.)"""
    pages, _ = search(search_page, "tegenwerking")
    assert pages[0] == "barrieres/weerstand/"
    first = search_page.locator(".md-search-result__item").first
    assert first.locator(".md-tag").all_inner_texts() == ["Barrière"]
    weerstand = next(e for e in kb if e.src == "barrieres/weerstand.md")
    assert first.locator("article p").first.inner_text().strip() == weerstand.data.samenvatting
    assert first.locator("mark").count() >= 1, "het gevonden woord is gemarkeerd"


@pytest.mark.browser
def test_no_dead_end(search_page, site):
    """No result: a help text, suggestions that do find something, and links to the barriers, the stappenplan, the
    reporting page and the page for residents. A suggestion runs the search again."""
    pages, _ = search(search_page, "klaht eredivisie")
    assert pages == []
    help_box = search_page.locator(".kb-zoekhulp")
    teksten = yaml.safe_load((ROOT / "overrides/kennisbank/teksten.yml").read_text(encoding="utf-8"))["zoeken"]
    assert teksten["geen_resultaat"] in help_box.inner_text()
    links = help_box.locator("li a").evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    assert [link.rstrip("/").rsplit("/", 1)[-1] for link in links] == [
        "barrieres",
        "stappenplan",
        "iemand-meldt-discriminatie",
        "zelf-ongelijk-behandeld",
    ]
    suggestion = help_box.locator(".kb-zoeksuggestie").first
    assert suggestion.inner_text() == "klacht"
    suggestion.click()
    search_page.wait_for_function(SEARCH_DONE, arg="klacht")
    first = search_page.locator(".md-search-result__item > a").first.get_attribute("href")
    assert "recht/klachten-over-de-overheid/" in first
    assert search_page.locator(".kb-zoekhulp").count() == 0


@pytest.mark.browser
@pytest.mark.parametrize("query", ["wat moet ik doen", "help", "?!", "<", "مرحبا", "😀"])
def test_no_dead_end_without_a_word_to_search_for(search_page, query):
    """A question of only filler, only signs or in another script finds nothing either, and gets the same help and
    links (without "Bedoelde je": there is no word to correct)."""
    ask(search_page, query)
    search_page.wait_for_function(SEARCH_DONE, arg=query)
    assert search_page.locator(".md-search-result__item").count() == 0
    help_box = search_page.locator(".kb-zoekhulp")
    assert help_box.locator("li a").count() == 4
    assert help_box.locator(".kb-zoeksuggestie").count() == 0


@pytest.mark.browser
def test_a_question_of_only_filler_that_asks_for_a_page_finds_it(search_page):
    """"doen we het goed" has no word to search for, but asks how to find out about your own organisation (an intent
    with `pagina`): those pages, not a dead end. A phrase that is only a small part of the question ("wat is" in "wat
    is het weer morgen") is not enough."""
    assert search(search_page, "doen we het goed")[0][:1] == ["zelfscan/"]
    assert search(search_page, "wat is het weer morgen")[0] == []


@pytest.mark.browser
def test_a_question_that_is_mostly_an_intents_phrase_finds_its_pages_first(search_page):
    """"hoe weet ik of onze bibliotheek discrimineert": the phrase "hoe weet ik of onze" is most of the question and
    asks how to find out about your own organisation, so those pages come first, before the pages that share its
    other words (before this rule: the residents' route, the AWGB). A short phrase only weighs ("wat is de awgb"
    asks about the law, not for the glossary)."""
    pages, _ = search(search_page, "hoe weet ik of onze bibliotheek discrimineert")
    assert set(pages[:3]) == {"zelfscan/", "oplossingen/discriminatietoets/", "stappenplan/verkennen/"}
    assert search(search_page, "wat is de awgb")[0][:1] == ["recht/algemene-wet-gelijke-behandeling/"]


@pytest.mark.browser
def test_one_clear_answer_is_followed_by_the_pages_that_match_less(search_page):
    """"racisme benoemen zonder te beschuldigen" matches one page clearly (Lasten delen); before this rule that was
    the whole list, and the page about a safe conversation on racism, which matches only "racisme", was not shown.
    Now the best pages that match less fill the list up to three. A question about something else still finds
    nothing: without a clear answer nothing is filled in."""
    pages, _ = search(search_page, "racisme benoemen zonder te beschuldigen")
    assert len(pages) == 3 and "oplossingen/veilig-gesprek/" in pages
    assert search(search_page, "fiets repareren handleiding")[0] == []


@pytest.mark.browser
@pytest.mark.parametrize("query", ["constructor", "tostring racisme", "__proto__", "hasownproperty"])
def test_a_word_that_names_something_inside_javascript_is_just_a_word(search_page, query):
    """Words are looked up in tables; a word like "constructor" must not find the table's own machinery (it broke
    the search for that query)."""
    ask(search_page, query)
    search_page.wait_for_function(SEARCH_DONE, arg=query)
    assert search(search_page, "racisme")[0] != []


@pytest.mark.browser
@pytest.mark.parametrize("engine_file", ["zoekmachine.js", "zoekregels.js"])
def test_when_the_engine_fails_to_load_there_is_help_and_the_next_search_retries(served_site, chromium, engine_file):
    """A network hiccup while the engine loads (it loads only when someone searches) gives the help and its links,
    with a text that says searching does not work right now; once the file loads again, search works."""
    teksten = yaml.safe_load((ROOT / "overrides/kennisbank/teksten.yml").read_text(encoding="utf-8"))["zoeken"]
    context = chromium.new_context()
    blocked = {"on": True}
    context.route(f"**/{engine_file}", lambda route: route.abort() if blocked["on"] else route.continue_())
    page = context.new_page()
    page.goto(served_site.url)
    ask(page, "weerstand")
    page.locator(".kb-zoekhulp a").first.wait_for()
    assert " ".join(teksten["storing"].split()) in page.locator(".kb-zoekhulp").inner_text()
    assert page.locator(".kb-zoekhulp li a").count() == 4
    blocked["on"] = False
    pages, _ = search(page, "weerstand tegen verandering")
    assert pages[:1] == ["barrieres/weerstand/"]
    context.close()


@pytest.mark.browser
def test_search_works_in_a_browser_that_keeps_no_site_data(served_site, chromium, tmp_path):
    """A browser set not to keep site data (a privacy setting; every use of storage then throws): no page errors on
    pages with a checklist or the zelfscan, and search answers. Material's own helpers read storage unguarded."""
    import json

    from helpers import CHROMIUM, CHROMIUM_ARGS

    (tmp_path / "Default").mkdir()
    (tmp_path / "Default/Preferences").write_text(
        json.dumps({"profile": {"default_content_setting_values": {"cookies": 2}}}), encoding="utf-8")
    context = chromium.browser_type.launch_persistent_context(tmp_path, executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in ["zelfscan/", "stappenplan/verkennen/"]:
        page.goto(served_site.url + path)
    assert page.evaluate("() => { try { localStorage.length; return false } catch (e) { return true } }"), \
        "de browser bewaart toch gegevens; klopt de instelling nog?"
    pages, _ = search(page, "weerstand tegen verandering")
    assert pages[:1] == ["barrieres/weerstand/"]
    assert errors == []
    context.close()


@pytest.mark.browser
def test_a_word_that_asks_for_a_kind_of_page_is_answered_by_that_page(search_page):
    """"overzicht" and "wetgeving" ask for the overview of the law; that page need not say "overzicht" to cover it."""
    pages, _ = search(search_page, "overzicht wetgeving discriminatie")
    assert pages[:1] == ["recht/"]


@pytest.mark.browser
def test_a_question_about_cost_finds_the_overview_that_compares_effort(search_page):
    """"Hoeveel tijd kost ...": the overview of solutions shows the effort of each; the page with the word "tijd" in it
    is not the answer."""
    assert search(search_page, "hoeveel tijd kost een aanpak tegen discriminatie")[0][:1] == ["oplossingen/"]


@pytest.mark.browser
def test_whether_something_is_a_crime_finds_criminal_law(search_page):
    """"Is een grap over iemands geloof strafbaar": the page on criminal law, not the page whose other words match
    (the grap and the geloof stand in many pages)."""
    assert search(search_page, "is een grap over iemands geloof strafbaar")[0][:1] == ["recht/wetboek-van-strafrecht/"]


@pytest.mark.browser
def test_what_a_colleague_says_finds_the_conversation_about_it(search_page):
    """"collega zegt ...", "collega maakt grappen over ...": what a colleague says about a group asks how to talk about
    it, not about the group (origin, faith) that the other words name."""
    assert search(search_page, "mijn collega maakt grappen over marokkanen")[0][:1] == ["oplossingen/veilig-gesprek/"]
    assert "oplossingen/veilig-gesprek/" in search(search_page, "collega zegt vervelende dingen over surinamers")[0][:3]


@pytest.mark.browser
def test_whether_you_may_ask_about_background_finds_the_rules_on_personal_data(search_page):
    """"mag ik vragen naar iemands geloof" asks what the rules on personal data allow, not about dress codes that
    mention faith."""
    assert search(search_page, "mag ik vragen naar iemands geloof")[0][:1] == ["recht/privacy-en-gegevens-per-groep/"]


@pytest.mark.browser
def test_a_question_about_numbers_of_complaints_finds_keeping_track_of_them(search_page):
    """"Aantal klachten per afdeling": figures about your own organisation, so the page on keeping track of them."""
    pages, _ = search(search_page, "aantal klachten over ongelijke behandeling per afdeling")
    assert pages[:1] == ["oplossingen/monitoren-met-data-en-klachten/"]


@pytest.mark.browser
def test_a_phrase_that_asks_for_a_kind_of_page_is_answered_by_that_page(search_page):
    """A director asks "zijn we verplicht": what the law asks, not the barrier about a training nobody has to follow.
    A resident asks "waar kan ik klagen": the route for residents, not the complaint rules for professionals. The
    phrase names the page as a keyword of it would (`bedoelingen` in zoekregels.yml)."""
    assert search(search_page, "zijn we verplicht")[0][:1] == ["recht/"]
    assert search(search_page, "waar kan ik klagen")[0][:1] == ["recht/zelf-ongelijk-behandeld/"]
    # The same words from someone at work stay with the pages for professionals.
    assert "recht/zelf-ongelijk-behandeld/" not in search(search_page, "waar kan ik klagen over een collega")[0][:1]
    # The question at the end of a story ("hoe kaart ik dit aan") is about raising it with a colleague.
    story = "een collega praat denigrerend over statushouders tijdens de lunch, hoe kaart ik dit aan"
    assert search(search_page, story)[0][:1] == ["oplossingen/veilig-gesprek/"]
    # A resident afraid to complain: that page says what you can do then (report anonymously).
    assert search(search_page, "ik durf niet te klagen over de thuiszorg")[0][:1] == ["recht/zelf-ongelijk-behandeld/"]


@pytest.mark.browser
def test_reporting_something_at_work_finds_the_internal_route(search_page):
    """"Moet ik melden ..." with a word about the asker's own work (a colleague, the boss, the team) asks for the
    internal reporting route; the same question about the gemeente stays with the route for residents."""
    pages, _ = search(search_page, "moet ik melden wat mijn collega tegen een klant zei")
    assert pages[:1] == ["oplossingen/intern-meldpunt-en-richtlijnen/"]
    pages, _ = search(search_page, "waar kan ik melden dat de gemeente mij discrimineert")
    assert pages[:1] == ["recht/zelf-ongelijk-behandeld/"]
    # "waar kan ik dit kwijt" with a word about work is the same question.
    pages, _ = search(search_page, "waar kan ik dit kwijt, mijn collega maakt grappen over moslims")
    assert "oplossingen/intern-meldpunt-en-richtlijnen/" in pages[:3]


@pytest.mark.browser
def test_the_checklist_for_the_conversation_after_a_report_is_found(search_page):
    """Usability review: a worker looks for "the checklist for the conversation after a report" and wants to tick
    items. The list of steps with its own checklist comes first, not the stappenplan's complete checklist."""
    pages, _ = search(search_page, "checklist gesprek melding")
    assert pages[:1] == ["instrumenten/melding-aannemen/"]


@pytest.mark.browser
def test_a_split_verb_counts_as_one_word(search_page):
    """"hoe houd ik klachten bij" asks for "klachten bijhouden": the light verb and its particle make one verb."""
    split, _ = search(search_page, "hoe houd ik klachten bij")
    whole, _ = search(search_page, "klachten bijhouden")
    assert split and split[0] == whole[0] == "oplossingen/monitoren-met-data-en-klachten/"


@pytest.mark.browser
def test_a_participle_of_a_separable_verb_is_that_verb(search_page):
    """"ingevoerd" is the past participle of "invoeren" (in + ge + voerd): it finds what the verb finds."""
    participle, _ = search(search_page, "ingevoerd")
    verb, _ = search(search_page, "invoeren")
    assert participle and participle == verb


@pytest.mark.browser
def test_a_verb_in_the_present_tense_is_that_verb(search_page):
    """"behandelt" is "behandelen" and "behandeld": the stemmer keeps the three apart, so "ongelijk behandelt" found
    a page that happens to say "behandelt" before the page titled "ongelijk behandeld"."""
    pages, _ = search(search_page, "ongelijk behandelt")
    assert pages[:1] == ["recht/zelf-ongelijk-behandeld/"]


@pytest.mark.browser
def test_a_present_tense_written_with_d_is_that_verb(search_page):
    """"discrimineerd" for "discrimineert" is the commonest slip in Dutch spelling. It was an everyday word of
    woorden.yml (discriminatie) but not the verb, so "de buschauffeur discrimineerd mij" found the general pages on
    discrimination before the page for residents that "discrimineert mij" finds."""
    pages, _ = search(search_page, "de buschauffeur discrimineerd mij")
    assert pages[:1] == ["recht/zelf-ongelijk-behandeld/"]


@pytest.mark.browser
def test_an_everyday_phrase_in_a_title_is_as_rare_as_that_title(search_page):
    """"geen tijd" stands for the term "tijd", which nearly every page has; the barrier has the phrase itself in its
    title. Counted as common, the phrase weighed less than "mensen" or "training" in the same question."""
    for query in ("de mensen op mijn afdeling hebben geen tijd", "mijn collega's zeggen dat ze geen tijd hebben voor training"):
        assert search(search_page, query)[0][:1] == ["barrieres/geen-tijd-en-vrijblijvendheid/"], query


@pytest.mark.browser
def test_a_typo_in_a_filler_word_is_that_filler_word(search_page):
    """"vanwgee" is "vanwege" typed fast: as an unknown content word it changed the results of a question whose
    content words are all spelled right. Not when a word of the site is as near ("beinnen": beginnen, not binnen)."""
    assert search(search_page, "ik word gepest vanwgee mijn hoofddoek")[0] == search(
        search_page, "ik word gepest vanwege mijn hoofddoek"
    )[0]
    assert search(search_page, "waar beinnen")[0][:2] == search(search_page, "waar beginnen")[0][:2]


@pytest.mark.browser
def test_a_sure_typo_is_that_word_everywhere(search_page):
    """"papieren tijjger" and "deden moeiljik" are the everyday phrases of woorden.yml with one letter off; a phrase
    matches word for word, so the typo broke it ("papieren tijjger" found nothing at all)."""
    for typed, meant in [
        ("het wordt weer een papieren tijjger", "het wordt weer een papieren tijger"),
        ("de medewerkers deden moeiljik tegen mij", "de medewerkers deden moeilijk tegen mij"),
        # Also outside a phrase: the verb form of "controleert" is found only when the word is spelled right.
        ("de gemeente conrtoleert ons vaker", "de gemeente controleert ons vaker"),
        # A word of the site that is also an everyday word of woorden.yml is one word, not two candidates.
        ("is schelden op kleur strafbqar", "is schelden op kleur strafbaar"),
    ]:
        found = search(search_page, typed)[0]
        assert found and found == search(search_page, meant)[0], typed


@pytest.mark.browser
def test_the_sites_own_subject_says_where_not_what(search_page):
    """"stappenplan inclusieve dienstverlening" asks for the Stappenplan, not for the steps that also say "inclusie"
    (the words are `site_onderwerp` in zoekregels.yml); a page need not say them to be what the query names."""
    pages, _ = search(search_page, "stappenplan inclusieve dienstverlening")
    assert pages[:1] == ["stappenplan/"]
    pages, _ = search(search_page, "zelfscan inclusieve dienstverlening")
    assert "zelfscan/" in pages[:3]
    # A phrase too: "gelijke behandeling" is the site's subject next to other words, and the law's name alone.
    pages, _ = search(search_page, "training gelijke behandeling voor baliemedewerkers")
    assert pages[:1] == ["oplossingen/structurele-training/"]
    pages, _ = search(search_page, "gelijke behandeling")
    assert pages[:1] == ["recht/algemene-wet-gelijke-behandeling/"]
    # "dit thema", "dit onderwerp": the site's subject by another name.
    pages, _ = search(search_page, "hoe houden we dit thema levend in de organisatie")
    assert pages[:1] == ["stappenplan/borgen-en-bijsturen/"]
    # It adds less to the score too: a manager who asks about measuring gets the pages about measuring, not the law.
    pages, _ = search(search_page, "meten of we iedereen gelijk behandelen")
    assert set(pages[:2]) == {"oplossingen/monitoren-met-data-en-klachten/", "instrumenten/indicatoren/"}


@pytest.mark.browser
def test_an_organisation_after_bij_says_where_not_what(search_page):
    """"teamleider bij onze bibliotheek" asks what a team leader does; "bij onze bibliotheek" says where. Counted as a
    subject, the library found pages that mention libraries before the role page. "de gemeente controleert mij"
    stays about the gemeente: without "bij" the organisation is what the question is about."""
    assert search(search_page, "teamleider bij onze bibliotheek")[0][:1] == ["rollen/manager/"]
    # A page that has the place (the gemeente) does not win on it either (`weging.plaats`).
    assert search(search_page, "tijd vrijmaken bij de gemeente")[0][:1] == ["oplossingen/tijd-en-prioriteit/"]


@pytest.mark.browser
def test_the_title_of_an_overview_page_names_a_subject(search_page):
    """"zelfscan bij de gemeente": the Zelfscan is an overview page, and its title is a subject like any page's title.
    Were it a word the word list lacks (weighing half, like a verb), the law pages with "gemeente" in their title
    would come first."""
    pages, _ = search(search_page, "zelfscan bij de gemeente")
    assert pages[:1] == ["zelfscan/"]


@pytest.mark.browser
def test_a_question_in_the_sites_own_words_is_asked_again_with_the_words_of_a_title(search_page):
    """Nothing matches all of "waar ligt de grens van maatwerk" ("grens" is on no page about maatwerk); every word of
    it is one the site uses and "maatwerk" names a page by its title, so the question is asked again with that word.
    A question about something else stays empty, even when its words are on the site: "bibliotheek" names no page by
    its title."""
    assert search(search_page, "waar ligt de grens van maatwerk")[0][:1] == ["oplossingen/ruimte-voor-maatwerk/"]
    assert search(search_page, "boeken verlengen bibliotheek")[0] == []


@pytest.mark.browser
def test_an_overview_matched_only_in_its_list_is_no_answer(search_page):
    """The list of sources holds the titles of news articles about libraries, overlast and beveiligers: a question
    about renewing books matches it word for word, but it is no answer. Asked for by name, the list is found."""
    assert search(search_page, "boeken verlengen bibliotheek")[0] == []
    assert search(search_page, "bronnen")[0][:1] == ["bronnen/"]


@pytest.mark.browser
def test_a_long_story_with_one_word_of_the_site_is_asked_again_with_that_word(search_page):
    """A story of many words that no page holds together, with one word that names a subject of the site
    (`verhaal`), is searched again with that word instead of showing nothing. A short question about something else,
    with one word the site happens to use ("open"), stays empty."""
    story = ("onze afdeling handhaving gebruikt een risicomodel voor adrescontroles en ik vermoed dat bepaalde wijken "
             "onevenredig vaak geselecteerd worden, wat moet ik nu uitzoeken")  # development set 13
    assert search(search_page, story)[0][:1] == ["recht/risicoprofielen-en-algoritmes/"]
    assert search(search_page, "albert heijn open op zondag")[0] == []


@pytest.mark.browser
def test_a_term_looked_up_alone_finds_its_explanation(search_page):
    """Someone who types just "microagressie" wants to know what it means: the glossary entry (`kopzin`), before the
    pages about racism that the everyday word also finds."""
    pages, _ = search(search_page, "microagressie")
    assert pages[:1] == ["begrippen/"]
    assert "barrieres/witte-bubbel/" in pages  # woorden.yml: an everyday word for racisme


@pytest.mark.browser
def test_which_words_to_use_is_in_the_glossary(search_page):
    """"welke woorden gebruik je voor huidskleur" asks which words to use: the glossary first."""
    assert search(search_page, "welke woorden gebruik je voor huidskleur")[0][:1] == ["begrippen/"]


@pytest.mark.browser
def test_a_question_about_your_own_situation_is_not_a_definition(search_page):
    """"wat is racisme" asks what a word means (the glossary first); "wat zijn mijn rechten bij discriminatie" asks
    about someone's own situation (`zonder` in the intent: mijn, onze, ...), so the law pages come first."""
    assert search(search_page, "wat is racisme")[0][:1] == ["begrippen/"]
    pages, _ = search(search_page, "wat zijn mijn rechten bij discriminatie")
    assert "begrippen/" not in pages[:3] and pages[0].startswith("recht/")


@pytest.mark.browser
def test_a_question_asked_from_a_role_finds_that_role(search_page):
    """"als verzorgende ...", "ik ben net teamleider ...": a question asked from a role also finds that role's page
    (`noemt` in the intent), through an everyday word of woorden.yml too (verzorgende: professional). The same
    question without the role does not."""
    pages, _ = search(search_page, "wat kan ik als verzorgende doen aan gelijke behandeling")
    assert "rollen/professional/" in pages[:3]
    pages, _ = search(search_page, "wat kan ik doen aan gelijke behandeling")
    assert not [page for page in pages[:3] if page.startswith("rollen/")]


@pytest.mark.browser
def test_how_to_find_out_about_your_own_organisation(search_page):
    """"Hoe weet ik of we ..." asks how to check your own organisation (an intent in zoekregels.yml); "hoe weet ik of
    ik ..." is about someone's own experience and gets no check pages pushed up."""
    checks = {"zelfscan/", "oplossingen/discriminatietoets/", "stappenplan/verkennen/"}
    pages, _ = search(search_page, "hoe weet ik of we discrimineren")
    assert pages[0] in checks
    pages, _ = search(search_page, "hoe weet ik of ik gediscrimineerd ben")
    assert pages[0] not in checks
    # Everyday words for the self-scan in woorden.yml ("hoe inclusief is ...").
    pages, _ = search(search_page, "hoe inclusief is onze organisatie")
    assert "zelfscan/" in pages[:3]
    # The same wish in other words: how it really goes ("hoe het echt zit"), not what a law says.
    pages, _ = search(search_page, "hoe komen we erachter hoe het echt zit met gelijke behandeling")
    assert pages[0] in checks


@pytest.mark.browser
def test_whether_groups_are_treated_differently_asks_for_figures(search_page):
    """"hoe weet ik of inwoners met ... anders behandeld worden": whether groups get different service shows in
    figures kept by group (an intent in zoekregels.yml), not in one resident's own route or the law."""
    pages, _ = search(search_page, "hoe weet ik of inwoners met een migratieachtergrond anders behandeld worden")
    assert pages[:1] == ["oplossingen/monitoren-met-data-en-klachten/"]


@pytest.mark.browser
def test_where_the_line_lies_asks_what_a_word_covers(search_page):
    """"wanneer is het racisme", "wanneer spreek je van discriminatie": what the word covers, so the glossary first.
    The phrase has two words, so it only adds weight to a page that has the query's words: a question about
    something else still finds nothing."""
    for query in ("wanneer is het racisme", "wanneer spreek je van discriminatie"):
        assert search(search_page, query)[0][:1] == ["begrippen/"], query
    assert search(search_page, "wanneer is het koningsdag")[0] == []


@pytest.mark.browser
def test_why_people_do_not_stay_finds_learning_from_those_who_leave(search_page):
    """"waarom blijven nieuwe medewerkers niet": why colleagues leave. The everyday words "blijven niet" of woorden.yml
    do not match when other words stand between them, so an intent (zoekregels.yml) names the page."""
    pages, _ = search(search_page, "waarom blijven nieuwe medewerkers niet")
    assert pages[:1] == ["oplossingen/leren-van-vertrekkende-collegas/"]
    # "gaat weg" is leaving too (woorden.yml), with filler between its words.
    pages, _ = search(search_page, "een collega van kleur gaat weg, wat vraag ik")
    assert pages[:1] == ["oplossingen/leren-van-vertrekkende-collegas/"]


@pytest.mark.browser
def test_a_singular_finds_its_plural_with_a_doubled_letter(search_page):
    """"geschil" and "geschillen", "stap" and "stappen": lunr's Dutch stemmer undoubles only kk, dd and tt, so these
    were two stems and a singular in the middle of a question found nothing the plural was on."""
    pages, _ = search(search_page, "hoe pak ik geschil met zorgaanbieder aan")
    assert pages[:1] == ["recht/klachten-in-zorg-en-wmo/"]


@pytest.mark.browser
def test_a_plural_on_es_of_an_everyday_word_is_that_word(search_page):
    """lunr's Dutch stemmer keeps the -s after an e ("microagressies"); the singular is an everyday word of woorden.yml,
    not in the Dutch word list, so the plural missed the glossary entry the singular finds."""
    for query in ("microagressie", "microagressies"):
        assert search(search_page, query)[0][:1] == ["begrippen/"], query


@pytest.mark.browser
def test_a_compound_with_a_general_last_part_is_about_its_first(search_page):
    """"tolkenvoorziening" is a kind of provision for interpreters (`algemene_kop`): it finds the page on working with
    an interpreter, where "tolk" alone was only part of the word. A compound the site uses itself ("stappenplan")
    keeps its meaning."""
    assert search(search_page, "tolkenvoorziening")[0][:1] == ["oplossingen/werken-met-een-tolk/"]
    assert search(search_page, "stappenplan")[0][:1] == ["stappenplan/"]


@pytest.mark.browser
def test_a_compound_with_a_filler_last_part_is_about_its_first(search_page):
    """"reflectietips" and "weerstandvragen" are tips for reflection and questions about resistance: the filler head
    ("tips", "vragen") says only what kind of text is wanted, so the first part is the subject in full. Before, the
    first part counted only as one part of a word, too little to show a page."""
    assert search(search_page, "reflectietips")[0][:1] == ["instrumenten/teamgesprek-witte-bubbel/"]
    assert "barrieres/weerstand/" in search(search_page, "weerstandvragen")[0][:3]


@pytest.mark.browser
def test_a_compound_that_starts_with_the_sites_own_subject_is_about_the_rest(search_page):
    """"inclusiemonitor" is a monitor, "inclusiegesprek" a conversation: the site's own subject in front says where,
    like "inclusieve" before a word, so the rest counts in full and not only as one part of the word."""
    assert search(search_page, "inclusiemonitor")[0][:1] == ["oplossingen/monitoren-met-data-en-klachten/"]
    assert search(search_page, "inclusiegesprek")[0][:1] == ["oplossingen/veilig-gesprek/"]
    # A rest the site does not have ("paragraaf") leaves the subject, as when the two are typed apart; it found nothing.
    pages, _ = search(search_page, "inclusieparagraaf")
    assert pages and pages == search(search_page, "inclusie paragraaf")[0]


@pytest.mark.browser
def test_a_diminutive_is_its_noun(search_page):
    """"stappenplannetje", "klachtje", "gesprekje": Dutch makes a diminutive of almost any noun, and the stemmer leaves
    it alone. Without this rule "een stappenplannetje" found nothing."""
    pages, _ = search(search_page, "een stappenplannetje")
    assert pages[:1] == ["stappenplan/"]


@pytest.mark.browser
def test_a_noun_on_schap_is_about_the_noun_before_it(search_page):
    """"omstanderschap" is being a bystander: the site speaks of "omstanders" (and woorden.yml has it), not of the
    word on -schap, so it found nothing."""
    pages, _ = search(search_page, "omstanderschap")
    assert pages and pages == search(search_page, "omstander")[0]


@pytest.mark.browser
def test_a_verb_finds_its_noun_and_back(search_page):
    """"klachten analyseren" is the page about analysing complaints (klachtenanalyse): the verb on -eren is also
    its noun (`afleidingen` in zoekregels.yml)."""
    pages, _ = search(search_page, "hoe analyseer ik klachten op discriminatie")
    assert "oplossingen/monitoren-met-data-en-klachten/" in pages[:3]
    # A noun on -ing is its verb, where the stemmer keeps them apart: "werving" is the page about werven.
    assert search(search_page, "werving")[0][:1] == ["oplossingen/inclusief-werven-en-selecteren/"]


@pytest.mark.browser
def test_words_about_searching_or_politeness_are_filler(search_page):
    """"ik zoek informatie over ...", "help! ...", "dringend ... alstublieft": words about the search itself, and
    politeness or haste, say nothing about its subject, so the wrapped query finds what the subject alone finds."""
    alone, _ = search(search_page, "teamleider")
    for query in ["ik zoek informatie over teamleider", "help! teamleider", "dringend vraagje: teamleider aub"]:
        assert search(search_page, query)[0][:1] == alone[:1] == ["rollen/manager/"], query
    # Politeness leaves a term looked up a term (`beleefd`): the glossary first, as for "racisme" alone.
    alone, _ = search(search_page, "racisme")
    assert search(search_page, "hallo, racisme, alvast bedankt")[0][:1] == alone[:1] == ["begrippen/"]


@pytest.mark.browser
def test_her_and_them_are_pronouns_like_him(search_page):
    """"haar" and "hen" are pronouns like "hem", "zijn" and "hun" (no page is about hair): a question about a
    colleague who is a woman asks what the same question about a man asks."""
    for hers, his in [("klant scheldt haar uit om afkomst", "klant scheldt hem uit om afkomst"),
                      ("collega maakt grapjes over haar hoofddoek", "collega maakt grapjes over zijn hoofddoek")]:
        assert search(search_page, hers)[0][:3] == search(search_page, his)[0][:3], hers


@pytest.mark.browser
def test_niks_is_niets(search_page):
    """"niks" is how people say "niets": filler, so a complaint that achieves nothing finds the complaint routes and
    not nothing. The slogan "niets (niks) over ons zonder ons", all filler, is an everyday phrase for involving the
    people it is about (woorden.yml)."""
    niks, _ = search(search_page, "wat doe ik als mijn klacht niks oplevert")
    assert niks and niks == search(search_page, "wat doe ik als mijn klacht niets oplevert")[0]
    routes = {"recht/ombudsman/", "recht/klachten-over-de-overheid/", "recht/klachten-in-zorg-en-wmo/"}
    assert routes & set(niks[:3])
    for slogan in ("niks over ons zonder ons", "niets over ons zonder ons"):
        assert search(search_page, slogan)[0][:1] == ["oplossingen/inwoners-en-ervaringsdeskundigen/"], slogan


@pytest.mark.browser
def test_filler_may_stand_inside_an_everyday_phrase(search_page):
    """"mijn aanvraag werd afgewezen" is the everyday phrase "aanvraag afgewezen" (objection, complaint), with an
    auxiliary in between (`zinsdeel_gat`)."""
    pages, _ = search(search_page, "mijn aanvraag werd afgewezen door mijn naam")
    assert "recht/klachten-over-de-overheid/" in pages[:3]


@pytest.mark.browser
def test_an_adverb_may_stand_inside_an_everyday_phrase(search_page):
    """"lijkt allemaal op elkaar" is the everyday phrase "lijkt op elkaar" (a team of people alike) with "allemaal"
    in between, which says nothing about the subject (filler)."""
    assert "barrieres/witte-bubbel/" in search(search_page, "ons team lijkt allemaal op elkaar")[0][:3]


@pytest.mark.browser
def test_two_swapped_letters_are_one_typo(search_page):
    """"racsime" is "racisme" with two letters swapped: one typo, so a 7-letter word is still corrected."""
    typo, _ = search(search_page, "racsime")
    right, _ = search(search_page, "racisme")
    assert typo and typo[0] == right[0]
    # Also in a short word, which may not have a letter wrong: the swap keeps its letters (`typfout_wissel`).
    for typo, right in [("geen tjid", "geen tijd"), ("mijn moeder kreeg geen tlok", "mijn moeder kreeg geen tolk")]:
        assert search(search_page, right)[0][0] in search(search_page, typo)[0][:3]
    # Another letter in a short word is too often another word: no guess.
    assert search(search_page, "geen tjsd")[0] == []


@pytest.mark.browser
def test_a_word_written_as_it_sounds_is_that_word(search_page):
    """"rassisme" sounds like "racisme" but is two letters off, too many for an 8-letter word; "diskriminatie" and
    "klient" sound like "discriminatie" and "cliënt" (`klank`). Written as it sounds is the commonest slip, so it is
    the word, not a dead end. A short word has too many that sound alike: "tijt" is no guess (`typfout_een`)."""
    for typo, right in [("wat doe ik bij rassisme", "wat doe ik bij racisme"), ("diskriminatie", "discriminatie"),
                        ("klient weigert mij", "cliënt weigert mij")]:
        pages, _ = search(search_page, typo)
        assert pages and pages[:1] == search(search_page, right)[0][:1], typo
    assert search(search_page, "geen tijt")[0] == []


@pytest.mark.browser
def test_f_and_s_are_the_v_and_z_of_the_same_word(search_page):
    """Dutch writes "werf" and "brief" where the infinitive and the plural have "werven" and "brieven" (`wissel`); the
    stemmer keeps them apart. "hoe werf ik" asks about recruiting, so it finds the page on recruitment, and "brief"
    finds what "brieven" finds."""
    assert "oplossingen/inclusief-werven-en-selecteren/" in search(search_page, "hoe werf ik nieuwe mensen")[0][:3]
    assert search(search_page, "brief te moeilijk")[0][:3] == search(search_page, "brieven te moeilijk")[0][:3]


@pytest.mark.browser
def test_the_verb_of_a_question_counts_when_a_page_is_about_it(search_page):
    """The word before "we" or "je" is the question's verb and weighs little ("hoe richt je"), but "hoe werven we"
    and "waar meld je" ask about recruiting and reporting: a verb that stands in a page's title weighs as a subject."""
    recruiting, _ = search(search_page, "hoe werven wij collega's met een andere achtergrond")
    assert "oplossingen/inclusief-werven-en-selecteren/" in recruiting[:3]
    reporting, _ = search(search_page, "waar meld je racisme op het werk")
    assert "oplossingen/intern-meldpunt-en-richtlijnen/" in reporting[:3]


@pytest.mark.browser
def test_everyday_words_for_roles_and_hiring(search_page):
    """Everyday words of woorden.yml and keywords: "de hoogste baas" is the board (not "mijn baas", the manager),
    "aan mijn balie" is the front-line professional, "personeel aannemen" is recruiting."""
    assert "rollen/bestuurder/" in search(search_page, "wat moet de hoogste baas doen tegen racisme")[0][:3]
    pages, _ = search(search_page, "wat kan ik aan mijn balie doen voor gelijke behandeling")
    assert pages[:1] == ["rollen/professional/"]
    pages, _ = search(search_page, "personeel aannemen zonder vooroordelen")
    assert pages[:1] == ["oplossingen/inclusief-werven-en-selecteren/"]


@pytest.mark.browser
def test_everyday_phrases_for_silence_checks_and_leaving(search_page):
    """Everyday phrases of woorden.yml: colleagues who "zeggen niks" is a team where people do not dare to speak,
    "extra controles" is checking by a risk profile, and a colleague who "neemt ontslag" is leaving."""
    safe = {"barrieres/sociale-onveiligheid/", "instrumenten/teamgesprek-sociale-veiligheid/"}
    assert search(search_page, "collega's zeggen niks in het teamoverleg")[0][0] in safe
    pages, _ = search(search_page, "extra controles bij mensen met een buitenlandse naam")
    assert pages[:1] == ["recht/risicoprofielen-en-algoritmes/"]
    pages, _ = search(search_page, "een collega van kleur neemt ontslag")
    assert pages[:1] == ["oplossingen/leren-van-vertrekkende-collegas/"]


@pytest.mark.browser
def test_an_internship_is_applied_for(search_page):
    """You apply for an internship as for a job: "stageplekken" and "stagediscriminatie" are everyday words for
    sollicitatie (woorden.yml), so they find inclusive recruitment instead of nothing."""
    for query in ("stageplekken", "stagediscriminatie"):
        assert search(search_page, query)[0][:1] == ["oplossingen/inclusief-werven-en-selecteren/"], query


@pytest.mark.browser
def test_a_compound_with_an_everyday_word_is_split(search_page):
    """"memo" is an everyday word for a note to the board (woorden.yml) but not in the Dutch word list: a compound
    with it ("collegememo", "wethoudersmemo") still splits, and finds the page on the board note."""
    for query in ("collegememo", "wethoudersmemo"):
        assert search(search_page, query)[0][:1] == ["instrumenten/bestuursnotitie/"], query


KEYWORD_RANK = 5  # results a laptop shows without scrolling


def sole_keywords(kb) -> dict[str, str]:
    """Keywords of content words only that one page has, and that page: the writer said it answers them."""
    from kennisbank.zoeken import filler

    no_subject = filler()
    pages: dict[str, set[str]] = {}
    for entities in kb.entiteiten.values():
        for entity in entities.values():
            for keyword in entity.data.trefwoorden:
                if (parts := words(keyword)) and not no_subject & set(parts):
                    pages.setdefault(" ".join(parts), set()).add(page_path(entity.src))
    return {keyword: held.pop() for keyword, held in pages.items() if len(held) == 1}


@pytest.mark.browser
def test_a_keyword_finds_its_page(search_page, kb):
    """A keyword that only one page has shows that page among the first results: a keyword another page outranks
    does nothing (CONTRIBUTING, "Een zoekwoord toevoegen"). The query is exactly one of the page's keywords; that
    counts like a title that is exactly the query (`trefgelijk`): "meldroute" finds the page on reporting routes, not
    the pages whose title has its everyday word's term (meldpunt); but not above a page with the query in its title."""
    keywords = sole_keywords(kb)
    assert len(keywords) > 500
    found = search_many(search_page, list(keywords))
    buried = [f"{keyword!r} ({page}): {found[keyword][:KEYWORD_RANK]}" for keyword, page in keywords.items()
              if page not in found[keyword][:KEYWORD_RANK]]  # fmt: skip
    assert buried == [], "trefwoorden waarvoor de pagina niet bovenaan komt:\n" + "\n".join(buried)
    assert found["meldroute"][:1] == ["recht/iemand-meldt-discriminatie/"]
    # A page titled with the query comes first: "tolk" is a keyword of Ruimte voor maatwerk.
    assert keywords["tolk"] == "oplossingen/ruimte-voor-maatwerk/"
    assert found["tolk"][:1] == ["oplossingen/werken-met-een-tolk/"]


def test_everyday_words_are_parts_of_compounds_like_words_of_the_site(kb):
    """The build splits with the same extra words as the browser: the one-word everyday words of woorden.yml."""
    from kennisbank.zoeken import Splitter, dictionary, everyday_words

    everyday = everyday_words(kb.woorden)
    assert "memo" in everyday and "memo" not in dictionary()
    assert not any(" " in word for word in everyday)
    assert Splitter(dictionary()).parts("raadsmemo") is None
    assert Splitter(dictionary(), everyday).parts("raadsmemo") == ["raad", "memo"]


@pytest.mark.browser
def test_a_query_that_ends_in_an_accented_letter_is_answered(search_page):
    """"bijzondere categorieën" (of personal data) ends in a letter a keyboard may enter without a key-up; it is
    answered like any query, and so is an off-topic one that ends in one."""
    assert search(search_page, "bijzondere categorieën")[0][:1] == ["recht/privacy-en-gegevens-per-groep/"]
    assert search(search_page, "wat is de hoofdstad van australië")[0] == []


@pytest.mark.browser
def test_a_form_of_an_everyday_word_is_not_a_typo(search_page):
    """"klagt" is a form of "klagen", an everyday word for "klacht" (woorden.yml), not a typo of "klant": next to
    "wijkteam" it finds what "klagen wijkteam" finds, not the pages about clients and time."""
    pages, _ = search(search_page, "klagt wijkteam")
    assert pages and pages == search(search_page, "klagen wijkteam")[0]


@pytest.mark.browser
def test_one_letter_off_a_long_word_is_that_word(search_page):
    """"zoraanbieder" is "zorgaanbieder" with one letter left out. In a question it weighs as much, and counts where
    it stands (in a title, in keywords), as the word typed right (`zekere_verbetering`)."""
    typo, _ = search(search_page, "geschil met zoraanbieder")
    right, _ = search(search_page, "geschil met zorgaanbieder")
    assert typo[:1] == right[:1] == ["recht/klachten-in-zorg-en-wmo/"]
    # Also in a longer question, where the other words are on many pages: the typo is still its word.
    typo, _ = search(search_page, "toeslagenffaire lessen voor gemeente")
    right, _ = search(search_page, "toeslagenaffaire lessen voor gemeente")
    assert typo[:1] == right[:1] and typo
    # A typo of the site's own subject is the site's own subject: it says where, not what.
    typo, _ = search(search_page, "stappenplan inclusieve dienstverlenig")
    assert typo[:1] == ["stappenplan/"]


@pytest.mark.browser
def test_a_compound_with_a_typo_is_repaired_into_its_parts(search_page):
    """"meldprbotocol" is not a word, nor made of known words; one letter off, it is meldprotocol (meld + protocol),
    and so the page about a reporting point and its rules (`herstel_samenstelling`)."""
    pages, _ = search(search_page, "meldprbotocol")
    assert pages[:1] == ["oplossingen/intern-meldpunt-en-richtlijnen/"]
    # Of two repairs, the parts on more pages of the site: onboarding + module, not onboarding + model.
    pages, _ = search(search_page, "onboardingmoduel")
    assert pages[:1] == ["instrumenten/onboarding-module/"]


@pytest.mark.browser
def test_where_to_start_is_the_first_step(search_page):
    """"Waar moeten we beginnen", "wat is een goede eerste stap" at the end of a long situation ask where to start:
    the stappenplan and its first step (find out how it goes now) come first. "Hoe begin ik over ..." asks how to
    bring something up, and is left alone."""
    asked = "de gemeenteraad wil dat we racisme in onze dienstverlening aanpakken, wat is een goede eerste stap"
    pages, _ = search(search_page, asked)
    assert pages[:1] == ["stappenplan/verkennen/"]
    pages, _ = search(search_page, "onze bibliotheek wil dat alle bezoekers even welkom zijn, waar moeten we beginnen")
    assert set(pages[:2]) == {"stappenplan/", "stappenplan/verkennen/"}


@pytest.mark.browser
def test_someone_who_tells_a_professional_finds_what_to_do_when_someone_reports(search_page):
    """"Een bewoner klaagt ...", "een klant zegt dat ik racistisch ben": someone tells a professional about unequal
    treatment, or accuses them. The page on what to do when someone reports it comes first, before the route for
    residents. A colleague who says it is a question at work and is left to the other rules."""
    for told in ("een bewoner klaagt dat hij anders behandeld wordt", "een klant zegt dat ik racistisch ben"):
        assert search(search_page, told)[0][:1] == ["recht/iemand-meldt-discriminatie/"], told
    assert "recht/iemand-meldt-discriminatie/" in search(search_page, "een inwoner meldt discriminatie aan het loket, "
                                                                      "wat doe ik")[0][:2]


@pytest.mark.browser
def test_ies_written_as_it_sounds_is_isch(search_page):
    """"-iese" is how "-ische" sounds and a common way to write it, two letters from the word: "praktiese tips" finds
    the practical tips as "praktische tips" does, not nothing."""
    pages, _ = search(search_page, "praktiese tips")
    assert pages[:1] == ["oplossingen/praktische-handvatten/"]
    assert pages[:1] == search(search_page, "praktische tips")[0][:1]


@pytest.mark.browser
def test_a_compound_whose_parts_never_meet_on_a_page_is_its_parts_apart(search_page):
    """"meldformat": a word of the site (meld) and an everyday word for one (format: instrument), but no page has
    both as one word. Alone in the box it is asked as its parts written apart, so it is not a dead end. A compound
    with a part the site does not have as a subject stays empty."""
    pages, _ = search(search_page, "meldformat")
    assert pages and pages == search(search_page, "meld format")[0]
    assert "instrumenten/" in pages[:3]
    for other in ("hondenbelasting", "weerbericht", "afvalkalender"):
        assert search(search_page, other)[0] == [], other
    # Also with a typo: "casuïstiekbesrpeking" is repaired to casuïstiekbespreking, which is then asked apart.
    pages, _ = search(search_page, "casuïstiekbesrpeking")
    assert pages and pages == search(search_page, "casuïstiekbespreking")[0]


@pytest.mark.browser
def test_a_residents_story_finds_the_route_for_residents(search_page):
    """A resident (or their child, neighbour or parent) tells what happened in many words the site does not have. The
    words "mij", "mijn", "ik werd" ask for the route for residents (`bedoelingen`), and in a story of four content
    words or more that page needs only two of its words. "De medewerker zei" is what happened to a resident; "mijn
    medewerker" is a manager's question: that page is seldom its answer, even when the story shares its words."""
    stories = ["mijn moeder is 79 en de wijkverpleging slaat haar steeds over, de verpleegster zei dat mensen uit haar "
               "cultuur toch voor elkaar zorgen",
               "de medewerker van de bibliotheek zei dat ik met mijn accent beter een andere pas kon aanvragen"]
    for story in stories:
        assert "recht/zelf-ongelijk-behandeld/" in search(search_page, story)[0][:3], story
    manager = "mijn medewerker zei tegen een klant met een accent dat ze beter een andere pas kon aanvragen"
    assert "recht/zelf-ongelijk-behandeld/" not in search(search_page, manager)[0][:1]
    # "mijn teamleider" is someone at work too (`dader.werk`): a worker's story, not a resident's.
    worker = "een bezoeker noemde mij een vuile buitenlander en mijn teamleider deed alsof er niets gebeurd was"
    assert "recht/zelf-ongelijk-behandeld/" not in search(search_page, worker)[0][:1]
    assert search(search_page, "ik zoek de openingstijden van het zwembad in de zomervakantie met mijn kinderen")[0] == []
    # A short story with words no page has: the page "mij" names, when it has every word the site knows.
    assert search(search_page, "chauffeur regiotaxi discrimineert mij")[0][:1] == ["recht/zelf-ongelijk-behandeld/"]
    assert search(search_page, "mijn fiets is kapot")[0] == []
    # A decision about a resident's benefit: the routes page names it (objection to a decision).
    assert search(search_page, "mijn uitkering is stopgezet")[0][:1] == ["recht/zelf-ongelijk-behandeld/"]


@pytest.mark.browser
def test_a_long_question_with_two_subjects_is_not_a_dead_end(search_page):
    """A question of four content words or more is a real question (`lange_vraag`). When it finds nothing as a
    whole, the words of it that name subjects of the site are enough, if there are two. A long question about
    something else still finds nothing."""
    asked = "het bestuur heeft besloten maar op de werkvloer leeft het helemaal niet"
    pages, _ = search(search_page, asked)
    subjects, _ = search(search_page, "bestuur werkvloer")
    assert pages and pages[0] in subjects[:3]  # since the example questions, some of its other words are known too
    assert search(search_page, "ik zoek de openingstijden van het zwembad in de zomervakantie")[0] == []


@pytest.mark.browser
def test_a_keyword_phrase_finds_its_page_even_when_it_is_an_everyday_phrase(search_page):
    """A writer who gives a page the keyword "niet geholpen" (also an everyday phrase for "bejegening" in
    woorden.yml) makes that page the answer to it."""
    pages, _ = search(search_page, "ik word niet geholpen omdat ik buitenlander ben")
    assert pages[:1] == ["recht/zelf-ongelijk-behandeld/"]


@pytest.mark.browser
def test_someone_who_asks_about_themselves_finds_the_page_for_residents(search_page):
    """"ik werd ...", "mij", "mijn": a resident asks about what happened to them; "mijn team" is someone at work."""
    for query in ["de gemeente discrimineert mij", "ze hielpen mij niet aan het loket"]:
        pages, _ = search(search_page, query)
        assert pages[:1] == ["recht/zelf-ongelijk-behandeld/"], query
    pages, _ = search(search_page, "hoe bespreek ik racisme in mijn team")
    assert "recht/zelf-ongelijk-behandeld/" not in pages[:3]


@pytest.mark.browser
def test_a_job_in_a_residents_own_story_is_who_did_it(search_page, kb):
    """"de wijkverpleegkundige discrimineert mij": a resident tells what someone in a job did to them (`dader`), so a
    page for residents comes first and the job's name no longer finds the page for professionals. "onze
    klantmanager" is the asker's own work and keeps that page."""
    for_residents = {page_path(e.src) for e in kb.recht_voor_inwoners()}
    for query in ("de wijkverpleegkundige discrimineert mij", "het wijkteam behandelt mij oneerlijk"):
        pages, _ = search(search_page, query)
        assert pages[0] in for_residents and "rollen/professional/" not in pages[:3], (query, pages[:3])
    assert search(search_page, "onze klantmanager behandelt mensen anders")[0][:1] == ["rollen/professional/"]


@pytest.mark.browser
def test_someone_close_to_the_asker_is_who_it_happened_to(search_page):
    """"mijn moeder", "mijn vader": a resident asks for someone close to them (`naasten`). That person is not a subject
    to look for: no page is about mothers, and counting the word would leave the question with too few matches."""
    pages, _ = search(search_page, "ze hielpen mijn vader niet aan het loket")
    assert pages[:1] == ["recht/zelf-ongelijk-behandeld/"]
    pages, _ = search(search_page, "m'n moeder kreeg geen tolk")  # "m'n" is "mijn"
    assert pages[:1] == ["oplossingen/werken-met-een-tolk/"]


@pytest.mark.browser
def test_a_resident_with_a_question_about_themselves_finds_the_pages_for_residents(search_page, kb):
    """The pages that say `inwoners: true` (where a resident complains, reports or gets advice) come before pages
    about the organisation when a resident asks about their own case."""
    for_residents = {page_path(e.src) for e in kb.recht_voor_inwoners()}
    assert {"recht/klachten-over-de-overheid/", "recht/zelf-ongelijk-behandeld/"} <= for_residents
    pages, _ = search(search_page, "wie helpt mij met een klacht")
    assert set(pages[:3]) <= for_residents, pages[:3]
    pages, _ = search(search_page, "ik wil klagen over mijn behandeling aan de balie")
    assert "recht/klachten-over-de-overheid/" in pages[:3]


@pytest.mark.browser
def test_a_result_shows_the_lines_around_the_match(search_page):
    """A section's text is cut to a few lines around the first word that matched, so the reader sees the match
    (Material shows only the first lines) and the page draws less on every keystroke."""
    search(search_page, "klacht over discriminatie aan de balie")
    teasers = search_page.locator(".md-search-result__article p:not(.md-search-result__terms)")
    texts = teasers.evaluate_all("els => els.map(e => [e.textContent, e.querySelectorAll('mark').length])")
    assert len(texts) > 10
    assert all(len(text) <= 260 for text, _ in texts), max(texts, key=lambda t: len(t[0]))
    assert sum(marks > 0 for _, marks in texts) >= 0.8 * len(texts)


@pytest.mark.browser
def test_query_text_never_becomes_markup(search_page):
    """The query only reaches the page as text: in Material's "missing" line and in the suggestions."""
    for query in [
        'weerstand <img src=x onerror="window.kapot=1"> eredivisie',  # results, a word missing
        'klaht <img src=x onerror="window.kapot=1"> eredivisie',
    ]:  # no results: help, suggestions
        search(search_page, query)
        assert search_page.evaluate("window.kapot") is None
        assert search_page.locator(".md-search-result img").count() == 0


@pytest.mark.browser
def test_a_5000_character_query_is_answered(search_page):
    """A pasted text or a long ?q= link: the search uses its first part and stays responsive."""
    query = "klacht over discriminatie " + "x" * 5000
    pages, _ = search(search_page, query)
    assert pages and pages[:3] == search(search_page, "klacht over discriminatie")[0][:3]
    # Only that first part counts, for every rule: words far beyond it (here phrases that ask for the residents' route
    # and the law) change nothing, and the engine does not read all of them at each step (`max_lengte`).
    longer, _ = search(search_page, query + " waar kan ik klagen wetgeving zijn we verplicht")
    assert longer == pages


# One set of rules for build and browser ------------------------------------------------------------------------------

SPLIT_SAMPLES = [
    "klachtafhandeling",
    "antidiscriminatievoorziening",
    "discriminatiemeldingen",
    "angstcultuur",
    "onboardingmodule",
    "weerbericht",
    "verantwoordelijkheid",
    "inclusienetwerk",
    "meldpuntmedewerkers",
    "zorgaanbieders",
    "klachtenregeling",
    "wijkteamleden",
    "taalbarrière",
    "gelijkebehandelingswet",
    "participatiewet",
    "zorgverzekeringswet",
]
WORD_SAMPLES = [
    "Collega&#x27;s van kleur",
    "<p>De Wmo-consulent &amp; de cliënt</p>",
    "artikel 137g Sr",
    "zo’n ‘vraag’",
    "Ex-collega's, re-integratie!",
]


def in_the_engine(site, chromium, script: str, argument):
    """Run `script` with `argument` on a page of the built site that has loaded the engine and its rules."""
    with LocalServer(site.root) as server:
        page = chromium.new_page()
        page.goto(server.url)
        page.add_script_tag(url=server.url + "assets/javascripts/zoekmachine.js")
        page.add_script_tag(url=server.url + "search/zoekregels.js")
        result = page.evaluate(script, argument)
        page.close()
    return result


@pytest.mark.browser
def test_browser_applies_the_same_rules_as_the_build(site, chromium, kb):
    """zoekmachine.js splits compounds and cuts text into words exactly as kennisbank/zoeken.py does, from the
    data the build wrote (search/zoekregels.js), for every word of the site and samples the site does not use. The
    engine's own splitter is compared: it also knows the everyday words of woorden.yml ("raadsmemo")."""
    from kennisbank.zoeken import everyday_words

    index = json.loads((site.root / "search/search_index.json").read_text(encoding="utf-8"))
    texts = [d.get("title", "") + " " + d.get("text", "") for d in index["docs"]]
    splitter = Splitter(dictionary(), site_words(texts) | everyday_words(kb.woorden))
    sample = sorted(site_words(texts)) + SPLIT_SAMPLES + ["raadsmemo"]
    browser = in_the_engine(
        site,
        chromium,
        """([docs, sample, texts]) => {
            const z = window.KennisbankZoeken, data = window.__kennisbank_zoekregels;
            const splitter = new z.Engine(data, docs).splitter;
            return { parts: sample.map(w => splitter.parts(w)), words: texts.map(t => z.words(t)) };
        }""",
        [index["docs"], sample, WORD_SAMPLES],
    )
    python = [splitter.parts(w) for w in sample]
    differ = [(w, p, b) for w, p, b in zip(sample, python, browser["parts"], strict=True) if p != b]
    assert differ == [], differ[:10]
    assert browser["words"] == [words(t) for t in WORD_SAMPLES]
    assert splitter.parts("klachtafhandeling") == ["klacht", "afhandeling"]


@pytest.mark.browser
def test_a_verb_finds_its_other_forms_the_site_has(site, chromium):
    """lunr's stemmer keeps "controleert", "controleerde", "controleren" and "gecontroleerd" apart; the engine adds
    the infinitive and the participle the site has, for the present and the past tense. A noun on -te or -de
    ("gemeente", "ruimte") is no past tense of anything the site has."""
    index = json.loads((site.root / "search/search_index.json").read_text(encoding="utf-8"))
    forms = in_the_engine(
        site,
        chromium,
        """([docs, words]) => {
            const engine = new window.KennisbankZoeken.Engine(window.__kennisbank_zoekregels, docs);
            return Object.fromEntries(words.map(w => [w, engine.verbForms(w)]));
        }""",
        [index["docs"], ["controleert", "controleerde", "weigerden", "behandelt", "gemeente", "ruimte"]],
    )
    assert {"controleren", "gecontroleerd"} <= set(forms["controleert"]) == set(forms["controleerde"])
    assert {"weigeren", "geweigerd"} <= set(forms["weigerden"])
    assert {"behandelen", "behandeld"} <= set(forms["behandelt"])
    assert forms["gemeente"] == forms["ruimte"] == []


@pytest.mark.browser
def test_what_is_the_verb_of_a_question(site, chromium):
    """"hoe reageer ik ...": the word before a subject pronoun is the question's verb and weighs less. Not when a comma
    or full stop stands between them: in "controle op bijstand, ik weet het niet" "bijstand" ends the first clause
    and weighs as it does without the second. A word a title has counts as a subject ("hoe werven we"), but not
    with a clause after its subject ("hoe zorg ik dat ..."). The comma stays when a sure typo is corrected first."""
    index = json.loads((site.root / "search/search_index.json").read_text(encoding="utf-8"))
    weights = in_the_engine(
        site,
        chromium,
        """([docs, queries]) => {
            const engine = new window.KennisbankZoeken.Engine(window.__kennisbank_zoekregels, docs);
            const analyse = q => engine.analyse(engine.spelled(q));
            return queries.map(q => Object.fromEntries(analyse(q).map(item => [item.tekst, item.gewicht])));
        }""",
        [index["docs"], ["controle op bijstand", "controle op bijstand, ik weet het niet",
                         "controle op bijstand. Ik weet het niet", "hoe reageer ik op racisme",
                         "hoe zorg ik dat nieuwe collega's zich welkom voelen", "discriminatie in de zorg",
                         "controle op bijstand, ik weet het eiglenlijk niet"]],
    )
    alone, comma, stop, question, clause, noun, typo = weights
    assert comma["bijstand"] == stop["bijstand"] == typo["bijstand"] == alone["bijstand"]
    assert question["reageer"] < question["racisme"]
    # With a clause after its subject ("zorg ik dat ...") the word is a verb, though a title has "zorg" as a noun.
    assert clause["zorg"] < noun["zorg"]


def test_compounds_split_into_dutch_words_the_site_does_not_use():
    """The word list decides, not the site: both parts may be absent from every page."""
    splitter = Splitter(dictionary())
    assert splitter.parts("fietsenstalling") == ["fiets", "stalling"]
    assert splitter.parts("klachtafhandeling") == ["klacht", "afhandeling"]
    assert splitter.parts("verantwoordelijkheid") is None, "een woord van de lijst blijft heel"
    assert splitter.parts("meldingen") is None, "een woord van de lijst met een gewone uitgang blijft heel"
    assert splitter.parts("flimpelboter") is None, "geen deel dat geen woord is"
    assert Splitter(dictionary(), frozenset({"onboarding"})).parts("onboardingmodule") == ["onboarding", "module"]
    # A short last part the rules name (`korte_koppen`): laws the site does not name, not "participatiewiet".
    assert splitter.parts("participatiewet") == ["participatie", "wet"]
    assert splitter.parts("zorgverzekeringswet") == ["zorg", "verzekering", "wet"]
    assert splitter.parts("wetten") is None


def test_word_list_is_what_the_script_makes_from_opentaal():
    """kennisbank/data/woordenlijst-nl.txt is exactly what `python -m kennisbank.woordenlijst` makes from Debian's
    hunspell-nl (a test dependency; the build only reads the committed list)."""
    from kennisbank.woordenlijst import HUNSPELL, compact, read_hunspell

    assert HUNSPELL.is_file(), "hunspell-nl ontbreekt; .ci/install-debian-packages installeert het"
    committed = (ROOT / "kennisbank/data/woordenlijst-nl.txt").read_text(encoding="utf-8").split()
    assert committed == compact(read_hunspell(HUNSPELL))
    assert 5_000 < len(committed) < 20_000 and all(SPLIT.min_part <= len(w) <= SPLIT.max_word for w in committed)


def test_index_carries_kind_summary_and_keywords_only_for_subject_pages():
    index = {
        "config": {"fields": {"title": {}, "text": {}, "tags": {}}},
        "docs": [
            {"location": "barrieres/weerstand/", "title": "Weerstand", "text": "<p>Lange inleiding.</p>"},
            {"location": "barrieres/weerstand/#wat", "title": "Wat zie je", "text": "<p>Een klachtafhandeling.</p>"},
            {"location": "bronnen/", "title": "Bronnen", "text": "<p>Alles.</p>"},
        ],
    }
    pages = {
        "barrieres/weerstand/": PageInfo("Barrière", "Mensen werken tegen.", ("tegenwerking", "klachtenregistratie")),
        "bronnen/": PageInfo(None),
    }
    docs = {d["location"]: d for d in enrich(index, pages)["docs"]}
    article = docs["barrieres/weerstand/"]
    assert article["tags"] == ["Barrière"] and article["text"] == "<p>Mensen werken tegen.</p>"
    assert article["trefwoorden"] == "tegenwerking, klachtenregistratie"
    assert set(article["trefwoorddelen"].split()) == {"klacht", "registratie"}
    assert set(article["zoektermen"].split()) == {"klacht", "afhandeling"}
    assert "tags" not in docs["bronnen/"] and "zoektermen" not in docs["bronnen/"]
    assert "tags" not in docs["barrieres/weerstand/#wat"]


def found_before_and_after(tmp_path, chromium, data_file: str, old: str, new: str, query: str) -> dict[str, list]:
    """What `query` finds on a copy of the site as it is, and after replacing `old` by `new` in `data_file`."""
    project = copy_project(tmp_path / "project")
    path = project / data_file
    before = path.read_text(encoding="utf-8")
    assert old in before
    results = {}
    for name, text in [("zonder", before), ("met", before.replace(old, new))]:
        path.write_text(text, encoding="utf-8")
        result = run_mkdocs(project, tmp_path / name)
        assert result.returncode == 0, result.stderr
        with LocalServer(tmp_path / name) as server:
            page = chromium.new_page()
            page.goto(server.url)
            results[name] = search(page, query)[0]
            page.close()
    return results


@pytest.mark.browser
def test_writer_adds_an_everyday_word_and_it_finds_the_page(tmp_path, chromium):
    """CONTRIBUTING.md, "Een zoekwoord toevoegen": one line in docs/_data/woorden.yml, and a word no page uses
    finds the page."""
    entry = "- term: weerstand\n  zoekwoorden: ["
    results = found_before_and_after(tmp_path, chromium, "docs/_data/woorden.yml", entry, entry + "obstructie, ",
                                     "obstructie")
    assert results["zonder"] == []
    assert results["met"][0] == "barrieres/weerstand/"


@pytest.mark.browser
def test_writer_adds_an_example_question_and_it_finds_the_page(tmp_path, chromium):
    """CONTRIBUTING.md, "Een voorbeeldvraag toevoegen": a question under a page in docs/_data/voorbeeldvragen.yml,
    and its word, which no page uses, finds that page."""
    entry = "- pagina: barrieres/weerstand.md\n  vragen:\n"
    results = found_before_and_after(tmp_path, chromium, "docs/_data/voorbeeldvragen.yml", entry,
                                     entry + "    - weerstand bij de fietsenstalling\n", "fietsenstalling")
    assert results["zonder"] == []
    assert results["met"][:1] == ["barrieres/weerstand/"]


def test_example_questions_give_a_page_only_their_subject_words():
    """Filler, typos and markup in an example question never reach the index; the question reaches no page at all."""
    index = {
        "config": {"fields": {"title": {}, "text": {}, "tags": {}}},
        "docs": [
            {"location": "barrieres/weerstand/", "title": "Weerstand", "text": "<p>Tekst over tegenwerking.</p>"},
            {"location": "barrieres/weerstand/#wat", "title": "Wat zie je", "text": "<p>Meer.</p>"},
        ],
    }
    questions = ("wat doe ik als mijn collega's tegenwerken", "<script>alert(1)</script> fietsenstalling", "tegnwerking")
    pages = {"barrieres/weerstand/": PageInfo("Barrière", "Mensen werken tegen.", voorbeeldvragen=questions)}
    docs = {d["location"]: d for d in enrich(index, pages)["docs"]}
    assert docs["barrieres/weerstand/"]["voorbeeldvragen"].split() == ["collega", "tegenwerken", "fietsenstalling"]
    assert "voorbeeldvragen" not in docs["barrieres/weerstand/#wat"]
    assert docs["barrieres/weerstand/"]["text"] == "<p>Mensen werken tegen.</p>"


def test_no_question_we_measure_with_is_an_example_question(kb):
    """The test half, the blind sets 3 and 4, development sets 9, 10 and 11 and the regression set measure search; a
    question of theirs among the example questions would make that measure a lie (README, "Zoeken meten"). The same
    question for the search counts: the same words apart from filler, punctuation and order ("ombudsman" and "kan ik
    naar de ombudsman?")."""
    from kennisbank.zoeken import filler

    skip = filler()

    def same(query: str) -> frozenset[str]:
        return zoekset.same_for_search(query, words, skip)

    examples = {same(q) for questions in kb.voorbeeldvragen.values() for q in questions}
    measured = zoekset.measured_queries()
    assert len(measured) > 700
    assert [q for q in measured if same(q) in examples] == []
    assert len(examples) > 1000
    assert same("Hoe betrek ik inwoners bij het beleid?") == same("inwoners bij beleid: hoe betrek ik") != same("beleid")


def test_rules_reach_the_browser_from_the_same_files(site, kb):
    """The build writes the rules next to the index: the same word list, limits, filler words and everyday words
    (from docs/_data/woorden.yml) the build uses, and the pages the intents name."""
    from kennisbank.zoeken import filler, front_coded, rules, thesaurus

    script = (site.root / "search/zoekregels.js").read_text(encoding="utf-8")
    data = json.loads(re.match(r"self\.__kennisbank_zoekregels = (.*);\n$", script, re.DOTALL).group(1))
    assert data["woorden"] == front_coded(sorted(dictionary()))
    assert {key: data[key] for key in ("splitsen", "vraag", "weging")} == {
        key: rules()[key] for key in ("splitsen", "vraag", "weging")
    }
    assert data["vulwoorden"] == sorted(filler())
    assert data["thesaurus"] == thesaurus(kb.woorden, filler())
    assert ["scholing", ["training"]] in data["thesaurus"]
    intents = [intent["pagina"] for intent in data["bedoelingen"] if "pagina" in intent]
    assert intents and all(Path(site.root, url, "index.html").is_file() for url in intents)


def test_a_term_of_several_words_needs_all_of_them():
    """An everyday word for "gelijke behandeling" must find pages about equal treatment, not every page that says
    "gelijk"; "manager of teamleider" means either word."""
    from kennisbank.schema import Woord
    from kennisbank.zoeken import thesaurus

    woorden = [
        Woord(term="gelijke behandeling", zoekwoorden=["gelijkheid"]),
        Woord(term="manager of teamleider", zoekwoorden=["baas"]),
    ]
    entries = dict(thesaurus(woorden, {"of", "de"}))
    assert entries["gelijkheid"] == ["gelijke behandeling"]
    assert entries["baas"] == ["manager", "teamleider"]
