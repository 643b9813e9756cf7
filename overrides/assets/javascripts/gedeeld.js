/*
 * What the site's own scripts share (checklist.js, zelfscan.js, matrix.js, afdrukken.js): starting on every page,
 * filling in texts from teksten.yml, buttons, CSV that a spreadsheet cannot run, and a download without a server.
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

  window.Kennisbank = {
    onEveryPage: onEveryPage, fill: fill, button: button, csvField: csvField, csv: csv, download: download
  };
})();
