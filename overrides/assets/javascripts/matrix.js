/*
 * The matrix (docs/matrix.md): a filter by barrier or role on top of the table and the grouped list, which both
 * work without it. The rows carry the ids of their barriers and roles (data-barrieres, data-rollen).
 *
 * The choice is in the address as ?barriere=<id> or ?rol=<id>, so a shared link, a bookmark, Back and Forward show
 * the same filter. The query, not the hash: Material uses the hash for headings. The address is replaced, not
 * pushed: arrow keys in the list change the choice once per key, and Back should leave the page, not step through
 * every option passed. A value from the address is only used when the list has exactly that option (an allowlist);
 * anything else is ignored and never reaches the page.
 */
(function () {
  "use strict";

  var shared = window.Kennisbank; /* gedeeld.js */
  var KINDS = ["barriere", "rol"]; /* query parameters, the part before ":" of an option's value */

  function matches(item, choice) {
    if (!choice) return true;
    var parts = choice.split(":");
    var ids = (item.dataset[parts[0] === "rol" ? "rollen" : "barrieres"] || "").split(" ");
    return ids.indexOf(parts[1]) !== -1;
  }

  function apply(root, choice) {
    var rows = root.querySelectorAll(".kb-matrix-raster tbody tr");
    var shown = 0;
    rows.forEach(function (row) {
      row.hidden = !matches(row, choice);
      if (!row.hidden) shown += 1;
    });
    root.querySelectorAll(".kb-matrix-lijst > ul > li").forEach(function (group) {
      var visible = 0;
      group.querySelectorAll("li").forEach(function (item) {
        item.hidden = !matches(item, choice);
        if (!item.hidden) visible += 1;
      });
      var own = choice.indexOf("barriere:") === 0 ? group.dataset.barriere === choice.slice(9) : visible > 0 || !choice;
      group.hidden = !own;
    });
    var status = root.querySelector(".kb-matrix-aantal");
    status.textContent = choice ? status.dataset.tekst.replace("{aantal}", shown).replace("{totaal}", rows.length) : "";
  }

  /* The choice the address asks for, if the list offers it; otherwise "" (all). */
  function fromAddress(select) {
    var params = new URLSearchParams(window.location.search);
    for (var k = 0; k < KINDS.length; k += 1) {
      var value = params.get(KINDS[k]);
      if (value === null) continue;
      var wanted = KINDS[k] + ":" + value;
      for (var i = 0; i < select.options.length; i += 1) {
        if (select.options[i].value && select.options[i].value === wanted) return wanted;
      }
    }
    return "";
  }

  /* The address with this choice (other parameters, such as Material's ?h= from a search, and the hash stay). */
  function addressFor(choice) {
    var url = new URL(window.location.href);
    KINDS.forEach(function (kind) { url.searchParams.delete(kind); });
    if (choice) url.searchParams.set(choice.split(":")[0], choice.slice(choice.indexOf(":") + 1));
    return url.href;
  }

  function remember(choice) {
    var href = addressFor(choice);
    if (href === window.location.href) return;
    try {
      /* history.state stays: Material's instant navigation keeps its own state there. */
      window.history.replaceState(window.history.state, "", href);
    } catch (error) {
      /* A browser that refuses (some file:// setups): the filter still works, only the address does not follow. */
    }
  }

  /* The address decides: the list, the rows and the count follow it; an unknown value leaves the address too. */
  function follow(root) {
    var select = root.querySelector("#kb-matrix-keuze");
    select.value = fromAddress(select);
    apply(root, select.value);
    remember(select.value);
  }

  var current = null; /* the matrix now shown, and its path, for the window's listeners */

  function init() {
    var root = document.querySelector(".kb-matrix[data-kb=matrix]");
    if (!root || root.dataset.ready) return;
    root.dataset.ready = "true";
    var select = root.querySelector("#kb-matrix-keuze");
    select.addEventListener("change", function () {
      apply(root, select.value);
      remember(select.value);
    });
    root.querySelector(".kb-matrix-filter").hidden = false;
    follow(root);
    current = { root: root, path: window.location.pathname };
  }

  /* Shown again (Back, Forward, also from the back-forward cache) or another entry of this page (a heading's link,
     then Back): the filter is what the address says, whatever the browser kept or restored of the form. With
     instant navigation on, a popstate to another page comes while this matrix is still shown: leave that alone. */
  function again() {
    if (current && current.root.isConnected && current.path === window.location.pathname) follow(current.root);
  }
  window.addEventListener("pageshow", again);
  window.addEventListener("popstate", again);
  shared.onEveryPage(init);
})();
