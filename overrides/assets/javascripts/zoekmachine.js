/*
 * Dutch search for the knowledge base, run inside Material's search worker (see workers/zoeken.js).
 *
 * The rules' data (word list, everyday words, filler words, limits, weights) is written by the build into
 * search/zoekregels.js from the same files kennisbank/zoeken.py uses, so build and browser follow the same rules.
 *
 *   var engine = new KennisbankZoeken.Engine(rules, index.docs, stem);
 *   engine.analyse("wat doe ik als een inwoner klaagt");   // content words, each with the ways it can match
 *   engine.search("wat doe ik als een inwoner klaagt");    // a result in the shape Material's search UI draws
 *
 * How a page is scored (BM25F over whole pages, see README "Zoeken"):
 * - a query is cut into content words: filler and question words go, everyday phrases become the site's term;
 * - each content word matches a page in one of several ways: as typed (also as the start of a longer word), through
 *   an everyday word's term, through all parts of a compound split with the Dutch word list, or through a nearby
 *   word of the site (typos); weaker ways count less;
 * - a match counts more in the title or keywords than in the summary, section headings or body text, and a rare
 *   word counts more than one on every page (idf);
 * - pages that match more of the query (weighed by how rare each word is) come first: the score is multiplied by
 *   the square of that share, and pages below the minimum share are left out;
 * - overview pages count less than the page about the subject.
 */
