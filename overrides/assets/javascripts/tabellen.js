/*
 * A table wider than the screen scrolls sideways inside Material's wrapper (.md-typeset__scrollwrap). Someone on a
 * keyboard can only scroll what can take focus (WCAG 2.1.1), so such a wrapper becomes a focusable region, named
 * after the heading above the table. Only wrappers that really scroll: elsewhere it would be an empty tab stop.
 */
(function () {
  "use strict";

  var shared = window.Kennisbank; /* gedeeld.js */

  /* The nearest heading before the table, in document order. */
  function headingBefore(element) {
    var headings = document.querySelectorAll(".md-content h1[id], .md-content h2[id], .md-content h3[id], .md-content h4[id]");
    var found = null;
    headings.forEach(function (heading) {
      if (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) found = heading;
    });
    return found;
  }

  function markScrolling() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrapper) {
      var scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
      if (scrolls && !wrapper.hasAttribute("tabindex")) {
        var heading = headingBefore(wrapper);
        wrapper.setAttribute("tabindex", "0");
        wrapper.setAttribute("role", "region");
        if (heading) wrapper.setAttribute("aria-labelledby", heading.id);
      } else if (!scrolls && wrapper.getAttribute("tabindex") === "0") {
        wrapper.removeAttribute("tabindex");
        wrapper.removeAttribute("role");
        wrapper.removeAttribute("aria-labelledby");
      }
    });
  }

  /* For a table a script adds later, in the same wrapper (zelfscan.js: the team result). */
  shared.markScrolling = markScrolling;

  /* Material wraps tables while it mounts the page, which may come after this script's turn: look once it has. */
  shared.onEveryPage(function () { requestAnimationFrame(markScrolling); });
  var waiting = null;
  window.addEventListener("resize", function () {
    clearTimeout(waiting);
    waiting = setTimeout(markScrolling, 200);
  });
})();
