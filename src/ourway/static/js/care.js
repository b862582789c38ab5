// Idle sign-out, on the page side. The server signs a quiet session out (or locks it with
// the app passcode); this makes an open page follow it instead of staying readable, and
// tells the server about typing that sends no request, so a long letter is not cut short.
(function () {
  "use strict";

  var bar = document.querySelector("[data-idle-minutes]");
  if (!bar) return;
  var minutes = parseInt(bar.getAttribute("data-idle-minutes"), 10);
  var pingUrl = bar.getAttribute("data-still-here");
  if (!minutes || !pingUrl) return;
  var PING_EVERY_MS = 60 * 1000;
  var lastActive = Date.now();
  var lastPing = Date.now();

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (ignored) {
      return "";
    }
  }

  function active() {
    var now = Date.now();
    lastActive = now;
    if (now - lastPing < PING_EVERY_MS || !window.fetch) return;
    lastPing = now;
    window.fetch(pingUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken() }
    }).catch(function () { /* offline: the next page load will sort it out */ });
  }

  ["keydown", "pointerdown", "input", "scroll"].forEach(function (name) {
    document.addEventListener(name, active, { passive: true, capture: true });
  });

  window.setInterval(function () {
    // A little after the server's limit, load the page again: the server then shows the
    // sign-in page or the passcode lock instead of what was on screen.
    if (Date.now() - lastActive > minutes * 60 * 1000 + 5000) {
      window.location.replace(window.location.href);
    }
  }, 15000);
})();
