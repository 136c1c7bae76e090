/* The Read page: selecting a mark (click, Enter or Space) shows what it resolved to and why in the panel below the text. */
"use strict";
(function () {
  const info = document.getElementById("mark-info");
  const text = document.getElementById("marked-text");
  if (!info || !text) { return; }
  function show(mark) {
    const entry = document.getElementById(mark.dataset.mark);
    if (!entry) { return; }
    document.querySelectorAll("#marked-text [aria-expanded=true]").forEach(function (r) { r.setAttribute("aria-expanded", "false"); });
    document.querySelectorAll("#marked-text [data-mark='" + mark.dataset.mark + "']").forEach(function (r) { r.setAttribute("aria-expanded", "true"); });
    info.replaceChildren.apply(info, Array.prototype.map.call(entry.childNodes, function (n) { return n.cloneNode(true); }));
  }
  text.addEventListener("click", function (event) {
    const mark = event.target.closest("[data-mark]");   // the run under the pointer stands for its innermost mark
    if (mark) { show(mark); }
  });
  text.addEventListener("keydown", function (event) {
    const mark = event.target.closest && event.target.closest("[data-mark]");
    if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); show(mark); }
  });
}());
