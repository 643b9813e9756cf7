/*
 * On paper a link shows where it goes (kennisbank.css, print). Without this script that is the address as written,
 * often relative ("../recht/x/"); with it, the full address the browser would open. Runs for every page, also after
 * instant navigation (Material's document$).
 */
(function () {
  "use strict";

  var shared = window.Kennisbank; /* gedeeld.js */

  function writeOut() {
    document.querySelectorAll(".md-content a[href]").forEach(function (link) {
      if (link.getAttribute("href").charAt(0) !== "#") link.dataset.afdruk = link.href;
    });
  }

  shared.onEveryPage(writeOut);
})();
