// Repair conversations: a countdown for the break, picking a suggested feeling, and never
// losing words typed but not yet saved when the conversation moves on or ends.
// Without JavaScript the break shows its end time as text, feelings are picked in the list,
// ending asks on a page of its own, and refused words come back from the server to copy.
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

  // Boxes in the live part of the page holding words that are not saved yet.
  function unsent(root) {
    if (!root) return [];
    return Array.prototype.filter.call(
      root.querySelectorAll("textarea, input[type='text']"),
      function (box) { return !box.readOnly && !box.disabled && box.value.trim() !== ""; }
    );
  }

  // Show words in the "kept for you to copy" box (talk/_kept.html), after any already there.
  function keep(words) {
    var card = document.getElementById("talk-kept");
    var area = document.getElementById("kept-words");
    if (!card || !area || !words.length) return;
    var all = area.value.trim() ? [area.value.trim()] : [];
    words.forEach(function (w) { if (all.indexOf(w) === -1) all.push(w); });
    area.value = all.join("\n\n");
    card.hidden = false;
    card.scrollIntoView({ block: "nearest" });
  }

  // The partner ended the conversation, called a break, or moved it on while this person was
  // typing: the live part is replaced and a box that is not in the new one would take the
  // words with it (boxes that are still there keep them, through hx-preserve).
  var typing = [];
  document.addEventListener("htmx:beforeSwap", function (event) {
    var live = event.detail.target;
    if (!live || live.id !== "talk-live" || !event.detail.shouldSwap) return;
    typing = unsent(live).map(function (box) { return { id: box.id, words: box.value.trim() }; });
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!typing.length) return;
    var lost = typing.filter(function (item) { return !item.id || !document.getElementById(item.id); });
    typing = [];
    keep(lost.map(function (item) { return item.words; }));
  });

  // Ending, once the person said yes in the dialog (ourway.js asks first): say it was asked,
  // and send along words typed but not saved, so they come back in the box to copy.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.matches("form[data-end-talk]")) return;
    function add(name, value) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.appendChild(input);
    }
    add("confirmed", "1");
    unsent(document.getElementById("talk-live")).forEach(function (box) {
      add("unsent", box.value.trim());
    });
  });
})();
