"""Checklists people use over weeks: remembered in the browser, progress, reset, share, export, print, keyboard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from helpers import FULL_STORAGE, LocalServer, axe_violations, site_keys, storage_key, watched_page

pytestmark = pytest.mark.browser

STEP = "stappenplan/verkennen/"
STORAGE_KEY = "kennisbank-checklist"
LIST = "instrumenten/melding-aannemen/"  # a list of steps (instrument) with its own checklist
LIST_KEY = "kennisbank-lijst-melding-aannemen"


@pytest.fixture
def page(chromium, served_site):
    with watched_page(chromium, served_site.url + STEP, accept_downloads=True) as page:
        yield page


def boxes(page):
    return page.locator(".kb-checklist input[type=checkbox]")


def test_ticking_is_remembered_across_reload_and_pages(page, served_site, kb):
    first = kb.stappen["verkennen"].data.checklist[0]
    page.get_by_role("checkbox", name=first.tekst).check()
    page.reload()
    assert page.locator(f"#checklist-{first.id}").is_checked()
    page.goto(served_site.url + "checklist/")
    assert page.locator(f"#checklist-{first.id}").is_checked(), "de complete checklist deelt dezelfde vinkjes"
    assert json.loads(page.evaluate("key => localStorage.getItem(key)", storage_key(page, STORAGE_KEY))) == {
        first.id: True}
    assert page.context.cookies() == [], "geen cookies"


def test_progress_per_step_and_overall(page, kb):
    total = sum(len(s.data.checklist) for s in kb.stappen.values())
    in_step = len(kb.stappen["verkennen"].data.checklist)
    boxes(page).nth(0).check()
    boxes(page).nth(1).check()
    assert page.locator(".kb-voortgang").inner_text() == f"Hele stappenplan: 2 van {total} punten afgevinkt."
    assert page.locator(".kb-voortgang-stap").inner_text().endswith(f": 2 van {in_step} afgevinkt.")
    assert page.locator(".kb-voortgang").get_attribute("role") == "status"


def test_removed_items_in_storage_are_ignored(page, kb):
    known = kb.stappen["verkennen"].data.checklist[1].id
    page.evaluate("([key, known]) => localStorage.setItem(key, JSON.stringify({'bestaat-niet-meer': true, [known]: true}))",
                  [storage_key(page, STORAGE_KEY), known])
    page.reload()
    total = sum(len(s.data.checklist) for s in kb.stappen.values())
    assert page.locator(f"#checklist-{known}").is_checked()
    assert page.locator(".kb-voortgang").inner_text() == f"Hele stappenplan: 1 van {total} punten afgevinkt."


def test_corrupt_storage_does_not_break_the_page(page):
    page.evaluate("key => localStorage.setItem(key, '{kapot')", storage_key(page, STORAGE_KEY))
    page.reload()
    assert boxes(page).count() > 0 and not boxes(page).nth(0).is_checked()
    boxes(page).nth(0).check()
    page.reload()
    assert boxes(page).nth(0).is_checked()


def test_an_array_in_storage_does_not_swallow_new_ticks(page, kb):
    """A JSON array under the key (an older format, another app on the origin, a hand edit) is no state: a tick
    must still be counted and kept (JSON.stringify dropped the ids set on an array)."""
    total = sum(len(s.data.checklist) for s in kb.stappen.values())
    for stored in ("[]", '["x", "y"]'):
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [storage_key(page, STORAGE_KEY), stored])
        page.reload()
        boxes(page).nth(0).check()
        assert page.locator(".kb-voortgang").inner_text() == f"Hele stappenplan: 1 van {total} punten afgevinkt."
        page.reload()
        assert boxes(page).nth(0).is_checked(), stored


def test_each_copy_of_the_site_keeps_its_own_ticks_and_old_ticks_move_once(chromium, site, kb, tmp_path):
    """The key carries the site's path, like Material's own: two copies on one origin (or two offline bundles on
    file://) do not share ticks, and another page on the origin does not find them under a known name. Ticks saved
    under the old, unscoped key move to the new key once, so nobody loses them."""
    first, second = kb.stappen["verkennen"].data.checklist[:2]
    for copy in ("a", "b"):
        (tmp_path / copy).symlink_to(site.root, target_is_directory=True)
    with LocalServer(tmp_path) as server:
        context = chromium.new_context()
        page = context.new_page()
        page.goto(server.url + "a/" + STEP)
        page.evaluate("id => localStorage.setItem('kennisbank-checklist', JSON.stringify({[id]: true}))", first.id)
        page.reload()
        assert page.locator(f"#checklist-{first.id}").is_checked(), "vinkjes onder de oude sleutel blijven"
        assert site_keys(page) == [f"/a/.{STORAGE_KEY}"], "de oude sleutel is verhuisd"
        page.get_by_role("checkbox", name=second.tekst).check()
        page.goto(server.url + "b/" + STEP)
        assert page.locator(".kb-checklist input:checked").count() == 0, "een andere kopie deelt geen vinkjes"
        page.get_by_role("checkbox", name=second.tekst).check()
        page.goto(server.url + "a/" + STEP)
        assert page.locator(".kb-checklist input:checked").count() == 2
        assert site_keys(page) == [f"/a/.{STORAGE_KEY}", f"/b/.{STORAGE_KEY}"]
        context.close()


def test_when_the_browser_keeps_nothing_the_page_says_so_and_counts_what_it_shows(page, kb):
    """Storage full (or blocked): the ticks stay on this page only. The progress lines count the boxes shown (they
    read storage and stayed at 0), and a status line says once that the ticks will not be kept."""
    total = sum(len(s.data.checklist) for s in kb.stappen.values())
    page.context.add_init_script(FULL_STORAGE)
    page.reload()
    message = page.locator(".kb-checklist-melding")
    boxes(page).nth(0).check()
    boxes(page).nth(1).check()
    assert page.locator(".kb-voortgang").inner_text() == f"Hele stappenplan: 2 van {total} punten afgevinkt."
    assert page.locator(".kb-voortgang-stap").inner_text().startswith("Deze stap: 2 van ")
    assert message.get_attribute("role") == "status"
    assert message.inner_text().startswith("Je browser bewaart je vinkjes niet.")
    boxes(page).nth(0).uncheck()
    assert page.locator(".kb-voortgang").inner_text() == f"Hele stappenplan: 1 van {total} punten afgevinkt."
    assert page.locator(".kb-knoppen").evaluate("e => e.nextElementSibling.className") == "kb-checklist-melding"


def test_a_second_tab_shows_the_ticks_of_the_first(page, served_site, kb):
    """The same step in two tabs: ticks in one show in the other (storage event), so boxes and counts agree."""
    first, second = kb.stappen["verkennen"].data.checklist[:2]
    other = page.context.new_page()
    other.goto(served_site.url + STEP)
    page.get_by_role("checkbox", name=first.tekst).check()
    other.get_by_role("checkbox", name=second.tekst).check()
    expect(other.locator(f"#checklist-{first.id}")).to_be_checked()
    expect(page.locator(f"#checklist-{second.id}")).to_be_checked()
    for tab in (page, other):
        assert tab.locator(".kb-voortgang-stap").inner_text().startswith("Deze stap: 2 van ")
        assert tab.locator(".kb-checklist input:checked").count() == 2


def test_back_shows_the_ticks_that_are_stored_not_the_old_form(page, served_site, kb):
    """Untick on another page, then Back: the browser restores the form as it was (ticked) over what the script
    showed. The box and the count must show what is stored (a CSV export reads the boxes)."""
    first = kb.stappen["verkennen"].data.checklist[0]
    page.get_by_role("checkbox", name=first.tekst).check()
    page.goto(served_site.url + "checklist/")
    page.get_by_role("checkbox", name=first.tekst).uncheck()
    page.go_back()
    page.wait_for_load_state("load")
    expect(page.locator(f"#checklist-{first.id}")).not_to_be_checked()
    assert page.locator(".kb-checklist input:checked").count() == 0
    assert page.locator(".kb-voortgang-stap").inner_text().startswith("Deze stap: 0 van ")
    assert page.locator(".kb-checklist[autocomplete=off]").count() == 1, "de browser zet het formulier niet terug"


def test_reset_asks_for_confirmation(page):
    boxes(page).nth(0).check()
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Vinkjes op deze pagina wissen").click()
    assert boxes(page).nth(0).is_checked(), "annuleren wist niets"
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Vinkjes op deze pagina wissen").click()
    assert not boxes(page).nth(0).is_checked()
    page.reload()
    assert not boxes(page).nth(0).is_checked()


def test_reset_counts_the_ticks_it_wipes_and_with_none_does_not_ask(page):
    """The question named every item ('alle 6 vinkjes'), also with none ticked; now it counts the ticked ones, and
    with none it says so under the buttons instead of asking."""
    questions = []
    page.on("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    wipe = page.get_by_role("button", name="Vinkjes op deze pagina wissen")
    wipe.click()
    assert questions == []
    assert page.locator(".kb-checklist-melding").inner_text() == "Op deze pagina staan geen vinkjes. Er is niets te wissen."
    boxes(page).nth(0).check()
    assert page.locator(".kb-checklist-melding").inner_text() == ""
    boxes(page).nth(2).check()
    wipe.click()
    assert questions[-1].startswith("Wil je de 2 vinkjes op deze pagina wissen?")
    boxes(page).nth(0).uncheck()
    wipe.click()
    assert questions[-1].startswith("Wil je het vinkje op deze pagina wissen?")
    assert boxes(page).nth(2).is_checked(), "annuleren wist niets"


def test_export_as_csv_and_markdown(page, kb):
    items = kb.stappen["verkennen"].data.checklist
    page.get_by_role("checkbox", name=items[0].tekst).check()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download als CSV").click()
    csv = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert csv[0] == "stap;id;tekst;afgevinkt"
    assert csv[1] == f'"Stap 1: {kb.stappen["verkennen"].titel}";"{items[0].id}";"{items[0].tekst}";"ja"'
    assert csv[2].endswith(';"nee"') and len(csv) == len(items) + 1
    with page.expect_download() as download:
        page.get_by_role("button", name="Download als Markdown").click()
    markdown = Path(download.value.path()).read_text(encoding="utf-8")
    assert f"- [x] {items[0].tekst}" in markdown and f"- [ ] {items[1].tekst}" in markdown


def test_export_neutralises_formulas_in_cells(page, kb):
    """A cell starting with = + - @ would be a formula in a spreadsheet (CSV injection): it gets an apostrophe."""
    first = kb.stappen["verkennen"].data.checklist[0]
    for start in ("=", "+", "-", "@"):
        page.evaluate("([id, text]) => document.querySelector(`label[for='checklist-${id}']`).textContent = text",
                      [first.id, f'{start}HYPERLINK("https://example.org","klik")'])
        with page.expect_download() as download:
            page.get_by_role("button", name="Download als CSV").click()
        row = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()[1]
        assert f';"\'{start}HYPERLINK(""https://example.org"",""klik"")";' in row, row


IN_VIEW = """id => {
    const box = document.getElementById(id).getBoundingClientRect();
    const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
    return box.top >= 0 && box.bottom <= window.innerHeight && window.scrollY > 0 ? box.top : null;
}"""


def test_share_link_points_at_the_item_and_opens_the_page_there(page, served_site, kb):
    item = kb.stappen["verkennen"].data.checklist[-1]
    link = page.get_by_role("link", name=f"Link naar dit punt: {item.tekst}")
    assert link.get_attribute("href") == f"#checklist-{item.id}"
    assert page.evaluate(IN_VIEW, f"checklist-{item.id}") is None, "zonder anker staat het punt nog niet in beeld"
    fresh = page.context.new_page()
    fresh.set_viewport_size({"width": 1280, "height": 600})
    fresh.goto(served_site.url + STEP + f"#checklist-{item.id}")
    fresh.wait_for_function(f"() => ({IN_VIEW})('checklist-{item.id}') !== null")
    fresh.close()


def test_checkboxes_are_named_by_their_text(page, kb):
    for item in kb.stappen["verkennen"].data.checklist:
        assert page.get_by_role("checkbox", name=item.tekst, exact=True).count() == 1


def test_keyboard_only_through_one_step(page, kb):
    items = kb.stappen["verkennen"].data.checklist
    page.keyboard.press("Tab")  # skip link first
    ticked = 0
    for _ in range(400):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "checkbox":
            page.keyboard.press("Space")
            ticked += 1
            if ticked == len(items):
                break
    assert ticked == len(items)
    assert all(boxes(page).nth(i).is_checked() for i in range(len(items)))
    wanted = ["Afdrukken", "Download als CSV", "Download als Markdown", "Vinkjes op deze pagina wissen"]
    reached = []
    for _ in range(200):  # keep tabbing: every button must come by, in this order
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.tagName === 'BUTTON' ? document.activeElement.textContent : ''")
        if focused in wanted and focused not in reached:
            reached.append(focused)
        if reached == wanted:
            break
    assert reached == wanted
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")  # "Download als Markdown" by keyboard
    assert page.evaluate("document.activeElement.textContent") == "Download als Markdown"


def test_without_javascript_the_checklist_is_complete(chromium, served_site, kb):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site.url + "checklist/")
    expected = [p.tekst for s in kb.stappen.values() for p in s.data.checklist]
    labels = [" ".join(t.split()) for t in page.locator(".kb-checklist label").all_inner_texts()]
    assert labels == expected
    assert page.locator(".kb-voortgang").inner_text() == f"Hele stappenplan: {len(expected)} punten."
    assert page.locator(".kb-knoppen").count() == 0, "knoppen die zonder JavaScript niets doen, staan er niet"
    context.close()


@pytest.mark.parametrize("path", [STEP, "checklist/", LIST])
def test_without_javascript_the_page_says_it_does_not_remember(chromium, served_site, path):
    """Without JavaScript the boxes can be ticked but are forgotten; the page says so (like the zelfscan does)."""
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site.url + path)
    note = page.locator("article noscript p")  # Playwright's text search skips noscript
    assert note.count() == 1 and note.is_visible()
    assert "onthoudt deze pagina je vinkjes niet" in note.inner_text()
    context.close()


@pytest.mark.parametrize("path", [STEP, "checklist/", LIST])
def test_the_checklist_says_the_ticks_stay_in_this_browser_on_this_device(page, served_site, path):
    """Like the zelfscan (review M10): where the ticks are kept, and that they go nowhere."""
    page.goto(served_site.url + path)
    note = page.locator("article .kb-privacy")
    assert note.count() == 1 and note.is_visible()
    assert "alleen op dit apparaat, in de opslag van deze browser" in note.inner_text()
    assert "nergens heen" in note.inner_text()


def test_with_javascript_the_no_javascript_note_is_not_shown(page):
    assert page.locator("article noscript p").count() == 0, "met JavaScript is noscript alleen tekst, niet getoond"


def test_print_view_hides_chrome_and_shows_link_targets(page):
    page.emulate_media(media="print")
    assert page.locator(".md-sidebar--primary").evaluate("e => getComputedStyle(e).display") == "none"
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).display") == "none"
    assert page.locator(".kb-knoppen").evaluate("e => getComputedStyle(e).display") == "none"
    link = page.locator(".kb-checklist-links a[href^='../']").first
    after = link.evaluate("e => getComputedStyle(e, '::after').content")
    assert link.evaluate("e => e.href") in after, "het volledige adres, niet alleen het relatieve pad"
    assert boxes(page).first.is_visible()


CUMULATIVE_LAYOUT_SHIFT = """() => new Promise(resolve => {
    let total = 0;
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({type: "layout-shift", buffered: true});
    // Buffered entries arrive in the observer's first callback; two frames later it has run.
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
})"""


@pytest.mark.parametrize("path", [STEP, "checklist/"])
def test_loading_the_checklist_does_not_shift_the_page(chromium, served_site, path):
    """Measured like Lighthouse does: the layout shift while the page and checklist.js load stays near zero."""
    page = chromium.new_page(viewport={"width": 1280, "height": 800})
    page.goto(served_site.url + path, wait_until="load")
    page.locator(".kb-knoppen").wait_for()
    assert page.evaluate(CUMULATIVE_LAYOUT_SHIFT) < 0.01
    page.close()


def test_the_shift_measurement_sees_a_planted_shift(chromium, served_site):
    """Proof that the measurement works: push the visible content down after load, as old progress lines did."""
    page = chromium.new_page(viewport={"width": 1280, "height": 800})
    page.goto(served_site.url + "checklist/", wait_until="load")
    page.evaluate("""() => { const p = document.createElement('p'); p.style.height = '200px';
                             document.querySelector('.kb-voortgang').before(p); }""")
    assert page.evaluate(CUMULATIVE_LAYOUT_SHIFT) > 0.01
    page.close()


def test_the_checklist_keeps_working_with_instant_navigation(chromium, tmp_path, kb):
    """With Material's instant navigation a page change replaces the content without a reload; checklist.js and
    zelfscan.js initialise through document$, so the new page still gets its buttons and remembered ticks."""
    from helpers import LocalServer, copy_project, free_port, run_mkdocs

    project = copy_project(tmp_path / "project")
    port = free_port()
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  features:\n", "  features:\n    - navigation.instant\n", 1), encoding="utf-8")
    assert "navigation.instant" in config.read_text(encoding="utf-8")
    built = run_mkdocs(project, tmp_path / "site", env={"KENNISBANK_SITE_URL": f"http://127.0.0.1:{port}/"})
    assert built.returncode == 0, built.stderr
    with LocalServer(tmp_path / "site", port) as server:
        page = chromium.new_page()
        page.goto(server.url + "stappenplan/")
        page.wait_for_load_state("networkidle")  # instant navigation starts once it has read the sitemap
        page.evaluate("window.__zelfde_document = true")
        first = kb.stappen["verkennen"]
        page.locator("article").get_by_role("link", name=first.titel).first.click()
        page.wait_for_url("**/stappenplan/verkennen/")
        assert page.evaluate("window.__zelfde_document === true"), "geen directe navigatie: de pagina laadde opnieuw"
        page.locator(".kb-knoppen").wait_for()
        page.get_by_role("checkbox", name=first.data.checklist[0].tekst).check()
        page.go_back()
        page.wait_for_url("**/stappenplan/")
        page.locator("article").get_by_role("link", name="complete checklist").first.click()
        page.wait_for_url("**/checklist/")
        assert page.evaluate("window.__zelfde_document === true")
        assert page.locator(f"#checklist-{first.data.checklist[0].id}").is_checked()
        assert "1 van" in page.locator(".kb-voortgang").inner_text()
        # The zelfscan starts the same way, and finds its texts after the content was swapped.
        page.locator(".md-sidebar--primary a[href$='zelfscan/']").first.click()
        page.wait_for_url("**/zelfscan/")
        assert page.evaluate("window.__zelfde_document === true")
        page.locator(".kb-uitspraak label").nth(3).click()
        assert page.locator(".kb-zs-volgorde li").count() == 1
        page.close()


def test_a_list_of_steps_has_its_own_checklist_on_a_phone(chromium, served_site, kb):
    """The checklist of an instrument (a list of steps) at 320 px: above the first step, each group linking its step;
    a tick survives a reload, is kept under the page's own name and leaves the stappenplan's ticks alone; the wipe
    button clears it; axe finds nothing, also with ticks and buttons."""
    items = kb.instrumenten["melding-aannemen"].data.checklist
    with watched_page(chromium, served_site.url + LIST, viewport={"width": 320, "height": 640}) as page:
        page.locator(".kb-knoppen").wait_for()
        step_heading = page.locator("h2", has_text="Stap 1.").first
        assert page.locator(".kb-voortgang").evaluate("(e, h) => !!(e.compareDocumentPosition(h) & 4)",
                                                      step_heading.element_handle()), "boven de eerste stap"
        page.locator("article .kb-lijst-stap").get_by_role("link", name=step_heading.inner_text()).click()
        assert page.evaluate("location.hash") == "#" + step_heading.get_attribute("id")
        page.get_by_role("checkbox", name=items[0].tekst, exact=True).check()
        assert page.locator(".kb-voortgang").inner_text() == f"Deze lijst: 1 van {len(items)} punten afgevinkt."
        assert axe_violations(page) == []
        page.reload()
        assert page.locator(f"#checklist-{items[0].id}").is_checked()
        assert site_keys(page) == [storage_key(page, LIST_KEY)], "alleen de eigen sleutel, niet die van het stappenplan"
        assert json.loads(page.evaluate("key => localStorage.getItem(key)", storage_key(page, LIST_KEY))) == {
            items[0].id: True}
        page.goto(served_site.url + "checklist/")
        total = sum(len(s.data.checklist) for s in kb.stappen.values())
        assert page.locator(".kb-checklist input:checked").count() == 0
        assert page.locator(".kb-voortgang").inner_text() == f"Hele stappenplan: 0 van {total} punten afgevinkt."
        assert page.locator(f"#checklist-{items[0].id}").count() == 0, "de complete checklist neemt de lijst niet op"
        page.get_by_role("checkbox", name=kb.stappen["verkennen"].data.checklist[0].tekst).check()
        page.goto(served_site.url + LIST)
        assert page.locator(".kb-checklist input:checked").count() == 1, "een vinkje in het stappenplan telt hier niet"
        page.once("dialog", lambda dialog: dialog.accept())
        page.get_by_role("button", name="Vinkjes op deze pagina wissen").click()
        assert page.locator(".kb-checklist input:checked").count() == 0
        page.reload()
        assert page.locator(".kb-checklist input:checked").count() == 0
        page.goto(served_site.url + STEP)
        assert page.locator(".kb-checklist input:checked").count() == 1, "wissen op de lijst laat het stappenplan staan"
