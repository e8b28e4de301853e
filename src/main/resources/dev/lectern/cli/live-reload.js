/* Added by `lectern serve` to the pages it serves, never to built files: reloads the page when the site was rebuilt,
   and shows the build's errors over the page while it does not build. */
(function () {
  "use strict";
  var seen = null;
  var delay = 700;

  function overlay(errors) {
    var box = document.getElementById("lectern-build-errors");
    if (!errors.length) {
      if (box) {
        box.parentNode.removeChild(box);
      }
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = "lectern-build-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:2147483647;"
        + "margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffe3e3;font:13px/1.45 ui-monospace,monospace;"
        + "white-space:pre-wrap;border-top:3px solid #ff6b6b";
      document.body.appendChild(box);
    }
    box.textContent = "lectern serve: the site does not build; showing the last good build\n\n" + errors.join("\n\n");
  }

  function poll() {
    fetch("/__lectern/status", { cache: "no-store" }).then(function (response) {
      return response.json();
    }).then(function (status) {
      delay = 700;
      if (seen !== null && status.version !== seen && status.errors.length === 0) {
        window.location.reload();
        return;
      }
      seen = status.version;
      overlay(status.errors);
      setTimeout(poll, delay);
    }, function () {
      delay = Math.min(delay * 2, 5000); /* the server stopped or restarts: keep asking, less often */
      setTimeout(poll, delay);
    });
  }

  poll();
})();
