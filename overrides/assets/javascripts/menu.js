/*
 * The menu on a phone, a tablet or a zoomed-in laptop (below Material's 76.25em): Material opens it with a label
 * that a keyboard cannot reach, while the links of the closed menu stay tab stops off screen (WCAG 2.1.1, 2.4.7).
 * Here the label becomes a button named like the menu itself, the closed menu is inert, an opened menu gets the
 * focus, and Escape closes it and returns the focus to the button. A section's toggle in the menu gets a name,
 * a role and a state.
 */
(function () {
  "use strict";

  var toggle = document.getElementById("__drawer");
  var opener = document.querySelector("label.md-header__button[for='__drawer']");
  var menu = document.querySelector(".md-sidebar--primary");
  var nav = document.querySelector(".md-nav--primary");
  if (!toggle || !opener || !menu || !nav) return;
  var narrow = window.matchMedia("(max-width: 76.234375em)");

  opener.setAttribute("role", "button");
  opener.setAttribute("tabindex", "0");
  opener.setAttribute("aria-label", nav.getAttribute("aria-label") || "");
  opener.setAttribute("aria-controls", "__drawer");

  function sync() {
    var open = toggle.checked;
    opener.setAttribute("aria-expanded", String(open));
    if (narrow.matches && !open) menu.setAttribute("inert", "");
    else menu.removeAttribute("inert");
  }

  opener.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    opener.click();
  });
  toggle.addEventListener("change", function () {
    sync();
    if (toggle.checked && narrow.matches) {
      var first = menu.querySelector("a[href], [tabindex='0']");
      if (first) first.focus();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !toggle.checked || !narrow.matches) return;
    toggle.click();
    opener.focus();
  });
  narrow.addEventListener("change", sync);
  sync();

  /* A section's open/close control in the menu is a label with only an arrow icon: no name, no role, no state, and
     Space did nothing (WCAG 4.1.2). It gets the section's name, the role of a button and whether it is open; the
     section's own menu (labelled by it) then has a name too. */
  document.querySelectorAll("label.md-nav__link[for^='__nav_'][tabindex]").forEach(function (label) {
    var section = document.getElementById(label.getAttribute("for"));
    var link = label.parentElement && label.parentElement.querySelector("a.md-nav__link");
    if (!section || !link) return;
    label.setAttribute("role", "button");
    label.setAttribute("aria-label", link.textContent.trim());
    var state = function () { label.setAttribute("aria-expanded", String(section.checked)); };
    section.addEventListener("change", state);
    label.addEventListener("keydown", function (event) {
      if (event.key !== " ") return;
      event.preventDefault();
      label.click();
    });
    state();
  });
})();
