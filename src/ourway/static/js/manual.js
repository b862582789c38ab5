// Our user manual: a print button (the page prints fine from the browser menu without it).
(function () {
  "use strict";
  document.querySelectorAll("[data-manual-js]").forEach(function (el) { el.hidden = false; });
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });
})();
