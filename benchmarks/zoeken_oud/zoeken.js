/*
 * Dutch search, step 1 (main page, before Material's own script): run Material's search worker through
 * workers/zoeken.js, which adapts each query before Material's worker sees it. See workers/zoeken.js.
 */
(function () {
  "use strict";
  /* Material's search dialog has no accessible name (Lighthouse: aria-dialog-name); give it the label it shows. */
  var dialog = document.querySelector(".md-search[role=dialog]");
  if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Zoeken");

  var element = document.getElementById("__config");
  if (!element) return;
  var config = JSON.parse(element.textContent);
  if (!config.search || config.search.indexOf("zoeken.js") !== -1) return;
  var slash = config.search.lastIndexOf("/");
  config.search = config.search.slice(0, slash + 1) + "zoeken.js?worker=" + encodeURIComponent(config.search.slice(slash + 1));
  element.textContent = JSON.stringify(config);
})();
