/*
 * Files the browser makes for the reader (checklist, zelfscan): CSV that a spreadsheet cannot run, and a download
 * without a server. Shared by checklist.js and zelfscan.js, so the CSV guard lives in one place.
 */
(function () {
  "use strict";

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

  window.KennisbankBestanden = { csvField: csvField, csv: csv, download: download };
})();
