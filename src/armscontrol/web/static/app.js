/* The dashboard's shared script: draw every chart from its embedded figure, keep controls in the URL. */
"use strict";
const PLOT_CONFIG = {responsive: true, displaylogo: false, modeBarButtonsToRemove: ["lasso2d", "select2d"]};

function narrow() { return window.matchMedia("(max-width: 600px)").matches; }

/* Set a dotted path ("yaxis.tickfont.size") in a layout object. */
function setPath(target, path, value) {
  const keys = path.split(".");
  let node = target;
  keys.slice(0, -1).forEach(function (k) { node[k] = Object.assign({}, node[k] || {}); node = node[k]; });
  node[keys[keys.length - 1]] = value;
}

function draw(el, figure) {
  const layout = JSON.parse(JSON.stringify(figure.layout));
  let data = figure.data;
  const meta = layout.meta || {};
  if (!narrow()) {
    const hideWide = meta.wide_hide || [];   // traces only a narrow screen needs (names written inside the plot)
    data = data.filter(function (t) { return hideWide.indexOf(t.name) < 0; });
  }
  if (narrow()) {
    const hide = meta.narrow_hide || [];   // traces a narrow screen has no room for (their words are in the hover and the table)
    data = data.filter(function (t) { return hide.indexOf(t.name) < 0; });
    const byType = meta.narrow_traces || {};  // per trace type: thinner bars under their names, smaller markers
    data = data.map(function (t) {
      const extra = byType[t.type];
      if (!extra || (t.type === "scatter" && t.mode === "text")) { return t; }
      const copy = JSON.parse(JSON.stringify(t));
      Object.keys(extra).forEach(function (k) { setPath(copy, k, extra[k]); });
      return copy;
    });
    layout.margin = Object.assign({}, layout.margin, {l: Math.min((layout.margin || {}).l || 45, 45), r: 8});
    layout.legend = Object.assign({}, layout.legend || {}, {orientation: "h", x: 0, y: 1.02, yanchor: "bottom", font: {size: 10}});
    const extra = (layout.meta || {}).narrow || {};
    Object.keys(extra).forEach(function (k) { setPath(layout, k, extra[k]); });
  }
  return Plotly.newPlot(el, data, layout, PLOT_CONFIG);
}

function drawAll() {
  document.querySelectorAll("script.figure").forEach(function (node) {
    const el = document.getElementById(node.dataset.for);
    if (el) { draw(el, JSON.parse(node.textContent)); }
  });
}

function wireForms() {
  document.querySelectorAll("[data-autosubmit]").forEach(function (input) {
    input.addEventListener("change", function () {
      const form = input.form;
      if (input.id === "year") {            // the year slider sets the date field to that year
        const on = form.querySelector("#on");
        if (on) { on.value = ""; }
      }
      if (input.id === "on") { const y = form.querySelector("#year"); if (y) { y.disabled = true; } }
      submitClean(form, input.id);   // the control keeps focus after the reload
    });
  });
  document.querySelectorAll("input[type=range]").forEach(function (input) {
    const out = document.querySelector("output[for='" + input.id + "']");
    if (out) { input.addEventListener("input", function () { out.textContent = input.value; }); }
  });
  const dateForm = document.getElementById("date-form");
  if (dateForm) {
    dateForm.addEventListener("submit", function (ev) {
      ev.preventDefault();
      const on = dateForm.querySelector("#on");
      if (on.value) { dateForm.querySelector("#year").disabled = true; }
      submitClean(dateForm);
    });
  }
}

/* Submit a GET form without its empty fields, so the address stays short and readable; the control that
   changed is named in the fragment (nothing is kept in the browser's storage) so it gets focus back. */
function submitClean(form, focusId) {
  const params = new URLSearchParams();
  new FormData(form).forEach(function (value, key) { if (value !== "") { params.append(key, value); } });
  const focus = focusId && /^[A-Za-z][\w-]*$/.test(focusId) ? "#focus=" + focusId : "";
  window.location.assign((form.getAttribute("action") || window.location.pathname) + (params.toString() ? "?" + params : "") + focus);
}

/* Give focus back to the control whose change reloaded the page, so Home, End and the arrows keep working. */
function restoreFocus() {
  const match = /^#focus=([A-Za-z][\w-]*)$/.exec(window.location.hash);
  if (!match) { return; }
  history.replaceState(null, "", window.location.pathname + window.location.search);
  const el = document.getElementById(match[1]);
  if (el) { el.focus({preventScroll: false}); }
}

/* A box that scrolls (a wide table, the cascade graph) takes keyboard focus, so the arrows scroll it. */
function focusableScrollers() {
  document.querySelectorAll(".table-wrap, figure[aria-labelledby='graph-title']").forEach(function (el) {
    if (!el.hasAttribute("tabindex")) { el.tabIndex = 0; }
  });
}

document.addEventListener("DOMContentLoaded", function () { drawAll(); wireForms(); focusableScrollers(); restoreFocus(); });

/* A refusal from the API in words for a page: what happened and what to do; no HTTP talk, no Markdown, no file names. */
function plainWords(status, body) {
  const said = String((body && body.error) || "")
    .replace(/`([^`]*)`/g, "$1")                       // Markdown code marks
    .replace(/\s*\((?:[A-Z_]+; )?docs\/[a-z_]+\.md\)/g, "")  // pointers to the project's documents
    .replace(/;?\s*the budget is described in [^;)]+/g, "")
    .replace(/send '?Authorization: Bearer TOKEN'?/g, "paste the write token in the box above");
  if (status === 401) { return "this needs the write token; paste it in the box above (the server printed it when it first started)."; }
  if (status === 429 || status === 503) { return "the server is busy with other computations; try again in a few seconds."; }
  if (status === 413) { return "too much work for one request here: " + said; }
  if (status >= 500) { return "something went wrong on the server; try again, and report it if it happens again."; }
  if (status === 0) { return "the server could not be reached; check that it is still running."; }
  return said || "the server did not say why.";
}
