"""The zelfscan in Chromium: the documented rule, memory, advice, export, print, reset, team mode, privacy, no-JS."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from helpers import FULL_STORAGE, site_keys, storage_key, text, watched_page

pytestmark = pytest.mark.browser

SCAN = "zelfscan/"
STORAGE_KEY = "kennisbank-zelfscan"
WEET = "weet-niet"


@pytest.fixture
def page(chromium, served_site):
    with watched_page(chromium, served_site.url + SCAN, accept_downloads=True) as page:
        yield page


@pytest.fixture(scope="module")
def barrieres(kb):
    """Barriers in overview order, each with its statement ids."""
    return [(b.id, b.titel, [s.id for s in b.data.signalen]) for b in kb.barrieres.values()]


def answer(page, signaal: str, value) -> None:
    """Click the answer as a person would: on its label."""
    page.locator(f"label[for='zs-{signaal}-{value}']").click()


def fill_in(page, barrieres, answers: dict[int, list]) -> None:
    """answers: barrier index → the answer per statement (1-4, WEET, or None to leave open)."""
    for index, values in answers.items():
        for signaal, value in zip(barrieres[index][2], values, strict=False):
            if value is not None:
                answer(page, signaal, value)


def shown_order(page) -> list[str]:
    return [text_of.split(":")[0] for text_of in page.locator(".kb-zs-volgorde > li").all_inner_texts()]


def not_filled(page) -> list[str]:
    return page.locator(".kb-zs-niet-ingevuld li").all_inner_texts()


# Fixed answer sets and the result the rule on the page gives (barrier indices in overview order), with how many
# of the top three get advice (a score of 2,5 or more).
ANSWER_SETS = {
    "gelijke scores houden de volgorde van het overzicht": (
        {0: [3, 3], 1: [2, 4], 2: [4, 4, 4, 4], 3: [1, 1]},
        [2, 0, 1, 3],
        3,
    ),
    "weet ik niet telt niet mee": (
        {0: [4, WEET, WEET, WEET], 1: [2, 3], 4: [4, 4, 1, None]},
        [0, 4, 1],
        3,
    ),
    "alleen weet ik niet is niet ingevuld": (
        {0: [WEET, WEET], 5: [1, 2, 2, 1], 6: [3, None, None, 2]},
        [6, 5],
        1,
    ),
    "hoger gemiddelde wint, ook met minder antwoorden": (
        {3: [4], 1: [4, 4, 4, 3], 6: [3, 4]},
        [3, 1, 6],
        3,
    ),
}


@pytest.mark.parametrize("name", ANSWER_SETS)
def test_answer_sets_give_the_documented_ranking(page, barrieres, name):
    answers, expected, advised = ANSWER_SETS[name]
    fill_in(page, barrieres, answers)
    titles = [barrieres[i][1] for i in expected]
    assert shown_order(page) == titles
    ranked = set(expected)
    assert not_filled(page) == [b[1] for i, b in enumerate(barrieres) if i not in ranked]
    top = page.locator(".kb-zs-top h4").all_inner_texts()
    assert top == [f"{n}. {t}" for n, t in enumerate(titles[:advised], start=1)]


def test_no_advice_where_you_hardly_recognise_the_signals(page, barrieres):
    """Someone who answers 'klopt helemaal niet' everywhere said none of this applies: the list still shows the
    order, but 'Waar begin je?' gives advice only from a score of 2,5 on, and otherwise says why there is none."""
    fill_in(page, barrieres, {0: [1, 1], 1: [1, 2], 2: [3, 2]})
    assert shown_order(page) == [barrieres[2][1], barrieres[1][1], barrieres[0][1]]
    assert page.locator(".kb-zs-top h4").all_inner_texts() == [f"1. {barrieres[2][1]}"]
    fill_in(page, barrieres, {2: [1, 1]})
    assert page.locator(".kb-zs-top").count() == 0
    assert page.locator(".kb-zs-geen-advies").inner_text().startswith("Bij geen enkele barrière herken je veel signalen")


def test_the_scores_shown_are_the_means(page, barrieres):
    fill_in(page, barrieres, {0: [4, 3, WEET], 1: [1, 2, 2]})
    lines = page.locator(".kb-zs-volgorde > li").all_inner_texts()
    assert lines[0] == f"{barrieres[0][1]}: gemiddeld 3,50 (2 van {len(barrieres[0][2])} uitspraken beantwoord)"
    assert lines[1].startswith(f"{barrieres[1][1]}: gemiddeld 1,67 (3 van ")


def test_the_rule_is_written_on_the_page(site):
    rule = text(site.soup(SCAN).select_one("#zo-rekent-de-zelfscan").find_next("ul"))
    for part in ["gemiddelde", "Weet ik niet", "volgorde van het overzicht", "Niet ingevuld", "laagste nummer",
                 "2,5 of hoger"]:
        assert part in rule


def test_the_top_three_get_the_advice_from_the_content(page, barrieres, kb):
    fill_in(page, barrieres, {1: [4, 4]})
    block = page.locator(".kb-zs-top").first
    barriere = kb.barrieres[barrieres[1][0]]
    start = kb.startstap(barriere.id)
    advice = block.inner_text()
    assert f"Stap {start.data.stap}: {start.titel}" in advice
    lower = [s for s in kb.stappen.values() if s.data.stap < start.data.stap]
    assert all(s.titel not in advice.split("Oplossingen om")[0] for s in lower)
    for oplossing in kb.oplossingen_bij_barriere(barriere.id):
        assert block.get_by_role("link", name=oplossing.titel, exact=True).count() >= 1
    punten = [p for o in kb.oplossingen_bij_barriere(barriere.id) for _, p in kb.checklistpunten_bij_oplossing(o.id)]
    assert punten, "de testbarrière heeft checklistpunten nodig"
    for punt in punten:
        link = block.get_by_role("link", name=punt.tekst, exact=True).first
        assert link.get_attribute("href").endswith(f"#checklist-{punt.id}")


def test_answers_survive_a_reload_and_unknown_stored_ids_are_ignored(page, barrieres):
    fill_in(page, barrieres, {2: [4, 1], 0: [2]})
    before = shown_order(page)
    key = storage_key(page, STORAGE_KEY)
    stored = json.loads(page.evaluate("key => localStorage.getItem(key)", key))
    stored["antwoorden"]["bestaat-niet-meer"] = 4
    stored["antwoorden"][barrieres[3][2][0]] = "<img src=x onerror=alert(1)>"
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [key, json.dumps(stored)])
    page.reload()
    assert page.locator(f"#zs-{barrieres[2][2][0]}-4").is_checked()
    assert page.locator(f"#zs-{barrieres[2][2][1]}-1").is_checked()
    assert shown_order(page) == before
    assert page.context.cookies() == []


def test_old_answers_move_to_the_key_of_this_site_once(page, barrieres):
    """Answers saved under the old, unscoped key (any page on the origin could read it, also other local files on
    file://) move to the key with the site's path, once; a wipe afterwards does not bring them back."""
    signaal = barrieres[0][2][0]
    page.evaluate("id => localStorage.setItem('kennisbank-zelfscan', JSON.stringify({antwoorden: {[id]: 4}}))", signaal)
    page.reload()
    assert page.locator(f"#zs-{signaal}-4").is_checked()
    assert site_keys(page) == [storage_key(page, STORAGE_KEY)] == ["/." + STORAGE_KEY]
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Antwoorden wissen").click()
    page.reload()
    assert page.locator(".kb-zelfscan-vragen input:checked").count() == 0
    assert site_keys(page) == []


def test_when_the_browser_keeps_nothing_the_page_says_so(page, barrieres):
    """Storage full (or blocked): the scan still works on this page, and a status line under the privacy promise
    says once that the answers will be gone when the page closes."""
    page.context.add_init_script(FULL_STORAGE)
    page.reload()
    line = page.locator(".kb-zs-opslag")
    assert line.inner_text() == "" and line.get_attribute("role") == "status"
    fill_in(page, barrieres, {0: [4, 3]})
    assert shown_order(page) == [barrieres[0][1]]
    assert line.inner_text().startswith("Je browser bewaart je antwoorden niet.")
    assert line.is_visible()


def test_two_tabs_keep_each_others_answers_and_a_wipe_stays_a_wipe(page, barrieres, served_site):
    """Each change starts from what is stored, and the other tab follows (storage event): nothing is overwritten,
    and answers wiped in one tab do not come back when the other tab answers."""
    first, second, third = barrieres[0][2][0], barrieres[1][2][0], barrieres[2][2][0]
    other = page.context.new_page()
    other.goto(served_site.url + SCAN)
    answer(page, first, 4)
    answer(other, second, 2)
    expect(page.locator(f"#zs-{second}-2")).to_be_checked()
    page.reload()
    assert page.locator(f"#zs-{first}-4").is_checked() and page.locator(f"#zs-{second}-2").is_checked()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Antwoorden wissen").click()
    expect(other.locator(".kb-zelfscan-vragen input:checked")).to_have_count(0)
    answer(other, third, 1)
    # Tabs may run in separate processes: one tab's write reaches the other's storage a moment later.
    key = storage_key(page, STORAGE_KEY)
    page.wait_for_function("key => localStorage.getItem(key) !== null", arg=key)
    stored = json.loads(page.evaluate("key => localStorage.getItem(key)", key))
    assert stored["antwoorden"] == {third: 1}
    assert shown_order(other) == [barrieres[2][1]]


def test_a_page_shown_again_from_the_back_forward_cache_shows_what_is_stored(page, barrieres):
    """A page from the back-forward cache kept its old form; while it was away, another tab may have changed the
    answers (a page in that cache gets no storage events). pageshow makes it show what is stored."""
    first, second = barrieres[0][2][0], barrieres[1][2][0]
    answer(page, first, 4)
    page.evaluate("([key, id]) => localStorage.setItem(key, JSON.stringify({antwoorden: {[id]: 3}}))",
                  [storage_key(page, STORAGE_KEY), second])
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert page.locator(f"#zs-{second}-3").is_checked()
    assert not page.locator(f"#zs-{first}-4").is_checked()
    assert shown_order(page) == [barrieres[1][1]]


def test_back_shows_the_answers_that_are_stored_not_the_old_form(page, barrieres, served_site):
    """Answer, leave, wipe the answers elsewhere, then Back: the browser restores the form as it was. Radios,
    result and team code must follow what is stored, and colleagues' pasted codes do not come back."""
    first = barrieres[0][2][0]
    answer(page, first, 4)
    page.locator("#kb-zs-codes").fill("ZS-000000-1234")
    page.goto(served_site.url + "over/")
    page.evaluate("key => localStorage.removeItem(key)", storage_key(page, STORAGE_KEY))
    page.go_back()
    page.wait_for_load_state("load")
    expect(page.locator(f"#zs-{first}-4")).not_to_be_checked()
    assert page.locator(".kb-zelfscan-vragen input:checked").count() == 0
    assert shown_order(page) == []
    assert page.locator("#kb-zs-codes").input_value() == ""


def test_the_result_is_announced_and_focused(page, barrieres):
    fill_in(page, barrieres, {4: [3, 3]})
    page.get_by_role("button", name="Naar mijn resultaat").click()
    assert page.evaluate("document.activeElement.id") == "zelfscan-resultaat"
    status = page.get_by_role("status").filter(has_text="Je resultaat is bijgewerkt")
    assert status.inner_text() == f"Je resultaat is bijgewerkt. Bovenaan staat: {barrieres[4][1]}."


def test_the_status_line_does_not_go_stale(page, barrieres):
    """The status line (role=status) named the old top barrier, or said 'gewist', above a list that no longer
    matched; after a change it is empty until the next 'Naar mijn resultaat'."""
    status = page.locator(".kb-zs-status")
    fill_in(page, barrieres, {4: [3, 3]})
    page.get_by_role("button", name="Naar mijn resultaat").click()
    assert status.inner_text() == f"Je resultaat is bijgewerkt. Bovenaan staat: {barrieres[4][1]}."
    fill_in(page, barrieres, {0: [4, 4]})
    assert shown_order(page)[0] == barrieres[0][1]
    assert status.inner_text() == ""
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Antwoorden wissen").click()
    assert status.inner_text() == "Je antwoorden zijn gewist."
    fill_in(page, barrieres, {1: [2]})
    assert status.inner_text() == ""


def test_keyboard_only(page, barrieres):
    """Tab to the first statement, arrow keys choose, Space confirms; the focus is visible."""
    first = barrieres[0][2][0]
    page.locator(f"#zs-{first}-1").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.locator(f"#zs-{first}-3").is_checked()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") not in ("none", "")
    assert shown_order(page) == [barrieres[0][1]]


def test_downloads_as_markdown_and_csv(page, barrieres):
    fill_in(page, barrieres, {0: [4, 2], 1: [WEET]})
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als Markdown").click()
    markdown = Path(info.value.path()).read_text(encoding="utf-8")
    assert f"1. {barrieres[0][1]}: gemiddeld 3,00" in markdown
    assert f"- {barrieres[1][1]}" in markdown.split("## Niet ingevuld")[1]
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als CSV").click()
    rows = list(csv.reader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0] == ["barriere", "score_barriere", "uitspraak_id", "uitspraak", "antwoord"]
    by_id = {row[2]: row for row in rows[1:]}
    assert by_id[barrieres[0][2][0]][1] == "3,00" and by_id[barrieres[0][2][0]][4] == "4 klopt helemaal"
    assert by_id[barrieres[1][2][0]][4] == "Weet ik niet"
    assert len(rows) - 1 == sum(len(b[2]) for b in barrieres)


def test_print_shows_the_form_and_result_without_controls(page, barrieres):
    fill_in(page, barrieres, {0: [4, 4]})
    page.emulate_media(media="print")
    assert page.locator(".kb-zs-resultaat").is_visible()
    assert page.locator(".kb-uitspraak").first.is_visible()
    assert not page.locator(".kb-zs-team").is_visible()
    assert not page.locator(".kb-zs-knoppen button").first.is_visible()


def test_reset_asks_first(page, barrieres):
    fill_in(page, barrieres, {0: [4, 4]})
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Antwoorden wissen").click()
    assert shown_order(page) == [barrieres[0][1]]
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Antwoorden wissen").click()
    assert shown_order(page) == []
    assert page.locator(".kb-zelfscan-vragen input:checked").count() == 0
    assert site_keys(page) == []
    page.reload()
    assert page.locator(".kb-zelfscan-vragen input:checked").count() == 0


# --- Team mode ---------------------------------------------------------------------------------------------------

def team_code(page, barrieres, answers) -> str:
    page.evaluate("key => localStorage.removeItem(key)", storage_key(page, STORAGE_KEY))
    page.reload()
    fill_in(page, barrieres, answers)
    page.get_by_role("button", name="Maak mijn teamcode").click()
    return page.locator("#kb-zs-mijn-code").input_value()


def combine(page, codes: list[str], files: list[tuple[str, str]] = ()):
    page.locator("#kb-zs-codes").fill("\n".join(codes))
    page.locator("#kb-zs-bestanden").set_input_files(
        [{"name": name, "mimeType": "application/json", "buffer": content.encode()} for name, content in files])
    # Files are read asynchronously: empty an earlier result first, so the wait is for this one.
    page.locator(".kb-zs-teamresultaat").evaluate("result => result.replaceChildren()")
    page.get_by_role("button", name="Maak het teamresultaat").click()
    page.locator(".kb-zs-teamresultaat p").first.wait_for()
    return page.locator(".kb-zs-teamresultaat")


def team_rows(result) -> dict[str, list[str]]:
    rows = {}
    for row in result.locator("tbody tr").all():
        cells = row.locator("th, td").all_inner_texts()
        rows[cells[0]] = cells[1:]
    return rows


def test_team_of_three_shows_totals_only(page, barrieres):
    codes = [
        team_code(page, barrieres, {0: [4, 4], 1: [1, 1]}),
        team_code(page, barrieres, {0: [3, 4], 1: [4, 4]}),
        team_code(page, barrieres, {0: [4, WEET], 1: [1, 2], 2: [3, 3]}),
    ]
    assert all(re.fullmatch(r"ZS-[0-9a-f]{6}-[a-z2-9]{4}-[0-5]+", c) for c in codes)
    result = combine(page, codes)
    assert "3 mensen in dit teamresultaat." in result.inner_text()
    rows = team_rows(result)
    b0, b1, b2 = (barrieres[i][1] for i in range(3))
    assert list(rows)[:2] == [b0, b1], "hoogste teamgemiddelde eerst"
    assert rows[b0] == ["3", "3,80", "0 / 0 / 1 / 4", "1", "Nee"]
    assert rows[b1] == ["3", "2,17", "3 / 1 / 0 / 2", "0", "Ja"]
    assert rows[b2][0] == "minder dan 3 mensen" and rows[b2][1:] == ["", "", "", ""], "één persoon: niets tonen"


NARROW, WIDE = {"width": 320, "height": 640}, {"width": 1280, "height": 800}


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320", "1280"])
def test_the_team_table_reads_like_the_other_tables_of_the_site(chromium, served_site, barrieres, viewport):
    """For a meeting: Material's table style (borders, row names on the left), headers that say whether they count
    people or answers, "Ja" in the cell and its meaning once under the table with the scale and the threshold, and
    each barrier a link to its page (the address from the page itself). At 320 px the page does not scroll sideways:
    the table scrolls in its own box, which the keyboard reaches, named after the heading above it, and the barriers
    stay in view; at 1280 px the table fits and is no extra tab stop."""
    with watched_page(chromium, served_site.url + SCAN, viewport=viewport) as page:
        codes = [team_code(page, barrieres, {0: [4, 4], 1: [1, 1]}), team_code(page, barrieres, {0: [3, 4], 1: [4, 4]}),
                 team_code(page, barrieres, {0: [4, WEET], 1: [1, 2], 2: [3, 3]})]
        result = combine(page, codes)
        table = result.locator("table")
        assert table.get_attribute("class") is None, "Material geeft alleen een tabel zonder class zijn stijl"
        assert table.evaluate("t => getComputedStyle(t).borderTopStyle") == "solid"
        assert table.locator("tbody th").first.evaluate("th => getComputedStyle(th).textAlign") in ("left", "start")
        assert table.locator("thead th").all_inner_texts() == [
            "Barrière", "Aantal mensen", "Gemiddelde (1 tot 4)", "Aantal antwoorden 1 / 2 / 3 / 4",
            'Aantal antwoorden "weet ik niet"', "Verschil van mening?"]
        assert table.get_attribute("aria-labelledby") == "kb-zs-teamresultaat-kop"
        assert page.locator("#kb-zs-teamresultaat-kop").inner_text() == "Teamresultaat"
        assert table.locator("caption").count() == 0, "geen bijschrift dat op een telefoon wegvalt"
        assert {cells[-1] for cells in team_rows(result).values()} <= {"Ja", "Nee", ""}
        legend = result.locator(".kb-zs-legenda").all_inner_texts()
        assert legend[0].startswith("Gemiddelde: 1 = klopt helemaal niet,") and "2,5 of hoger" in legend[0]
        assert legend[1].startswith("Aantal mensen: ") and "Aantal antwoorden: " in legend[1]
        assert legend[2].startswith('Verschil van mening "Ja": het team denkt hier verschillend over.')
        assert "een kwart" in legend[2]
        for _, titel, _ in barrieres:
            link = table.locator("tbody th").get_by_role("link", name=titel, exact=True)
            own = page.locator(".kb-zs-over").get_by_role("link", name=titel, exact=True)
            assert link.evaluate("a => a.href") == own.evaluate("a => a.href")

        wrapper = result.locator(".md-typeset__scrollwrap")
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        if viewport is WIDE:
            assert wrapper.evaluate("w => w.scrollWidth <= w.clientWidth + 1"), "zes kolommen passen naast het menu"
            assert wrapper.get_attribute("tabindex") is None
            return
        assert wrapper.get_attribute("tabindex") == "0" and wrapper.get_attribute("role") == "region"
        assert wrapper.get_attribute("aria-labelledby") == "kb-zs-teamresultaat-kop"
        heading = page.locator("#kb-zs-teamresultaat-kop").bounding_box()
        assert heading["x"] >= 0 and heading["x"] + heading["width"] <= viewport["width"]
        wrapper.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("document.querySelector('.kb-zs-tabel').scrollLeft > 0")
        wrapper.evaluate("w => { w.scrollLeft = w.scrollWidth; }")
        name = table.locator("tbody th").first.bounding_box()
        assert name["x"] >= 0 and name["x"] + name["width"] <= viewport["width"], "de barrière blijft in beeld"


def test_fewer_than_three_people_get_no_team_result(page, barrieres):
    codes = [team_code(page, barrieres, {0: [4]}), team_code(page, barrieres, {0: [1]})]
    result = combine(page, [*codes, codes[0]])
    assert "Er zijn 2 geldige codes of bestanden" in result.inner_text()
    assert "Regel 3: deze code staat er al" in result.inner_text()
    assert result.locator("table").count() == 0


def three_colleagues(page, barrieres) -> list[str]:
    """Codes of three colleagues, then this page wiped: whoever combines did not fill in the scan."""
    codes = [team_code(page, barrieres, {0: [4, 4], 1: [1, 1]}), team_code(page, barrieres, {0: [3, 4], 1: [4, 4]}),
             team_code(page, barrieres, {0: [4, WEET], 1: [1, 2], 2: [3, 3]})]
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Antwoorden wissen").click()
    return codes


def test_the_team_result_downloads_as_csv_and_markdown(page, barrieres):
    """The downloads next to the team result hold the team result (the totals as shown), not the answers of whoever
    combines; they are there only while a team result is."""
    output = page.locator(".kb-zs-team-uitvoer")
    assert not output.is_visible()
    codes = three_colleagues(page, barrieres)
    assert not output.is_visible(), "zonder teamresultaat geen knoppen"
    combine(page, codes)
    assert output.get_by_role("button").all_inner_texts() == [
        "Teamresultaat afdrukken", "Download teamresultaat als CSV", "Download teamresultaat als Markdown"]
    b0, b1, b2 = (barrieres[i][1] for i in range(3))
    with page.expect_download() as info:
        output.get_by_role("button", name="Download teamresultaat als CSV").click()
    assert info.value.suggested_filename == "zelfscan-teamresultaat.csv"
    content = Path(info.value.path()).read_text(encoding="utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content.removeprefix("\ufeff")), delimiter=";"))
    assert rows[0] == ["barriere", "aantal_mensen", "gemiddelde", "aantal_antwoorden_1", "aantal_antwoorden_2",
                       "aantal_antwoorden_3", "aantal_antwoorden_4", "aantal_weet_ik_niet", "verschil_van_mening"]
    assert rows[1] == [b0, "3", "3,80", "0", "0", "1", "4", "1", "Nee"]
    assert rows[2] == [b1, "3", "2,17", "3", "1", "0", "2", "0", "Ja"]
    by_name = {row[0]: row[1:] for row in rows[1:]}
    assert by_name[b2] == ["minder dan 3 mensen"] + [""] * 7, "één persoon: niets tonen, ook niet in de download"
    assert len(rows) - 1 == len(barrieres)

    with page.expect_download() as info:
        output.get_by_role("button", name="Download teamresultaat als Markdown").click()
    assert info.value.suggested_filename == "zelfscan-teamresultaat.md"
    markdown = Path(info.value.path()).read_text(encoding="utf-8")
    assert "\n## Teamresultaat\n\n3 mensen in dit teamresultaat.\n" in markdown
    assert ("| Barrière | Aantal mensen | Gemiddelde (1 tot 4) | Aantal antwoorden 1 / 2 / 3 / 4 | "
            'Aantal antwoorden "weet ik niet" | Verschil van mening? |\n| --- |') in markdown
    assert f"| {b0} | 3 | 3,80 | 0 / 0 / 1 / 4 | 1 | Nee |" in markdown
    assert f"| {b1} | 3 | 2,17 | 3 / 1 / 0 / 2 | 0 | Ja |" in markdown
    assert f"| {b2} | minder dan 3 mensen |  |  |  |  |" in markdown
    assert '\nVerschil van mening "Ja": het team denkt hier verschillend over.' in markdown
    assert "\nGemiddelde: 1 = klopt helemaal niet," in markdown

    with page.expect_download() as info:
        page.get_by_role("button", name="Download als CSV").click()
    personal = Path(info.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert personal[0].startswith("barriere;score_barriere;"), "de eigen download blijft de eigen antwoorden"
    combine(page, codes[:2])
    assert not output.is_visible(), "een resultaat met te weinig mensen heeft geen knoppen"


def test_the_team_downloads_neutralise_formulas_and_keep_the_markdown_table_whole(chromium, served_site, barrieres):
    """A barrier name that starts like a formula gets an apostrophe in the CSV (as in the personal export), and a |
    in it does not break the Markdown table. The name is changed in the page as served, before the script reads it."""
    first = barrieres[0][1]
    name = '=HYPERLINK("https://example.org","klik")|x'

    def change(route):
        html = route.fetch().text()
        over = re.search(r'(<p class="kb-zs-over">[^<]*<a href="[^"]*">)' + re.escape(first) + "</a>", html)
        route.fulfill(body=html[:over.start()] + over.group(1) + name.replace('"', "&quot;") + "</a>"
                      + html[over.end():], content_type="text/html; charset=utf-8")

    context = chromium.new_context(accept_downloads=True)
    context.route(re.compile(r".*/zelfscan/$"), change)
    page = context.new_page()
    page.goto(served_site.url + SCAN)
    combine(page, three_colleagues(page, barrieres))
    assert name in team_rows(page.locator(".kb-zs-teamresultaat"))
    with page.expect_download() as info:
        page.get_by_role("button", name="Download teamresultaat als CSV").click()
    rows = Path(info.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert any(row.startswith('"\'=HYPERLINK(""https://example.org"",""klik"")|x";') for row in rows), rows
    with page.expect_download() as info:
        page.get_by_role("button", name="Download teamresultaat als Markdown").click()
    markdown = Path(info.value.path()).read_text(encoding="utf-8")
    row = next(line for line in markdown.splitlines() if "HYPERLINK" in line)
    assert row.startswith('| =HYPERLINK("https://example.org","klik")\\|x | 3 | ')
    assert len(re.split(r"(?<!\\)\|", row)) == 8, "zeven cellen, de | in de naam telt niet"
    context.close()


def test_printing_shows_the_team_result_instead_of_an_empty_scan(page, barrieres):
    """For a meeting: with a team result on the page, paper shows the team result (not how to make it, not the
    messages about codes); the personal scan stays out when nobody filled it in. With answers of one's own it
    prints as before, unless "Teamresultaat afdrukken" prints only the team result."""
    codes = three_colleagues(page, barrieres)
    combine(page, [*codes, "rommel"])
    page.emulate_media(media="print")
    assert page.locator(".kb-zs-teamresultaat table").is_visible()
    assert page.locator("#zelfscan-team").is_visible() and page.locator(".kb-zs-legenda").first.is_visible()
    for hidden in (".kb-zelfscan-vragen", ".kb-zs-resultaat", "#zo-rekent-de-zelfscan", "#kb-zs-codes",
                   ".kb-zs-eigen-code", ".kb-zs-melding", ".kb-zs-team-uitvoer button"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator(".kb-zs-tabel").evaluate("w => w.scrollWidth <= w.clientWidth + 1"), "op papier scrolt niets"

    page.emulate_media(media="screen")
    fill_in(page, barrieres, {3: [4]})
    page.emulate_media(media="print")
    assert page.locator(".kb-zelfscan-vragen").is_visible() and page.locator(".kb-zs-resultaat").is_visible()
    assert page.locator(".kb-zs-teamresultaat table").is_visible()

    page.emulate_media(media="screen")
    page.evaluate("() => { window.print = () => { window.afgedrukt = (window.afgedrukt || 0) + 1; }; }")
    page.get_by_role("button", name="Teamresultaat afdrukken").click()
    assert page.evaluate("window.afgedrukt") == 1
    page.emulate_media(media="print")
    assert not page.locator(".kb-zelfscan-vragen").is_visible() and not page.locator(".kb-zs-resultaat").is_visible()
    assert page.locator(".kb-zs-teamresultaat table").is_visible()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator(".kb-zelfscan-vragen").is_visible(), "na het afdrukken drukt de pagina weer gewoon af"

    page.emulate_media(media="screen")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Antwoorden wissen").click()
    page.emulate_media(media="print")
    assert not page.locator(".kb-zs-team").is_visible(), "zonder teamresultaat gaat het teamdeel niet mee"
    assert page.locator(".kb-zelfscan-vragen").is_visible()


def without_random_part(code: str) -> str:
    """A code as made before codes had a random part: ZS-<versie>-<cijfers>."""
    zs, versie, _, digits = code.split("-")
    return f"{zs}-{versie}-{digits}"


def test_the_team_code_goes_when_the_answers_change_and_a_wipe_clears_the_team_part(page, barrieres):
    """A code on screen after a change is outdated; after a wipe on a shared computer it still held all answers.
    A wipe also clears the pasted codes, the chosen files and the team result."""
    first, second = barrieres[0][2][:2]
    fill_in(page, barrieres, {0: [4]})
    page.get_by_role("button", name="Maak mijn teamcode").click()
    assert page.locator("#kb-zs-mijn-code").input_value().split("-")[3].startswith("40")
    answer(page, second, 2)
    assert page.locator("#kb-zs-mijn-code").count() == 0, "een verouderde code blijft niet staan"
    page.get_by_role("button", name="Maak mijn teamcode").click()
    code = page.locator("#kb-zs-mijn-code").input_value()
    assert code.split("-")[3].startswith("42")
    combine(page, [code], [("ander.json", HOSTILE_FILE)])
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Antwoorden wissen").click()
    assert page.locator("#kb-zs-mijn-code").count() == 0
    assert page.locator("#kb-zs-codes").input_value() == ""
    assert page.locator("#kb-zs-bestanden").evaluate("input => input.files.length") == 0
    assert page.locator(".kb-zs-teamresultaat").inner_text() == ""
    assert page.locator(f"#zs-{first}-4").is_checked() is False


def test_colleagues_with_the_same_answers_each_count(page, barrieres):
    """Three people with the same answers are three people (their codes and files carry a random part), while one
    code or file given twice counts once. Codes made before the random part existed are still accepted."""
    same = {0: [3, 3], 1: [3, 3]}
    codes, files = [], []
    for _ in range(3):
        codes.append(team_code(page, barrieres, same))
        with page.expect_download() as info:
            page.get_by_role("button", name="Download mijn teambestand").click()
        files.append(("zelfscan-team.json", Path(info.value.path()).read_text(encoding="utf-8")))
    assert len(set(codes)) == 3 and len({c.rsplit("-", 1)[1] for c in codes}) == 1
    result = combine(page, [*codes, codes[1]])
    assert "3 mensen in dit teamresultaat." in result.inner_text()
    assert "Regel 4: deze code staat er al; hij telt één keer." in result.inner_text()
    assert team_rows(result)[barrieres[0][1]][:3] == ["3", "3,00", "0 / 0 / 6 / 0"]
    result = combine(page, [], files)
    assert "3 mensen in dit teamresultaat." in result.inner_text(), "drie teambestanden met dezelfde antwoorden"
    result = combine(page, [codes[0]], [files[0], files[1]])
    assert "Bestand zelfscan-team.json: dit bestand, of dezelfde code, staat er al" in result.inner_text(), (
        "code en bestand van één pagina met dezelfde antwoorden zijn één persoon")
    assert "Er zijn 2 geldige codes of bestanden" in result.inner_text()
    old = [without_random_part(c) for c in codes]
    result = combine(page, [old[0], old[1], codes[2]])
    assert "Regel 2: deze code staat er al; hij telt één keer. Is het de code van een collega" in result.inner_text()
    assert "Er zijn 2 geldige codes of bestanden" in result.inner_text(), "een oude code telt nog mee"


def test_the_team_texts_do_not_promise_what_totals_cannot_keep(page, barrieres):
    """Totals from 3 people on hide one person's answers only at a glance: the results with and without one person
    differ by exactly that person's answers (shown below), and whoever combines holds the codes. So the page does
    not promise that nobody can work them out, and it says how to avoid the comparison."""
    codes = [team_code(page, barrieres, {0: [n, n]}) for n in (1, 2, 3, 4)]
    three, four = (team_rows(combine(page, codes[:n]))[barrieres[0][1]][2] for n in (3, 4))
    difference = [int(b) - int(a) for a, b in zip(three.split(" / "), four.split(" / "), strict=True)]
    assert difference == [0, 0, 0, 2], "het vierde antwoord (twee keer 4) is af te leiden"
    shown = page.locator(".kb-zs-team").inner_text() + combine(page, codes[:2]).inner_text()
    assert "niemand de antwoorden van een ander kan afleiden" not in shown
    assert "geen antwoorden van één persoon" not in shown
    assert "met en zonder één persoon" in shown


OWN = "Tel mijn eigen antwoorden op deze pagina mee"


def test_whoever_combines_counts_their_own_answers_without_pasting_their_own_code(page, barrieres):
    """WCAG 3.3.7 (Redundant Entry): the page has the answers of whoever combines, so a tick counts them; pasting
    one's own code (or file) as well does not count them twice, also not a code from an earlier visit, which has
    another random part. Without the tick nobody is counted unasked."""
    colleagues = [team_code(page, barrieres, {0: [4, 4], 1: [1, 1]}), team_code(page, barrieres, {0: [3, 4], 1: [4, 4]})]
    mine = team_code(page, barrieres, {0: [4, WEET], 1: [1, 2], 2: [3, 3]})
    with page.expect_download() as info:
        page.get_by_role("button", name="Download mijn teambestand").click()
    my_file = ("ik.json", Path(info.value.path()).read_text(encoding="utf-8"))
    tick = page.get_by_label(OWN)
    assert not tick.is_checked(), "niemand telt mee zonder dat die het zelf kiest"
    assert "Er zijn 2 geldige codes of bestanden" in combine(page, colleagues).inner_text()
    tick.focus()
    page.keyboard.press("Space")
    assert tick.is_checked()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") not in ("none", "")

    b0, b1, b2 = (barrieres[i][1] for i in range(3))
    expected = {b0: ["3", "3,80", "0 / 0 / 1 / 4", "1", "Nee"],
                b1: ["3", "2,17", "3 / 1 / 0 / 2", "0", "Ja"]}
    result = combine(page, colleagues)
    shown = result.inner_text()
    assert "Je eigen antwoorden op deze pagina tellen mee." in shown and "3 mensen in dit teamresultaat." in shown
    rows = team_rows(result)
    assert {b: rows[b] for b in (b0, b1)} == expected and rows[b2][0] == "minder dan 3 mensen"
    assert result.get_attribute("role") == "status"

    result = combine(page, [colleagues[0], mine, colleagues[1]])
    assert "Regel 2: dit is je eigen code. Je eigen antwoorden tellen al mee" in result.inner_text()
    assert "3 mensen in dit teamresultaat." in result.inner_text(), "de eigen code telt niet twee keer"
    earlier = mine.split("-")
    earlier[2] = "zzzz" if earlier[2] != "zzzz" else "yyyy"  # the same answers, made on an earlier visit
    result = combine(page, [colleagues[0], "-".join(earlier), colleagues[1], without_random_part(mine)])
    assert "Regel 2: deze code heeft precies dezelfde antwoorden als jij" in result.inner_text()
    assert "Regel 4: deze code heeft precies dezelfde antwoorden als jij" in result.inner_text()
    assert "3 mensen in dit teamresultaat." in result.inner_text()
    result = combine(page, colleagues, [my_file])
    assert "Bestand ik.json: dit is je eigen bestand" in result.inner_text()
    assert {b: team_rows(result)[b] for b in (b0, b1)} == expected

    answer(page, barrieres[2][2][0], 1)
    assert page.locator(".kb-zs-teamresultaat").inner_text() == "", "een resultaat met oude eigen antwoorden gaat weg"
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Antwoorden wissen").click()
    assert not tick.is_checked(), "na wissen op een gedeelde computer staat het vinkje niet meer aan"
    tick.check()
    shown = combine(page, colleagues).inner_text()
    assert "nog geen uitspraak met 1 tot 4 beantwoord. Van jou telt dus niets mee." in shown
    assert "Er zijn 2 geldige codes of bestanden" in shown and "tellen mee." not in shown


def test_the_team_explanation_says_how_to_count_your_own_answers(page):
    text_of_team = page.locator(".kb-zs-team").inner_text()
    assert OWN in text_of_team
    assert 'vink "Tel mijn eigen antwoorden mee" aan' in text_of_team


def test_codes_with_invisible_characters_from_chat_or_mail_are_accepted(page, barrieres):
    """Chat and mail programs put a zero-width space, a soft hyphen, a word joiner or another kind of hyphen in a
    pasted code; it is still the same code."""
    codes = [team_code(page, barrieres, {0: [n, 4]}) for n in (2, 3, 4)]
    pasted = [
        codes[0][:8] + "\u200b" + codes[0][8:] + "\ufeff",
        codes[1].replace("-", "\u2011", 2)[:12] + "\u00ad" + codes[1].replace("-", "\u2011", 2)[12:],
        "\u2060" + codes[2].replace("-", "\u2010") + "\u200d",
    ]
    result = combine(page, pasted)
    assert "3 mensen in dit teamresultaat." in result.inner_text(), result.inner_text()


def test_codes_pasted_from_a_chat_or_a_list_are_accepted(page, barrieres):
    """A line copied from a chat or a list has something before the code ("- ", "1. ", "Jan: "): the code is what
    starts at the first ZS-, and is checked as before. A line without a code, or with a broken code after the
    prefix, is still refused."""
    codes = [team_code(page, barrieres, {0: [n, 4]}) for n in (2, 3, 4)]
    broken = "Piet: " + codes[0][:-1]
    result = combine(page, ["- " + codes[0], "1. " + codes[1].lower(), "Jan:\u00a0" + codes[2], broken, "Kees: ja"])
    shown = result.inner_text()
    assert "3 mensen in dit teamresultaat." in shown, shown
    assert "Regel 4: dit is geen teamcode" in shown and "Regel 5: dit is geen teamcode" in shown


def test_fewer_than_three_is_said_in_correct_dutch(page, barrieres):
    """One valid code is "1 code", not "1 geldige codes"; the same for one's own answers alone and for one unknown
    statement in a file."""
    code = team_code(page, barrieres, {0: [4]})
    shown = combine(page, [code]).inner_text()
    assert "Er is 1 code of bestand geldig. Voor een teamresultaat zijn er minstens 3 nodig." in shown
    assert "Er zijn 2 geldige codes of bestanden" in combine(page, [code, code[:-1] + "2"]).inner_text()
    page.get_by_label(OWN).check()
    shown = combine(page, []).inner_text()
    assert "Alleen jouw eigen antwoorden tellen nu mee. Voor een teamresultaat zijn er minstens 3 mensen nodig." in shown
    assert "Met jou erbij zijn er 2 mensen." in combine(page, [code[:-1] + "2"]).inner_text()
    assert "zijn er 1 " not in shown


HOSTILE_FILE = json.dumps({
    "soort": "kennisbank-zelfscan", "versie": "000000",
    "antwoorden": {"<img src=x onerror=alert(1)>": 4, "__proto__": 4, "x": {"toString": 1}},
})


def test_hostile_and_outdated_input_is_refused_and_never_markup(page, barrieres):
    good = [team_code(page, barrieres, {0: [4, 4]}), team_code(page, barrieres, {0: [2]})]
    versie = good[0].split("-")[1]
    outdated = "ZS-" + ("000000" if versie != "000000" else "111111") + "-" + good[0].split("-", 2)[2]
    file_answers = {barrieres[0][2][0]: 3, "verdwenen-uitspraak": 4, barrieres[0][2][1]: "<b>4</b>"}
    files = [
        ("team.json", json.dumps({"soort": "kennisbank-zelfscan", "versie": "oud", "antwoorden": file_answers})),
        ("<img src=x onerror=alert(2)>.json", HOSTILE_FILE),
        ("kapot.json", "{niet: json"),
    ]
    hostile_line = "<script>alert(3)</script>"
    result = combine(page, [good[0], hostile_line, outdated, good[0][:-1], good[1]], files)
    shown = result.inner_text()
    assert "Regel 2: dit is geen teamcode" in shown
    assert "Regel 3: deze code hoort bij een andere versie" in shown
    assert "Regel 4: dit is geen teamcode" in shown
    assert "Bestand team.json: 1 onbekende uitspraak genegeerd" in shown
    assert "Bestand <img src=x onerror=alert(2)>.json: dit is geen teambestand" in shown
    assert "Bestand kapot.json: dit is geen teambestand" in shown
    assert "3 mensen in dit teamresultaat." in shown, "twee codes en één bestand tellen mee"
    assert page.locator(".kb-zelfscan img, .kb-zelfscan b, .kb-zelfscan-vragen script").count() == 0
    assert team_rows(result)[barrieres[0][1]][:2] == ["3", "3,25"], "alleen het geldige antwoord uit het bestand"


def test_the_team_file_round_trips(page, barrieres):
    people = [{0: [4, 3]}, {0: [1, 1]}, {0: [2, WEET]}]
    files = []
    for n, answers in enumerate(people):
        team_code(page, barrieres, answers)
        with page.expect_download() as info:
            page.get_by_role("button", name="Download mijn teambestand").click()
        files.append((f"persoon{n}.json", Path(info.value.path()).read_text(encoding="utf-8")))
    assert json.loads(files[0][1])["antwoorden"] == {barrieres[0][2][0]: 4, barrieres[0][2][1]: 3}
    rows = team_rows(combine(page, [], files))
    assert rows[barrieres[0][1]] == ["3", "2,20", "2 / 1 / 1 / 1", "1", "Ja"]


# --- Privacy, no JavaScript --------------------------------------------------------------------------------------

def test_no_request_leaves_the_site(page, barrieres, served_site):
    fill_in(page, barrieres, {0: [4, 4], 1: [2, 2]})
    page.get_by_role("button", name="Naar mijn resultaat").click()
    page.get_by_role("button", name="Maak mijn teamcode").click()
    local = urlsplit(served_site.url).netloc
    assert [u for u in page.requests if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != local] == []
    assert page.requests, "geen verzoeken gezien; klopt de meting nog?"
    assert "nergens heen" in page.locator(".kb-privacy").inner_text()


def test_without_javascript_the_form_is_readable_and_has_no_dead_buttons(chromium, served_site, kb):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site.url + SCAN)
    statements = [s.tekst for b in kb.barrieres.values() for s in b.data.signalen]
    assert page.locator("fieldset legend").all_inner_texts() == statements
    for barriere in kb.barrieres.values():
        assert page.locator(".kb-zs-over").get_by_role("link", name=barriere.titel, exact=True).is_visible()
    assert page.locator("article button:visible").count() == 0
    assert not page.locator(".kb-zs-resultaat").is_visible()
    assert not page.locator(".kb-zs-team").is_visible()
    assert page.locator("noscript").count() == 1
    context.close()
