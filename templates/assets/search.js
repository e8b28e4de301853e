/* Lectern's search page: instant search over the index that assets/search-index.js sets as window.LECTERN_SEARCH.
   No fetch and no XHR, so it works from file://. The query lives in the page's ?q=, so a search can be linked.
   Ranking: a word in a title counts most, then in a topic, then in an abstract or description, then in notes;
   every word of the query must occur somewhere. Plain script, no framework. */
(function () {
  "use strict";

  var WEIGHTS = [100, 40, 10, 4];           /* title, topics, text, notes */
  var KINDS = { p: "Paper", t: "Topic", l: "Listing", g: "Page", d: "Digest" };
  var PAGE_SIZE = 50;
  var SNIPPET = 220;

  var data = window.LECTERN_SEARCH;
  var input = document.getElementById("search-q");
  var form = input && input.form;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!input || !status || !list) {
    return;
  }
  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/[^\/]*$/, "") : "../";
  /* milliseconds since navigation start, for the README's figures and for anyone curious */
  var timing = window.LECTERN_SEARCH_TIMING = {
    scriptStart: performance.now(), indexLoaded: null, firstResults: null, lastSearchMs: null
  };

  if (!data || !data.docs) {
    status.textContent = "The search index did not load: assets/search-index.js is missing.";
    return;
  }

  /* Folded text: lower case, accents removed, so "Kramar" finds "Kramár". */
  var MARKS = /[\u0300-\u036f]/g;
  var NON_ASCII = /[^\x00-\x7f]/;
  function fold(text) {
    return NON_ASCII.test(text) ? text.normalize("NFD").replace(MARKS, "").toLowerCase() : text.toLowerCase();
  }

  var topicPaths = data.topicPaths || [];
  var listingPaths = data.listingPaths || [];
  var docs = data.docs.map(function (d, i) {
    var topics = (d[3] || []).map(function (n) { return data.topics[n]; });
    return {
      order: i, kind: d[0], path: d[1], title: d[2], topics: topics, text: d[4] || "", notes: d[5] || "",
      topicNumbers: d[3] || [], listingNumbers: d[6] || [],
      folded: [fold(d[2]), fold(topics.join(" \u00b7 ")), fold(d[4] || ""), fold(d[5] || "")]
    };
  });
  timing.indexLoaded = performance.now();

  function termsOf(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  function isWordChar(c) {
    return c !== undefined && /[\p{L}\p{N}]/u.test(c);
  }

  /* The best score of one term in one folded field: a match at a word's start counts fully, inside a word less. */
  function fieldScore(text, term, weight) {
    var at = text.indexOf(term);
    if (at < 0) {
      return 0;
    }
    var best = 0;
    while (at >= 0) {
      var start = !isWordChar(text.charAt(at - 1));
      var whole = start && !isWordChar(text.charAt(at + term.length));
      var score = weight * (whole ? 1.2 : start ? 1 : 0.4);
      if (score > best) {
        best = score;
      }
      if (whole) {
        break;
      }
      at = text.indexOf(term, at + 1);
    }
    return best;
  }

  function search(query) {
    var terms = termsOf(query);
    if (!terms.length) {
      return { terms: terms, hits: [] };
    }
    var phrase = fold(query).trim();
    var hits = [];
    for (var i = 0; i < docs.length; i++) {
      var doc = docs[i];
      var total = 0;
      for (var t = 0; t < terms.length; t++) {
        var best = 0;
        for (var f = 0; f < 4; f++) {
          var s = fieldScore(doc.folded[f], terms[t], WEIGHTS[f]);
          if (s > best) {
            best = s;
          }
        }
        if (best === 0) {
          total = 0;
          break;
        }
        total += best;
      }
      if (total > 0) {
        if (terms.length > 1 && doc.folded[0].indexOf(phrase) >= 0) {
          total += 50;
        }
        hits.push({ doc: doc, score: total });
      }
    }
    hits.sort(function (a, b) { return b.score - a.score || a.doc.order - b.doc.order; });
    return { terms: terms, hits: hits };
  }

  /* Appends text to el with every occurrence of the terms wrapped in <mark>; built from text nodes, never HTML. */
  function highlight(el, text, terms) {
    var folded = "";
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text.charAt(i));
      for (var k = 0; k < f.length; k++) {
        map.push(i);
      }
      folded += f;
    }
    map.push(text.length);
    var marks = [];
    terms.forEach(function (term) {
      var at = folded.indexOf(term);
      while (at >= 0) {
        marks.push([map[at], map[at + term.length - 1] + 1]);
        at = folded.indexOf(term, at + term.length);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) {
        if (m[1] > pos) {
          m = [pos, m[1]];
        } else {
          return;
        }
      }
      el.appendChild(document.createTextNode(text.slice(pos, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], m[1]);
      el.appendChild(mark);
      pos = m[1];
    });
    el.appendChild(document.createTextNode(text.slice(pos)));
  }

  /* A window of the text or notes around the first match, or the text's start. */
  function snippet(doc, terms) {
    var sources = [doc.text, doc.notes];
    for (var s = 0; s < sources.length; s++) {
      var folded = fold(sources[s]);
      for (var t = 0; t < terms.length; t++) {
        var at = folded.indexOf(terms[t]);
        if (at >= 0) {
          return cut(sources[s], at);
        }
      }
    }
    return cut(doc.text, 0);
  }

  function cut(text, at) {
    if (text.length <= SNIPPET) {
      return text;
    }
    var start = Math.max(0, at - 60);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    var end = Math.min(text.length, start + SNIPPET);
    var space2 = text.lastIndexOf(" ", end);
    if (end < text.length && space2 > start + SNIPPET / 2) {
      end = space2;
    }
    return (start > 0 ? "\u2026" : "") + text.slice(start, end) + (end < text.length ? "\u2026" : "");
  }

  var current = { query: null, hits: [], terms: [], shown: 0 };

  function render(query) {
    var started = performance.now();
    var result = search(query);
    current = { query: query, hits: result.hits, terms: result.terms, shown: 0 };
    list.textContent = "";
    timing.lastSearchMs = performance.now() - started;
    if (!result.terms.length) {
      status.textContent = "";
      return;
    }
    var n = result.hits.length;
    status.textContent = n === 0
      ? "No results for \u201c" + query.trim() + "\u201d. Try fewer or shorter words."
      : n + (n === 1 ? " result" : " results") + " for \u201c" + query.trim() + "\u201d";
    showMore();
    if (n > 0 && timing.firstResults === null) {
      timing.firstResults = performance.now();
      document.documentElement.setAttribute("data-search-ready", "");
    }
  }

  function showMore() {
    var old = document.getElementById("search-more");
    if (old) {
      old.parentNode.removeChild(old);
    }
    var end = Math.min(current.hits.length, current.shown + PAGE_SIZE);
    for (var i = current.shown; i < end; i++) {
      list.appendChild(item(current.hits[i].doc, current.terms));
    }
    current.shown = end;
    if (end < current.hits.length) {
      var li = document.createElement("li");
      li.id = "search-more";
      li.className = "search-results__more";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button";
      button.textContent = "Show " + Math.min(PAGE_SIZE, current.hits.length - end) + " more";
      button.addEventListener("click", function () {
        var first = current.shown;
        showMore();
        var next = list.querySelectorAll("a.search-result__link")[first];
        if (next) {
          next.focus();
        }
      });
      li.appendChild(button);
      list.appendChild(li);
    }
  }

  function item(doc, terms) {
    var li = document.createElement("li");
    li.className = "search-result search-result--" + (KINDS[doc.kind] || "page").toLowerCase();
    var a = document.createElement("a");
    a.className = "search-result__link";
    a.href = root + doc.path;
    var kind = document.createElement("span");
    kind.className = "search-result__kind";
    kind.textContent = KINDS[doc.kind] || "Page";
    var title = document.createElement("span");
    title.className = "search-result__title";
    highlight(title, doc.title, terms);
    a.appendChild(kind);
    a.appendChild(document.createTextNode(" "));
    a.appendChild(title);
    li.appendChild(a);
    var text = snippet(doc, terms);
    if (text) {
      var p = document.createElement("p");
      p.className = "search-result__snippet";
      highlight(p, text, terms);
      li.appendChild(p);
    }
    /* topics as chips and the listings a paper is on, as the paper cards of listing and topic pages show them */
    var meta = document.createElement("div");
    meta.className = "paper-card__meta";
    if (doc.topics.length) {
      var chips = document.createElement("ul");
      chips.className = "chips";
      chips.setAttribute("aria-label", "Topics");
      doc.topicNumbers.forEach(function (n) {
        var chip = document.createElement(topicPaths[n] ? "a" : "span");
        chip.className = "chip";
        if (topicPaths[n]) {
          chip.href = root + topicPaths[n];
        }
        var name = document.createElement("span"); /* one flex item, highlighted or not */
        highlight(name, data.topics[n], terms);
        chip.appendChild(name);
        var entry = document.createElement("li");
        entry.appendChild(chip);
        chips.appendChild(entry);
      });
      meta.appendChild(chips);
    }
    if (doc.listingNumbers.length && data.listings) {
      var listings = document.createElement("p");
      listings.className = "paper-card__listings";
      listings.appendChild(document.createTextNode("In "));
      doc.listingNumbers.forEach(function (n, k) {
        if (k > 0) {
          listings.appendChild(document.createTextNode(", "));
        }
        var link = document.createElement("a");
        link.href = root + listingPaths[n] + "#paper-" + doc.path.split("/")[1];
        link.textContent = data.listings[n];
        listings.appendChild(link);
      });
      meta.appendChild(listings);
    }
    if (meta.firstChild) {
      li.appendChild(meta);
    }
    return li;
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a.search-result__link"));
  }

  function remember(query) {
    try {
      var url = query.trim() ? "?q=" + encodeURIComponent(query.trim()) : location.pathname;
      history.replaceState(null, "", url);
    } catch (e) {
      /* some browsers refuse history changes on file:// pages; the search still works */
    }
  }

  var pending = null;
  input.addEventListener("input", function () {
    if (pending !== null) {
      cancelAnimationFrame(pending);
    }
    pending = requestAnimationFrame(function () {
      pending = null;
      render(input.value);
      remember(input.value);
    });
  });

  input.addEventListener("keydown", function (event) {
    var all = links();
    if (event.key === "ArrowDown" && all.length) {
      event.preventDefault();
      all[0].focus();
    } else if (event.key === "Escape") {
      input.value = "";
      render("");
      remember("");
    }
  });

  list.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0) {
      return;
    }
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (at + 1 < all.length) {
        all[at + 1].focus();
      } else if (document.getElementById("search-more")) {
        document.querySelector("#search-more button").focus();
      }
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    } else if (event.key === "Escape") {
      input.focus();
    }
  });

  if (form) {
    form.addEventListener("submit", function (event) {
      /* Enter opens the best result; without results the form reloads the page with ?q= as usual */
      if (pending !== null) {
        cancelAnimationFrame(pending);
        pending = null;
        render(input.value);
      }
      var first = links()[0];
      if (first && input.value.trim() === (current.query || "").trim()) {
        event.preventDefault();
        remember(input.value);
        window.location.href = first.href;
      }
    });
  }

  var initial = "";
  try {
    initial = new URLSearchParams(window.location.search).get("q") || "";
  } catch (e) {
    initial = "";
  }
  input.value = initial;
  if (initial) {
    render(initial);
  } else {
    status.textContent = "Search " + docs.length + " pages.";
  }
  input.focus();
})();