(function (root) {
  "use strict";

  var WORD = /[a-z0-9\u00e0-\u00f6\u00f8-\u00ff']+/g;
  var HTML_WORD = /&#?[a-z0-9]+;|[a-z0-9\u00e0-\u00f6\u00f8-\u00ff]+/gi;

  /* The word list arrives front-coded: each line starts with one character for the length it shares with the
     previous word (character code minus 48), then the rest of the word. */
  function decodeWords(packed) {
    var list = [];
    var previous = "";
    packed.split("\n").forEach(function (line) {
      if (!line) return;
      var word = previous.slice(0, line.charCodeAt(0) - 48) + line.slice(1);
      list.push(word);
      previous = word;
    });
    return list;
  }

  /* Lower-case words of a text, tags out, references decoded, the plural or genitive 's dropped (collega's ->
     collega, as the singular) and other apostrophes too; the same as `words` in kennisbank/zoeken.py. */
  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: " " };

  function unescape(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (all, name) {
      if (name.charAt(0) !== "#") return ENTITIES[name.toLowerCase()] || " ";
      var code = name.charAt(1).toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
    });
  }

  function plainText(text) {
    return unescape(String(text || "").replace(/<[^>]+>/g, " ")).toLowerCase().replace(/[\u2019`]/g, "'");
  }

  function cleanWord(w) {
    return w.replace(/'s$/, "").replace(/'/g, "");
  }

  function words(text) {
    return (plainText(text).match(WORD) || []).map(cleanWord).filter(Boolean);
  }

  /* `compute`, remembered per argument (at most two): each keystroke asks again for the same words. The memory is
     emptied when it holds `size` answers, since its keys come from what people type. */
  function remembered(size, compute) {
    var answers = new Map();
    return function (first, second) {
      var key = second === undefined ? first : first + " " + second;
      if (!answers.has(key)) {
        if (answers.size >= size) answers.clear();
        answers.set(key, compute.call(this, first, second));
      }
      return answers.get(key);
    };
  }

  /* Every word one letter away from `word`: a letter left out, swapped with the next, changed or added. */
  function oneLetterOff(word) {
    var letters = "abcdefghijklmnopqrstuvwxyz";
    var found = new Set();
    for (var i = 0; i <= word.length; i++) {
      var head = word.slice(0, i), tail = word.slice(i);
      if (tail) found.add(head + tail.slice(1));
      if (tail.length > 1) found.add(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
      for (var l = 0; l < letters.length; l++) {
        if (tail) found.add(head + letters.charAt(l) + tail.slice(1));
        found.add(head + letters.charAt(l) + tail);
      }
    }
    found.delete(word);
    return Array.from(found);
  }

  /* Edit distance with a swap of two neighbouring letters as one edit (optimal string alignment), stopping early
     above `limit`. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var before = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1;
        var d = Math.min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + cost);
        /* Two letters swapped is one typo ("racsime": racisme), the most common slip in typing. */
        if (before && k > 1 && a.charAt(i - 1) === b.charAt(k - 2) && a.charAt(i - 2) === b.charAt(k - 1)) {
          d = Math.min(d, before[k - 2] + 1);
        }
        current.push(d);
        if (d < best) best = d;
      }
      if (best > limit) return limit + 1;
      before = previous;
      previous = current;
    }
    return previous[b.length];
  }

  /* Words of the site the splitter may use as parts; the same as site_words in kennisbank/zoeken.py. */
  function siteWords(docs, min) {
    var found = new Set();
    docs.forEach(function (doc) {
      words(doc.title + " " + doc.text).forEach(function (w) {
        if (w.length >= min) found.add(w);
      });
    });
    return found;
  }

  /* Index of the first entry of a sorted array that is >= `value`. */
  function lowerBound(sorted, value) {
    var low = 0, high = sorted.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (sorted[middle] < value) low = middle + 1; else high = middle;
    }
    return low;
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Splitting compounds: the same rules as Splitter in kennisbank/zoeken.py (a test compares them word by word).
   * ---------------------------------------------------------------------------------------------------------- */

  function Splitter(rules, dictionary, site) {
    this.rules = rules;
    this.dictionary = dictionary;
    this.site = site || new Set();
    /* Repairing a compound asks this for the same pieces of many variants of one word. */
    this.isWord = remembered(100000, this.isWord);
  }

  Splitter.prototype.known = function (word) {
    return this.dictionary.has(word) || this.site.has(word) || this.rules.korte_koppen.indexOf(word) !== -1;
  };

  /* The word with a regular ending off, if that is a word (meldingen -> melding). */
  Splitter.prototype.stripped = function (word, known) {
    var endings = this.rules.uitgangen;
    for (var i = 0; i < endings.length; i++) {
      var e = endings[i];
      if (word.length > e.length && word.slice(-e.length) === e && known(word.slice(0, -e.length))) {
        return word.slice(0, -e.length);
      }
    }
    return null;
  };

  Splitter.prototype.isWord = function (word) {
    return this.known(word) || this.stripped(word, this.known.bind(this)) !== null;
  };

  /* The word of the Dutch word list this word is with a regular ending off, if any. */
  Splitter.prototype.base = function (word) {
    return this.stripped(word, this.dictionary.has.bind(this.dictionary));
  };

  Splitter.prototype.listed = function (word) {
    return this.dictionary.has(word) || this.base(word) !== null;
  };

  Splitter.prototype.splits = function (word, depth) {
    var min = this.rules.min_deel;
    var found = depth > 0 && this.isWord(word) ? [[word]] : [];
    if (word.length < 2 * min || depth > 3) return found;
    var self = this;
    /* A short last part (wet) the loop below does not reach: participatiewet, jeugdwet. */
    this.rules.korte_koppen.forEach(function (short) {
      self.rules.tussenklanken.forEach(function (link) {
        var end = link + short;
        var head = word.slice(0, -end.length);
        if (word.slice(-end.length) === end && head.length >= min) {
          self.splits(head, depth + 1).forEach(function (rest) { found.push(rest.concat([short])); });
        }
      });
    });
    for (var i = word.length - min; i >= min; i--) {
      var head = word.slice(0, i);
      if (!this.isWord(head)) continue;
      var tail = word.slice(i);
      for (var l = 0; l < this.rules.tussenklanken.length; l++) {
        var link = this.rules.tussenklanken[l];
        if (tail.indexOf(link) !== 0 || tail.length - link.length < min) continue;
        this.splits(tail.slice(link.length), depth + 1).forEach(function (rest) { found.push([head].concat(rest)); });
      }
    }
    return found;
  };

  /* The best split: fewest parts, then fewest parts known only without their ending, then fewest linking letters,
     then the longest first part; null for a word of the list itself (also with a regular ending), a word longer than
     the limit, or a word not made of known words. The same order as Splitter._rank in kennisbank/zoeken.py. */
  Splitter.prototype.parts = function (word) {
    if (word.length > this.rules.max_samenstelling || this.listed(word)) return null;
    var self = this;
    var rank = function (parts) {
      return [parts.length, parts.filter(function (p) { return !self.known(p); }).length,
        -parts.join("").length, -parts[0].length];
    };
    var before = function (a, b) {
      for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
      return false;
    };
    var best = null, bestRank = null;
    this.splits(word, 0).forEach(function (parts) {
      var r = rank(parts);
      if (!best || before(r, bestRank)) {
        best = parts;
        bestRank = r;
      }
    });
    return best;
  };

  /* ------------------------------------------------------------------------------------------------------------
   * The index: one entry per page (its article and sections together), with term frequencies per field.
   * ---------------------------------------------------------------------------------------------------------- */

  function pageOf(location) {
    return location.split("#")[0];
  }

  function Page(article, overview) {
    this.keyPhrases = [];
    this.keywords = [];  /* content stems of each keyword, sorted and joined */
    this.location = article.location;
    this.article = article;
    this.sections = [];
    this.overview = overview;
    this.fields = {};  /* field -> {stem: count} */
    this.length = 0;   /* words of body text, for length normalisation */
  }

  Page.prototype.add = function (field, stems) {
    var counts = this.fields[field] || (this.fields[field] = Object.create(null));
    stems.forEach(function (s) { counts[s] = (counts[s] || 0) + 1; });
    if (field === "tekst") this.length += stems.length;
  };

  function Engine(data, docs, stem) {
    this.data = data;
    this.weights = data.weging;
    this.limits = data.vraag;
    this.filler = new Set(data.vulwoorden);
    /* Filler words long enough that one letter off is a sure typo of them (see asFiller). */
    var shortest = this.limits.zekere_verbetering - 2;
    this.longFiller = data.vulwoorden.filter(function (f) { return f.length >= shortest; });
    this.siteSubject = new Set(data.vraag.site_onderwerp);  /* words and phrases that say where, not what */
    this.thesaurus = new Map(data.thesaurus);  /* everyday word or phrase -> words of the site's term */
    this.dictionary = new Set(decodeWords(data.woorden));
    var cache = Object.create(null);
    var raw = stem || function (w) { return w; };
    /* Numbers stay as they are ("137g"): lunr's Dutch trimmer would keep only the letters. */
    var dictionary = this.dictionary;
    var thesaurus = this.thesaurus;
    var filler = this.filler;
    var plain = function (word) {
      if (/[0-9]/.test(word)) return word;
      /* The stemmer keeps the -s of a plural after an e (vacatures, procedures): the singular is in the word list,
         or an everyday word of woorden.yml (microagressies). */
      var single = word.slice(0, -1);
      var base = /es$/.test(word) && (dictionary.has(single) || thesaurus.has(single)) ? single : word;
      /* The stemmer undoubles only kk, dd and tt: "stappen" stays "stapp", "geschillen" "geschill". A Dutch word does
         not end in a double consonant, so the singular ("stap", "geschil") is the same stem. */
      var stemmed = (raw(base) || base).replace(/([b-df-hj-np-tv-z])\1$/, "$1");
      /* A stem that is a filler word ("overheid" -> "over", "waarheid" -> "waar") would match almost every page. */
      return filler.has(stemmed) && !filler.has(word) ? word : stemmed;
    };
    this.stem = function (word) {
      return cache[word] || (cache[word] = plain(word));
    };
    var padded = function (list) { return (list || []).map(function (p) { return " " + words(p).join(" ") + " "; }); };
    this.intents = (data.bedoelingen || []).map(function (intent) {
      return { phrases: padded(intent.vraag), any: padded(intent.woorden), none: padded(intent.zonder),
        naming: padded(intent.noemt), page: intent.pagina, overview: intent.overzicht, kind: intent.soort,
        residents: intent.inwoners, factor: intent.factor };
    });
    this.soundRules = (data.vraag.klank || []).map(function (rule) { return [new RegExp(rule[0], "g"), rule[1]]; });
    this.learnThesaurus(data.thesaurus);
    /* Typo corrections and compound repairs are asked again for each suggestion and keystroke. */
    this.nearest = remembered(1000, this.nearest);
    this.bestRepair = remembered(1000, this.bestRepair);
    /* A content word counts as fully covered from the strength of one mention in this field. */
    var field = this.weights.velden[this.weights.gedekt];
    this.covered = field / (this.weights.k1 + field);
    this.build(docs || []);
  }

  Engine.prototype.build = function (docs) {
    var self = this;
    var pages = new Map();
    var vocabulary = new Set();
    var stems = function (text) {
      return words(text).map(function (w) { vocabulary.add(w); return self.stem(w); });
    };
    docs.forEach(function (doc) {
      var key = pageOf(doc.location);
      var page = pages.get(key);
      if (!page) {
        page = new Page(doc, !(doc.tags && doc.tags.length));
        pages.set(key, page);
        page.titleText = " " + self.phraseStems(doc.title).join(" ") + " ";
        page.titleWords = self.contentStems(doc.title);
        page.add("titel", stems(doc.title).concat(stems(doc.titelwoorden)));
        page.add("trefwoord", stems(doc.trefwoorden));
        /* The parts of a compound keyword (racismetraining: racisme, training) say what the page is about, less
           clearly than the keyword itself: they count as a heading. */
        page.add("kop", stems(doc.trefwoorddelen));
        page.keyPhrases = String(doc.trefwoorden || "").split(",").map(function (phrase) {
          return " " + self.phraseStems(phrase).join(" ") + " ";
        }).filter(function (phrase) { return phrase.split(" ").length > 3; });
        /* Keywords of content words only: "is dat discriminatie" is a question, not the word "discriminatie". */
        page.keywords = String(doc.trefwoorden || "").split(",").filter(function (k) {
          return words(k).length && words(k).every(function (w) { return !self.filler.has(w); });
        }).map(self.contentStems, self);
        /* A subject page's text here is its one-sentence summary; an overview page's is its whole list. */
        page.add(page.overview ? "tekst" : "samenvatting", stems(doc.text));
        page.add("tekst", stems(doc.zoektermen));
        /* Words of example questions this page answers (docs/_data/voorbeeldvragen.yml): how people ask for it. Not
           words of the site: a compound that only people type ("inclusiemonitor") is still split and corrected as
           one the site does not use, or the question itself, as an example, would find its page less well. */
        page.add("vraag", words(doc.voorbeeldvragen).map(function (w) { return self.stem(w); }));
      } else {
        page.sections.push({ doc: doc, stems: new Set(stems(doc.title).concat(stems(doc.text))),
          heading: self.contentStems(doc.title), phrase: self.phraseStems(doc.title) });
        /* An overview page's headings are its list (the sources, the glossary): body text, not its subject. */
        page.add(page.overview ? "tekst" : "kop", stems(doc.title));
        page.add("tekst", stems(doc.text));
      }
    });
    this.pages = Array.from(pages.values());
    /* A keyword that several pages have names none of them in particular. */
    var holders = Object.create(null);
    this.pages.forEach(function (page) {
      page.keywords.forEach(function (k) { holders[k] = (holders[k] || 0) + 1; });
    });
    this.pages.forEach(function (page) {
      page.keywords = page.keywords.filter(function (k) { return holders[k] === 1; });
    });
    this.postings = Object.create(null);  /* stem -> indexes of the pages that hold it */
    this.phrasePostings = Object.create(null);  /* keyword of several words -> indexes of the pages that have it */
    var total = 0;
    this.pages.forEach(function (page, i) {
      page.keyPhrases.forEach(function (phrase) {
        (self.phrasePostings[phrase] || (self.phrasePostings[phrase] = [])).push(i);
      });
      var seen = Object.create(null);
      Object.keys(page.fields).forEach(function (field) {
        Object.keys(page.fields[field]).forEach(function (s) {
          if (seen[s]) return;
          seen[s] = true;
          (self.postings[s] || (self.postings[s] = [])).push(i);
        });
      });
      total += page.length;
    });
    this.averageLength = total / Math.max(1, this.pages.length);
    /* Headings of three words or more that only one page has ("Wij behandelen iedereen gelijk."): a query that
       quotes one, word for word, asks for that page. */
    var headings = Object.create(null);
    this.pages.forEach(function (page) {
      new Set(page.sections.map(function (section) { return section.phrase.join(" "); })).forEach(function (h) {
        headings[h] = (headings[h] || 0) + 1;
      });
    });
    this.pages.forEach(function (page) {
      page.quotes = page.sections.filter(function (section) {
        return section.phrase.length >= 3 && headings[section.phrase.join(" ")] === 1;
      }).map(function (section) { return section.phrase; });
    });
    /* Words in a title or keywords of a page about one subject, and in an overview page's title ("zelfscan"): the
       site's topics. */
    this.topics = new Set();
    /* Words in the title of a page about one subject: a question's verb that is one ("hoe werven we", "waar meld
       ik") is what the question is about. */
    this.titleTopics = new Set();
    this.pages.forEach(function (page) {
      (page.overview ? ["titel"] : ["titel", "trefwoord"]).forEach(function (field) {
        Object.keys(page.fields[field] || {}).forEach(function (s) {
          self.topics.add(s);
          if (field === "titel" && !page.overview) self.titleTopics.add(s);
        });
      });
    });
    this.stemList = Object.keys(this.postings).sort();
    this.vocabulary = vocabulary;
    /* The everyday words of woorden.yml are words of the field too: "raadsmemo" is raad + memo. */
    var known = siteWords(docs, this.data.splitsen.min_deel);
    this.thesaurus.forEach(function (terms, key) {
      if (key.indexOf(" ") === -1 && key.length >= self.data.splitsen.min_deel) known.add(key);
    });
    this.splitter = new Splitter(this.data.splitsen, this.dictionary, known);
    this.sorted = Array.from(vocabulary).sort();
    /* Words of the site and everyday words, each once (a word may be both). */
    this.candidates = Array.from(new Set(this.sorted.concat(Array.from(this.thesaurus.keys()).filter(function (key) {
      return key.indexOf(" ") === -1;
    }))));
    this.sounds = null;  /* how a word sounds -> the words of the site that sound so; made when first needed */
  };

  /* A word written as it sounds: rassisme and racisme, klagt and klaagt, diskriminatie and discriminatie sound the
     same. The spellings that sound alike (`vraag.klank`) are replaced in order, then double letters made single. */
  Engine.prototype.sound = function (word) {
    var key = word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    this.soundRules.forEach(function (rule) { key = key.replace(rule[0], rule[1]); });
    return key.replace(/(.)\1+/g, "$1");
  };

  /* Is `word` a word of the site, as written? */
  Engine.prototype.isSiteWord = function (word) {
    return this.sorted[lowerBound(this.sorted, word)] === word;
  };

  /* Is `start` the beginning of a word of the site? */
  Engine.prototype.onSite = function (start) {
    var i = lowerBound(this.sorted, start);
    return i < this.sorted.length && this.sorted[i].indexOf(start) === 0;
  };

  /* Stems of the site that start with `prefix` (a word being typed), at most `limit` of them. */
  Engine.prototype.extensions = function (prefix, limit) {
    var found = [];
    for (var i = lowerBound(this.stemList, prefix); i < this.stemList.length && found.length < limit; i++) {
      if (this.stemList[i].indexOf(prefix) !== 0) break;
      if (this.stemList[i] !== prefix) found.push(this.stemList[i]);
    }
    return found;
  };

  /* Words of the site (or everyday words) one or two letters away from `word`. */
  Engine.prototype.corrections = function (word, most) {
    var limit = word.length >= this.limits.typfout_twee ? 2 : word.length >= this.limits.typfout_een ? 1 : 0;
    if (most !== undefined) limit = Math.min(limit, most);
    if (!limit && word.length >= this.limits.typfout_wissel && most !== 0) {
      /* A short word has too many neighbours for any slip, but two letters swapped keeps its letters ("tjid",
         "tlok", "agwb"): the most common slip, and rarely another word. */
      var letters = word.split("").sort().join("");
      return this.nearest(word, 1).filter(function (c) {
        return c.length === word.length && c.split("").sort().join("") === letters;
      });
    }
    var found = limit ? this.nearest(word, limit).slice() : [];
    /* Written as it sounds is the commonest slip, and may be more than `limit` letters off (rassisme: racisme). */
    if (!found.length && most !== 0 && word.length >= this.limits.typfout_een) found = this.soundsLike(word);
    return found;
  };

  Engine.prototype.soundsLike = function (word) {
    var self = this;
    if (!this.sounds) {  /* rarely needed: not at start-up, when the search opens */
      this.sounds = new Map();
      this.candidates.forEach(function (candidate) {
        var key = self.sound(candidate);
        if (!self.sounds.has(key)) self.sounds.set(key, []);
        self.sounds.get(key).push(candidate);
      });
    }
    return (this.sounds.get(this.sound(word)) || []).filter(function (w) { return w !== word; }).slice(0, 3);
  };

  Engine.prototype.nearest = function (word, limit) {
    var found = [];
    for (var i = 0; i < this.candidates.length; i++) {
      var candidate = this.candidates[i];
      if (candidate.charAt(0) !== word.charAt(0) && candidate.charAt(1) !== word.charAt(1)) continue;
      var d = distance(word, candidate, limit);
      if (d <= limit) found.push([d, candidate]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || b[1].length - a[1].length || (a[1] < b[1] ? -1 : 1); });
    /* Only the nearest: one letter off beats two ("discriminatietets": discriminatietoets, not discriminatiewet). */
    return found.filter(function (entry) { return entry[0] === found[0][0]; }).slice(0, 3)
      .map(function (entry) { return entry[1]; });
  };

  /* Ways for a word the site does not have: its form without a regular ending, the noun of a diminutive, the verb of a
     past participle, the long parts of a compound. Returns that noun, if there is one: a noun weighs as one. */
  Engine.prototype.formWays = function (word, parts, add) {
    var self = this;
    var base = this.splitter.base(word);
    if (base) add([base], "woord");
    /* A diminutive is its noun: gesprekje (gesprek), regeltje (regel), boompje (boom), bloemetje (bloem). */
    var noun = null;
    ["etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je"].some(function (end) {
      var front = word.slice(0, -end.length);
      if (front.length >= 3 && word.slice(-end.length) === end && self.postings[self.stem(front)]) noun = front;
      return noun;
    });
    if (noun) add([noun], "woord");
    /* A noun on -schap is about the noun before it: omstanderschap (omstander), bondgenootschap (bondgenoot). */
    var holder = word.replace(/schap(pen)?$/, "");
    if (holder !== word && holder.length >= 4) {
      if (this.postings[this.stem(holder)]) add([holder], "woord");
      this.synonyms(holder).forEach(function (t) { add([t], "synoniem"); });
    }
    /* "-ies(e)" is how "-isch(e)" sounds, and a common way to write it: racistiese (racistische), praktiese. */
    var spoken = word.replace(/iese$/, "ische").replace(/ies$/, "isch");
    if (spoken !== word && this.postings[this.stem(spoken)]) add([spoken], "woord");
    /* A past participle is the verb the site uses: gepest (pesten), geweigerd (weigeren), geregistreerd; also of a
       separable verb: ingevoerd (invoeren), weggestuurd (wegsturen). */
    var particle = this.limits.scheidbaar.filter(function (p) { return word.indexOf(p + "ge") === 0; })[0] || "";
    var participle = word.slice(particle.length);
    if (/^ge[a-z]{3,}[td]$/.test(participle)) {
      [participle.slice(2, -1), participle.slice(2)].forEach(function (verb) {  /* geweigerd: weiger; gepest: pest */
        if (self.postings[self.stem(particle + verb)]) add([particle + verb], "woord");
      });
    }
    parts.forEach(function (part) {
      if (part.length >= self.limits.los_deel) add([part], "deel");
      self.synonyms(part).forEach(function (t) { add([t], "deel"); });
    });
    return noun;
  };

  /* The other spelling of the same word, with v or z before -en or with f or s at the end (`vraag.wissel`): werf and
     werven, brieven and brief, leef and leven (one vowel before -ven), geven and geef (two at the end). Only forms the
     site has, and only where the stem differs. */
  Engine.prototype.alternations = function (word) {
    var self = this;
    var found = [];
    var vowel = /[aeiou]/;
    var own = this.stem(word);
    var keep = function (other) {
      var key = self.stem(other);
      if (other !== word && key !== own && self.postings[key]) found.push(other);
    };
    this.limits.wissel.forEach(function (pair) {
      var end = pair[0], before = pair[1];
      var base = word.length > 4 && /t$/.test(word) && word.slice(-2, -1) === end ? word.slice(0, -1) : word;
      if (base.length >= 4 && base.slice(-1) === end) {
        var front = base.slice(0, -1);
        var long = vowel.test(front.slice(-1)) && front.slice(-1) === front.slice(-2, -1);
        keep((long ? front.slice(0, -1) : front) + before + "en");
      }
      if (word.length >= 6 && word.slice(-3) === before + "en") {
        var stem = word.slice(0, -3);
        keep(stem + end);
        var open = vowel.test(stem.slice(-1)) && !vowel.test(stem.slice(-2, -1));
        if (open) keep(stem + stem.slice(-1) + end);
      }
    });
    return found;
  };

  /* The infinitive and past participle of a verb in the present tense, where the site has them and the stemmer
     keeps them apart: behandelt (behandelen, behandeld), controleert (controleren, gecontroleerd), weigert (weigeren,
     geweigerd). The stem is the word without -t, or the word itself when the stem ends in t (ontmoet: ontmoeten). */
  Engine.prototype.verbForms = function (word) {
    var self = this;
    var found = [];
    /* The past tense too: controleerde, weigerden, stuurde (the stem before -de, -te, -den, -ten). */
    var past = word.length >= 7 && /[^aeiou](de|te|den|ten)$/.test(word) ? word.replace(/(de|te|den|ten)$/, "") : null;
    /* A present tense on -d is the commonest slip in Dutch spelling ("discrimineerd", "weigerd"): it is its form on
       -t, unless the site has the word as written. */
    if (!past && word.length >= 6 && word.slice(-1) === "d" && !this.isSiteWord(word)) word = word.slice(0, -1) + "t";
    if (!past && (word.length < 6 || word.slice(-1) !== "t")) return found;
    var own = this.stem(word);
    var keep = function (other) {
      var key = self.stem(other);
      if (key !== own && self.postings[key] && found.indexOf(other) === -1) found.push(other);
    };
    var prefix = /^(be|ge|ver|her|ont|er)/;
    (past ? [past] : [word.slice(0, -1), word]).forEach(function (base) {
      /* A long vowel is written once in an open syllable: controleer, controleren; stuur, sturen. */
      var open = base.replace(/([aeou])\1([^aeiou])$/, "$1$2");
      keep(open + "en");
      /* 't kofschip: a stem on t, k, f, s, ch or p makes a participle on -t, any other on -d. */
      var end = /[tkfsp]$|ch$/.test(base) ? "t" : "d";
      var participle = /[td]$/.test(base) ? base : base + end;
      keep(prefix.test(base) ? participle : "ge" + participle);
    });
    return found;
  };

  /* Typo corrections for a word the site does not have, added as ways: {corrections, repaired, sure}. */
  Engine.prototype.typos = function (word, parts, add) {
    var self = this;
    /* A word that splits into parts may still be a typo of a word of the site, one letter off ("stapenplan":
       stap + plan, or stappenplan); both ways are tried and the best match counts. */
    var corrections = this.splitter.listed(word) ? [] : this.corrections(word, parts.length ? 1 : undefined);
    corrections.forEach(function (c) {
      add([c], "verbetering");
      self.synonyms(c).forEach(function (t) { add([t], "verbetering"); });
    });
    var repaired = !corrections.length && !this.splitter.parts(word) ? this.repairCompound(word) : null;
    if (repaired) {
      corrections = [repaired.word];
      add(repaired.parts, "verbetering");
    }
    /* One letter off a long word of the site is a typo of that word, not a guess: it counts where the word stands
       (title, keywords), like the word itself ("zoraanbieder": zorgaanbieder). Short words have too many neighbours,
       and a repaired compound stays a guess. */
    var sure = corrections.length > 0 && !repaired && word.length >= this.limits.zekere_verbetering &&
      (distance(word, corrections[0], 1) === 1 || this.sound(word) === this.sound(corrections[0]));
    return { corrections: corrections, repaired: repaired, sure: sure };
  };

  /* Is `word` a subject of the site: a word in a title or keywords, or an everyday word of woorden.yml? */
  Engine.prototype.siteTopic = function (word) {
    return this.topics.has(this.stem(word)) || this.synonyms(word).length > 0;
  };

  /* Does `word` name a subject: a word of the word list or a subject of the site? */
  Engine.prototype.namesSubject = function (word) {
    return this.splitter.listed(word) || this.siteTopic(word);
  };

  /* A long word that is neither on the site nor made of known words may be a compound with one letter wrong
     ("meldprbotocol": meldprotocol, meld + protocol): the variant one letter off that splits into known words (no
     filler). Null when there is none. */
  Engine.prototype.repairCompound = function (word) {
    var range = this.limits.herstel_samenstelling;
    return word.length < range[0] || word.length > range[1] ? null : this.bestRepair(word);
  };

  Engine.prototype.bestRepair = function (word) {
    var self = this;
    var best = null, bestRank = null;
    oneLetterOff(word).forEach(function (variant) {
      if (!self.splitter.splits(variant, 0).length) return;  /* most variants: quickly, before the full ranking */
      var parts = (self.splitter.parts(variant) || []).filter(function (part) { return !self.filler.has(part); });
      if (parts.length < 2) return;
      var pages = parts.map(function (part) { return (self.postings[self.stem(part)] || []).length; });
      /* Parts the site has first, then fewest parts, then the parts on most pages (the likelier word here:
         "onboardingmoduel" is onboarding + module, not onboarding + model). */
      var rank = [pages.filter(function (n) { return !n; }).length, parts.length,
        -pages.reduce(function (a, b) { return a + b; }, 0)];
      var better = !best || rank[0] < bestRank[0] || (rank[0] === bestRank[0] &&
        (rank[1] < bestRank[1] || (rank[1] === bestRank[1] && rank[2] < bestRank[2])));
      if (better) {
        best = { word: variant, parts: parts };
        bestRank = rank;
      }
    });
    return best;
  };

  /* Everyday words are looked up by their stem, so every form finds the term (discrimineer, discrimineren);
     phrases word by word. */
  Engine.prototype.learnThesaurus = function (entries) {
    var self = this;
    this.byStem = new Map();
    this.phrases = [];
    this.phraseWords = new Set();  /* the words of the everyday phrases, for sure typos (see asSiteWord) */
    entries.forEach(function (entry) {
      var stems = words(entry[0]).map(self.stem);
      if (stems.length > 1) {
        words(entry[0]).forEach(function (w) { self.phraseWords.add(w); });
        return self.phrases.push({ stems: stems, terms: entry[1] });
      }
      var key = stems[0];
      self.byStem.set(key, (self.byStem.get(key) || []).concat(entry[1]));
    });
    this.phrases.sort(function (a, b) { return b.stems.length - a.stems.length; });
  };

  Engine.prototype.synonyms = function (word) {
    var found = this.thesaurus.get(word) || this.byStem.get(this.stem(word));
    /* The stemmer leaves verb forms like "controleert" alone: try them without a regular ending too. */
    var endings = this.data.splitsen.uitgangen;
    for (var i = 0; !found && i < endings.length; i++) {
      var e = endings[i];
      if (word.length - e.length >= this.data.splitsen.min_deel && word.slice(-e.length) === e) {
        found = this.byStem.get(this.stem(word.slice(0, -e.length)));
      }
    }
    found = found || [];
    return found.filter(function (term, i) { return found.indexOf(term) === i; });
  };

  /* "de wijkverpleegkundige behandelt mij anders": a resident tells what someone in a job (`dader.term`) did to them.
     Not when the words are about the asker's own work ("ons wijkteam", "mijn collega"). */
  Engine.prototype.residentTellsOfActor = function (all) {
    var rule = this.limits.dader, self = this;
    var text = " " + all.join(" ") + " ";
    var has = function (list) { return list.some(function (w) { return text.indexOf(" " + w + " ") !== -1; }); };
    return has(rule.zelf) && !has(rule.werk) && !all.some(function (word, i) {
      return i > 0 && rule.bezit.indexOf(all[i - 1]) !== -1 && self.synonyms(word).indexOf(rule.term) !== -1;
    });
  };

  /* ------------------------------------------------------------------------------------------------------------
   * Query analysis: content words and the ways each can match.
   * ---------------------------------------------------------------------------------------------------------- */

  /* A compound written apart ("stappen plan", "weer stand", "balie medewerker"), as people often do: two words in a
     row that together are a word of the site, or an everyday word of woorden.yml, are that word. Not when the second
     is filler: "met een" is not "meteen", "klacht en" not "klachten". */
  Engine.prototype.joinCompounds = function (all) {
    var joined = [];
    for (var i = 0; i < all.length; i++) {
      var both = i + 1 < all.length && !this.filler.has(all[i + 1]) ? all[i] + all[i + 1] : null;
      if (both && (this.isSiteWord(both) || this.thesaurus.has(both))) {
        joined.push(both);
        i++;
      } else joined.push(all[i]);
    }
    return joined;
  };

  /* A long word one letter off one filler word, that is no word of the site or the word list, is that filler word
     with a typo ("eiglenlijk", "hierovgr"): left as it is, it would be a content word no page has. */
  Engine.prototype.asFiller = function (word) {
    if (word.length < this.limits.zekere_verbetering - 1 || this.filler.has(word) || this.onSite(word) ||
        this.splitter.listed(word) || this.synonyms(word).length) return word;
    var near = this.longFiller.filter(function (f) { return distance(word, f, 1) === 1; });
    if (near.length !== 1) return word;
    /* Also one letter off a word of the site ("beinnen": binnen or beginnen)? Then the typo machinery decides. */
    var self = this;
    var content = this.nearest(word, 1).filter(function (w) { return !self.filler.has(w); });
    return content.length ? word : near[0];
  };

  /* A long word one letter off exactly one word of the site or of an everyday phrase, that is no word of the word
     list and splits into none, is that word with a typo ("teamoverxleg", "conrtoleert", "papieren tijjger"). The
     typo machinery would count it as that word too, but only where it stands alone: a phrase matches word for word,
     so the typo broke it ("papieren tijjger" found nothing), and so it did for the verb forms of that word. */
  Engine.prototype.asSiteWord = function (word) {
    if (word.length < this.limits.zekere_verbetering || this.filler.has(word) || this.onSite(word) ||
        this.splitter.listed(word) || this.synonyms(word).length || this.splitter.parts(word)) return word;
    /* The word itself is no candidate (it is not on the site and no everyday word), so these are one letter off. */
    var near = this.nearest(word, 1);
    this.phraseWords.forEach(function (w) {
      if (near.indexOf(w) === -1 && distance(word, w, 1) === 1) near.push(w);
    });
    return near.length === 1 ? near[0] : word;
  };

  /* The query with the typos that are sure to be one filler word or one word of the site written right, so that
     the phrase rules, intents and words all see the words as meant. */
  Engine.prototype.spelled = function (query) {
    var typed = words(String(query).slice(0, this.limits.max_lengte));
    var fixed = typed.map(this.asFiller, this).map(this.asSiteWord, this);
    if (fixed.join(" ") === typed.join(" ")) return query;
    /* Each word in its place, so the punctuation stays: a comma ends a clause (see analyse). */
    var k = 0;
    return plainText(String(query).slice(0, this.limits.max_lengte)).replace(WORD, function (w) {
      return cleanWord(w) ? fixed[k++] : w;
    });
  };

  Engine.prototype.analyse = function (query) {
    var self = this;
    var all = this.joinCompounds(words(String(query).slice(0, this.limits.max_lengte)));
    /* Words that end a clause ("... op bijstand, ik weet het niet"): the pronoun after them starts the next clause,
       so they are not the verb of a question ("hoe richt ik"). */
    var clauseEnds = new Set(words((String(query).slice(0, this.limits.max_lengte)
      .match(/[^\s,;:.!?]+(?=\s*[,;:.!?])/g) || []).join(" ")));
    var stems = all.map(this.stem);
    var used = all.map(function () { return false; });
    var found = [];
    var gap = this.limits.zinsdeel_gat;
    /* Where the words of a phrase stand in the query, in order; filler may stand between them ("aanvraag werd
       afgewezen" is "aanvraag afgewezen"), at most `zinsdeel_gat` words at a time. */
    var place = function (phrase, i) {
      var found = [];
      for (var k = 0, j = i; k < phrase.length; k++, j++) {
        for (var skipped = 0; k > 0 && j < all.length && stems[j] !== phrase[k] && skipped < gap &&
          self.filler.has(all[j]) && !used[j]; skipped++) j++;
        if (j >= all.length || stems[j] !== phrase[k] || used[j]) return null;
        found.push(j);
      }
      return found;
    };
    this.phrases.forEach(function (phrase) {
      for (var i = 0; i + phrase.stems.length <= all.length; i++) {
        var at = place(phrase.stems, i);
        if (!at) continue;
        at.forEach(function (j) { used[j] = true; });
        var inPhrase = at.map(function (j) { return all[j]; });
        var text = inPhrase.join(" ");
        /* The phrase's own content words, all of them, also count: a page may use the everyday words ("etnisch
           profileren"). */
        var own = inPhrase.filter(function (w) { return !self.filler.has(w); });
        found.push({ tekst: text, typed: null, gewicht: 1, zinsdeel: " " + self.phraseStems(text).join(" ") + " ",
          site: self.siteSubject.has(text),
          wegen: (own.length > 1 ? [{ terms: own, soort: "woord" }] : [])
          .concat(phrase.terms.map(function (t) { return { terms: [t], soort: "synoniem" }; })) });
      }
    });
    /* "mijn moeder": someone close to the asker, who it happened to; not a subject to look for. */
    var close = this.limits.naasten;
    all.forEach(function (word, i) {
      if (close && i > 0 && close.bezit.indexOf(all[i - 1]) !== -1 && close.woorden.indexOf(word) !== -1) used[i] = true;
    });
    var last = all.length - 1;
    /* "... bij de gemeente", "bij onze bibliotheek": an organisation after "bij" says where it happens, like the
       site's own subject, not what the question is about (`plaats` in the rules). */
    var where = this.limits.plaats;
    var place = function (i) {
      if (where.woorden.indexOf(all[i]) === -1) return false;
      var k = i - 1;
      if (k >= 0 && where.lidwoorden.indexOf(all[k]) !== -1) k--;
      return k >= 0 && where.na.indexOf(all[k]) !== -1;
    };
    var particles = this.limits.scheidbaar;
    var subjects = this.limits.onderwerp || [];
    var clauses = this.limits.bijzin;
    var content = [];
    /* A light verb with its particle later in the question is one word the site knows: "hoe houd ik klachten bij"
       (bijhouden), "krijg ... mee" (meekrijgen). The particle is then used up. */
    var joined = {};
    var light = this.limits.lichte_werkwoorden || [];
    all.forEach(function (word, i) {
      if (used[i] || light.indexOf(word) === -1) return;
      for (var j = i + 1; j < all.length && joined[i] === undefined; j++) {
        var verb = all[j] + word;
        if (!used[j] && particles.indexOf(all[j]) !== -1 &&
            (self.postings[self.stem(verb)] || self.synonyms(verb).length)) {
          joined[i] = verb;
          used[j] = true;
        }
      }
    });
    all.forEach(function (word, i) {
      if (joined[i] === undefined && (used[i] || self.filler.has(word) || (word.length < 2 && !/\d/.test(word)))) return;
      if (content.length >= self.limits.max_woorden) return;
      var later = all.slice(i + 1).filter(function (w, k) { return !used[i + 1 + k] && particles.indexOf(w) !== -1; });
      /* "hoe richt ik ...", "waar meld je ...": the word before a subject pronoun is the verb of the question. */
      var verb = i + 1 < all.length && subjects.indexOf(all[i + 1]) !== -1 && !clauseEnds.has(word);
      /* "hoe zorg ik dat ...": with a clause after its subject it is surely a verb, even where a title has the word
         as a noun ("Klachten in zorg en Wmo"). */
      var surely = verb && clauses.indexOf(all[i + 2]) !== -1;
      content.push({ word: joined[i] || word, last: i === last, particles: later, verb: verb, surely: surely,
        where: place(i) });
    });
    /* Only content words, politeness aside: a term looked up, not a question. */
    var polite = this.limits.beleefd;
    found.bare = content.length === all.filter(function (word) { return polite.indexOf(word) === -1; }).length;
    content.forEach(function (entry) {
      var word = entry.word.slice(0, self.limits.max_woordlengte);
      var ways = [{ terms: [word], soort: "woord" }];
      var add = function (terms, kind) { ways.push({ terms: terms, soort: kind }); };
      var everyday = self.synonyms(word);
      everyday.forEach(function (t) { add([t], "synoniem"); });
      /* A separable verb: "spreek ... aan" is aanspreken, "richt ... op" oprichten; also when only an everyday word
         of woorden.yml has it ("schold ... uit": uitschold, belediging). */
      entry.particles.forEach(function (particle) {
        var joined = self.stem(particle + word);
        if (self.postings[joined]) add([particle + word], "woord");
        self.synonyms(particle + word).forEach(function (t) { add([t], "synoniem"); });
      });
      /* A compound also matches its parts, all together (zorgorganisatie: zorg + organisatie); filler inside a
         compound carries no subject either (weerbericht: weer + bericht). */
      var split = self.splitter.parts(word) || [];
      var parts = split.filter(function (p) { return !self.filler.has(p); });
      if (parts.length > 1) add(parts, "delen");
      /* A compound the site does not use, whose last part says only what kind of thing it is (`algemene_kop`:
         tolkenvoorziening, selectieproces) or is filler (reflectievragen), is about its other parts. */
      var head = self.limits.algemene_kop || [];
      if (parts.length > 1 && head.indexOf(parts[parts.length - 1]) !== -1 && !self.onSite(word)) {
        add(parts.slice(0, -1), "delen");
      } else if (parts.length && split.length > 1 && self.filler.has(split[split.length - 1]) && !self.onSite(word)) {
        add(parts, "delen");
      }
      /* The site's own subject before the rest says where, like "inclusieve" before a word: "inclusietraining" is a
         training, "inclusiemonitor" a monitor. */
      if (parts.length > 1 && self.siteSubject.has(parts[0]) && !self.onSite(word)) {
        var rest = parts.slice(1);
        add(rest, "delen");
        if (rest.length === 1) self.synonyms(rest[0]).forEach(function (t) { add([t], "synoniem"); });
      }
      /* A verb on -eren is also its noun, when the site has that noun: analyseren (analyse), registreert
         (registratie), signaleren (signalering). */
      self.limits.afleidingen.forEach(function (rule) {
        var end = rule[0];
        if (word.length > end.length + 3 && word.slice(-end.length) === end) {
          var noun = word.slice(0, -end.length) + rule[1];
          if (noun !== word && self.postings[self.stem(noun)]) add([noun], "woord");
        }
      });
      self.alternations(word).forEach(function (other) { add([other], "woord"); });
      self.verbForms(word).forEach(function (other) { add([other], "woord"); });
      var typo = { corrections: [], repaired: null, sure: false };
      var diminutive = null;
      if (!self.onSite(word)) {
        diminutive = self.formWays(word, parts, add);
        /* An everyday word of woorden.yml, in any form ("klagt": klagen), is no typo of another word ("klant"). */
        if (!everyday.length) typo = self.typos(word, parts, add);
      }
      var corrections = typo.corrections, repaired = typo.repaired, sure = typo.sure;
      /* Questions name their subject with nouns; the word list holds nouns (and words that make compounds), so a
         word outside it, like most verbs ("uitleggen", "regelen"), weighs less. A typo of a noun or a compound
         weighs as that word ("gesprk": gesprek; "zoraanbieder": zorgaanbieder); a "typo" of a verb is as often
         another form of a verb the word list does not hold ("hielpen" is not "helpen"). */
      var subject = parts.length > 1 || self.namesSubject(word) || repaired || diminutive ||
        corrections.some(function (c) { return self.splitter.listed(c) || (self.splitter.parts(c) || []).length > 1; });
      found.push({ tekst: word, typed: word, wegen: ways, verbeteringen: corrections, zeker: sure, last: entry.last,
        gewicht: entry.verb && (entry.surely || !self.titleTopics.has(self.stem(word))) ? self.weights.werkwoord
          : subject ? 1 : self.weights.bijwoord,
        site: entry.where || self.siteSubject.has(word) || (sure && self.siteSubject.has(corrections[0])),
        plaats: entry.where });
    });
    /* A ground named as the reason ("omdat ik een hoofddoek draag": geloof) is being treated differently for it: the
       word also finds the pages about discrimination. */
    var reason = this.limits.reden;
    if (reason && all.some(function (w) { return reason.woorden.indexOf(w) !== -1; })) {
      found.forEach(function (item) {
        if (item.wegen.some(function (way) { return reason.gronden.indexOf(way.terms[0]) !== -1; })) {
          item.wegen.push({ terms: [reason.term], soort: "synoniem" });
        }
      });
    }
    /* Who did it says where it happened, like "bij de gemeente", not what to look for: the word no longer means the
       job (or its role page), but what it says of the place still counts ("thuiszorgmedewerker": thuiszorg). */
    if (this.residentTellsOfActor(all)) {
      var actor = this.limits.dader.term;
      found.forEach(function (item) {
        if (!item.wegen.some(function (way) { return way.terms[0] === actor; })) return;
        item.site = true;
        item.wegen = item.wegen.filter(function (way) { return way.terms[0] !== actor; });
        item.dader = true;
        item.plaats = true;  /* and weighs as one (`weging.plaats`) */
      });
    }
    found.forEach(function (item) { self.stemWays(item); });
    return found;
  };

  /* Terms as the index holds them (stemmed). The last word of the query may be the start of a longer word: the
     person may still be typing it. */
  Engine.prototype.stemWays = function (item) {
    var self = this;
    var seen = Object.create(null);
    item.wegen = item.wegen.map(function (way) {
      var terms = [];
      way.terms.forEach(function (term) {
        words(term).forEach(function (t) { terms.push(self.stem(t)); });
      });
      return { terms: terms, soort: way.soort };
    }).filter(function (way) {
      var key = way.terms.join(" ");
      if (!way.terms.length || seen[key]) return false;
      seen[key] = true;
      return true;
    });
    var start = item.last && item.typed;
    item.prefix = [];
    if (start && start.length >= this.limits.min_begin) {
      item.prefix = this.extensions(this.stem(start), 50);
      if (this.stem(start) !== start) item.prefix = item.prefix.concat(this.extensions(start, 50));
    }
  };

  /* ------------------------------------------------------------------------------------------------------------
   * Scoring.
   * ---------------------------------------------------------------------------------------------------------- */

  Engine.prototype.idf = function (df) {
    return Math.log(1 + (this.pages.length - df + 0.5) / (df + 0.5));
  };

  /* How strongly `stem` is on `page`: weighted term frequency over the fields, saturated to 0..1. An overview page's
     own title counts in full, the rest of it (which lists everything) less. */
  Engine.prototype.strength = function (page, stem) {
    var weights = this.weights.velden;
    var tf = 0;
    for (var field in page.fields) {
      var count = page.fields[field][stem];
      if (!count) continue;
      if (field === "tekst") {
        var b = this.weights.b;
        count = count / (1 - b + b * page.length / this.averageLength);
      }
      tf += weights[field] * count * (page.overview && field !== "titel" ? this.weights.overzicht : 1);
    }
    return tf / (this.weights.k1 + tf);
  };

  /* How clearly `stem` says what the page is about: 2 in the title or keywords, 1 in the summary or a heading, 0
     only in the body text. */
  Engine.prototype.prominence = function (page, stem) {
    var f = page.fields;
    if ((f.titel && f.titel[stem]) || (f.trefwoord && f.trefwoord[stem])) return 2;
    return (f.samenvatting && f.samenvatting[stem]) || (f.kop && f.kop[stem]) ? 1 : 0;
  };

  /* The best match of one content word on one page: {score (0..1), strength (the same before the way's weight),
     terms, level}. `level`: 3 when the word itself, an everyday word's term, a part of a compound (all parts
     matching) or a sure typo correction (`zekere_verbetering`) is in the title or keywords, 2 in the summary or a
     heading, 1 only in the body text or through a guess (the start of a word, another typo correction), 0.5 only
     through one part of a compound, 0 no match. */
  Engine.prototype.match = function (page, item) {
    var self = this;
    var weights = this.weights.wegen;
    var best = { score: 0, terms: [], level: 0 };
    if (item.dader && ofKind(page, this.limits.dader.soort)) return best;  /* see `analyse` */
    var consider = function (terms, kind) {
      var weakest = Infinity;
      for (var t = 0; t < terms.length && weakest > 0; t++) weakest = Math.min(weakest, self.strength(page, terms[t]));
      var score = weights[kind] * weakest;
      if (!(score > 0)) return;
      if (score > best.score) { best.score = score; best.terms = terms; best.strength = weakest; best.kind = kind; }
      var exact = kind === "woord" || kind === "synoniem" || kind === "delen" || (kind === "verbetering" && item.zeker);
      /* All parts of a compound: as prominent as the least prominent part. */
      var level = exact ? 1 + Math.min.apply(null, terms.map(function (term) { return self.prominence(page, term); }))
        : kind === "deel" ? 0.5 : 1;
      best.level = Math.max(best.level, level);
    };
    item.wegen.forEach(function (way) { consider(way.terms, way.soort); });
    item.prefix.forEach(function (term) { consider([term], "begin"); });
    /* The page has this everyday phrase as a keyword ("niet geholpen"): as clear as a keyword of one word. */
    if (item.zinsdeel && page.keyPhrases.indexOf(item.zinsdeel) !== -1) {
      var field = this.weights.velden.trefwoord;
      var strength = field / (this.weights.k1 + field);
      if (weights.woord * strength > best.score) {
        best = { score: weights.woord * strength, strength: strength, kind: "woord",
          terms: item.zinsdeel.trim().split(" ").filter(function (term) { return !self.filler.has(term); }) };
      }
      best.level = 3;
    }
    return best;
  };

  /* Pages that hold at least one term of the query. */
  Engine.prototype.candidatePages = function (analysis) {
    var found = new Set();
    var postings = this.postings;
    var add = function (stem) { (postings[stem] || []).forEach(function (i) { found.add(i); }); };
    var phrases = this.phrasePostings;
    analysis.forEach(function (item) {
      item.wegen.forEach(function (way) { way.terms.forEach(add); });
      item.prefix.forEach(add);
      (item.zinsdeel && phrases[item.zinsdeel] || []).forEach(function (i) { found.add(i); });
    });
    return Array.from(found);
  };

  /* Two or more words of the query, filler included, in a row in the page's title ("geen tijd"). */
  /* Stems of the content words of a text, sorted, joined by spaces: to compare a title or heading with a query. */
  Engine.prototype.contentStems = function (text) {
    var self = this;
    return words(text).filter(function (w) { return !self.filler.has(w); }).map(this.stem).sort().join(" ");
  };

  /* Stems of every word of a text, filler included, to compare phrases. The site says "je"; a question says "ik",
     "wij" or "u": "wat doe ik" is the title's "wat doe je". */
  Engine.prototype.phraseStems = function (text) {
    var self = this;
    var pronouns = this.limits.voornaamwoorden;
    var own = Object.prototype.hasOwnProperty;  /* "constructor" is a word, not the object's constructor */
    return words(text).map(function (w) { return self.stem(own.call(pronouns, w) ? pronouns[w] : w); });
  };

  /* What the phrase rules compare, worked out once per query rather than once per page. */
  Engine.prototype.queryShape = function (query) {
    query = String(query).slice(0, this.limits.max_lengte);  /* the part of the query `analyse` uses */
    var stems = this.phraseStems(query);
    return { text: " " + words(query).join(" ") + " ", stems: stems, stemText: " " + stems.join(" ") + " " };
  };

  /* Are the words of `quote` in `stems` in the same order, with at most one other word between two of them? */
  function quoted(quote, stems) {
    for (var start = 0; start < stems.length; start++) {
      if (stems[start] !== quote[0]) continue;
      var k = 1, i = start + 1, gap = 0;
      while (k < quote.length && i < stems.length && gap <= 1) {
        if (stems[i] === quote[k]) { k++; gap = 0; } else gap++;
        i++;
      }
      if (k === quote.length) return true;
    }
    return false;
  }

  Engine.prototype.titlePhrase = function (shape, page) {
    var stems = shape.stems;
    var text = shape.stemText;
    var factor = 1;
    for (var i = 0; i + 1 < stems.length; i++) {
      if (page.titleText.indexOf(" " + stems[i] + " " + stems[i + 1] + " ") !== -1) factor = this.weights.titelzin;
    }
    /* A keyword of several words, filler and all, in the query ("wat moet ik doen"). */
    if (page.keyPhrases.some(function (phrase) { return text.indexOf(phrase) !== -1; })) factor *= this.weights.trefzin;
    /* A heading of this page only, quoted: its words in the same order, one other word in between at most ("we
       behandelen hier iedereen gelijk"). */
    if ((page.quotes || []).some(function (quote) { return quoted(quote, stems); })) factor *= this.weights.kopcitaat;
    return factor;
  };

  /* Questions that ask for a kind of page ("wat is ...": the glossary; "overzicht ...": an overview page). */
  /* A heading that is exactly the query's content words ("racisme", "inclusieve dienstverlening"): a page that
     explains that very thing, like a glossary entry. */
  /* Are the content words of `text` (stems joined by spaces) exactly the query's, as typed or corrected (or, with
     `synonyms`, as the site's term for an everyday word)? A title named by the term is the page about it; a glossary
     heading only when the word itself was looked up. */
  Engine.prototype.sameWords = function (analysis, text, synonyms) {
    var self = this;
    var stems = text ? text.split(" ") : [];
    /* Per word of the query, the stems it may stand for: as typed, corrected, or (with synonyms) the site's term. */
    var options = analysis.map(function (item) {
      return [[self.stem(item.tekst)]].concat(item.wegen.filter(function (way) {
        return way.soort === "verbetering" || (synonyms && way.soort === "synoniem");
      }).map(function (way) { return way.terms; }));
    });
    var inText = function (terms) { return terms.every(function (term) { return stems.indexOf(term) !== -1; }); };
    var inQuery = function (stem) {
      return options.some(function (ways) { return ways.some(function (terms) { return terms.indexOf(stem) !== -1; }); });
    };
    /* Every word of the query is in the text (a word of the site's own subject may be left out, when the query has
       other words), and the text has nothing the query does not. */
    var others = analysis.some(function (item) { return !item.site; });
    var needed = analysis.filter(function (item) { return !(others && item.site); });
    return stems.length >= needed.length && stems.every(inQuery) &&
      options.every(function (ways, k) { return (others && analysis[k].site) || ways.some(inText); });
  };

  /* Does a page other than `page` have every word of the query, as typed, in its title? Found once per query. */
  Engine.prototype.titledElsewhere = function (analysis, page) {
    var self = this;
    if (!analysis.titled) {
      var stems = analysis.map(function (item) { return self.stem(item.tekst); });
      analysis.titled = this.pages.filter(function (other) {
        var title = other.titleWords.split(" ");
        return stems.every(function (s) { return title.indexOf(s) !== -1; });
      });
    }
    return analysis.titled.some(function (other) { return other !== page; });
  };

  /* Could `text` be the query's words (sameWords without synonyms)? Every stem of it must be a stem the query has, as
     typed or corrected: a cheap test per keyword of every page, found once per query. */
  Engine.prototype.mayBeSame = function (analysis, text) {
    var self = this;
    if (!analysis.stems) {
      analysis.stems = new Set();
      analysis.forEach(function (item) {
        analysis.stems.add(self.stem(item.tekst));
        item.wegen.forEach(function (way) {
          if (way.soort === "verbetering") way.terms.forEach(function (term) { analysis.stems.add(term); });
        });
      });
    }
    return text.split(" ").every(function (stem) { return analysis.stems.has(stem); });
  };

  Engine.prototype.headingMatch = function (analysis, page) {
    var self = this;
    var factor = this.sameWords(analysis, page.titleWords, true) ? this.weights.titelgelijk : 1;
    /* The query is one of the page's keywords, word for word: the writer said this page answers it, unless another
       page has the query's words in its title ("tolk": Werken met een tolk, not a page with the keyword). */
    var keyword = function (k) { return self.mayBeSame(analysis, k) && self.sameWords(analysis, k); };
    if (factor === 1 && page.keywords.some(keyword) && !this.titledElsewhere(analysis, page)) {
      factor = this.weights.trefgelijk;
    }
    if (analysis.bare && page.sections.some(function (section) { return self.sameWords(analysis, section.heading); })) {
      factor *= this.weights.kopzin;
    }
    return factor;
  };

  /* Does a word right after one of `phrases` name `page` ("als wethouder": the page Bestuurder of directie)? */
  Engine.prototype.namedAfter = function (phrases, shape, page) {
    var names = this.namesOf(page);
    var text = shape.text;
    return phrases.some(function (phrase) {
      for (var at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
        var next = text.slice(at + phrase.length).split(" ")[0];
        if (next && names.has(next)) return true;
      }
      return false;
    });
  };

  /* The words that name a page: the words of its title, and the everyday words (woorden.yml) of a term whose words
     are all in its title (wethouder → bestuurder → "Bestuurder of directie"). Found once per page. */
  Engine.prototype.namesOf = function (page) {
    if (page.names) return page.names;
    var self = this;
    var title = new Set(page.titleWords.split(" "));
    var names = new Set(words(page.article.title).filter(function (w) { return !self.filler.has(w); }));
    this.data.thesaurus.forEach(function (entry) {
      var named = entry[1].some(function (term) {
        return words(term).every(function (w) { return self.filler.has(w) || title.has(self.stem(w)); });
      });
      if (named && entry[0].indexOf(" ") === -1) names.add(entry[0]);
    });
    page.names = names;
    return names;
  };

  /* Is the page of this kind (its tag: Rol, Instrument, ...)? */
  function ofKind(page, kind) {
    return (page.article.tags || []).indexOf(kind) !== -1;
  }

  /* Is `page` the kind of page `intent` asks for? */
  function wants(intent, page) {
    return intent.page ? intent.page === page.location : intent.kind
      ? ofKind(page, intent.kind) : intent.residents ? page.article.inwoners === true
      : Boolean(intent.overview && page.overview);
  }

  /* A phrase of the query that asks for a kind of page ("wetgeving", "zijn we verplicht", "waar kan ik klagen") names
     that page as a keyword of it would, also where the page does not say the words: per word of the analysis, the
     intents whose phrase in the query holds it. */
  Engine.prototype.claims = function (shape, analysis) {
    var self = this;
    var has = function (p) { return shape.text.indexOf(p) !== -1; };
    var asking = this.intents.filter(function (intent) { return !intent.none.some(has); });
    return analysis.map(function (item) {
      var word = " " + item.tekst + " ";
      return asking.filter(function (intent) {
        return intent.phrases.some(function (p) { return p.indexOf(word) !== -1 && has(p); });
      });
    });
  };

  /* The match of a word that an intent's phrase claims for this page: as strong as a keyword of the page. */
  Engine.prototype.claimed = function (item) {
    var field = this.weights.velden.trefwoord;
    var strength = field / (this.weights.k1 + field);
    return { score: this.weights.wegen.woord * strength, strength: strength, kind: "woord", level: 3,
      terms: item.wegen.length ? item.wegen[0].terms : [] };
  };

  /* The intents a query asks for: its phrases and words are in the query and none of the words it excludes. Found once
     per query; whether an intent wants a page is a question per page (intentFactor). */
  Engine.prototype.askedIntents = function (shape) {
    var has = function (p) { return shape.text.indexOf(p) !== -1; };
    return this.intents.filter(function (intent) {
      return (!intent.phrases.length || intent.phrases.some(has)) && (!intent.any.length || intent.any.some(has)) &&
        !intent.none.some(has);
    });
  };

  /* The pages the intents of a query name one by one (`pagina`), the strongest first; only when the phrase is most
     of the query ("waar kan ik heen", "hoe weet ik of het bij ons misgaat"; not "wat is het weer morgen"), and, when
     the query has content words, a phrase of `vraagzin` words or more ("wat is de awgb" asks about the law, not for
     the glossary). No word of the query need be on them: the phrase says what is asked. */
  Engine.prototype.askedPages = function (query, analysis) {
    var self = this;
    var found = [];
    var shape = this.queryShape(query);
    var size = shape.text.trim().split(" ").length;
    var least = analysis.length ? this.limits.vraagzin : 1;
    this.askedIntents(shape).forEach(function (intent) {
      var most = intent.phrases.some(function (p) {
        var length = p.trim().split(" ").length;
        return shape.text.indexOf(p) !== -1 && 2 * length >= size && length >= least;
      });
      var page = most && intent.page && self.pages.filter(function (p) { return wants(intent, p); })[0];
      if (page && !found.some(function (s) { return s.page === page; })) {
        found.push({ page: page, share: 1, level: 3, score: intent.factor,
          matches: analysis.map(function () { return { score: 0, terms: [], level: 0 }; }) });
      }
    });
    return found.sort(function (a, b) { return b.score - a.score; });
  };

  Engine.prototype.intentFactor = function (shape, page, analysis, intents) {
    var self = this;
    var factor = this.titlePhrase(shape, page) * this.headingMatch(analysis, page);
    var asked = false;
    intents.forEach(function (intent) {
      if (wants(intent, page) && (!intent.naming.length || self.namedAfter(intent.naming, shape, page))) {
        factor *= intent.factor;
        asked = true;
      }
    });
    /* An overview or list (the checklist, the matrix, the sources) repeats what the subject pages say: it comes after
       them, unless the question asks for it or names it ("stappenplan", "bronnen"). */
    if (page.overview && !asked && !analysis.some(function (item) {
      return item.wegen.some(function (way) {
        return way.terms.every(function (term) { return page.fields.titel && page.fields.titel[term]; });
      });
    })) factor *= this.weights.overzicht_rang;
    return factor;
  };

  /* Scored pages for an analysed query, best first. A page's score is the sum of its matches, each weighed by how
     few pages the content word matches (idf), times the square of the share of the query it covers (a word counts
     in full from one mention in the summary). The less of the query a page matches, the clearer the match must be:
     all words, anywhere; two in three, one of them in a summary or heading; half, one of them in the title or
     keywords. So "fietsband plakken" finds nothing ("plakken" is only in a page's body) and neither does
     "weerbericht" ("weer" is filler and "bericht" alone is only a part of the word). `story`: the query has many content
     words (`lange_vraag`). The pages that match but are no clear answer come along as `weaker`, best first, for
     fillUp. */
  Engine.prototype.rank = function (query, analysis, story) {
    var self = this;
    var shape = this.queryShape(query);
    var claims = this.claims(shape, analysis);
    var intents = this.askedIntents(shape);
    var claimedFor = function (k, page) {
      return claims[k].some(function (intent) { return wants(intent, page); });
    };
    var candidates = new Set(this.candidatePages(analysis));
    if (claims.some(function (c) { return c.length; })) {
      this.pages.forEach(function (page, i) {
        if (analysis.some(function (item, k) { return claimedFor(k, page); })) candidates.add(i);
      });
    }
    var scored = Array.from(candidates).map(function (i) {
      var page = self.pages[i];
      return { page: page, matches: analysis.map(function (item, k) {
        var found = self.match(page, item);
        var named = claimedFor(k, page) ? self.claimed(item) : null;
        return named && named.score > found.score ? named : found;
      }) };
    });
    var importance = analysis.map(function (item, k) {
      var df = scored.filter(function (s) { return s.matches[k].score > 0; }).length;
      /* An everyday phrase a page has in its title ("geen tijd") is as rare as the pages with that title, not as
         common as the term it stands for ("tijd", on nearly every page). Not the site's own subject ("gelijke
         behandeling"), and not keywords: tried, they cost more than they won. */
      if (item.zinsdeel && !item.site) {
        var own = scored.filter(function (s) { return s.page.titleText.indexOf(item.zinsdeel) !== -1; }).length;
        if (own) df = Math.min(df, own);
      }
      return df ? self.idf(df) : 0;
    });
    if (!importance.some(Boolean)) return [];
    /* A word counts in the share by its weight as a word (a verb less than a noun); how rare it is counts once, in
       the score. The site's own subject counts less through `site_onderwerp`; a second discount for every word on
       more than half the pages cost more questions than it won (measured on the development sets). */
    var total = analysis.reduce(function (sum, item) { return sum + item.gewicht; }, 0);
    var others = analysis.some(function (item) { return !item.site; });
    var byScore = function (a, b) {
      return b.score - a.score || (a.page.location < b.page.location ? -1 : 1);
    };
    var weaker = [];
    var answers = scored.map(function (s) {
      var matched = 0, covered = 0, score = 0, level = 0, pageTotal = total;
      s.matches.forEach(function (m, k) {
        var weight = analysis[k].gewicht;
        /* A page need not say the site's own subject to answer "zelfscan inclusieve dienstverlening". */
        if (!m.score && others && analysis[k].site) pageTotal -= weight;
        if (!m.score) return;
        /* One part of a compound ("discriminatie" of "discriminatiemelding") covers the word only in part, also in
           the share a page needs: "openingstijden ikea" is not about "open" or "tijd". */
        var part = m.kind === "deel" ? self.weights.wegen.deel : 1;
        matched += weight * part;
        covered += weight * Math.min(1, m.strength / self.covered) * part;
        /* The site's own subject says where to look, so it also adds less to the score than the other words; a
           place ("bij de gemeente") says where it happens, and adds less still. */
        var where = !others || !analysis[k].site ? 1
          : analysis[k].plaats ? self.weights.plaats : self.weights.site_onderwerp;
        score += importance[k] * weight * m.score * where;
        level = Math.max(level, m.level);
      });
      var share = covered / pageTotal;
      var factor = Math.pow(share, self.weights.aandeel_macht) * self.intentFactor(shape, s.page, analysis, intents);
      return { page: s.page, matches: s.matches, share: matched / pageTotal, level: level, score: score * factor };
    }).filter(function (s) {
      /* A story of many words ("mijn vader kreeg minder hulp dan de buurman, omdat hij Turks is") holds many words no
         page has: the page an intent of it names (the route for residents) needs only two of its words. */
      var clear = s.share >= self.weights.min_aandeel && s.level >= (s.share > 0.999 ? 1 : s.share > 0.6 ? 2 : 3);
      s.named = !clear && story && s.matches.filter(function (m) { return m.score > 0; }).length >= 2 &&
        intents.some(function (intent) { return intent.page && wants(intent, s.page); });
      /* An overview matched only in its list (a source's title in Bronnen) is no answer: the list holds words of
         every subject, so a question about something else ("boeken verlengen bibliotheek") would find it. */
      if (s.page.overview && s.level < 2 && !s.named) return false;
      if (s.score > 0 && !clear && !s.named) weaker.push(s);
      return s.score > 0 && (clear || s.named);
    }).sort(byScore);
    answers.weaker = weaker.sort(byScore);
    return answers;
  };

  /* ------------------------------------------------------------------------------------------------------------
   * Results in Material's shape: for each page its article first, then its sections that match, marked.
   * ---------------------------------------------------------------------------------------------------------- */

  Engine.prototype.highlight = function (html, stems) {
    var self = this;
    if (!html) return html;
    return String(html).split(/(<[^>]*>)/).map(function (part) {
      if (part.charAt(0) === "<") return part;
      return part.replace(HTML_WORD, function (word) {
        if (word.charAt(0) === "&") return word;
        return stems.has(self.stem(word.toLowerCase())) ? "<mark data-md-highlight>" + word + "</mark>" : word;
      });
    }).join("");
  };

  /* A result shows a few lines of text (Material clamps the rest), so it gets only the text around the first word
     that matched, without markup: the reader sees the match, and the browser draws far less on every keystroke. */
  Engine.prototype.snippet = function (html, stems) {
    var self = this;
    var text = String(html || "").split(/<[^>]*>/).join(" ").replace(/\s+/g, " ").trim();
    var size = this.limits.fragment;
    if (text.length <= size) return text;
    var first = -1;
    text.replace(HTML_WORD, function (word, offset) {
      if (first === -1 && word.charAt(0) !== "&" && stems.has(self.stem(word.toLowerCase()))) first = offset;
      return word;
    });
    var start = first > size / 4 ? text.indexOf(" ", first - Math.floor(size / 4)) + 1 : 0;
    var end = text.lastIndexOf(" ", start + size);
    if (end <= start) end = start + size;
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  };

  /* Only what Material draws: the index's own fields (keywords, compound parts) stay in the worker. */
  Engine.prototype.item = function (doc, score, terms, stems) {
    var copy = { location: doc.location, title: this.highlight(doc.title, stems),
      text: doc.text ? "<p>" + this.highlight(this.snippet(doc.text, stems), stems) + "</p>" : "", score: score,
      terms: terms };
    if (doc.tags) copy.tags = doc.tags.slice();
    return copy;
  };

  Engine.prototype.search = function (query) {
    var self = this;
    query = this.spelled(query);
    var analysis = this.analyse(query);
    var story = analysis.length >= this.limits.lange_vraag;
    var ranked = analysis.length ? this.rank(query, analysis, story) : [];
    /* Only pages an intent names (see rank) is not yet an answer: the question is asked again as below. */
    var answers = function (list) { return list.some(function (s) { return !s.named; }); };
    if (!answers(ranked)) {
      /* Nothing found: ask again with only the words that name a subject of the site (a word in a page's title or
         keywords, or an everyday word of woorden.yml, also with a sure typo), when those are most of the question
         ("buurman scheldt om hoofddoek"); a question mostly about something else ("fiets repareren handleiding")
         stays empty. */
      var known = analysis.filter(function (item) {
        return self.siteTopic(item.tekst) || item.wegen.some(function (way) { return way.soort === "synoniem"; }) ||
          (item.zeker && self.siteTopic(item.verbeteringen[0]));  /* "toeslagenffaire": toeslagenaffaire */
      });
      var weight = function (items) { return items.reduce(function (sum, item) { return sum + item.gewicht; }, 0); };
      /* A question of many words (`lange_vraag`) is a real question; nonsense is short. Two words of it that name a
         subject are enough ("het bestuur heeft besloten maar op de werkvloer leeft het helemaal niet"), and in a
         story (`verhaal`) one ("onze afdeling gebruikt een risicomodel voor adrescontroles en ik vermoed ..."). */
      var long = analysis.length >= this.limits.lange_vraag &&
        known.length >= (analysis.length >= this.limits.verhaal ? 1 : 2);
      /* The words it knows name pages by their title, and every other word is one the site uses too, as typed
         ("waar ligt de grens van maatwerk"): a question in the site's own language, not one about something else. */
      var titled = known.every(function (item) { return self.titleTopics.has(self.stem(item.tekst)); });
      var ours = titled && analysis.every(function (item) {
        return known.indexOf(item) !== -1 || item.wegen.some(function (way) {
          return way.soort === "woord" && way.terms.every(function (term) { return self.postings[term]; });
        });
      });
      /* A page an intent names and puts first ("... discrimineert mij": the route for residents; not an intent with
         a factor below 1, which puts a page further down) that has every word the site knows: a short story with
         words no page has ("chauffeur regiotaxi discrimineert mij") is asked again with those. Only an intent that
         names one page: with every intent, 19 nonsense queries of the development sets found something. Asked only
         when the other reasons do not hold: it looks at every page. */
      var named = function () {
        return self.askedIntents(self.queryShape(query)).some(function (intent) {
          return intent.page && intent.factor > 1 && self.pages.some(function (page) {
            return wants(intent, page) && known.every(function (item) { return self.match(page, item).score > 0; });
          });
        });
      };
      if (known.length && known.length < analysis.length &&
          (long || ours || weight(known) >= this.weights.terugval * weight(analysis) || named())) {
        var second = this.rank(query, known, story);
        if (answers(second)) {
          ranked = second;
          analysis = known;
        }
      }
    }
    var corrected = null;
    if (!ranked.length && analysis.some(function (item) { return (item.verbeteringen || []).length; })) {
      /* Still nothing: the whole question with its typos corrected ("tolk inzetten bij gesprk"), when every word
         of it is then on the site. A word the site does not have ("klaht eredivisie") leaves it to "Bedoelde
         je"; words far from any word of the site have no correction, so nonsense stays empty. */
      var fixed = analysis.map(function (item) { return (item.verbeteringen || [])[0] || item.tekst; }).join(" ");
      var again = this.analyse(fixed);
      if (again.every(function (item) { return self.candidatePages([item]).length > 0; })) {
        ranked = this.rank(fixed, again);
        corrected = again;
        if (ranked.length) analysis = again;
      }
    }
    if (!ranked.length) {
      /* Still nothing for a single word: a compound whose parts are all subjects of the site, but never together on
         one page ("gespreksformat"), asks for its parts written apart, as "stappen plan" asks for the compound. A
         word with a part the site has only in passing ("openingstijden", "hondenbelasting") stays empty, and so does
         a question of more words ("belastingaangifte uitstel"). */
      var single = corrected || analysis;  /* also with its typo corrected: "casuïstiekbesrpeking" */
      var apart = single.length === 1 && this.apart(single[0]);
      if (apart) {
        ranked = this.rank(apart.query, apart.analysis);
        if (ranked.length) analysis = apart.analysis;
      }
    }
    ranked = this.fillUp(ranked);
    /* A question that is mostly an intent's phrase asks for the pages it names, before those that share its other
       words ("hoe weet ik of onze zorgorganisatie discrimineert": the ways to find out, first); a question of only
       filler ("doen we het goed", "waar kan ik heen") finds them instead of nothing. */
    var asked = this.askedPages(query, analysis);
    ranked = asked.concat(ranked.filter(function (s) { return !asked.some(function (a) { return a.page === s.page; }); }));
    var items = ranked.slice(0, this.limits.max_resultaten).map(function (s) {
      var stems = new Set();
      var terms = {};
      analysis.forEach(function (item, k) {
        var m = s.matches[k];
        terms[item.tekst] = m.score > 0;
        m.terms.forEach(function (t) { stems.add(t); });
        /* A word found through a keyword the reader does not see ("tegenwerking") shows as the site's own term for
           it ("Weerstand" in the title), so the reader sees why the page was found. */
        if (m.score > 0) {
          item.wegen.forEach(function (way) {
            if (way.soort === "synoniem") way.terms.forEach(function (t) { stems.add(t); });
          });
        }
      });
      var group = [self.item(s.page.article, s.score, terms, stems)];
      /* The sections that hold the most of the matched words, at most a few: the page itself is the answer. */
      var wanted = Array.from(stems);
      s.page.sections.map(function (section) {
        return { section: section, hits: wanted.filter(function (t) { return section.stems.has(t); }).length };
      }).filter(function (entry) { return entry.hits > 0; }).sort(function (a, b) { return b.hits - a.hits; })
        .slice(0, self.limits.max_secties).forEach(function (entry) {
          group.push(self.item(entry.section.doc, 0, terms, stems));
        });
      return group;
    });
    var result = { items: items };
    /* Whatever was typed, no result is never a dead end: also a question of only filler ("wat moet ik doen"), signs
       or another script gets the help and the links, without suggestions when there is no word to correct. */
    if (!items.length && String(query).trim()) {
      result.kennisbank = { suggesties: analysis.length ? this.suggestions(analysis) : [] };
    }
    return result;
  };

  /* One or two clear answers leave room: the pages that match less of the question follow them, best first, up to
     `min_resultaten` ("racisme benoemen zonder te beschuldigen" matches Lasten delen clearly, and the safe
     conversation about racism only on "racisme"). Without a clear answer the list stays as it is, so a question
     about something else still finds nothing. */
  Engine.prototype.fillUp = function (ranked) {
    var room = this.limits.min_resultaten - ranked.length;
    if (room <= 0 || !ranked.some(function (s) { return !s.named; })) return ranked;
    return ranked.concat(ranked.weaker.slice(0, room));
  };

  /* A compound as its parts written apart, when that gives more than one content word and each names a subject of
     the site (a word in a title or keywords, or an everyday word of woorden.yml): "openingstijden" has "tijd", but
     "opening" is only somewhere in a text. */
  Engine.prototype.apart = function (item) {
    var self = this;
    var parts = this.splitter.parts(item.tekst);
    if (!parts || parts.length < 2) return null;
    var query = parts.join(" ");
    var again = this.analyse(query);
    /* The site's own subject in front ("inclusieparagraaf") says where, as in "inclusie paragraaf": enough. */
    var found = this.siteSubject.has(parts[0]) ||
      again.every(function (word) { return self.siteTopic(word.tekst); });
    return again.length > 1 && found ? { query: query, analysis: again } : null;
  };

  /* "Bedoelde je ...": up to three other queries that do find something: with a typo corrected, or without the
     words the site does not have at all. */
  Engine.prototype.suggestions = function (analysis) {
    var self = this;
    var texts = analysis.map(function (item) { return item.tekst; });
    var known = analysis.map(function (item) { return self.candidatePages([item]).length > 0; });
    var best = analysis.map(function (item, i) {
      return (item.verbeteringen || [])[0] || (known[i] ? item.tekst : "");
    }).filter(Boolean).join(" ");
    var tries = [best];
    analysis.forEach(function (item, i) {
      (item.verbeteringen || []).forEach(function (correction) {
        var query = texts.slice();
        query[i] = correction;
        tries.push(query.join(" "));
      });
    });
    tries.push(texts.filter(function (text, i) { return known[i]; }).join(" "));
    var found = [];
    tries.forEach(function (query) {
      if (query && found.length < 3 && found.indexOf(query) === -1 &&
          self.rank(query, self.analyse(query)).length) {
        found.push(query);
      }
    });
    return found;
  };

  root.KennisbankZoeken = { Engine: Engine, Splitter: Splitter, decodeWords: decodeWords, words: words,
    distance: distance };
})(typeof self !== "undefined" ? self : this);
