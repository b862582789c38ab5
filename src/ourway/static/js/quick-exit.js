// Quick exit: leave OurWay for an everyday website in one click or three taps of Shift.
// Leaving never waits for the server: a signed-in page also ends its session with a beacon
// the browser sends on its own while the other site loads, so Back finds only the log-in
// page. Without JavaScript the button is still a real link to the same site (rel=noreferrer).
(function () {
  "use strict";

  var SHIFT_PRESSES = 3;
  var WITHIN_MS = 1000;
  var FALLBACK_URL = "https://weather.com/";
  var shiftTimes = [];

  function exitUrl() {
    var link = document.querySelector("[data-quick-exit]");
    return link && link.href ? link.href : FALLBACK_URL;
  }

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (ignored) {
      return "";
    }
  }

  function signOut() {
    // Only signed-in pages carry the address (see care/_top.html).
    var bar = document.querySelector("[data-sign-out]");
    if (!bar || !navigator.sendBeacon) return;
    var form = new FormData();
    form.append("csrfmiddlewaretoken", csrfToken());
    navigator.sendBeacon(bar.getAttribute("data-sign-out"), form);
  }

  function leave(url) {
    // Queue the sign-out, blank the page so nothing stays on screen while the other site
    // loads, then replace this history entry so Back does not come back to it. Leaving
    // matters more than either of the first two, so neither may stop it.
    try {
      signOut();
    } catch (ignored) { /* the idle sign-out still ends the session later */ }
    try {
      document.title = "";
      document.body.textContent = "";
    } catch (ignored) { /* leave anyway */ }
    window.location.replace(url);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-quick-exit]") : null;
    if (!link) return;
    event.preventDefault();
    leave(link.href);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      shiftTimes = []; // Shift used for a capital letter is typing, not a signal
      return;
    }
    if (event.repeat) return; // holding Shift down is one press
    var now = Date.now();
    shiftTimes = shiftTimes.filter(function (t) { return now - t <= WITHIN_MS; });
    shiftTimes.push(now);
    if (shiftTimes.length >= SHIFT_PRESSES) {
      shiftTimes = [];
      leave(exitUrl());
    }
  }, true);

  // A browser may keep a whole page in its back/forward cache and show it again on Back
  // without asking the server. A signed-in page asks again instead, so after a quick exit
  // (or any sign-out) Back shows the log-in page, not what was on screen.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && document.querySelector("[data-sign-out]")) {
      document.body.textContent = "";
      window.location.reload();
    }
  });
})();
