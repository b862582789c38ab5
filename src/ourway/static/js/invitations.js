// Invitations: "Use this" on an opener fills the text box in place (the link still works
// without JavaScript, by reloading the page with the opener in the box).
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-opener]");
    if (!link) return;
    var box = document.getElementById("id_text");
    var key = document.getElementById("id_opener_key");
    if (!box) return;
    event.preventDefault();
    box.value = link.getAttribute("data-text");
    if (key) key.value = link.getAttribute("data-opener");
    box.focus();
    box.scrollIntoView({ block: "center" });
    // Let the live coach read the new words.
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });
})();
