/*
 * What the site's own scripts share (checklist.js, zelfscan.js, matrix.js, afdrukken.js): starting on every page,
 * filling in texts from teksten.yml, buttons, CSV that a spreadsheet cannot run, a download without a server, and
 * memory in this browser under a key of this site.
 * Loaded before them (mkdocs.yml, extra_javascript).
 */
(function () {
  "use strict";

  /* Material's document$ emits for every page, also after instant navigation replaced the content; without it (or
     before it exists), wait for the document itself. `init` must itself make sure it touches a page only once. */
  function onEveryPage(init) {
    if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
    else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }

  /* A text from teksten.yml with its {name} placeholders filled in; an unknown name stays as written. */
  function fill(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
    });
  }

  function button(text, onClick) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "md-button kb-knop";
    element.textContent = text;
    element.addEventListener("click", onClick);
    return element;
  }

  /* A cell that starts with = + - @ (or a tab or return) is a formula to a spreadsheet program: neutralise it with a
     leading apostrophe, so an exported file can never run a formula (CSV injection). */
  function csvField(value) {
    var text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return '"' + text.replace(/"/g, '""') + '"';
  }

  /* A header of plain column names and rows of cells → CSV with ; (what Dutch spreadsheet settings expect) and a
     BOM, so accents are read right. */
  function csv(header, rows) {
    var lines = [header.join(";")].concat(rows.map(function (row) { return row.map(csvField).join(";"); }));
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  function download(name, type, content) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /* --- Memory in this browser (localStorage) ------------------------------------------------------------------
     A key carries the site's path, as Material's own keys do ("/.__palette", from __md_scope), so two copies of the
     site on one origin, or two offline bundles on file://, each keep their own ticks and answers. */

  function storageKey(name) {
    var scope = window.__md_scope;
    return scope && typeof scope.pathname === "string" ? scope.pathname + "." + name : name;
  }

  /* What was saved under the old, unscoped name moves to the scoped key once (copy, then remove), so nobody loses
     it; if the copy does not fit, the old key stays for a next try. */
  function migrate(name, key) {
    var text = window.localStorage.getItem(name);
    if (text === null) return null;
    try {
      window.localStorage.setItem(key, text);
      window.localStorage.removeItem(name);
    } catch (error) {
      /* Storage full: read the old key this time. */
    }
    return text;
  }

  /* The stored JSON value, or null: nothing stored, unreadable, or storage blocked. */
  function loadStored(name) {
    try {
      var key = storageKey(name);
      var text = window.localStorage.getItem(key);
      return JSON.parse(text === null && key !== name ? migrate(name, key) : text);
    } catch (error) {
      return null;
    }
  }

  /* true once stored; false when the browser keeps nothing (storage full or blocked, private mode). */
  function saveStored(name, value) {
    try {
      window.localStorage.setItem(storageKey(name), JSON.stringify(value));
      return true;
    } catch (error) {
      return false;
    }
  }

  /* Also the old key: a wipe must not come back through a later migration. */
  function removeStored(name) {
    try {
      window.localStorage.removeItem(storageKey(name));
      window.localStorage.removeItem(name);
    } catch (error) {
      /* Blocked storage holds nothing to remove. */
    }
  }

  /* Calls back when another tab changed the stored value (storage event; key null is a clear), and whenever the
     page is shown (pageshow): after Back the browser may show the page from its back-forward cache, or restore an
     older state of its form, over what is stored now. Register once per script: the window outlives the pages that
     instant navigation swaps in. */
  function onStoredChange(name, callback) {
    window.addEventListener("storage", function (event) {
      if (event.key === null || event.key === storageKey(name)) callback();
    });
    window.addEventListener("pageshow", callback);
  }

  window.Kennisbank = {
    onEveryPage: onEveryPage, fill: fill, button: button, csvField: csvField, csv: csv, download: download,
    loadStored: loadStored, saveStored: saveStored, removeStored: removeStored, onStoredChange: onStoredChange
  };
})();
