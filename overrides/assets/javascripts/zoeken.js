/*
 * Dutch search, main page side (loaded before Material's own script):
 *
 * 1. Material's search worker runs through workers/zoeken.js, which adapts queries and results.
 * 2. A search without results is never a dead end: under Material's "no results" line this shows a short help text,
 *    "Bedoelde je ..." suggestions (they run the search again) and links to the barriers, the stappenplan and the
 *    page on reporting. Texts and links come from the build (inside the search index), never from the query as HTML.
 */
(function () {
  "use strict";
  /* Material's search dialog has no accessible name (Lighthouse: aria-dialog-name); give it the label it shows. */
  var dialog = document.querySelector(".md-search[role=dialog]");
  if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Zoeken");
  /* The line that says how many results there are ("Geen overeenkomende documenten") is read out when it changes
     (WCAG 4.1.3); set before any search, so the region exists before its text changes. */
  var count = document.querySelector(".md-search-result__meta");
  if (count) count.setAttribute("role", "status");

  /* Escape closed the search and Material then took the focus from the search box, so it fell to <body> and a
     keyboard user lost their place (WCAG 2.4.3). Now Escape closes the search and the focus goes back to what opens
     it: the search icon in the header where that shows (a narrow screen; a button now, like the menu's in menu.js,
     but no extra tab stop: Tab still reaches the search box after it), otherwise the search box in the header.
     Material opens the search whenever the box gets the focus, so that move is kept from Material's focus watch;
     typing or clicking in the box opens the search again. */
  var searchToggle = document.getElementById("__search");
  var query = document.querySelector(".md-search__input");
  var searchOpener = document.querySelector("label.md-header__button[for='__search']");
  if (searchToggle && query && searchOpener) {
    searchOpener.setAttribute("role", "button");
    searchOpener.setAttribute("tabindex", "-1");
    searchOpener.setAttribute("aria-label", query.getAttribute("aria-label") || "");
    var expanded = function () { searchOpener.setAttribute("aria-expanded", String(searchToggle.checked)); };
    searchToggle.addEventListener("change", expanded);
    expanded();
    searchOpener.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      event.stopPropagation();  /* the search is open by the time this key reaches Material: Enter opens a result */
      searchOpener.click();
    });
    var unseen = function (move) {
      var stop = function (event) { event.stopPropagation(); };
      window.addEventListener("focusin", stop, true);
      window.addEventListener("focusout", stop, true);
      try { move(); } finally {
        window.removeEventListener("focusin", stop, true);
        window.removeEventListener("focusout", stop, true);
      }
    };
    /* Before Material's own handler (on window, not capturing), which would take the focus away. */
    window.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !searchToggle.checked || event.isComposing) return;
      if (event.metaKey || event.ctrlKey) return;  /* Material ignores these too */
      event.stopPropagation();
      searchToggle.click();
      if (searchOpener.getClientRects().length) searchOpener.focus();
      else unseen(function () { query.focus(); });
    }, true);
    var reopen = function () { if (!searchToggle.checked) searchToggle.click(); };
    query.addEventListener("input", reopen);
    query.addEventListener("click", reopen);
  }

  var element = document.getElementById("__config");
  if (!element) return;
  var config = JSON.parse(element.textContent);
  if (!config.search || config.search.indexOf("zoeken.js") !== -1) return;
  var slash = config.search.lastIndexOf("/");
  config.search = config.search.slice(0, slash + 1) + "zoeken.js?worker=" + encodeURIComponent(config.search.slice(slash + 1));
  element.textContent = JSON.stringify(config);

  function help(data) {
    var old = document.querySelector(".kb-zoekhulp");
    if (old) old.remove();
    if (!data) return;
    var meta = document.querySelector(".md-search-result__meta");
    if (!meta) return;
    var box = document.createElement("div");
    box.className = "kb-zoekhulp";
    var text = document.createElement("p");
    text.textContent = data.hulp.tekst;
    box.appendChild(text);
    if (data.suggesties.length) {
      var suggest = document.createElement("p");
      suggest.appendChild(document.createTextNode(data.hulp.bedoelde_je + " "));
      data.suggesties.forEach(function (query, i) {
        /* A link, not a button: Material's arrow keys move through the links of the search output only. */
        var button = document.createElement("a");
        button.href = "#";
        button.className = "kb-zoeksuggestie";
        button.textContent = query;
        button.addEventListener("click", function (event) {
          event.preventDefault();
          var input = document.querySelector(".md-search__input");
          input.value = query;
          input.focus();
          input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));  /* Material searches on key-up */
        });
        if (i) suggest.appendChild(document.createTextNode(", "));
        suggest.appendChild(button);
      });
      suggest.appendChild(document.createTextNode("?"));
      box.appendChild(suggest);
    }
    var list = document.createElement("ul");
    data.hulp.links.forEach(function (link) {
      var item = document.createElement("li");
      var anchor = document.createElement("a");
      anchor.href = new URL(link.url, new URL(config.base, location.href)).href;
      anchor.textContent = link.titel;
      item.appendChild(anchor);
      list.appendChild(item);
    });
    box.appendChild(list);
    meta.after(box);
  }

  /* Listen to the worker's answers: a Worker that is Material's, plus a look at each result. */
  var Original = window.Worker;
  if (typeof Original !== "function") return;
  window.Worker = function (url, options) {
    var worker = new Original(url, options);
    /* The engine and its rules load only when someone is about to search (workers/zoeken.js). */
    document.addEventListener("focusin", function warm(event) {
      if (!event.target.matches || !event.target.matches(".md-search__input")) return;
      worker.postMessage({ type: "kennisbank-opwarmen" });
      document.removeEventListener("focusin", warm);
    });
    worker.addEventListener("message", function (event) {
      var message = event.data;
      if (message && message.type === 3 && message.data) {
        /* After Material has drawn the (empty) list. The list says which query it answers, so a reader (or a
           test) can tell the answer to the whole query from a late answer to a shorter one. */
        setTimeout(function () {
          var result = document.querySelector(".md-search-result");
          if (result && typeof message.data.vraag === "string") result.setAttribute("data-kb-vraag", message.data.vraag);
          help(message.data.kennisbank);
        }, 0);
      }
    });
    return worker;
  };
  window.Worker.prototype = Original.prototype;
})();
