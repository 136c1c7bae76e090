/* The uncertainty page's tornado: above the interactive bound, start the same Sobol analysis as a background job with the token. */
"use strict";
(function () {
  const form = document.getElementById("tornado-job-form");
  if (!form) { return; }
  const status = document.getElementById("tornado-job-status");
  const body = document.getElementById("tornado-job-body").textContent;
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    status.className = ""; status.textContent = "Starting…";
    fetch("/api/jobs", {method: "POST", body: body,
                        headers: {"Content-Type": "application/json",
                                  "Authorization": "Bearer " + document.getElementById("tornado-token").value}})
      .then(function (r) { return r.json().then(function (b) { return {status: r.status, body: b}; }); })
      .then(function (res) {
        if (res.status === 202) { window.location.assign("/jobs?open=" + res.body.id); return; }
        status.className = "error";
        status.textContent = res.status === 401
          ? "Refused: starting a job needs the write token; paste it in the box above (the server printed it when it first started)."
          : "Not started: " + res.body.error;
        status.dataset.refused = String(res.status);
      })
      .catch(function (err) { status.className = "error"; status.textContent = "Not started: " + err.message; });
  });
})();
