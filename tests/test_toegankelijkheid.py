"""WCAG 2.2 AA with axe-core on every page in both colour schemes at 320 and 1280 px, no sideways scroll at 320 px and no
request to another host, in Chromium."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from helpers import NARROW, WIDTHS, ask, axe_source, axe_violations, describe, run_axe

pytestmark = pytest.mark.browser

SCHEMES = ["light", "dark"]


@pytest.fixture(scope="module")
def audit(site, served_site, chromium):
    """Load every page in both schemes at both widths once; keep axe's violations, every request the page made and the
    page's width."""
    paths = [p.relative_to(site.root).as_posix().removesuffix("index.html") for p in site.pages()]
    results = {}
    for scheme in SCHEMES:
        for width, viewport in WIDTHS.items():
            context = chromium.new_context(color_scheme=scheme, viewport=viewport)
            context.add_init_script(axe_source())  # injected into every page before its own scripts
            page = context.new_page()
            requests: list[str] = []
            page.on("request", lambda request, seen=requests: seen.append(request.url))
            for path in paths:
                requests.clear()
                page.goto(served_site.url + path)
                width_used = page.evaluate("document.documentElement.scrollWidth")
                results[(scheme, width, path)] = (run_axe(page), list(requests), width_used)
            context.close()
    return results


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_axe_violations_on_any_page(audit, scheme, width):
    found = {path: describe(violations) for (s, w, path), (violations, _, _) in audit.items()
             if (s, w) == (scheme, width) and violations}
    assert found == {}
    assert sum(1 for s, w, _ in audit if (s, w) == (scheme, width)) >= 50, "niet alle pagina's gecontroleerd"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_page_scrolls_sideways_at_320_px(audit, scheme):
    """WCAG 1.4.10: at 320 CSS px (a 1280 px screen at 400 % zoom) the page itself never needs a horizontal scroll;
    a wide table may scroll inside its own box."""
    wide = {path: used for (s, w, path), (_, _, used) in audit.items() if (s, w) == (scheme, NARROW) and used > NARROW}
    assert wide == {}


def test_no_request_leaves_the_local_server(audit, served_site):
    local = urlsplit(served_site.url).netloc
    offsite = {f"{scheme} {width} {path}": [u for u in requests if urlsplit(u).scheme in ("http", "https")
                                             and urlsplit(u).netloc != local]
               for (scheme, width, path), (_, requests, _) in audit.items()}
    assert {k: v for k, v in offsite.items() if v} == {}
    assert all(requests for _, requests, _ in audit.values()), "geen verzoeken gezien; klopt de meting nog?"


def test_axe_catches_a_planted_contrast_failure(chromium, served_site):
    page = chromium.new_page()
    page.goto(served_site.url)
    page.add_script_tag(content=axe_source())
    page.add_style_tag(content=".md-typeset p { color: #bbb !important; }")
    assert "color-contrast" in {v["id"] for v in run_axe(page)}
    page.close()


def test_skip_link_moves_focus_to_the_content(chromium, served_site):
    """After the skip link, the next Tab lands in the page's content, not in the header or the menu."""
    page = chromium.new_page()
    page.goto(served_site.url + "stappenplan/verkennen/")
    page.keyboard.press("Tab")
    assert "md-skip" in page.evaluate("document.activeElement.className")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('article')"), page.evaluate(
        "document.activeElement.outerHTML.slice(0, 120)")
    page.close()


