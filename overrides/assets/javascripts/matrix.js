/*
 * The matrix (docs/matrix.md): a filter by barrier or role on top of the table and the grouped list, which both
 * work without it. The rows carry the ids of their barriers and roles (data-barrieres, data-rollen).
 */
(function () {
  "use strict";

  var shared = window.Kennisbank; /* gedeeld.js */

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

  var current = null; /* the matrix now shown, for the window's listener */

  function init() {
    var root = document.querySelector(".kb-matrix[data-kb=matrix]");
    if (!root || root.dataset.ready) return;
    root.dataset.ready = "true";
    var select = root.querySelector("#kb-matrix-keuze");
    select.addEventListener("change", function () { apply(root, select.value); });
    root.querySelector(".kb-matrix-filter").hidden = false;
    if (select.value) apply(root, select.value);
    current = root;
  }

  /* Shown again (Back): the rows follow the choice, whatever the browser kept or restored. */
  window.addEventListener("pageshow", function () {
    if (current && current.isConnected) apply(current, current.querySelector("#kb-matrix-keuze").value);
  });
  shared.onEveryPage(init);
})();
