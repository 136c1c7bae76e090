/* Scenarios: compare the ticked ones, save with the token, run a saved one. */
"use strict";
(function () {
  const compare = document.getElementById("compare-form");
  compare.addEventListener("submit", function (ev) {
    ev.preventDefault();
    const picks = Array.from(compare.querySelectorAll("input[name=pick]:checked")).map(function (i) { return i.value; });
    window.location.assign("/scenarios" + (picks.length ? "?compare=" + encodeURIComponent(picks.join(",")) : ""));
  });

  // The token stays in this page's field only: never stored, so no script on another page can read it.
  const token = document.getElementById("token");
  function headers() {
    return {"Content-Type": "application/json", "Authorization": "Bearer " + token.value};
  }

  const form = document.getElementById("save-form"), status = document.getElementById("save-status");
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    const body = {yaml: document.getElementById("yaml").value};
    const name = document.getElementById("name").value.trim();
    if (name) { body.name = name; }
    status.className = ""; status.textContent = "Saving…";
    fetch("/api/scenarios", {method: "POST", headers: headers(), body: JSON.stringify(body)}).then(function (r) {
      return r.json().then(function (b) { return {status: r.status, body: b}; });
    }).then(function (res) {
      if (res.status === 201) {
        status.textContent = "Saved as #" + res.body.id + " (" + res.body.name + ").";
        status.dataset.saved = String(res.body.id);
        window.location.assign("/scenarios?open=store:" + res.body.id);
      } else {
        status.className = "error";
        status.textContent = res.status === 401
          ? "Refused: saving needs the write token; paste it in the box above (the server printed it when it first started)."
          : "Not saved: " + plainWords(res.status, res.body);
        status.dataset.refused = String(res.status);
      }
    });
  });

  document.querySelectorAll(".run-button").forEach(function (button) {
    button.addEventListener("click", function () {
      button.disabled = true; button.textContent = "running…";
      fetch("/api/scenarios/" + button.dataset.id + "/runs", {method: "POST", headers: headers(), body: JSON.stringify({kind: "stability"})})
        .then(function (r) { return r.json().then(function (b) { return {status: r.status, body: b}; }); })
        .then(function (res) {
          button.disabled = false;
          if (res.status === 201) { window.location.assign("/scenarios?open=store:" + button.dataset.id + "&compare=store:" + button.dataset.id); }
          else { button.textContent = "run"; status.className = "error"; status.textContent = res.status === 401
            ? "Refused: running a saved scenario needs the write token; paste it in the box above."
            : "Not run: " + plainWords(res.status, res.body); }
        });
    });
  });
})();
