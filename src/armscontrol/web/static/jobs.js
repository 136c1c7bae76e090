/* Jobs: start one with the token; while any runs, refresh the list every few seconds. */
"use strict";
(function () {
  const table = document.getElementById("jobs");
  if (table && table.dataset.running === "yes") {
    window.setTimeout(function () { window.location.reload(); }, 3000);
  }
  // The token stays in this page's field only: never stored, so no script on another page can read it.
  const token = document.getElementById("token");
  const form = document.getElementById("job-form"), status = document.getElementById("job-status");
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    const kind = document.getElementById("kind").value;
    const options = {};
    if (kind === "sweep") { options.grid = [document.getElementById("grid").value.trim()]; }
    else { options.samples = parseInt(document.getElementById("samples").value, 10); }
    status.className = ""; status.textContent = "Starting…";
    fetch("/scenario.yaml?ref=" + encodeURIComponent(document.getElementById("ref").value)).then(function (r) {
      if (!r.ok) { throw new Error("the chosen scenario could not be read; choose another, or reload the page"); }
      return r.text();
    }).then(function (yaml) {
      return fetch("/api/jobs", {method: "POST", body: JSON.stringify({kind: kind, yaml: yaml, options: options}),
                                 headers: {"Content-Type": "application/json", "Authorization": "Bearer " + token.value}});
    }).then(function (r) {
      return r.json().then(function (b) { return {status: r.status, body: b}; });
    }).then(function (res) {
      if (res.status === 202) { window.location.assign("/jobs?open=" + res.body.id); return; }
      status.className = "error";
      // a refusal in plain words: what is missing and where to put it (the server's own words follow for the rest)
      status.textContent = res.status === 401
        ? "Refused: starting a job needs the write token; paste it in the box above (the server printed it when it first started)."
        : "Not started: " + plainWords(res.status, res.body);
      status.dataset.refused = String(res.status);
    }).catch(function (err) { status.className = "error"; status.textContent = "Not started: " + err.message; });
  });
})();
