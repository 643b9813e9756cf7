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
