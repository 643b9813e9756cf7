/*
 * A glossary term on a page is Python-Markdown's <abbr title="uitleg">. Its explanation showed only in the browser's
 * own tooltip, on mouse hover: not with a keyboard, not on a touch screen. Here the first use of each term on a page
 * (as WCAG's techniques G97 and G102 do: a term explained at its first use) becomes a disclosure button: Enter,
 * Space, a click or a tap shows the explanation right after the term, in the text, and hides it again; Escape hides
 * it too, while the focus stays on the term. The explanation is page content, so it goes in as text
 * (textContent), never as HTML.
 * For a screen reader the term stays its own name ("inclusie, knop, ingeklapt"); the title (the explanation) is its
 * description while the explanation is hidden, and is taken away while it shows, so it is not read out twice.
 * Why no tooltip of our own: it would cover the text, needs to stay while hovered and go with Escape (1.4.13), and a
 * touch screen has no hover. Text shown on a press is no content on hover or focus, and a term in a sentence is an
 * inline target (2.5.8 makes an exception for those).
 * A term inside a link or a heading is never marked (kennisbank/markdown_ext.py); one inside another control (the
 * title of a collapsible note) stays as it was: a control in a control cannot be used (WCAG 4.1.2).
 * Without JavaScript nothing changes.
 */
(function () {
  "use strict";

  var shared = window.Kennisbank; /* gedeeld.js */
  var CONTROL = "a, button, summary, label, input, select, textarea, [role=button], [role=link]";
  var count = 0;

  function disclose(term) {
    var explanation = term.getAttribute("title");
    var note = document.createElement("span");
    note.className = "kb-begrip-uitleg";
    note.id = "kb-begrip-uitleg-" + ++count;
    note.textContent = explanation;
    note.hidden = true;
    term.after(note);
    term.classList.add("kb-begrip");
    term.setAttribute("role", "button");
    term.setAttribute("tabindex", "0");
    term.setAttribute("aria-controls", note.id);
    term.setAttribute("aria-expanded", "false");

    function show(open) {
      note.hidden = !open;
      term.setAttribute("aria-expanded", String(open));
      if (open) term.removeAttribute("title");
      else term.setAttribute("title", explanation);
    }
    term.addEventListener("click", function () {
      if (String(window.getSelection())) return; /* selecting the word is no click on the button */
      show(note.hidden);
    });
    term.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault(); /* Space would scroll the page */
        show(note.hidden);
      } else if (event.key === "Escape" && !note.hidden) {
        event.stopPropagation(); /* this Escape is for the explanation only */
        show(false);
      }
    });
  }

  function init() {
    var explained = new Set();
    document.querySelectorAll(".md-content article abbr.kb-begrip").forEach(function (term) {
      var note = document.getElementById(term.getAttribute("aria-controls"));
      if (note) explained.add(note.textContent);
    });
    document.querySelectorAll(".md-content article abbr[title]").forEach(function (term) {
      var explanation = term.getAttribute("title");
      if (!explanation || explained.has(explanation) || term.classList.contains("kb-begrip")) return;
      if (term.parentElement && term.parentElement.closest(CONTROL)) return;
      explained.add(explanation);
      disclose(term);
    });
  }

  shared.onEveryPage(init);
})();
