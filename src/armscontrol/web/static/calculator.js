/* The stability calculator: a changed control asks the server for the answer (debounced) and redraws. */
"use strict";
(function () {
  const form = document.getElementById("calc-form");
  const status = document.getElementById("calc-status");
  const OKABE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9"];
  let timer = null, seq = 0;
  const client = Math.random().toString(36).slice(2, 12);  // names this page to the server (its older requests yield)

  function query() {
    const params = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (v !== "") { params.append(k, v); } });
    return params;
  }

  function fmt(x, d) { return Number(x).toLocaleString("en-US", {maximumFractionDigits: d || 0}); }

  function drawHistogram(answer) {
    const data = [], shapes = [], annotations = [];
    const threshold = answer.criteria.assured_retaliation;
    answer.pairs.forEach(function (p, i) {
      const dist = p.retaliation_distribution;
      if (!dist) { return; }
      const xs = dist.pmf.map(function (_, k) { return dist.offset + k; });
      const axis = i === 0 ? "" : String(i + 1);
      data.push({type: "bar", x: xs, y: dist.pmf, name: p.attacker + " strikes " + p.victim + ": " + p.victim + " retaliates",
                 marker: {color: OKABE[i % OKABE.length]}, xaxis: "x" + axis, yaxis: "y" + axis,
                 hovertemplate: "%{x:,} warheads: P = %{y:.4f}<extra></extra>"});
      shapes.push({type: "line", xref: "x" + axis, yref: "y" + axis + " domain", x0: p.retaliation_arriving_p5, x1: p.retaliation_arriving_p5,
                   y0: 0, y1: 1, line: {color: "#000", width: 2}});
      shapes.push({type: "line", xref: "x" + axis, yref: "y" + axis + " domain", x0: threshold, x1: threshold, y0: 0, y1: 1,
                   line: {color: "#D55E00", width: 2, dash: "dash"}});
      annotations.push({xref: "x" + axis, yref: "y" + axis + " domain", x: p.retaliation_arriving_p5, y: 1, yanchor: "bottom",
                        xanchor: p.retaliation_arriving_p5 >= threshold ? "left" : "right",
                        text: "p5 " + fmt(p.retaliation_arriving_p5), showarrow: false, font: {size: 11}});
      annotations.push({xref: "x" + axis, yref: "y" + axis + " domain", x: threshold, y: 0.85, yanchor: "bottom",
                        xanchor: p.retaliation_arriving_p5 >= threshold ? "right" : "left",
                        text: "threshold " + fmt(threshold), showarrow: false, font: {size: 11, color: "#D55E00"}});
    });
    const n = data.length;
    const layout = {font: {family: "system-ui, sans-serif", size: 13}, height: 300 * Math.max(n, 1), showlegend: true,
                    legend: {orientation: "h", x: 0, y: 1.0, yanchor: "bottom"}, margin: {l: 60, r: 15, t: 60, b: 50},
                    grid: {rows: n, columns: 1, pattern: "independent"}, shapes: shapes, annotations: annotations, bargap: 0};
    for (let i = 0; i < n; i++) {
      const a = i === 0 ? "" : String(i + 1);
      layout["xaxis" + a] = {title: {text: "Retaliating warheads arriving (count)"}, rangemode: "tozero"};
      layout["yaxis" + a] = {title: {text: "Probability"}};
    }
    return draw(document.getElementById("histogram"), {data: data, layout: layout});
  }

  function drawIndices(answer) {
    const names = Object.keys(answer.sides);
    const data = [{type: "bar", x: names.concat(["combined"]),
                   y: names.map(function (k) { return answer.sides[k].first_strike_stability; }).concat([answer.combined]),
                   marker: {color: names.map(function (_, i) { return OKABE[i]; }).concat(["#000000"])},
                   hovertemplate: "%{x}: %{y:.3f}<extra></extra>"}];
    return draw(document.getElementById("indices"), {data: data, layout: {font: {size: 13}, height: 300,
      margin: {l: 60, r: 15, t: 20, b: 50}, xaxis: {title: {text: "Side"}},
      yaxis: {title: {text: "First-strike stability (index)"}, rangemode: "tozero"}}});
  }

  function fill(answer) {
    document.getElementById("combined").textContent = answer.combined.toFixed(3);
    Object.keys(answer.sides).forEach(function (k) {
      const el = document.querySelector("[data-side='" + CSS.escape(k) + "']");
      if (el) { el.textContent = answer.sides[k].first_strike_stability.toFixed(3); }
    });
    // Every cell as text: side names come from saved scenarios, never parsed as markup.
    const rows = answer.pairs.map(function (p) {
      const tr = document.createElement("tr");
      [[p.attacker + " strikes " + p.victim, ""], [fmt(p.counterforce_warheads), "num"], [fmt(p.victim_surviving_warheads), "num"],
       [fmt(p.retaliation_arriving), "num"], [fmt(p.retaliation_arriving_p5), "num"],
       [p.assured_retaliation_met ? "met" : "NOT met", ""]].forEach(function (cell) {
        const td = document.createElement("td");
        td.textContent = cell[0];
        if (cell[1]) { td.className = cell[1]; }
        tr.appendChild(td);
      });
      return tr;
    });
    document.getElementById("pairs-body").replaceChildren.apply(document.getElementById("pairs-body"), rows);
    drawHistogram(answer);
    drawIndices(answer);
  }

  function refresh() {
    const mine = ++seq, params = query(), started = performance.now();
    history.replaceState(null, "", "/stability?" + params);
    document.querySelectorAll(".data-links a[href^='/data/stability']").forEach(function (a) {
      a.href = a.href.split("?")[0] + "?" + params;
    });
    document.querySelectorAll(".data-links a[href^='/data/frontier']").forEach(function (a) {
      a.href = a.href.split("?")[0] + "?" + params;
    });
    status.textContent = "Computing…";
    form.setAttribute("aria-busy", "true");
    fetch("/stability/answer.json?" + params + "&client=" + client).then(function (r) {
      return r.json().then(function (body) { return {ok: r.ok, body: body}; });
    }).then(function (res) {
      if (mine !== seq || res === null) { return; }
      form.removeAttribute("aria-busy");
      if (!res.ok) { status.textContent = "Not computed: " + res.body.error; status.className = "status error"; return; }
      fill(res.body);
      status.className = "status";
      status.textContent = "Answered in " + ((performance.now() - started) / 1000).toFixed(2) + " s.";
      document.body.dataset.answered = String(mine);
    });
  }

  form.querySelectorAll("[data-live]").forEach(function (input) {
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 350); });
    input.addEventListener("change", function () { clearTimeout(timer); timer = setTimeout(refresh, 50); });
  });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); refresh(); });

  const button = document.getElementById("frontier-button");
  if (button) {
    button.addEventListener("click", function () {
      const note = document.getElementById("frontier-status"), started = performance.now();
      button.disabled = true; note.textContent = "Computing the frontier…";
      fetch("/data/frontier.json?" + query()).then(function (r) {
        return r.json().then(function (body) { return {ok: r.ok, body: body}; });
      }).then(function (res) {
        button.disabled = false;
        if (!res.ok) { note.textContent = "Not computed: " + res.body.error; return; }
        document.getElementById("frontier").classList.remove("pending");
        const f = res.body, pts = f.points.filter(function (p) { return p.facing_warheads !== null; });
        draw(document.getElementById("frontier"), {data: [
          {type: "scatter", mode: "lines+markers", name: f.facing + " warheads needed", x: pts.map(function (p) { return p.interceptors; }),
           y: pts.map(function (p) { return p.facing_warheads; }), line: {color: "#0072B2", shape: "linear"},
           hovertemplate: "%{x:,} interceptors → %{y:,} warheads<extra></extra>"}],
          layout: {font: {size: 13}, height: 340, margin: {l: 70, r: 15, t: 20, b: 50},
                   xaxis: {title: {text: f.defended + " interceptors (" + f.layer + ", count)"}, rangemode: "tozero"},
                   yaxis: {title: {text: "Smallest " + f.facing + " force keeping assured retaliation (warheads)"}, rangemode: "tozero"}}});
        note.textContent = "Frontier computed in " + ((performance.now() - started) / 1000).toFixed(1) + " s" +
          (f.exchange_ratio !== null ? "; about " + f.exchange_ratio.toFixed(2) + " extra warheads per extra interceptor." : ".");
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    fill(JSON.parse(document.getElementById("calc-answer").textContent));
    document.body.dataset.answered = "0";
  });
})();
