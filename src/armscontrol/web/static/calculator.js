/* The stability calculator: a changed control asks the server for the answer (debounced) and redraws. */
"use strict";
(function () {
  const form = document.getElementById("calc-form");
  const status = document.getElementById("calc-status");
  let palette = null;  // each side's colour (armscontrol.palette, embedded by the page): the same side, the same colour on every chart

  function sideColour(name, light) {
    if (palette === null) { palette = JSON.parse(document.getElementById("side-palette").textContent); }
    return (light ? palette.light : palette.sides)[name] || (light ? "#BBBBBB" : "#555555");
  }
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
                 marker: {color: sideColour(p.victim)}, xaxis: "x" + axis, yaxis: "y" + axis,
                 hovertemplate: "%{x:,} warheads: P = %{y:.4f}<extra></extra>"});
      shapes.push({type: "line", xref: "x" + axis, yref: "y" + axis + " domain", x0: p.retaliation_arriving_p5, x1: p.retaliation_arriving_p5,
                   y0: 0, y1: 1, line: {color: "#000", width: 2}});
      shapes.push({type: "line", xref: "x" + axis, yref: "y" + axis + " domain", x0: threshold, x1: threshold, y0: 0, y1: 1,
                   line: {color: "#000", width: 2, dash: "dash"}});
      annotations.push({xref: "x" + axis, yref: "y" + axis + " domain", x: p.retaliation_arriving_p5, y: 1, yanchor: "bottom",
                        xanchor: p.retaliation_arriving_p5 >= threshold ? "left" : "right",
                        text: "p5 " + fmt(p.retaliation_arriving_p5), showarrow: false, font: {size: 11}});
      annotations.push({xref: "x" + axis, yref: "y" + axis + " domain", x: threshold, y: 0.85, yanchor: "bottom",
                        xanchor: p.retaliation_arriving_p5 >= threshold ? "right" : "left",
                        text: "threshold " + fmt(threshold), showarrow: false, font: {size: 11, color: "#000"}});
    });
    const n = data.length;
    // one x scale for every panel: from 0 to the largest count any panel can reach with visible probability
    let xmax = threshold;
    answer.pairs.forEach(function (p) {
      const dist = p.retaliation_distribution;
      if (!dist) { return; }
      dist.pmf.forEach(function (q, k) { if (q > 1e-4) { xmax = Math.max(xmax, dist.offset + k); } });
    });
    xmax = Math.ceil(xmax * 1.05) + 1;
    const layout = {font: {family: "system-ui, sans-serif", size: 13}, height: 300 * Math.max(n, 1), showlegend: true,
                    legend: {orientation: "h", x: 0, y: 1.0, yanchor: "bottom"}, margin: {l: 60, r: 15, t: 60, b: 50},
                    grid: {rows: n, columns: 1, pattern: "independent"}, shapes: shapes, annotations: annotations, bargap: 0};
    for (let i = 0; i < n; i++) {
      const a = i === 0 ? "" : String(i + 1);
      layout["xaxis" + a] = {title: {text: "Retaliating warheads arriving"}, range: [0, xmax]};
      layout["yaxis" + a] = {title: {text: "Probability"}};
    }
    return draw(document.getElementById("histogram"), {data: data, layout: layout});
  }

  function drawIndices(answer) {
    const names = Object.keys(answer.sides);
    const data = [{type: "bar", x: names.concat(["combined"]),
                   y: names.map(function (k) { return answer.sides[k].first_strike_stability; }).concat([answer.combined]),
                   marker: {color: names.map(function (k) { return sideColour(k); }).concat(["#000000"])},
                   hovertemplate: "%{x}: %{y:.3f}<extra></extra>"}];
    return draw(document.getElementById("indices"), {data: data, layout: {font: {size: 13}, height: 300,
      margin: {l: 60, r: 15, t: 20, b: 50}, xaxis: {title: {text: "Side"}},
      yaxis: {title: {text: "First-strike stability (index)"}, rangemode: "tozero"}}});
  }

  const STEPS = ["forces", "destroyed<br>by the strike", "failed<br>in flight", "intercepted", "arriving"];

  /* Bottom, top and 5th percentile left of each waterfall bar: two totals and the three losses between them. */
  function bars(d) {
    const s = {};
    d.stages.forEach(function (x) { s[x.key] = x; });
    return [[0, s.forces.expected, s.forces.p5], [s.surviving.expected, s.forces.expected, s.surviving.p5],
            [s.reliable.expected, s.surviving.expected, s.reliable.p5], [s.arriving.expected, s.reliable.expected, s.arriving.p5],
            [0, s.arriving.expected, s.arriving.p5]];
  }

  function drawWaterfall(answer) {
    const parts = answer.decomposition || [], data = [], shapes = [], annotations = [];
    const stacked = narrow(), n = parts.length;
    let top = 1;
    parts.forEach(function (d) { bars(d).forEach(function (b) { top = Math.max(top, b[1]); }); });
    parts.forEach(function (d, i) {
      const a = i === 0 ? "" : String(i + 1), b = bars(d), colour = sideColour(d.victim), light = sideColour(d.victim, true);
      const labels = b.map(function (x, k) {
        if (k === 0 || k === b.length - 1) { return fmt(x[1]); }
        return x[1] - x[0] >= 0.5 ? "−" + fmt(x[1] - x[0]) : "0";
      });
      data.push({type: "bar", x: STEPS, y: b.map(function (x) { return x[1] - x[0]; }), base: b.map(function (x) { return x[0]; }),
                 name: d.victim + " after a " + d.attacker + " first strike", showlegend: false, xaxis: "x" + a, yaxis: "y" + a,
                 marker: {color: [colour, light, light, light, colour], line: {color: colour, width: 1}},
                 text: labels, textposition: "outside", cliponaxis: false,
                 customdata: b.map(function (x) { return fmt(x[0], 1) + " to " + fmt(x[1], 1); }),
                 hovertemplate: "%{x}: %{text} (%{customdata})<extra>" + d.victim + "</extra>"});
      // no diamond on the forces bar: nothing is uncertain before the strike
      data.push({type: "scatter", mode: "markers", x: STEPS.slice(1), y: b.slice(1).map(function (x) { return x[2]; }), xaxis: "x" + a, yaxis: "y" + a,
                 name: "5th percentile left", showlegend: i === 0, marker: {symbol: "diamond", size: 8, color: "#000"},
                 hovertemplate: "%{x}: 5th percentile %{y:,}<extra>" + d.victim + "</extra>"});
      shapes.push({type: "line", xref: "x" + a + " domain", yref: "y" + a, x0: 0, x1: 1, y0: d.threshold, y1: d.threshold,
                   line: {color: "#000", width: 1.5, dash: "dash"}});
      const notes = [fmt(d.stages[d.stages.length - 1].p5) + " arriving at the 5th percentile " + (d.assured_retaliation_met ? "≥" : "<") +
                     " threshold " + fmt(d.threshold) + ": " + (d.assured_retaliation_met ? "met" : "NOT met")];
      if (d.defence_saved >= 0.5) { notes.push("own defence saved " + fmt(d.defence_saved)); }
      if (d.launched_under_attack > 0) { notes.push(fmt(d.launched_under_attack) + " launched under attack"); }
      // narrow screens: one note a line (numbers and fixed words only), the title above them
      annotations.push({xref: "x" + a + " domain", yref: "y" + a + " domain", x: 0, y: stacked ? 1.02 + 0.075 * notes.length : 1.1, xanchor: "left",
                        yanchor: "bottom", showarrow: false, font: {size: 13}, text: d.victim + " after a " + d.attacker + " first strike"});
      annotations.push({xref: "x" + a + " domain", yref: "y" + a + " domain", x: 0, y: 1.02, xanchor: "left", yanchor: "bottom",
                        showarrow: false, align: "left", font: {size: 11, color: "#444"}, text: notes.join(stacked ? "<br>" : "; ")});
    });
    data.unshift({type: "bar", x: [null], y: [null], name: "expected warheads (totals dark, losses light)",
                  marker: {color: "#BBBBBB", line: {color: "#777", width: 1}}, hoverinfo: "skip"});
    data.push({type: "scatter", mode: "lines", x: [null], y: [null], name: "assured-retaliation threshold", line: {color: "#000", dash: "dash", width: 1.5}});
    const layout = {font: {family: "system-ui, sans-serif", size: 13}, height: stacked ? 330 * Math.max(n, 1) : 400, showlegend: true,
                    legend: {orientation: "h", x: 0, y: -0.12, yanchor: "top"}, margin: {l: 60, r: 15, t: 75, b: 70},
                    grid: {rows: stacked ? n : 1, columns: stacked ? 1 : n, pattern: "independent", ygap: stacked ? 0.4 : 0.1}, shapes: shapes,
                    annotations: annotations, bargap: 0.35,
                    // narrow screens: the legend goes under the panels, clear of each panel's title
                    meta: {narrow: {"legend.y": -0.06, "legend.yanchor": "top", "margin.b": 120, "margin.t": 90, "height": 400 * Math.max(n, 1) + 60}}};
    for (let i = 0; i < n; i++) {
      const a = i === 0 ? "" : String(i + 1);
      layout["xaxis" + a] = {type: "category", tickfont: {size: 11}};
      layout["yaxis" + a] = {title: {text: i === 0 || stacked ? "Warheads (count)" : ""}, range: [0, top * 1.12], tickformat: ","};
    }
    return draw(document.getElementById("waterfall"), {data: data, layout: layout});
  }

  /* The derivation under "Why?", rebuilt from the answer with text nodes only. */
  function fillWhy(answer) {
    const list = document.getElementById("why-steps");
    if (!list) { return; }
    list.replaceChildren();
    (answer.explanation || []).forEach(function (step) {
      const item = document.createElement("li"), rule = document.createElement("span");
      rule.className = "rule"; rule.textContent = step.rule; item.appendChild(rule);
      if (step.facts.length) {
        const facts = document.createElement("ul");
        step.facts.forEach(function (f) { const li = document.createElement("li"); li.textContent = f.text; facts.appendChild(li); });
        item.appendChild(facts);
      }
      const conclusion = document.createElement("p");
      // as the command line's derivation: "?" where the step rests on what the data does not know
      conclusion.className = step.gap ? "conclusion gap" : "conclusion";
      conclusion.textContent = (step.gap ? "? " : "→ ") + step.conclusion; item.appendChild(conclusion);
      list.appendChild(item);
    });
  }

  /* Each side's warheads in this answer (what its force-scale slider yields), beside the slider and in the sentence under the controls. */
  function showForces(answer) {
    const totals = {};
    answer.pairs.forEach(function (p) { totals[p.attacker] = p.counterforce_warheads + p.reserve_warheads; });
    const parts = [];
    Object.keys(totals).sort().forEach(function (side) {
      const out = document.querySelector("output[data-yields='" + CSS.escape(side) + "']");
      if (out) { out.textContent = "= " + fmt(totals[side]) + " warheads"; }
      parts.push(side + " " + fmt(totals[side]));
    });
    const line = document.getElementById("forces-now");
    if (line && parts.length) { line.textContent = "Warheads in this calculation: " + parts.join(", ") + "."; }
  }

  function fill(answer) {
    showForces(answer);
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
    drawWaterfall(answer);
    fillWhy(answer);
    drawIndices(answer);
  }

  function refresh() {
    const mine = ++seq, params = query(), started = performance.now();
    history.replaceState(null, "", "/stability?" + params);
    document.querySelectorAll(".data-links a[href^='/data/stability'], .data-links a[href^='/data/retaliation']").forEach(function (a) {
      a.href = a.href.split("?")[0] + "?" + params;
    });
    document.querySelectorAll(".data-links a[href^='/data/frontier']").forEach(function (a) {
      a.href = a.href.split("?")[0] + "?" + params;
    });
    status.textContent = "Computing…";
    form.setAttribute("aria-busy", "true");
    fetch("/stability/answer.json?" + params + "&client=" + client).then(function (r) {
      return r.json().then(function (body) { return {ok: r.ok, status: r.status, body: body}; });
    }).catch(function () { return {ok: false, status: 0, body: {}}; }).then(function (res) {
      if (mine !== seq || res === null) { return; }
      form.removeAttribute("aria-busy");
      if (!res.ok) { status.textContent = "Not computed: " + plainWords(res.status, res.body); status.className = "status error"; return; }
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
        return r.json().then(function (body) { return {ok: r.ok, status: r.status, body: body}; });
      }).catch(function () { return {ok: false, status: 0, body: {}}; }).then(function (res) {
        button.disabled = false;
        if (!res.ok) { note.textContent = "Not computed: " + plainWords(res.status, res.body); return; }
        document.getElementById("frontier").classList.remove("pending");
        const f = res.body, pts = f.points.filter(function (p) { return p.facing_warheads !== null; });
        draw(document.getElementById("frontier"), {data: [
          {type: "scatter", mode: "lines+markers", name: f.facing + " warheads needed", x: pts.map(function (p) { return p.interceptors; }),
           y: pts.map(function (p) { return p.facing_warheads; }), line: {color: sideColour(f.facing), shape: "linear"},
           hovertemplate: "%{x:,} interceptors → %{y:,} warheads<extra></extra>"}],
          // the x axis runs as far as the interceptors control reaches (or the sweep, if further), the y title on two lines
          layout: {font: {size: 13}, height: 360, margin: {l: 80, r: 15, t: 20, b: 55},
                   xaxis: {title: {text: f.defended + " interceptors (" + f.layer + ")"},
                           range: [0, Math.max(Number((document.getElementById("interceptors") || {}).max || 0),
                                               Math.max.apply(null, pts.map(function (p) { return p.interceptors; }).concat([1]))) * 1.03]},
                   yaxis: {title: {text: "Smallest " + f.facing + " force for<br>assured retaliation (warheads)"}, rangemode: "tozero",
                           automargin: true}}});
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
