// OurWay's small behaviours. Everything works without JavaScript; this only adds comfort.
(function () {
  "use strict";

  // The device's time zone, so times and "today" show in the person's own zone
  // (accounts/middleware.py). Only the zone's name; the server ignores names it does not know.
  // Only while someone is signed in (or signing in): signed out, the server deletes it, so a
  // shared browser keeps no trace of OurWay after logging out or a quick exit.
  function rememberZone() {
    try {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
      var saved = document.cookie.match(/(?:^|; )ourway_tz=([^;]*)/);
      if (/^[A-Za-z0-9_+\-\/]{1,64}$/.test(zone) && (!saved || saved[1] !== zone)) {
        document.cookie = "ourway_tz=" + zone + "; path=/; max-age=31536000; samesite=lax" +
          (window.location.protocol === "https:" ? "; secure" : "");
      }
    } catch (error) { /* an old browser: the server's zone is used */ }
  }
  if (document.body && document.body.hasAttribute("data-signed-in")) rememberZone();
  document.addEventListener("submit", function (event) {
    if (event.target.matches && event.target.matches("form[data-signs-in]")) rememberZone();
  });

  // Copy buttons: <button data-copy="#id-of-element"> copies that element's text or value.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) return;
    var text = source.value !== undefined ? source.value : source.textContent;
    navigator.clipboard.writeText(text.trim()).then(function () {
      var done = button.getAttribute("data-copied") || "Copied";
      var before = button.textContent;
      button.textContent = done;
      setTimeout(function () { button.textContent = before; }, 2000);
    });
  });

  // "Use this wording" from the live coach: put the rewrite in the text box.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-use-rewrite]");
    if (!button) return;
    var box = document.querySelector(button.getAttribute("data-use-rewrite"));
    if (!box) return;
    box.value = button.getAttribute("data-rewrite");
    box.focus();
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });

  // Confirm dangerous actions: <form data-confirm="Are you sure?">.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) event.preventDefault();
  });

  // The nav's "More" menu is a <details>, so it opens and closes without JavaScript. Here it
  // also closes as a menu does: on a tap or a focus outside it, on Escape (focus goes back to
  // "More"), and when one of its links is followed, so Back never returns to it left open.
  function openMenus() {
    return Array.prototype.slice.call(document.querySelectorAll("details.nav-more[open]"));
  }
  function closeOutside(event) {
    openMenus().forEach(function (menu) {
      if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
  }
  document.addEventListener("pointerdown", closeOutside);
  document.addEventListener("focusin", closeOutside);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    openMenus().forEach(function (menu) {
      menu.removeAttribute("open");
      var summary = menu.querySelector("summary");
      if (summary) summary.focus();
    });
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("details.nav-more a[href]");
    // A link opened in a new tab (Ctrl, Cmd, Shift or a middle click) leaves this page here.
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    link.closest("details.nav-more").removeAttribute("open");
  });

  // A double tap on a submit button must not send the form twice.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || form.hasAttribute("hx-post")) return;
    if (form.dataset.sending === "1") { event.preventDefault(); return; }
    form.dataset.sending = "1";
    setTimeout(function () { form.dataset.sending = ""; }, 4000);
  });
})();
