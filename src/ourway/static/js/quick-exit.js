// Quick exit: leave OurWay for an everyday website in one click or three taps of Shift.
// Plain static JavaScript with no server call, so it works even if the server is down.
// Without JavaScript the button is still a real link to the same site (rel=noreferrer).
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

  function leave(url) {
    // Blank the page first so nothing stays on screen while the other site loads, then
    // replace this history entry so Back does not come back here.
    try {
      document.title = "";
      document.body.textContent = "";
    } catch (ignored) { /* leaving matters more than tidying up */ }
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
})();
