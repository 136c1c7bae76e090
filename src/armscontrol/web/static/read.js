/* The Read page: selecting a mark (click, Enter or Space) shows what it resolved to and why in the panel below the text. */
"use strict";
(function () {
  const info = document.getElementById("mark-info");
  const text = document.getElementById("marked-text");
  if (!info || !text) { return; }
  let current = null;
  function show(mark) {
    const entry = document.getElementById(mark.dataset.mark);
    if (!entry) { return; }
    if (current) { current.setAttribute("aria-expanded", "false"); }
    current = mark;
    mark.setAttribute("aria-expanded", "true");
    info.replaceChildren.apply(info, Array.prototype.map.call(entry.childNodes, function (n) { return n.cloneNode(true); }));
  }
  text.addEventListener("click", function (event) {
    const mark = event.target.closest("mark.m");   // the innermost mark under the pointer
    if (mark) { show(mark); }
  });
  text.addEventListener("keydown", function (event) {
    const mark = event.target.closest && event.target.closest("mark.m");
    if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); show(mark); }
  });
}());
