/*
 * Dutch search in Material's search worker (or, offline, the iframe that stands in for it). Material's main script
 * and result list stay; this wrapper loads Material's worker code for its setup (lunr's Dutch stemmer) and answers
 * the queries itself with ../zoekmachine.js:
 *
 * - setup: Material gets the configuration with an empty document list (it only needs to load the Dutch stemmer);
 *   the documents wait here. The engine and its rules (../zoekmachine.js and search/zoekregels.js, about 60 KB gz)
 *   load only when someone is about to search: the main page (../zoeken.js) says so when the search box gets the
 *   focus, and the first query would too. A reader who never searches never downloads them. Offline the "worker" is
 *   an iframe whose scripts load at its start, so there they load at once;
 * - query: the engine answers in the shape Material draws (pages, sections, marks, kind, summary); with no result it
 *   adds suggestions and help for the main page (../zoeken.js). Of queries typed in quick succession only the newest
 *   is answered, and while keys come fast at most once per `tussenpoos` (zoekregels.yml).
 */
(function () {
  "use strict";

  var here = (typeof document !== "undefined" && document.currentScript && document.currentScript.src) ||
    self.location.href;
  /* Absolute, because offline the "worker" is an iframe whose own address is not this folder. */
  var original = new URL(new URL(here).searchParams.get("worker"), here).href;
  /* True when the engine and its rules are there. A file that fails to load (a network hiccup) is tried again at
     the next query, instead of leaving search broken for as long as the page is open. */
  function loadEngine() {
    try {
      if (!self.KennisbankZoeken) importScripts(new URL("../zoekmachine.js", here).href);
      /* The rules' data, written by the build next to the search index (the same data kennisbank/zoeken.py uses). */
      if (!self.__kennisbank_zoekregels) importScripts(new URL("../../../search/zoekregels.js", here).href);
    } catch (error) {
      return false;
    }
    return Boolean(self.KennisbankZoeken && self.__kennisbank_zoekregels);
  }
  if (typeof document !== "undefined") loadEngine();

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var WARM = "kennisbank-opwarmen";  /* from ../zoeken.js: the search box has the focus */
  var docs = null;
  var engine = null;
  var storing = null;  /* help from the search index, for when the engine cannot load */
  var materialReady = false, wanted = false;

  /* The same trimming and stemming as lunr's Dutch pipeline. */
  function stem(word) {
    var nl = self.lunr && self.lunr.nl;
    if (!nl || !nl.stemmer || !nl.trimmer) return word;
    return nl.stemmer(nl.trimmer(new self.lunr.Token(word))).toString();
  }

  /* The engine, once Material has loaded the stemmer and someone is about to search. */
  function start() {
    wanted = true;
    if (engine || !materialReady || !docs || !loadEngine()) return;
    engine = new self.KennisbankZoeken.Engine(self.__kennisbank_zoekregels, docs, stem);
    docs = null;
  }

  var postMessage = self.postMessage.bind(self);
  function send(message) {
    if (message && message.type === READY) {
      materialReady = true;
      if (wanted) start();
    }
    return postMessage(message);
  }
  self.postMessage = send;

  /* Material sends a query on every keystroke and shows only the latest result. Queries that arrive while one is
     being answered are coalesced: only the newest is answered, so typing never waits for stale results. */
  var waiting = null;
  var sent = -Infinity;
  function answer() {
    var query = waiting;
    waiting = null;
    sent = Date.now();
    var result = engine.search(query);
    if (result.kennisbank) result.kennisbank.hulp = self.__kennisbank_zoekregels.hulp;
    /* Which query this answers: queries are coalesced, so answers and queries are not one to one. */
    result.vraag = query;
    send({ type: RESULT, data: result });
  }
  /* Drawing a result list costs the page far more than finding it: while keys come faster than the page can draw,
     answers go at most once per `tussenpoos` ms, each to the newest query. */
  function ask(query) {
    if (waiting === null) {
      setTimeout(answer, Math.max(0, sent + self.__kennisbank_zoekregels.vraag.tussenpoos - Date.now()));
    }
    waiting = query;
  }

  var addEventListener = self.addEventListener.bind(self);
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return addEventListener(type, listener, options);
    return addEventListener(type, function (event) {
      var message = event.data;
      if (message && message.type === WARM) return start();
      /* Material also asks the empty query when it is ready: that is nobody searching yet. */
      if (message && message.type === QUERY && String(message.data).trim()) start();
      if (message && message.type === QUERY && engine) return ask(String(message.data));
      if (message && message.type === QUERY && materialReady && storing && String(message.data).trim()) {
        /* The engine did not load: no results, but the way on (the links), never a dead end. */
        return send({ type: RESULT, data: { items: [], vraag: String(message.data),
          kennisbank: { suggesties: [], hulp: storing } } });
      }
      if (message && message.type === SETUP && message.data) {
        docs = message.data.docs;
        storing = ((message.data.config || {}).kennisbank || {}).storing || null;
        var data = { config: message.data.config, docs: [], options: message.data.options };
        event = new MessageEvent("message", { data: { type: SETUP, data: data } });
      }
      return listener.call(this, event);
    }, options);
  };

  importScripts(original);
})();
