// Repair conversations: a countdown for the break, and picking a suggested feeling.
// Without JavaScript the break shows its end time as text, and feelings are picked in the list.
(function () {
  "use strict";

  function tick() {
    document.querySelectorAll("time[data-countdown]").forEach(function (el) {
      var end = Date.parse(el.getAttribute("datetime"));
      if (isNaN(end)) return;
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      if (left === 0) { el.textContent = el.getAttribute("data-done") || "0:00"; return; }
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      el.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    });
  }
  setInterval(tick, 1000);
  document.addEventListener("DOMContentLoaded", tick);

  // "Perhaps: lonely, hurt" under a faux feeling: choose that word in the feelings list.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-pick-emotion]");
    if (!button) return;
    var select = document.getElementById("id_emotion");
    if (!select) return;
    select.value = button.getAttribute("data-pick-emotion");
    select.dispatchEvent(new Event("change", { bubbles: true }));
    select.focus();
  });
})();
