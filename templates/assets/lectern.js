/* Lectern's page script: renders math with the site's own copy of KaTeX, wires copy buttons, the "/" shortcut
   to the search box and a listing's topic filter, and keeps the current section of the navigation bar in view. Plain script, no network: everything it loads lies in assets/ next to it. Pages work without it. */
(function () {
  "use strict";

  var script = document.currentScript;
  var assets = script ? script.src.replace(/[^\/]*$/, "") : "";

  /* ---- Math: each span.math holds \(tex\) (or \[tex\] for display math); KaTeX is loaded only when a page has some. */
  function renderMath() {
    var spans = document.querySelectorAll("span.math:not(.math--rendered), div.math:not(.math--rendered)");
    if (!spans.length || !assets) {
      return;
    }
    loadStyle(assets + "katex/katex.css");
    loadScript(assets + "katex/katex.min.js", function () {
      if (!window.katex) {
        return;
      }
      Array.prototype.forEach.call(spans, function (el) {
        var text = el.textContent.trim();
        var display = el.tagName === "DIV" || text.indexOf("\\[") === 0;
        var tex = text.replace(/^\\[(\[]/, "").replace(/\\[)\]]$/, "");
        try {
          window.katex.render(tex, el, { displayMode: display, throwOnError: false, output: "htmlAndMathml" });
          el.classList.add("math--rendered");
          el.setAttribute("data-tex", tex);
        } catch (e) {
          el.classList.add("math--failed"); /* the TeX stays readable as it was */
        }
      });
    });
  }

  function loadStyle(href) {
    if (document.querySelector('link[href="' + href + '"]')) {
      return;
    }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }

  function loadScript(src, done) {
    var el = document.createElement("script");
    el.src = src;
    el.onload = done;
    document.head.appendChild(el);
  }

  /* ---- Copy buttons: <button data-copy="ID" hidden> copies the text of element ID; hidden without this script. */
  function wireCopyButtons() {
    Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) {
        return;
      }
      var label = button.textContent;
      button.hidden = false;
      button.addEventListener("click", function () {
        copyText(source.textContent).then(function () {
          say(button, "Copied", label);
        }, function () {
          selectText(source);
          say(button, "Press Ctrl+C to copy", label);
        });
      });
    });
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      if (ok) {
        resolve();
      } else {
        reject();
      }
    });
  }

  function selectText(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function say(button, text, label) {
    button.textContent = text;
    button.classList.add("is-done");
    setTimeout(function () {
      button.textContent = label;
      button.classList.remove("is-done");
    }, 2000);
  }

  /* ---- "/" focuses the search box, as on most sites with search. */
  function wireSearchShortcut() {
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      var target = event.target;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
        return;
      }
      var box = document.querySelector("input[type=search]");
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    });
  }

  /* ---- Topic filter of a listing: without this script its links target notes that the page's stylesheet uses
     (:target) to hide the other papers; with it, papers are filtered in place, without a jump, the chosen topic is
     marked and the count is announced. The address keeps #filter-<topic>, so a filtered listing can be linked. */
  function wireTopicFilter() {
    var filter = document.querySelector(".topic-filter[data-filter]");
    var list = filter && document.getElementById(filter.getAttribute("data-filter"));
    var status = document.querySelector(".filter-status");
    if (!list || !status) {
      return;
    }
    var items = Array.prototype.slice.call(list.children);
    var links = Array.prototype.slice.call(filter.querySelectorAll("a[data-topic]"));
    list.classList.add("is-filtering");
    filter.classList.add("is-filtering");

    function show(topic, announce) {
      var shown = 0;
      items.forEach(function (item) {
        var match = !topic || (" " + item.getAttribute("data-topics") + " ").indexOf(" " + topic + " ") >= 0;
        item.hidden = !match;
        if (match) {
          shown++;
        }
      });
      var name = "";
      links.forEach(function (link) {
        var on = link.getAttribute("data-topic") === topic;
        if (on) {
          link.setAttribute("aria-current", "true");
          name = link.firstChild.textContent.trim();
        } else {
          link.removeAttribute("aria-current");
        }
        if (on && topic) {
          var more = link.closest("details");
          if (more) {
            more.open = true;
          }
        }
      });
      if (announce || topic) {
        status.textContent = topic
          ? "Showing " + shown + " of " + items.length + " papers on " + name + "."
          : "Showing all " + items.length + " papers.";
      }
    }

    function topicOfHash() {
      var match = /^#filter-(.+)$/.exec(window.location.hash);
      if (!match) {
        return "";
      }
      var topic = decodeURIComponent(match[1]);
      return links.some(function (l) { return l.getAttribute("data-topic") === topic; }) ? topic : "";
    }

    links.forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var topic = link.getAttribute("data-topic");
        if (topic && link.getAttribute("aria-current") === "true") {
          topic = ""; /* a second click on the chosen topic shows all papers again */
        }
        var address = window.location.pathname + window.location.search + (topic ? "#filter-" + topic : "");
        try {
          window.history.replaceState(null, "", address);
        } catch (e) {
          /* some browsers refuse history changes on file:// pages; the filter still applies */
        }
        show(topic, true);
      });
    });
    window.addEventListener("hashchange", function () {
      show(topicOfHash(), true);
    });
    show(topicOfHash(), false);
  }

  /* ---- On a narrow screen the navigation bar scrolls sideways: bring the current section into view. */
  function revealCurrentSection() {
    var bar = document.querySelector(".site-nav ul");
    if (!bar) {
      return;
    }
    var current = bar.querySelector("a[aria-current]");
    if (current && bar.scrollWidth > bar.clientWidth) {
      bar.scrollLeft = current.offsetLeft - (bar.clientWidth - current.offsetWidth) / 2;
    }
    function mark() {
      bar.toggleAttribute("data-scrolled", bar.scrollLeft > 0);
    }
    bar.addEventListener("scroll", mark, { passive: true });
    mark();
  }

  function start() {
    renderMath();
    wireCopyButtons();
    wireSearchShortcut();
    wireTopicFilter();
    revealCurrentSection();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  window.LecternMath = { render: renderMath };
})();
