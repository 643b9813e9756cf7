/*
 * Dutch search, step 2: runs inside Material's search worker (or, offline, the iframe that stands in for it),
 * before Material's own worker code, which it then loads. It changes only the query, never the results' text:
 *
 * - a compound the site does not use is also searched as its parts: discriminatiemeldingen → discriminatie meldingen,
 *   also when the parts are only word starts: verandermoe → verander* moe* (verandering, moeite);
 * - a word of 6 letters or more also matches with one letter wrong: discrimnatie → discriminatie (lunr's ~1).
 *
 * Forms, synonyms and compound parts of the pages themselves are added to the index at build time (kennisbank/zoeken.py).
 */
(function () {
  "use strict";

  var MIN_TYPO_LENGTH = 6;
  /* A query can come from a link (?q=...): cap it, so a very long one costs no more than a normal one. */
  var MAX_QUERY_LENGTH = 200;
  var MAX_WORDS = 12;
  var MAX_WORD_LENGTH = 40;
  var MIN_PART = 4;
  var LINKING = ["", "s", "e", "en"];
  var here = (typeof document !== "undefined" && document.currentScript && document.currentScript.src) ||
    self.location.href;
  /* Absolute, because offline the "worker" is an iframe whose own address is not this folder. */
  var original = new URL(new URL(here).searchParams.get("worker"), here).href;
  var MIN_PREFIX_HEAD = 5;
  var MIN_PREFIX_TAIL = 3;
  var vocabulary = new Set();
  var sorted = [];

  function learn(index) {
    var words = new Set();
    index.docs.forEach(function (doc) {
      ["title", "text", "zoektermen", "trefwoorden"].forEach(function (field) {
        String(doc[field] || "").replace(/<[^>]+>/g, " ").toLowerCase()
          .split(/[^a-zà-öø-ÿ]+/).forEach(function (word) { if (word.length >= MIN_PART) words.add(word); });
      });
    });
    vocabulary = words;
    sorted = Array.from(words).sort();
  }

  /* Is `start` the beginning of a word of the site? Binary search in the sorted vocabulary. */
  function begins(start) {
    var low = 0, high = sorted.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (sorted[middle] < start) low = middle + 1; else high = middle;
    }
    return low < sorted.length && sorted[low].indexOf(start) === 0;
  }

  function split(word) {
    if (begins(word) || word.length < MIN_PART * 2) return [];
    for (var i = word.length - MIN_PART; i >= MIN_PART; i--) {
      var head = word.slice(0, i);
      if (!vocabulary.has(head)) continue;
      for (var l = 0; l < LINKING.length; l++) {
        var tail = word.slice(i);
        if (tail.indexOf(LINKING[l]) !== 0) continue;
        tail = tail.slice(LINKING[l].length);
        if (tail.length >= MIN_PART && vocabulary.has(tail)) return [head, tail];
      }
    }
    for (var j = word.length - MIN_PREFIX_TAIL; j >= MIN_PREFIX_HEAD; j--) {
      if (begins(word.slice(0, j)) && begins(word.slice(j))) return [word.slice(0, j), word.slice(j)];
    }
    return [];
  }

  function transform(query) {
    return query.slice(0, MAX_QUERY_LENGTH).split(/\s+/).filter(Boolean).slice(0, MAX_WORDS).map(function (term) {
      if (/[*~^:+\-"]/.test(term)) return term; /* the reader's own lunr syntax stays as it is */
      if (term.length > MAX_WORD_LENGTH) return term.slice(0, MAX_WORD_LENGTH);
      var word = term.toLowerCase();
      var extra = split(word);
      if (word.length >= MIN_TYPO_LENGTH) extra.push(word + "~1");
      return [term].concat(extra).join(" ");
    }).join(" ");
  }

  var addEventListener = self.addEventListener.bind(self);
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return addEventListener(type, listener, options);
    return addEventListener(type, function (event) {
      var message = event.data;
      if (message && message.data && Array.isArray(message.data.docs)) learn(message.data);
      if (message && typeof message.data === "string") {
        event = new MessageEvent("message", { data: { type: message.type, data: transform(message.data) } });
      }
      return listener.call(this, event);
    }, options);
  };

  importScripts(original);
})();
