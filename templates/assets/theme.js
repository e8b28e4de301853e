/* Lectern's colour scheme: the page follows the system's (prefers-color-scheme) until the reader picks one with
   the header's toggle, which is remembered in localStorage. Loaded in <head> without defer, so the chosen scheme
   applies before the first paint. Without this script the toggle stays hidden and the system's scheme applies. */
(function () {
  "use strict";

  var KEY = "lectern-theme";
  var root = document.documentElement;
  var systemDark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function stored() {
    try {
      var value = window.localStorage.getItem(KEY);
      return value === "dark" || value === "light" ? value : null;
    } catch (e) {
      return null; /* storage refused (privacy settings): follow the system */
    }
  }

  function store(value) {
    try {
      if (value) {
        window.localStorage.setItem(KEY, value);
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (e) {
      /* not remembered, but still applied to this page */
    }
  }

  function system() {
    return systemDark && systemDark.matches ? "dark" : "light";
  }

  function current() {
    return stored() || system();
  }

  /* data-theme is set only for a choice that differs from the system's, so the stylesheet's media query rules. */
  function apply(theme) {
    if (theme) {
      root.setAttribute("data-theme", theme);
    } else {
      root.removeAttribute("data-theme");
    }
    var button = document.querySelector(".theme-toggle");
    if (button) {
      button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false");
    }
  }

  apply(stored());

  function wire() {
    var button = document.querySelector(".theme-toggle");
    if (!button) {
      return;
    }
    button.hidden = false;
    apply(stored());
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      /* choosing what the system shows anyway forgets the choice: the page follows the system again */
      var choice = next === system() ? null : next;
      store(choice);
      apply(choice);
    });
    if (systemDark && systemDark.addEventListener) {
      systemDark.addEventListener("change", function () {
        apply(stored());
      });
    }
    /* another tab changed the choice */
    window.addEventListener("storage", function (event) {
      if (event.key === KEY) {
        apply(stored());
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
})();
