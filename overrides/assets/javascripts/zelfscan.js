/*
 * The zelfscan (docs/zelfscan.md): progressive enhancement on top of a plain form of radio buttons.
 *
 * - Answers stay in this browser (localStorage), keyed by each statement's stable id; nothing is sent anywhere.
 * - The result follows the rule written on the page: per barrier the mean of the statements answered 1-4 ("weet ik
 *   niet" and open ones do not count); highest first, ties in the order of the page (the barrier overview); a
 *   barrier without answers is "niet ingevuld". The advice for the top three (from a score of 2,5) is already in
 *   the page, hidden.
 * - Team mode combines codes or files of team members into totals only, from 3 people on. Everything that comes
 *   from a code or file is validated, and only ever shown with textContent. Whoever combines can count their own
 *   answers on this page with a tick instead of pasting their own code (WCAG 3.3.7, Redundant Entry).
 * - All text comes from the page (teksten.yml, as JSON in data-teksten), none from this file.
 */
(function () {
  "use strict";

  var shared = window.Kennisbank; /* gedeeld.js */

  var STORAGE_KEY = "kennisbank-zelfscan";
  var FILE_KIND = "kennisbank-zelfscan";
  var MIN_TEAM = 3;
  var MAX_CODES = 200;
  var MAX_FILE_BYTES = 65536;
  var WEET_NIET = "weet-niet";
  /* Advice only where you recognise the signals more than not: the middle of the 1-4 scale. The rule on the page
     says the same (teksten.yml, zelfscan.regel). */
  var ADVICE_FROM = 2.5;
  /* In a team code every statement is one digit: 0 open, 1-4 the answer, 5 "weet ik niet". */
  var CODE_DIGIT = { "1": 1, "2": 2, "3": 3, "4": 4, "5": WEET_NIET };

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function number(score) {
    return score.toFixed(2).replace(".", ",");
  }

  function validAnswer(value) {
    return value === WEET_NIET || (typeof value === "number" && value >= 1 && value <= 4 && value % 1 === 0);
  }

  /* --- The statement set, read from the page ------------------------------------------------------------------ */

  function readScan(root) {
    var barrieres = Array.prototype.map.call(root.querySelectorAll(".kb-zs-barriere"), function (section) {
      var link = section.querySelector(".kb-zs-over a");
      return {
        id: section.dataset.barriere,
        titel: link ? link.textContent.trim() : section.dataset.barriere,
        href: link ? link.href : "",
        signalen: Array.prototype.map.call(section.querySelectorAll("fieldset[data-signaal]"), function (fieldset) {
          return { id: fieldset.dataset.signaal, tekst: fieldset.querySelector("legend").textContent.trim() };
        })
      };
    });
    var ids = [];
    barrieres.forEach(function (b) { b.signalen.forEach(function (s) { ids.push(s.id); }); });
    return { versie: root.dataset.versie, barrieres: barrieres, ids: ids, known: new Set(ids) };
  }

  /* --- Answers in this browser --------------------------------------------------------------------------------- */

  function load(scan) {
    var answers = {};
    var stored = shared.loadStored(STORAGE_KEY);
    var given = stored && typeof stored === "object" ? stored.antwoorden : null;
    if (given && typeof given === "object") {
      scan.ids.forEach(function (id) {
        if (Object.prototype.hasOwnProperty.call(given, id) && validAnswer(given[id])) answers[id] = given[id];
      });
    }
    return answers;
  }

  /* false when the browser keeps nothing (storage full or blocked): the page keeps working without memory. */
  function save(scan, answers) {
    return shared.saveStored(STORAGE_KEY, { versie: scan.versie, antwoorden: answers });
  }

  /* Saves the answers; if the browser keeps nothing, the status line under the privacy text says so, once. */
  function remember(ctx) {
    ctx.kept = save(ctx.scan, ctx.answers);
    var line = ctx.root.querySelector(".kb-zs-opslag");
    if (!ctx.kept && line && !line.textContent) line.textContent = ctx.teksten.script.niet_bewaard;
  }

  /* --- The rule ------------------------------------------------------------------------------------------------ */

  function ranking(scan, answers) {
    var scored = scan.barrieres.map(function (barriere, index) {
      var values = barriere.signalen.map(function (s) { return answers[s.id]; })
        .filter(function (v) { return typeof v === "number"; });
      var sum = values.reduce(function (a, b) { return a + b; }, 0);
      return {
        barriere: barriere, index: index, beantwoord: values.length,
        score: values.length ? sum / values.length : null
      };
    });
    var ranked = scored.filter(function (s) { return s.score !== null; });
    ranked.sort(function (a, b) { return (b.score - a.score) || (a.index - b.index); });
    return { ranked: ranked, leeg: scored.filter(function (s) { return s.score === null; }) };
  }

  /* "gemiddeld 3,50 (2 van 4 uitspraken beantwoord)": the same on the page and in the Markdown download. */
  function scoreText(t, r) {
    return shared.fill(t.gemiddeld, { score: number(r.score) }) + " (" +
      shared.fill(t.beantwoord, { aantal: r.beantwoord, totaal: r.barriere.signalen.length }) + ")";
  }

  /* --- The personal result ------------------------------------------------------------------------------------- */

  function renderResult(ctx) {
    var t = ctx.teksten.script;
    var result = ranking(ctx.scan, ctx.answers);
    /* Nobody filled in the scan on this page: with a team result, printing leaves the empty form out (kennisbank.css). */
    ctx.root.classList.toggle("kb-zs-zonder-eigen", !Object.keys(ctx.answers).length);
    var out = ctx.root.querySelector(".kb-zs-uitkomst");
    out.replaceChildren();
    if (ctx.teksten.organisatie) out.appendChild(element("p", shared.fill(t.resultaat_voor, { naam: ctx.teksten.organisatie })));
    if (!result.ranked.length) out.appendChild(element("p", t.nog_leeg));
    var list = element("ol", null, "kb-zs-volgorde");
    result.ranked.forEach(function (r) {
      var item = element("li");
      var link = element("a", r.barriere.titel);
      link.href = r.barriere.href;
      item.appendChild(link);
      item.appendChild(document.createTextNode(": " + scoreText(t, r)));
      list.appendChild(item);
    });
    if (result.ranked.length) out.appendChild(list);
    if (result.ranked.length) out.appendChild(element("h3", t.top_kop));
    var top = result.ranked.filter(function (r) { return r.score >= ADVICE_FROM; }).slice(0, 3);
    if (result.ranked.length && !top.length) out.appendChild(element("p", t.geen_advies, "kb-zs-geen-advies"));
    top.forEach(function (r, i) {
      var advies = ctx.root.querySelector('.kb-zs-advies[data-barriere="' + CSS.escape(r.barriere.id) + '"]');
      var block = element("div", null, "kb-zs-top");
      block.appendChild(element("h4", (i + 1) + ". " + r.barriere.titel));
      if (advies) {
        var copy = advies.cloneNode(true);
        copy.hidden = false;
        block.appendChild(copy);
      }
      out.appendChild(block);
    });
    if (result.leeg.length) {
      out.appendChild(element("h3", t.niet_ingevuld));
      out.appendChild(element("p", t.niet_ingevuld_uitleg));
      var open = element("ul", null, "kb-zs-niet-ingevuld");
      result.leeg.forEach(function (r) { open.appendChild(element("li", r.barriere.titel)); });
      out.appendChild(open);
    }
    return result;
  }

  function answerLabel(ctx, value) {
    if (value === WEET_NIET) return ctx.teksten.weet_niet;
    if (typeof value === "number") return value + " " + ctx.teksten.schaal[value - 1].toLowerCase();
    return "";
  }

  /* The start of both Markdown downloads: the page's title and, in an organisation's copy, whose result it is. */
  function markdownStart(ctx) {
    var lines = ["# " + document.querySelector("h1").textContent.trim(), ""];
    if (ctx.teksten.organisatie) lines.push(shared.fill(ctx.teksten.script.resultaat_voor, { naam: ctx.teksten.organisatie }), "");
    return lines;
  }

  function toMarkdown(ctx) {
    var t = ctx.teksten.script;
    var result = ranking(ctx.scan, ctx.answers);
    var lines = markdownStart(ctx);
    result.ranked.forEach(function (r, i) {
      lines.push((i + 1) + ". " + r.barriere.titel + ": " + scoreText(t, r));
    });
    if (result.leeg.length) {
      lines.push("", "## " + t.niet_ingevuld, "");
      result.leeg.forEach(function (r) { lines.push("- " + r.barriere.titel); });
    }
    ctx.scan.barrieres.forEach(function (b) {
      lines.push("", "## " + b.titel, "");
      b.signalen.forEach(function (s) { lines.push("- " + s.tekst + " **" + (answerLabel(ctx, ctx.answers[s.id]) || "-") + "**"); });
    });
    return lines.join("\n") + "\n";
  }

  function toCsv(ctx) {
    var result = ranking(ctx.scan, ctx.answers);
    var scores = {};
    result.ranked.forEach(function (r) { scores[r.barriere.id] = number(r.score); });
    var rows = [];
    ctx.scan.barrieres.forEach(function (b) {
      b.signalen.forEach(function (s) {
        var value = ctx.answers[s.id];
        rows.push([b.titel, scores[b.id] || "", s.id, s.tekst, value === undefined ? "" : answerLabel(ctx, value)]);
      });
    });
    return shared.csv(["barriere", "score_barriere", "uitspraak_id", "uitspraak", "antwoord"], rows);
  }

  /* --- Team mode: codes and files in, totals out ---------------------------------------------------------------- */

  /* A short random part in each code and file, the same for this page until a wipe: colleagues who gave the same
     answers still make different codes, while one code pasted twice is still seen. Not stored, so codes from
     different rounds cannot be linked to one browser. Without 0, 1, i, l and o, which are easy to misread. */
  var KENMERK_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";
  var KENMERK = /^[a-z2-9]{4}$/;

  function kenmerk(ctx) {
    if (!ctx.kenmerk) {
      var bytes = window.crypto.getRandomValues(new Uint8Array(4));
      ctx.kenmerk = Array.prototype.map.call(bytes, function (b) {
        return KENMERK_LETTERS.charAt(b % KENMERK_LETTERS.length);
      }).join("");
    }
    return ctx.kenmerk;
  }

  function toCode(ctx) {
    return "ZS-" + ctx.scan.versie + "-" + kenmerk(ctx) + "-" + ctx.scan.ids.map(function (id) {
      var value = ctx.answers[id];
      return value === WEET_NIET ? "5" : (typeof value === "number" ? String(value) : "0");
    }).join("");
  }

  function toFile(ctx) {
    var data = { soort: FILE_KIND, versie: ctx.scan.versie, kenmerk: kenmerk(ctx), antwoorden: ctx.answers };
    return JSON.stringify(data, null, 2) + "\n";
  }

  function hasNumber(answers) {
    return Object.keys(answers).some(function (id) { return typeof answers[id] === "number"; });
  }

  /* One line of the text field → {answers, kenmerk} or {error}. Codes made before the random part existed
     (ZS-<versie>-<cijfers>) are still accepted. */
  function parseCode(scan, line) {
    var match = /^ZS-([0-9a-f]{6})-(?:([a-z2-9]{4})-)?([0-5]+)$/i.exec(line);
    if (!match) return { error: "fout_code" };
    if (match[1].toLowerCase() !== scan.versie) return { error: "fout_versie" };
    if (match[3].length !== scan.ids.length) return { error: "fout_code" };
    var answers = {};
    scan.ids.forEach(function (id, i) {
      var value = CODE_DIGIT[match[3].charAt(i)];
      if (value !== undefined) answers[id] = value;
    });
    if (!hasNumber(answers)) return { error: "fout_leeg" };
    return { answers: answers, kenmerk: match[2] ? match[2].toLowerCase() : "" };
  }

  /* A file's text → {answers, kenmerk, unknown} or {error}; ids this page does not know are counted and ignored. */
  function parseFile(scan, text) {
    var data;
    try { data = JSON.parse(text); } catch (error) { return { error: "fout_bestand" }; }
    if (!data || typeof data !== "object" || Array.isArray(data) || data.soort !== FILE_KIND) return { error: "fout_bestand" };
    var given = data.antwoorden;
    if (!given || typeof given !== "object" || Array.isArray(given)) return { error: "fout_bestand" };
    var answers = {};
    var unknown = 0;
    Object.keys(given).forEach(function (id) {
      if (!scan.known.has(id)) unknown += 1;
      else if (validAnswer(given[id])) answers[id] = given[id];
    });
    var tag = typeof data.kenmerk === "string" && KENMERK.test(data.kenmerk) ? data.kenmerk : "";
    return hasNumber(answers) ? { answers: answers, kenmerk: tag, unknown: unknown } : { error: "fout_bestand" };
  }

  function fingerprint(scan, answers) {
    return scan.ids.map(function (id) { return answers[id] === undefined ? "" : String(answers[id]); }).join("|");
  }

  /* What makes two inputs the same person: the random part with the answers (a code and a file from one page are
     one person). Without that part only exactly the same code, or the same file under the same name, is a repeat;
     two people with the same answers cannot be told apart from a code without it. */
  function personKey(scan, parsed, source) {
    if (parsed.kenmerk) return "kenmerk:" + parsed.kenmerk + ":" + fingerprint(scan, parsed.answers);
    return source === "code" ? "code:" + fingerprint(scan, parsed.answers) : source;
  }

  /* Chat and mail programs can put invisible characters in a pasted code (zero-width space and joiners, word
     joiner, soft hyphen, BOM) or turn its hyphens into other dashes. A line copied from a chat or a list often has
     something before the code ("- ", "1. ", "Jan: "): the code is what starts at the first "ZS-"; parseCode still
     checks all of it. */
  function cleanLine(raw) {
    var line = raw.replace(/[\u200B-\u200D\u2060\u00AD\uFEFF]/g, "").replace(/[\u2010-\u2015\u2212]/g, "-").trim();
    var start = line.search(/ZS-/i);
    return start > 0 ? line.slice(start) : line;
  }

  function readFiles(input) {
    var files = Array.prototype.slice.call(input.files || [], 0, MAX_CODES);
    return Promise.all(files.map(function (file) {
      if (file.size > MAX_FILE_BYTES) return Promise.resolve({ name: file.name, text: "" });
      return file.text().then(function (text) { return { name: file.name, text: text }; },
        function () { return { name: file.name, text: "" }; });
    }));
  }

  /* The answers on this page, when the tick says they count: the same person as a code or file from this visit
     (same random part and answers), and taken to be the same person as one with exactly these answers from an
     earlier visit (the random part is not kept, so one's own code from yesterday has another). A colleague with
     exactly the same answers is then left out, and the message says how to count both. */
  function ownPerson(ctx) {
    if (!ctx.root.querySelector("#kb-zs-eigen-mee").checked) return null;
    if (!hasNumber(ctx.answers)) return { empty: true };
    var answers = {};
    Object.keys(ctx.answers).forEach(function (id) { answers[id] = ctx.answers[id]; });
    return {
      answers: answers,
      key: personKey(ctx.scan, { answers: answers, kenmerk: kenmerk(ctx) }, "code"),
      fingerprint: fingerprint(ctx.scan, answers)
    };
  }

  function collect(ctx, files) {
    var t = ctx.teksten.script;
    var people = [];
    var seen = new Set();
    var messages = [];
    var own = ownPerson(ctx);
    if (own && own.empty) messages.push(t.eigen_leeg);
    else if (own) { seen.add(own.key); people.push(own.answers); }
    var counted = own && !own.empty;
    /* A code or file that is this person's own: the message that says so, or "" when it is someone else. */
    function ownMessage(key, answers, sameText, alikeText) {
      if (!counted) return "";
      if (key === own.key) return sameText;
      return fingerprint(ctx.scan, answers) === own.fingerprint ? alikeText : "";
    }
    function add(key, answers, duplicateMessage, sameText, alikeText) {
      var mine = ownMessage(key, answers, sameText, alikeText);
      if (mine) { messages.push(mine); return; }
      if (seen.has(key)) { messages.push(duplicateMessage); return; }
      seen.add(key);
      people.push(answers);
    }
    var lines = ctx.root.querySelector("#kb-zs-codes").value.split(/\r?\n/);
    var filled = 0;
    lines.forEach(function (raw, index) {
      var line = cleanLine(raw);
      if (!line) return;
      filled += 1;
      if (filled > MAX_CODES) { if (filled === MAX_CODES + 1) messages.push(shared.fill(t.te_veel, { aantal: MAX_CODES })); return; }
      var parsed = parseCode(ctx.scan, line);
      var where = { regel: index + 1, versie: ctx.scan.versie };
      if (parsed.error) messages.push(shared.fill(t[parsed.error], where));
      else add(personKey(ctx.scan, parsed, "code"), parsed.answers,
        shared.fill(parsed.kenmerk ? t.fout_dubbel : t.fout_dubbel_oud, where),
        shared.fill(t.eigen_code, where), shared.fill(t.eigen_gelijk, where));
    });
    files.forEach(function (file) {
      var parsed = parseFile(ctx.scan, file.text);
      var where = { naam: file.name };
      if (parsed.error) { messages.push(shared.fill(t.fout_bestand, where)); return; }
      if (parsed.unknown) {
        messages.push(shared.fill(parsed.unknown === 1 ? t.onbekend_genegeerd_een : t.onbekend_genegeerd,
          { naam: file.name, aantal: parsed.unknown }));
      }
      add(personKey(ctx.scan, parsed, "bestand:" + file.name + "\n" + file.text), parsed.answers,
        shared.fill(t.bestand_dubbel, where), shared.fill(t.eigen_bestand, where),
        shared.fill(t.eigen_bestand_gelijk, where));
    });
    return { people: people, messages: messages, own: counted };
  }

  function teamTotals(scan, people) {
    var rows = scan.barrieres.map(function (barriere, index) {
      var counts = [0, 0, 0, 0];
      var weetNiet = 0;
      var mensen = 0;
      people.forEach(function (answers) {
        var answered = false;
        barriere.signalen.forEach(function (s) {
          var value = answers[s.id];
          if (typeof value === "number") { counts[value - 1] += 1; answered = true; }
          else if (value === WEET_NIET) weetNiet += 1;
        });
        if (answered) mensen += 1;
      });
      var total = counts[0] + counts[1] + counts[2] + counts[3];
      var sum = counts[0] + 2 * counts[1] + 3 * counts[2] + 4 * counts[3];
      var enough = mensen >= MIN_TEAM;
      return {
        barriere: barriere, index: index, mensen: mensen, counts: counts, weetNiet: weetNiet, enough: enough,
        score: enough ? sum / total : null,
        oneens: enough && (counts[0] + counts[1]) * 4 >= total && (counts[2] + counts[3]) * 4 >= total
      };
    });
    rows.sort(function (a, b) {
      if (a.enough !== b.enough) return a.enough ? -1 : 1;
      return ((b.score || 0) - (a.score || 0)) || (a.index - b.index);
    });
    return rows;
  }

  /* The cells of one row after the barrier, the same on the page and in the downloads. Below 3 people only that
     shows: anything more could reveal one person's answers. */
  function teamCells(t, row) {
    if (!row.enough) return [t.team_te_weinig_barriere, "", "", "", ""];
    return [String(row.mensen), number(row.score), row.counts.join(" / "), String(row.weetNiet),
      row.oneens ? t.team_oneens : t.team_eens];
  }

  function teamHeader(t) {
    return [t.team_kolom_barriere, t.team_kolom_mensen, t.team_kolom_gemiddeld, t.team_kolom_verdeling,
      t.team_kolom_weet_niet, t.team_kolom_oneens];
  }

  /* What the columns count and what "Ja" means, once, under the table (and in the Markdown download). */
  function teamLegend(t) {
    return [t.team_legenda_schaal, t.team_legenda_tellen, t.team_legenda_oneens];
  }

  /* Material's own table style (a table without class, in its scroll wrapper, as Material wraps the tables of a page).
     Each barrier links to its page: the address read from this page (readScan), never from a code or file. */
  function teamTable(t, rows, labelId) {
    var table = element("table");
    table.setAttribute("aria-labelledby", labelId);
    var head = element("tr");
    teamHeader(t).forEach(function (text) {
      var th = element("th", text);
      th.scope = "col";
      head.appendChild(th);
    });
    table.appendChild(element("thead")).appendChild(head);
    var body = table.appendChild(element("tbody"));
    rows.forEach(function (row) {
      var tr = element("tr");
      var th = element("th");
      th.scope = "row";
      if (row.barriere.href) {
        var link = element("a", row.barriere.titel);
        link.href = row.barriere.href;
        th.appendChild(link);
      } else {
        th.textContent = row.barriere.titel;
      }
      tr.appendChild(th);
      teamCells(t, row).forEach(function (text, i) { tr.appendChild(element("td", text, i === 2 ? "kb-zs-verdeling" : "")); });
      body.appendChild(tr);
    });
    return table;
  }

  /* A cell of a Markdown table: a | would end the cell, a \ could undo that escape. */
  function markdownCell(text) {
    return String(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
  }

  function markdownRow(cells) {
    return "| " + cells.map(markdownCell).join(" | ") + " |";
  }

  /* The team result as shown: totals only, never anything from a code or file itself. */
  function teamMarkdown(ctx) {
    var t = ctx.teksten.script;
    var lines = markdownStart(ctx);
    lines.push("## " + t.team_kop, "", shared.fill(t.team_mensen, { aantal: ctx.team.aantal }), "");
    var header = teamHeader(t);
    lines.push(markdownRow(header), markdownRow(header.map(function () { return "---"; })));
    ctx.team.rows.forEach(function (row) { lines.push(markdownRow([row.barriere.titel].concat(teamCells(t, row)))); });
    teamLegend(t).forEach(function (text) { lines.push("", text); });
    return lines.join("\n") + "\n";
  }

  /* One column per count, so a spreadsheet can add them up; cells that start like a formula get a ' (gedeeld.js). */
  function teamCsv(ctx) {
    var t = ctx.teksten.script;
    var rows = ctx.team.rows.map(function (row) {
      if (!row.enough) return [row.barriere.titel, t.team_te_weinig_barriere, "", "", "", "", "", "", ""];
      return [row.barriere.titel, String(row.mensen), number(row.score)].concat(row.counts.map(String),
        [String(row.weetNiet), row.oneens ? t.team_oneens : t.team_eens]);
    });
    return shared.csv(["barriere", "aantal_mensen", "gemiddelde", "aantal_antwoorden_1", "aantal_antwoorden_2",
      "aantal_antwoorden_3", "aantal_antwoorden_4", "aantal_weet_ik_niet", "verschil_van_mening"], rows);
  }

  /* The team result now on the page, or null: its buttons and its place on paper follow it. */
  function setTeam(ctx, team) {
    ctx.team = team;
    ctx.root.querySelector(".kb-zs-team-uitvoer").hidden = !team;
    ctx.root.classList.toggle("kb-zs-met-team", !!team);
    if (!team) ctx.root.classList.remove("kb-zs-alleen-team");
  }

  function clearTeamResult(ctx) {
    ctx.root.querySelector(".kb-zs-teamresultaat").replaceChildren();
    setTeam(ctx, null);
  }

  /* Only the team result on paper, also when the scan on this page is filled in: for a meeting, without the
     answers of whoever combined. Back to normal once printed (afterprint), or at the next other print button. */
  function printTeam(ctx) {
    ctx.root.classList.add("kb-zs-alleen-team");
    window.addEventListener("afterprint", function () { ctx.root.classList.remove("kb-zs-alleen-team"); }, { once: true });
    window.print();
  }

  function renderTeam(ctx) {
    var t = ctx.teksten.script;
    var out = ctx.root.querySelector(".kb-zs-teamresultaat");
    readFiles(ctx.root.querySelector("#kb-zs-bestanden")).then(function (files) {
      var team = collect(ctx, files);
      clearTeamResult(ctx);
      team.messages.forEach(function (message) { out.appendChild(element("p", message, "kb-zs-melding")); });
      if (team.own) out.appendChild(element("p", t.eigen_telt_mee, "kb-zs-eigen-telt"));
      if (team.people.length < MIN_TEAM) {
        var one = team.people.length === 1;
        var few = team.own ? (one ? t.team_te_weinig_eigen_een : t.team_te_weinig_eigen) : (one ? t.team_te_weinig_een : t.team_te_weinig);
        out.appendChild(element("p", shared.fill(few, { aantal: team.people.length }), "kb-zs-te-weinig"));
        return;
      }
      var heading = element("h3", t.team_kop);
      heading.id = "kb-zs-teamresultaat-kop";
      out.appendChild(heading);
      out.appendChild(element("p", shared.fill(t.team_mensen, { aantal: team.people.length })));
      /* On a narrow screen the table scrolls in its own box; tabellen.js makes such a box a focusable region named
         after the heading above, as for every table of the site. */
      var wrapper = element("div", null, "md-typeset__scrollwrap kb-zs-tabel");
      var inner = wrapper.appendChild(element("div", null, "md-typeset__table"));
      var rows = teamTotals(ctx.scan, team.people);
      inner.appendChild(teamTable(t, rows, heading.id));
      out.appendChild(wrapper);
      teamLegend(t).forEach(function (text) { out.appendChild(element("p", text, "kb-zs-legenda")); });
      if (shared.markScrolling) shared.markScrolling();
      setTeam(ctx, { aantal: team.people.length, rows: rows });
    });
  }

  /* --- Wiring ------------------------------------------------------------------------------------------------- */

  function readTexts(root) {
    try {
      return JSON.parse(root.dataset.teksten);
    } catch (error) {
      return null;
    }
  }

  function showAnswers(ctx) {
    ctx.root.querySelectorAll(".kb-zelfscan-vragen input[type=radio]").forEach(function (radio) {
      var id = radio.closest("fieldset").dataset.signaal;
      var value = radio.value === WEET_NIET ? WEET_NIET : Number(radio.value);
      radio.checked = ctx.answers[id] === value;
    });
  }

  /* After any change of the answers: a team code on screen is outdated, and so is the status line's "Bovenaan
     staat" (it speaks again at the next "Naar mijn resultaat"), and a team result that counted these answers. */
  function answersChanged(ctx) {
    ctx.root.querySelector(".kb-zs-code").replaceChildren();
    ctx.root.querySelector(".kb-zs-status").textContent = "";
    if (ctx.root.querySelector("#kb-zs-eigen-mee").checked) clearTeamResult(ctx);
  }

  /* A wipe on a shared computer leaves nothing of the team part either (the own code goes in answersChanged). */
  function clearTeam(ctx) {
    ctx.root.querySelector("#kb-zs-eigen-mee").checked = false;
    ctx.root.querySelector("#kb-zs-codes").value = "";
    ctx.root.querySelector("#kb-zs-bestanden").value = "";
    clearTeamResult(ctx);
  }

  /* One answer changed: start from what is stored (another tab may have answered or wiped), unless the browser
     refused to keep an earlier answer; then this page holds the only copy. */
  function setAnswer(ctx, radio) {
    if (ctx.kept) ctx.answers = load(ctx.scan);
    ctx.answers[radio.closest("fieldset").dataset.signaal] = radio.value === WEET_NIET ? WEET_NIET : Number(radio.value);
    remember(ctx);
    showAnswers(ctx);
    renderResult(ctx);
    answersChanged(ctx);
  }

  /* Another tab changed the answers, or Back showed an older page: show what is stored. */
  function resync(ctx) {
    if (!ctx.kept) return;
    var before = fingerprint(ctx.scan, ctx.answers);
    ctx.answers = load(ctx.scan);
    showAnswers(ctx);
    renderResult(ctx);
    if (fingerprint(ctx.scan, ctx.answers) !== before) answersChanged(ctx);
  }

  function setupPersonal(ctx) {
    var t = ctx.teksten.script;
    var status = ctx.root.querySelector(".kb-zs-status");
    var heading = ctx.root.querySelector("#zelfscan-resultaat");
    ctx.root.querySelector(".kb-zelfscan-vragen").addEventListener("change", function (event) {
      if (event.target.matches("input[type=radio]")) setAnswer(ctx, event.target);
    });
    ctx.root.querySelector(".kb-zelfscan-vragen").addEventListener("submit", function (event) { event.preventDefault(); });
    ctx.root.querySelector(".kb-zs-naar-resultaat").appendChild(shared.button(t.toon_resultaat, function () {
      var result = renderResult(ctx);
      heading.focus();
      status.textContent = result.ranked.length ? shared.fill(t.bijgewerkt, { naam: result.ranked[0].barriere.titel }) : t.nog_leeg;
    }));
    var actions = ctx.root.querySelector(".kb-zs-knoppen");
    actions.appendChild(shared.button(t.afdrukken, function () {
      ctx.root.classList.remove("kb-zs-alleen-team");
      window.print();
    }));
    actions.appendChild(shared.button(t.csv, function () {
      shared.download("zelfscan.csv", "text/csv;charset=utf-8", toCsv(ctx));
    }));
    actions.appendChild(shared.button(t.markdown, function () {
      shared.download("zelfscan.md", "text/markdown;charset=utf-8", toMarkdown(ctx));
    }));
    actions.appendChild(shared.button(t.wissen, function () {
      if (!window.confirm(t.wissen_vraag)) return;
      ctx.answers = {};
      ctx.kenmerk = ""; /* on a shared computer the next person gets codes of their own */
      shared.removeStored(STORAGE_KEY);
      showAnswers(ctx);
      renderResult(ctx);
      answersChanged(ctx);
      clearTeam(ctx);
      status.textContent = t.gewist;
    }));
  }

  function setupTeam(ctx) {
    var t = ctx.teksten.script;
    var own = ctx.root.querySelector(".kb-zs-eigen-code");
    var codeLine = element("span", null, "kb-zs-code");
    own.appendChild(shared.button(t.code_maken, function () {
      codeLine.replaceChildren();
      var label = element("label", t.code_label);
      label.htmlFor = "kb-zs-mijn-code";
      var field = element("input");
      field.id = "kb-zs-mijn-code";
      field.readOnly = true;
      field.value = toCode(ctx);
      field.size = Math.min(field.value.length, 48);
      codeLine.append(label, " ", field);
      field.focus();
      field.select();
    }));
    own.appendChild(shared.button(t.bestand_maken, function () {
      shared.download("zelfscan-team.json", "application/json", toFile(ctx));
    }));
    own.appendChild(codeLine);
    ctx.root.querySelector(".kb-zs-team-knoppen").appendChild(shared.button(t.combineren, function () { renderTeam(ctx); }));
    var output = ctx.root.querySelector(".kb-zs-team-uitvoer");
    output.appendChild(shared.button(t.team_afdrukken, function () { printTeam(ctx); }));
    output.appendChild(shared.button(t.team_csv, function () {
      shared.download("zelfscan-teamresultaat.csv", "text/csv;charset=utf-8", teamCsv(ctx));
    }));
    output.appendChild(shared.button(t.team_markdown, function () {
      shared.download("zelfscan-teamresultaat.md", "text/markdown;charset=utf-8", teamMarkdown(ctx));
    }));
  }

  var current = null; /* the page now shown, for the window's listeners */

  function init() {
    var root = document.querySelector(".kb-zelfscan[data-versie]");
    if (!root || root.dataset.ready) return;
    var teksten = readTexts(root);
    if (!teksten) return;
    root.dataset.ready = "true";
    var scan = readScan(root);
    var ctx = { root: root, teksten: teksten, scan: scan, answers: load(scan), kept: true, team: null };
    showAnswers(ctx);
    setupPersonal(ctx);
    setupTeam(ctx);
    renderResult(ctx);
    root.querySelector(".kb-zs-resultaat").hidden = false;
    root.querySelector(".kb-zs-team").hidden = false;
    current = ctx;
  }

  shared.onStoredChange(STORAGE_KEY, function () { if (current && current.root.isConnected) resync(current); });
  shared.onEveryPage(init);
})();
