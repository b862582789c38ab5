// Quick exit: leave OurWay for an everyday website in one click or three taps of Shift.
// Without JavaScript the button is a real form: its POST to care:exit signs out and the
// answer is a redirect to the same site. With JavaScript, leaving never waits for the
// server: the same POST goes as a beacon the browser sends on its own while the other site
// loads (so Back finds only the log-in page), and this page replaces itself at once.
(function () {
  "use strict";

  var SHIFT_PRESSES = 3;
  var WITHIN_MS = 1000;
  var FALLBACK_URL = "https://weather.com/";
  var shiftTimes = [];

  function exitForm() {
    return document.querySelector("form[data-quick-exit]");
  }

  function exitUrl(form) {
    return (form && form.getAttribute("data-quick-exit")) || FALLBACK_URL;
  }

  function signOut(form) {
    if (!form || !navigator.sendBeacon) return;
    var data = new FormData(form); // carries the form's CSRF token
    data.append("beacon", "1"); // answered with 204, not a redirect to follow
    navigator.sendBeacon(form.action, data);
  }

  function leave() {
    // Queue the sign-out, blank the page so nothing stays on screen while the other site
    // loads, then replace this history entry so Back does not come back to it. Leaving
    // matters more than either of the first two, so neither may stop it.
    var form = exitForm();
    var url = exitUrl(form);
    try {
      signOut(form);
    } catch (ignored) { /* the idle sign-out still ends the session later */ }
    try {
      document.title = "";
      document.body.textContent = "";
    } catch (ignored) { /* leave anyway */ }
    window.location.replace(url);
  }

  document.addEventListener("submit", function (event) {
    if (!event.target.matches || !event.target.matches("form[data-quick-exit]")) return;
    event.preventDefault();
    leave();
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
      leave();
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