def test_without_the_skip_link_the_first_tabs_stay_in_the_header(chromium, served_site):
    """The check above can fail: without using the skip link, Tab goes to the header first."""
    page = chromium.new_page()
    page.goto(served_site.url + "stappenplan/verkennen/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert not page.evaluate("!!document.activeElement.closest('article')")
    page.close()


def test_focus_is_always_visible_on_checklist_controls(chromium, served_site):
    page = chromium.new_page()
    page.goto(served_site.url + "stappenplan/verkennen/")
    box = page.locator(".kb-checklist input[type=checkbox]").first
    box.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert page.evaluate("document.activeElement.type") == "checkbox"
    assert outline not in ("none", "")
    page.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_table_wider_than_the_screen_scrolls_by_keyboard(chromium, served_site, width):
    """WCAG 2.1.1: a table that scrolls sideways takes focus, has the heading above it as its name and scrolls with
    the arrow keys; a table that fits is no extra tab stop."""
    page = chromium.new_page(viewport=WIDTHS[width])
    page.goto(served_site.url + "instrumenten/teamafspraken/")
    wrapper = page.locator(".md-typeset__scrollwrap").first
    wrapper.wait_for()
    page.wait_for_function("document.querySelector('.md-typeset__scrollwrap').scrollWidth > 0")
    scrolls = wrapper.evaluate("e => e.scrollWidth > e.clientWidth + 1")
    assert scrolls == (width == NARROW), "de tabel past anders dan deze test aanneemt; kies een bredere tabel"
    if not scrolls:
        assert wrapper.get_attribute("tabindex") is None
        return
    page.wait_for_function("document.querySelector('.md-typeset__scrollwrap').tabIndex === 0")
    name = page.locator("#" + wrapper.get_attribute("aria-labelledby")).inner_text()
    assert wrapper.get_attribute("role") == "region" and name.strip()
    wrapper.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("document.querySelector('.md-typeset__scrollwrap').scrollLeft > 0")
    page.close()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_search_results_and_the_help_after_no_result_are_accessible(chromium, served_site, scheme, width):
    """With the search open, on results and on a query without results: no axe violation, and the help's links and
    suggestions look like links (underlined, not only by colour) and are at least 24 px high (WCAG 1.4.1, 2.5.8)."""
    context = chromium.new_context(color_scheme=scheme, viewport=WIDTHS[width])
    page = context.new_page()
    page.goto(served_site.url)
    if width == NARROW:
        page.locator("label[for='__search']").first.click()  # on a phone, the search opens from the header's icon
    ask(page, "weerstand")
    page.locator(".md-search-result__item").first.wait_for()
    assert axe_violations(page) == []
    ask(page, "klaht eredivisie")
    page.locator(".kb-zoekhulp a").first.wait_for()
    targets = page.locator(".kb-zoekhulp a, .kb-zoekhulp button").evaluate_all("""els => els.map(e => [
        e.textContent, getComputedStyle(e).textDecorationLine, e.getBoundingClientRect().height])""")
    assert len(targets) >= 5
    assert [t for t in targets if t[1] != "underline" or t[2] < 24] == []
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_focused_button_stays_readable(chromium, served_site, scheme):
    """WCAG 1.4.3 in the focused state: Material gives a focused button the accent as background; our buttons keep
    their own colours (with the link colour on the accent it was 1.1:1)."""
    context = chromium.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(served_site.url + "stappenplan/verkennen/")
    button = page.locator(".kb-knop").first
    button.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # keyboard focus
    page.mouse.move(0, 0)
    page.wait_for_timeout(400)  # Material's colour transition
    assert page.evaluate("document.activeElement.classList.contains('kb-knop')")
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_focus_is_never_hidden_under_the_sticky_header(chromium, served_site, width):
    """WCAG 2.4.11: tabbing backwards through a long page, every focused element in the content is at least partly
    below the header (the browser scrolls it to the top edge otherwise)."""
    page = chromium.new_page(viewport=WIDTHS[width])
    page.goto(served_site.url + "stappenplan/verkennen/")
    # The page's own scripts add lines above (progress, buttons); walk once they have, so nothing moves meanwhile.
    # No End key to get to the bottom: the browser animates that scroll, and it would go on over the walk.
    page.wait_for_load_state("networkidle")
    page.locator(".kb-knop").first.wait_for()
    page.locator(".md-footer a").last.focus()
    hidden = []
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        state = page.evaluate("""() => {
            const e = document.activeElement, header = document.querySelector('.md-header').getBoundingClientRect();
            return [!!e.closest('article'), e.getBoundingClientRect().bottom <= header.bottom, e.outerHTML.slice(0, 80)];
        }""")
        if state[0] and state[1]:
            hidden.append(state[2])
    assert hidden == []
    page.close()


def test_search_says_how_many_results_and_shows_the_chosen_one(chromium, served_site):
    """WCAG 4.1.3: the count is a status line (read out when it changes); 2.4.7: the result chosen with the arrow keys
    has a visible ring; a closed search leaves no invisible tab stops behind."""
    page = chromium.new_page()
    page.goto(served_site.url)
    assert page.locator(".md-search-result__meta").get_attribute("role") == "status"
    ask(page, "weerstand")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("ArrowDown")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Escape")
    for _ in range(3):
        page.keyboard.press("Tab")
        assert not page.evaluate("!!document.activeElement.closest('.md-search__output')")
    page.close()


FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


@pytest.mark.parametrize("from_result", [False, True], ids=["vanuit-zoekvak", "vanuit-resultaat"])
@pytest.mark.parametrize("width", WIDTHS)
def test_escape_in_the_search_returns_the_focus_to_what_opened_it(chromium, served_site, width, from_result):
    """WCAG 2.4.3: Escape closes the search and the focus goes back to the search icon in the header (320 px) or to
    the search box in the header (1280 px), not to <body>; the search stays closed and opens again from there."""
    page = chromium.new_page(viewport=WIDTHS[width])
    page.goto(served_site.url + "stappenplan/verkennen/")
    opener = page.locator("header label.md-header__button[for='__search']")
    if width == NARROW:
        opener.click()  # on a phone, the search opens from the header's icon
    ask(page, "weerstand")
    page.locator(".md-search-result__item").first.wait_for()
    if from_result:
        page.keyboard.press("ArrowDown")
        assert page.evaluate("!!document.activeElement.closest('.md-search-result')")
    page.keyboard.press("Escape")
    page.evaluate(FRAMES)  # Material watches the focus with a 1 ms delay; the search must not open again after it
    assert not page.evaluate("document.getElementById('__search').checked")
    expected = "label.md-header__button[for='__search']" if width == NARROW else "input.md-search__input"
    assert page.evaluate("s => document.activeElement.matches(s)", expected), page.evaluate(
        "document.activeElement.outerHTML.slice(0, 80)")
    if width == NARROW:
        assert opener.get_attribute("role") == "button" and opener.get_attribute("aria-label")
        assert opener.get_attribute("aria-expanded") == "false"
        page.keyboard.press("Enter")
    else:
        page.keyboard.type("w")
    page.wait_for_function("document.getElementById('__search').checked")
    page.close()


@pytest.mark.parametrize("viewport", [WIDTHS[NARROW], {"width": 1024, "height": 768}], ids=["320", "1024"])
def test_the_menu_opens_and_closes_by_keyboard_on_a_narrow_screen(chromium, served_site, viewport):
    """WCAG 2.1.1 and 2.4.7 below Material's 76.25em (a phone, a tablet, a laptop zoomed in): the menu button is a
    tab stop with a name, opens the menu with Enter and puts the focus in it; Escape closes it and returns the focus;
    the links of the closed menu are no tab stops off screen."""
    page = chromium.new_page(viewport=viewport)
    page.goto(served_site.url + "stappenplan/verkennen/")
    offscreen = []
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getBoundingClientRect().right <= 0"):
            offscreen.append(page.evaluate("document.activeElement.outerHTML.slice(0, 80)"))
    assert offscreen == []
    opener = page.locator("label.md-header__button[for='__drawer']")
    assert opener.get_attribute("aria-label") and opener.get_attribute("aria-expanded") == "false"
    opener.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.closest('.md-sidebar--primary') !== null")
    assert opener.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Escape")
    page.wait_for_function("!document.getElementById('__drawer').checked")
    assert page.evaluate("document.activeElement.getAttribute('for')") == "__drawer"
    page.close()


def test_a_section_toggle_in_the_menu_has_a_name_a_role_and_a_state(chromium, served_site):
    """WCAG 4.1.2: Material's open/close control of a menu section is a label with only an icon."""
    page = chromium.new_page(viewport=WIDTHS[1280])
    page.goto(served_site.url + "stappenplan/verkennen/")
    toggles = page.locator("label.md-nav__link[for^='__nav_'][tabindex]")
    assert toggles.count() >= 1
    unnamed = toggles.evaluate_all("""ls => ls.filter(l => l.getAttribute('role') !== 'button' || !l.getAttribute('aria-label')
                                                   || !['true', 'false'].includes(l.getAttribute('aria-expanded')))
                                        .map(l => l.outerHTML.slice(0, 80))""")
    assert unnamed == []
    toggle = toggles.first
    before = toggle.get_attribute("aria-expanded")
    toggle.focus()
    page.keyboard.press(" ")
    page.wait_for_function("([id, before]) => document.getElementById(id).getAttribute('aria-expanded') !== before",
                           arg=[toggle.get_attribute("id"), before])
    page.close()


def test_a_glossary_term_keeps_its_explanation_for_the_browsers_own_tooltip(chromium, served_site):
    """WCAG 1.4.13: Material's tooltips could not be hovered or dismissed with Escape; the browser's own tooltip (its
    `title`) shows the explanation, and no tooltip of the page's own covers the text."""
    page = chromium.new_page(viewport=WIDTHS[1280])
    page.goto(served_site.url + "stappenplan/verkennen/")
    term = page.locator("article abbr[title]").first
    assert term.get_attribute("title")
    term.hover()
    page.wait_for_timeout(500)
    assert page.locator(".md-tooltip2, .md-tooltip").count() == 0
    assert term.get_attribute("title"), "Material haalt de title weg als zijn eigen tooltips aan staan"
    page.close()


def _plant_markup_in_every_title(route):
    """The explanation is content: markup in it (here planted in every title) must reach the page as text."""
    response = route.fetch()
    route.fulfill(response=response, body=response.text().replace(
        '<abbr title="', '<abbr title="&lt;img src=x onerror=&quot;window.kbGeraakt=1&quot;&gt;'))


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_a_glossary_term_shows_its_explanation_by_keyboard_and_by_touch(chromium, served_site, scheme, width):
    """WCAG 2.1.1 (and touch, where the browser's tooltip never shows): the first use of a glossary term on a page is
    a tab stop and a button named by the term alone (not read out twice); Enter shows the explanation after it, as
    text, and it stays while the pointer moves over it and away; Escape hides it and the focus stays on the term; a
    tap shows and hides it; a term in a link or a heading is plain text (the build leaves it unmarked). No axe
    violation with the explanation open."""
    context = chromium.new_context(color_scheme=scheme, viewport=WIDTHS[width], has_touch=True)
    page = context.new_page()
    page.route("**/stappenplan/verkennen/", _plant_markup_in_every_title)
    page.goto(served_site.url + "stappenplan/verkennen/")
    term = page.locator("article abbr[role=button]").first
    term.wait_for()
    explanation, name = term.get_attribute("title"), term.inner_text().strip()
    assert explanation.startswith("<img src=x")
    assert term.evaluate("e => e.tabIndex") == 0
    assert term.aria_snapshot() == f'- button "{name}"'
    titles = page.locator("article abbr[role=button]").evaluate_all("ts => ts.map(t => t.title)")
    assert len(titles) == len(set(titles)), "alleen het eerste gebruik van een begrip is een knop"
    assert page.locator("article :is(a, h1, h2, h3, h4, h5, h6) abbr").count() == 0
    note = page.locator("#" + term.get_attribute("aria-controls"))
    assert note.is_hidden()

    term.focus()
    page.keyboard.press("Enter")
    note.wait_for()
    assert note.text_content() == explanation
    assert note.evaluate("e => e.children.length") == 0 and page.evaluate("window.kbGeraakt") is None
    assert term.aria_snapshot() == f'- button "{name}" [expanded]'
    assert term.get_attribute("title") is None, "de uitleg staat er al; de title zou hem nog eens voorlezen"
    assert axe_violations(page) == []
    note.hover()
    page.mouse.move(0, 0)
    assert note.is_visible()
    page.keyboard.press("Escape")
    note.wait_for(state="hidden")
    assert term.evaluate("e => e === document.activeElement")
    assert term.get_attribute("aria-expanded") == "false" and term.get_attribute("title") == explanation

    term.tap()
    note.wait_for()
    term.tap()
    note.wait_for(state="hidden")
    context.close()


def test_without_javascript_a_glossary_term_is_as_written(chromium, served_site):
    """The page without scripts: the term with its title (the browser's own tooltip), no button, no hidden text."""
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site.url + "stappenplan/verkennen/")
    term = page.locator("article abbr[title]").first
    assert term.get_attribute("title")
    assert term.get_attribute("role") is None and term.get_attribute("tabindex") is None
    assert page.locator(".kb-begrip-uitleg").count() == 0
    context.close()


def test_menu_arrows_stay_visible_in_forced_colours(chromium, served_site):
    """Windows high contrast: Material's mask icons take a background colour that the system colours replace."""
    context = chromium.new_context(forced_colors="active", viewport=WIDTHS[1280])
    page = context.new_page()
    page.goto(served_site.url + "stappenplan/verkennen/")
    colours = page.locator(".md-nav__icon").evaluate_all(
        "icons => icons.map(i => getComputedStyle(i, '::after').backgroundColor)")
    assert colours and len(set(colours)) == 1
    assert colours[0] == page.evaluate("getComputedStyle(document.body).color"), "de pijltjes hebben de tekstkleur"
    context.close()
