/*
 * Checklists that remember what you ticked: progressive enhancement on top of plain checkboxes.
 *
 * - State lives only in this browser (localStorage), keyed by each item's stable id. No server, no cookie.
 * - Under the name the progress line gives (data-opslag): the stappenplan's steps and its complete checklist share
 *   one, each list of steps (an instrument) has its own, so their ticks never mix and a wipe stays on its page.
 * - Ids that no longer exist in the content are ignored; ids the browser has not seen count as not ticked.
 * - Keeps the progress lines up to date (per step and overall) and adds, after the last list, buttons for a reset
 *   with confirmation, printing, and CSV/Markdown downloads. If the browser keeps nothing, the line under the
 *   buttons says so; the page still counts what it shows.
 * - Its text comes from the progress line's data-teksten (teksten.yml, checklist.script), none from this file.
 */
(function () {
  "use strict";

  var shared = window.Kennisbank; /* gedeeld.js */

  var STORAGE_KEY = "kennisbank-checklist"; /* the stappenplan's, also when a page names none */

  function load(key) {
    var state = shared.loadStored(key);
    /* An array is an object too, but JSON.stringify drops the ids set on it: every tick would be lost. */
    return state && typeof state === "object" && !Array.isArray(state) ? state : {};
  }

  /* false when the browser keeps nothing (storage full or blocked): the page keeps working without memory. */
  function save(key, state) {
    return shared.saveStored(key, state);
  }

  function count(ids, state) {
    return ids.filter(function (id) { return state[id] === true; }).length;
  }

  function rows(lists) {
    var result = [];
    lists.forEach(function (list) {
      list.querySelectorAll("input[data-checklist-id]").forEach(function (box) {
        var label = list.querySelector('label[for="' + box.id + '"]');
        result.push({
          stap: list.dataset.stap || "",
          id: box.dataset.checklistId,
          tekst: label ? label.textContent.replace(/\s+/g, " ").trim() : "",
          klaar: box.checked
        });
      });
    });
    return result;
  }

  function toCsv(items) {
    var rows = items.map(function (item) { return [item.stap, item.id, item.tekst, item.klaar ? "ja" : "nee"]; });
    return shared.csv(["stap", "id", "tekst", "afgevinkt"], rows);
  }

  function toMarkdown(items, heading) {
    var lines = ["# " + heading, ""];
    var current = null;
    items.forEach(function (item) {
      if (item.stap !== current) {
        current = item.stap;
        lines.push("", "## " + current, "");
      }
      lines.push("- [" + (item.klaar ? "x" : " ") + "] " + item.tekst);
    });
    return lines.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
  }

  function ids(list) {
    return Array.prototype.map.call(list.querySelectorAll("input[data-checklist-id]"),
      function (box) { return box.dataset.checklistId; });
  }

  /* The progress lines are already on the page (with the number of items); only their text changes. They count
     the ticks this page holds, which are the ones it shows, also when the browser does not keep them. */
  function update(ctx) {
    var t = ctx.t;
    ctx.overall.textContent = shared.fill(t.totaal,
      { afgevinkt: count(ctx.allIds, ctx.state), totaal: ctx.allIds.length });
    ctx.lists.forEach(function (list) {
      var line = list.querySelector(".kb-voortgang-stap");
      var own = ids(list);
      if (line) line.textContent = shared.fill(t.deze_stap, { afgevinkt: count(own, ctx.state), totaal: own.length });
    });
  }

  function showTicks(ctx) {
    ctx.boxes.forEach(function (box) { box.checked = ctx.state[box.dataset.checklistId] === true; });
  }

  /* A line under the buttons (role=status); the same text twice is not announced twice. */
  function say(ctx, text) {
    if (ctx.message && ctx.message.textContent !== text) ctx.message.textContent = text;
  }

  /* Every change goes here: start from what is stored (another tab may have ticked too), unless the browser refused
     to keep an earlier change; then this page holds the only copy, and the line under the buttons says so. */
  function change(ctx, apply) {
    if (ctx.kept) ctx.state = load(ctx.key);
    apply(ctx.state);
    ctx.kept = save(ctx.key, ctx.state);
    say(ctx, ctx.kept ? "" : ctx.t.niet_bewaard); /* an earlier message no longer applies */
    update(ctx);
  }

  /* Asks about the ticks there are (not every item); with none there is nothing to ask. */
  function wipe(ctx) {
    var t = ctx.t;
    var ticked = count(ctx.pageIds, ctx.state);
    if (!ticked) { say(ctx, t.niets_te_wissen); return; }
    if (!window.confirm(ticked === 1 ? t.wissen_vraag_een : shared.fill(t.wissen_vraag, { aantal: ticked }))) return;
    change(ctx, function (state) { ctx.pageIds.forEach(function (id) { delete state[id]; }); });
    showTicks(ctx);
  }

  function addButtons(ctx) {
    var t = ctx.t;
    var actions = document.createElement("p");
    actions.className = "kb-knoppen";
    actions.appendChild(shared.button(t.afdrukken, function () { window.print(); }));
    actions.appendChild(shared.button(t.csv, function () {
      shared.download("checklist.csv", "text/csv;charset=utf-8", toCsv(rows(ctx.lists)));
    }));
    actions.appendChild(shared.button(t.markdown, function () {
      shared.download("checklist.md", "text/markdown;charset=utf-8", toMarkdown(rows(ctx.lists), t.markdown_kop));
    }));
    actions.appendChild(shared.button(t.wissen, function () { wipe(ctx); }));
    /* After the last list, so adding the buttons moves nothing that is above them. */
    var last = ctx.lists[ctx.lists.length - 1];
    last.parentNode.insertBefore(actions, last.nextSibling);
  }

  /* Another tab ticked, or Back showed an older page: show what is stored (unless this page holds the only copy). */
  function resync(ctx) {
    if (!ctx.kept) return;
    ctx.state = load(ctx.key);
    showTicks(ctx);
    update(ctx);
  }

  var current = null; /* the page now shown, for the window's listeners */
  var watched = {}; /* storage names with a listener: one each, as the window outlives the pages */

  function watch(key) {
    if (watched[key]) return;
    watched[key] = true;
    shared.onStoredChange(key, function () {
      if (current && current.key === key && current.overall.isConnected) resync(current);
    });
  }

  function init() {
    var overall = document.querySelector(".kb-voortgang[data-alle-punten]");
    var lists = Array.prototype.slice.call(document.querySelectorAll(".kb-checklist"));
    if (!overall || !lists.length || overall.dataset.ready) return;
    var t;
    try { t = JSON.parse(overall.dataset.teksten); } catch (error) { return; }
    overall.dataset.ready = "true";

    var boxes = Array.prototype.slice.call(document.querySelectorAll(".kb-checklist input[data-checklist-id]"));
    var key = overall.dataset.opslag || STORAGE_KEY;
    var ctx = {
      t: t, key: key, overall: overall, lists: lists, boxes: boxes, state: load(key), kept: true,
      allIds: (overall.dataset.allePunten || "").split(/\s+/).filter(Boolean),
      pageIds: boxes.map(function (box) { return box.dataset.checklistId; }),
      message: document.querySelector(".kb-checklist-melding")
    };
    showTicks(ctx);
    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        change(ctx, function (state) {
          if (box.checked) state[box.dataset.checklistId] = true;
          else delete state[box.dataset.checklistId];
        });
      });
    });
    addButtons(ctx);
    update(ctx);
    current = ctx;
    watch(key);
  }

  shared.onEveryPage(init);
})();
