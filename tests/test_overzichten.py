"""Overview pages on every screen: the matrix at 320 and 1280 px, text at 200 %, and axe on the zelfscan and the
matrix, light and dark, narrow and wide, also in their filled-in state. Reflow at 320 px on every page (WCAG 1.4.10) is
measured with axe's run over every page, in test_toegankelijkheid.py."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from helpers import axe_violations, watched_page

pytestmark = pytest.mark.browser

NARROW = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 800}


OVERVIEWS = ["rollen/", "bronnen/", "begrippen/", "checklist/", "matrix/", "zelfscan/", "barrieres/", "oplossingen/",
             "stappenplan/", "instrumenten/", "recht/"]


@pytest.mark.parametrize("path", OVERVIEWS)
def test_overviews_at_200_percent_text_lose_nothing(chromium, served_site, path):
    """WCAG 1.4.4: with text at 200 % (the browser's text zoom) on a 1280 px screen, the generated overviews need no
    sideways scroll and no text is cut off by its box."""
    context = chromium.new_context(viewport=WIDE)
    page = context.new_page()
    page.goto(served_site.url + path)
    page.add_style_tag(content="html { font-size: 250% !important; }")  # Material's root is 125 %: 2 × 125 %
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDE["width"]
    clipped = page.evaluate("""() => [...document.querySelectorAll('article p, article li, article td, article th, article legend, article label')]
        .filter(el => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'hidden')
        .map(el => el.textContent.trim().slice(0, 40))""")
    assert clipped == []
    context.close()


def test_the_reflow_check_catches_a_wide_element(chromium, served_site):
    context = chromium.new_context(viewport=NARROW)
    page = context.new_page()
    page.goto(served_site.url + "begrippen/")
    page.add_style_tag(content=".md-typeset p { min-width: 500px; }")
    assert page.evaluate("document.documentElement.scrollWidth") > NARROW["width"]
    context.close()


@pytest.mark.parametrize("path", ["instrumenten/", "recht/", "stappenplan/", ""])
def test_an_overview_on_a_phone_is_a_list_with_the_summary_in_view(chromium, served_site, kb, path):
    """A table of title, kind and summary is wider than 320 px, so the summary was only in view after scrolling
    sideways. On a phone the same rows are a list; from 45em the table."""
    context = chromium.new_context(viewport=NARROW)
    page = context.new_page()
    page.goto(served_site.url + path)
    lijst = page.locator(".kb-overzicht-lijst").first
    assert lijst.is_visible() and not page.locator(".kb-overzicht-tabel").first.is_visible()
    item = lijst.locator("li").first
    box = item.bounding_box()
    assert box and box["x"] + box["width"] <= NARROW["width"]
    entity = next(e for e in kb if e.titel in item.locator("a").inner_text())
    assert entity.data.samenvatting in item.inner_text()
    page.set_viewport_size(WIDE)
    assert page.locator(".kb-overzicht-tabel").first.is_visible() and not lijst.is_visible()
    context.close()


def test_matrix_on_a_phone_is_a_list_per_barrier(chromium, served_site, kb):
    context = chromium.new_context(viewport=NARROW)
    page = context.new_page()
    page.goto(served_site.url + "matrix/")
    assert not page.locator(".kb-matrix-tabel").is_visible()
    lijst = page.locator(".kb-matrix-lijst")
    for barriere in kb.barrieres.values():
        group = lijst.locator(f"li[data-barriere='{barriere.id}']")
        names = group.locator("li a").all_inner_texts()
        assert names == [o.titel for o in kb.oplossingen_bij_barriere(barriere.id)]
    context.close()


def test_matrix_on_a_laptop_keeps_row_names_and_header_in_view(chromium, served_site):
    context = chromium.new_context(viewport=WIDE)
    page = context.new_page()
    page.goto(served_site.url + "matrix/")
    box = page.locator(".kb-matrix-tabel")
    assert box.is_visible() and not page.locator(".kb-matrix-lijst").is_visible()
    row_name = page.locator(".kb-matrix-raster tbody th").nth(5)
    header = page.locator(".kb-matrix-raster thead th").nth(3)
    row_name.scroll_into_view_if_needed()
    before = row_name.bounding_box()["x"]
    box.evaluate("el => { el.scrollLeft = el.scrollWidth; el.scrollTop = 150; }")
    assert box.evaluate("el => el.scrollLeft") > 0, "de tabel is breder dan zijn vak"
    assert row_name.bounding_box()["x"] == pytest.approx(before, abs=1), "de namen van de oplossingen schuiven niet weg"
    top = box.bounding_box()["y"]
    assert header.bounding_box()["y"] == pytest.approx(top + 1, abs=2), "de kolomkoppen blijven bovenaan het vak"
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDE["width"]
    context.close()


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320", "1280"])
def test_matrix_filter_by_barrier_and_by_role(chromium, served_site, kb, viewport):
    context = chromium.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(served_site.url + "matrix/")
    visible = ".kb-matrix-raster tbody th a:visible" if viewport is WIDE else ".kb-matrix-lijst li li a:visible"
    barriere = list(kb.barrieres.values())[1]
    page.get_by_label("Toon oplossingen voor:").select_option(f"barriere:{barriere.id}")
    assert page.locator(visible).all_inner_texts() == [o.titel for o in kb.oplossingen_bij_barriere(barriere.id)]
    total = len(kb.oplossingen_bij_barriere(barriere.id))
    assert page.get_by_role("status").filter(has_text="oplossingen te zien").inner_text() == (
        f"{total} van {len(kb.oplossingen)} oplossingen te zien.")
    rol = next(iter(kb.rollen.values()))
    page.get_by_label("Toon oplossingen voor:").select_option(f"rol:{rol.id}")
    expected = {o.titel for o in kb.oplossingen.values() if rol.id in o.data.rollen}
    assert set(page.locator(visible).all_inner_texts()) == expected
    page.get_by_label("Toon oplossingen voor:").select_option("")
    assert page.locator(".kb-matrix-raster tbody tr:visible").count() == (len(kb.oplossingen) if viewport is WIDE else 0)
    context.close()


MATRIX_AGREES = """() => {
    const choice = document.querySelector('#kb-matrix-keuze').value;
    const rows = document.querySelectorAll('.kb-matrix-raster tbody tr');
    const shown = Array.from(rows).filter(row => !row.hidden).length;
    const status = document.querySelector('.kb-matrix-aantal').textContent;
    return choice ? status === `${shown} van ${rows.length} oplossingen te zien.` && shown < rows.length
                  : status === '' && shown === rows.length;
}"""


def test_matrix_filter_after_back_shows_what_it_says(chromium, served_site):
    """Filter, open a solution, Back: the browser restored the chosen option after matrix.js had run, so the filter
    said one barrier while all rows showed. The choice, the rows and the count must agree."""
    context = chromium.new_context(viewport=WIDE)
    page = context.new_page()
    page.goto(served_site.url + "matrix/")
    page.get_by_label("Toon oplossingen voor:").select_option(index=2)
    assert page.evaluate(MATRIX_AGREES)
    page.locator(".kb-matrix-raster tbody tr:not([hidden]) a").first.click()
    page.wait_for_load_state("load")
    page.go_back()
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)  # the browser restores form state in a task after loading; let it run
    assert page.evaluate(MATRIX_AGREES), (page.locator("#kb-matrix-keuze").input_value(),
                                          page.locator(".kb-matrix-aantal").inner_text())
    context.close()


def matrix_state(page) -> tuple[str, str, int]:
    """The chosen option, the status line and the number of table rows shown."""
    return (page.locator("#kb-matrix-keuze").input_value(), page.locator(".kb-matrix-aantal").inner_text(),
            page.locator(".kb-matrix-raster tbody tr:not([hidden])").count())


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_matrix_filter_is_in_the_address_for_a_link_a_bookmark_back_and_forward(chromium, served_site, kb):
    """A filter that is shared as a link, bookmarked, or left and found again with Back/Forward is still the filter:
    it is in the address (?barriere=... or ?rol=...; the hash is Material's, for headings). Choosing replaces the
    address instead of adding a history entry per option passed with the arrow keys."""
    barriere = list(kb.barrieres.values())[1]
    rol = next(iter(kb.rollen.values()))
    with watched_page(chromium, served_site.url + "matrix/", viewport=WIDE) as page:
        entries = page.evaluate("history.length")
        keuze = page.get_by_label("Toon oplossingen voor:")
        keuze.select_option(f"barriere:{barriere.id}")
        assert query(page) == {"barriere": [barriere.id]}
        chosen = matrix_state(page)
        assert chosen[2] == len(kb.oplossingen_bij_barriere(barriere.id)) < len(kb.oplossingen)
        keuze.focus()
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        keuze.select_option(f"rol:{rol.id}")
        assert query(page) == {"rol": [rol.id]}
        assert page.evaluate("history.length") == entries, "elke keuze een nieuw item in de geschiedenis"
        by_role = matrix_state(page)
        shared_link = page.url

        page.locator(".kb-matrix-raster tbody tr:not([hidden]) a").first.click()
        page.wait_for_load_state("load")
        page.go_back()
        page.wait_for_load_state("load")
        page.wait_for_timeout(300)  # the browser restores form state in a task after loading; let it run
        assert matrix_state(page) == by_role and query(page) == {"rol": [rol.id]}, "Terug"
        page.go_forward()
        page.wait_for_load_state("load")
        page.go_back()
        page.wait_for_load_state("load")
        assert matrix_state(page) == by_role, "Vooruit en weer terug"

        # A heading's link (Material's hash) and then Back: the older entry's address decides (popstate).
        keuze.select_option(f"barriere:{barriere.id}")
        page.evaluate("location.hash = 'kb-matrix-titel'")
        keuze.select_option("")
        assert query(page) == {} and urlsplit(page.url).fragment == "kb-matrix-titel"
        assert matrix_state(page)[2] == len(kb.oplossingen)
        page.go_back()
        page.wait_for_function("!location.hash")
        assert matrix_state(page) == chosen

    with watched_page(chromium, shared_link, viewport=NARROW) as other:  # a colleague opens the shared link
        assert matrix_state(other)[:2] == by_role[:2]
        names = other.locator(".kb-matrix-lijst li li a:visible").all_inner_texts()
        assert set(names) == {o.titel for o in kb.oplossingen.values() if rol.id in o.data.rollen}


@pytest.mark.parametrize("address", [
    "?barriere=%3Cimg%20src%3Dx%20onerror%3D%22window.kapot%3D1%22%3E",
    "?rol=%3Cscript%3Ewindow.kapot%3D1%3C%2Fscript%3E",
    "?barriere=bestaat-niet",
    "?rol=barriere%3A{barriere}",
    "?barriere={barriere}%20",
], ids=["img", "script", "onbekend", "soort-erin", "spatie"])
def test_matrix_ignores_an_unknown_filter_in_the_address(chromium, served_site, kb, address):
    """The address is input from anyone who sends a link: only a value that is an option of the list counts; anything
    else shows all solutions, leaves the address, and never becomes markup."""
    barriere = next(iter(kb.barrieres.values()))
    url = served_site.url + "matrix/" + address.format(barriere=barriere.id) + "#kb-matrix-titel"
    with watched_page(chromium, url, viewport=WIDE) as page:
        page.wait_for_function("document.querySelector('.kb-matrix').dataset.ready")
        assert matrix_state(page) == ("", "", len(kb.oplossingen))
        assert query(page) == {} and urlsplit(page.url).fragment == "kb-matrix-titel"
        assert page.locator("article img, article script").count() == 0
        assert page.evaluate("window.kapot") is None


def test_matrix_takes_a_known_filter_next_to_an_unknown_one(chromium, served_site, kb):
    rol = next(iter(kb.rollen.values()))
    url = served_site.url + f"matrix/?barriere=%3Cb%3Ex%3C%2Fb%3E&rol={rol.id}&h=taal"
    with watched_page(chromium, url, viewport=WIDE) as page:
        page.wait_for_function("document.querySelector('.kb-matrix').dataset.ready")
        assert page.locator("#kb-matrix-keuze").input_value() == f"rol:{rol.id}"
        assert query(page) == {"rol": [rol.id], "h": ["taal"]}, "Material's ?h= van een zoekresultaat blijft staan"
        assert page.locator("article b").count() == 0


def fill_in_the_scan(page) -> None:
    """Answer about half the statements, so the result, the advice and a team result are on the page."""
    radios = page.locator(".kb-uitspraak")
    for i in range(0, radios.count(), 2):
        radios.nth(i).locator("input[type=radio]").nth(i % 4).check()
    page.get_by_role("button", name="Maak mijn teamcode").click()
    code = page.locator("#kb-zs-mijn-code").input_value()
    other = code[:-1] + ("1" if code[-1] != "1" else "2")
    third = code[:-2] + "44"
    page.locator("#kb-zs-codes").fill("\n".join([code, other, third]))
    page.get_by_role("button", name="Maak het teamresultaat").click()
    page.locator(".kb-zs-teamresultaat table").wait_for()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320", "1280"])
@pytest.mark.parametrize("path", ["zelfscan/", "matrix/", "instrumenten/"])
def test_axe_on_the_scan_and_the_matrix(chromium, served_site, scheme, viewport, path):
    context = chromium.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    page.goto(served_site.url + path)
    if path == "zelfscan/":
        fill_in_the_scan(page)
    elif path == "matrix/":
        page.get_by_label("Toon oplossingen voor:").select_option(index=2)
    assert axe_violations(page) == []
    context.close()
