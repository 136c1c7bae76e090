/* A PDF report being made: reload the page every two seconds until it is ready or has failed. */
"use strict";
(function () {
  const build = document.getElementById("report-build");
  if (build && build.dataset.status === "running") {
    window.setTimeout(function () { window.location.replace("/report?id=" + encodeURIComponent(build.dataset.id)); }, 2000);
  }
})();
