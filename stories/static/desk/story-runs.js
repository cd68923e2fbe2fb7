// The story page's verification panel follows its runs live: while a run is queued or running, ask the
// admin's JSON endpoint every two seconds and rewrite the run lines and the verification line in place.
(function () {
  "use strict";
  var INTERVAL_MS = 2000;

  function render(panel, data) {
    var list = panel.querySelector(".run-lines");
    var none = panel.querySelector(".run-none");
    list.replaceChildren();
    data.runs.forEach(function (run) {
      var item = document.createElement("li");
      item.dataset.run = run.id;
      item.dataset.state = run.state;
      var link = document.createElement("a");
      link.href = run.url;
      link.textContent = run.line;
      item.appendChild(link);
      if (run.busy) {
        var bar = document.createElement("progress");
        bar.max = 100;
        bar.value = run.progress;
        bar.textContent = run.progress + "%";
        item.append(" ", bar);
      }
      list.appendChild(item);
    });
    if (none) { none.hidden = data.runs.length > 0; }
    var line = document.querySelector(".verification-line");
    if (line) { line.textContent = data.verification; }
    panel.dataset.busy = data.busy ? "1" : "";
  }

  function poll(panel) {
    fetch(panel.dataset.statusUrl, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (data) {
        render(panel, data);
        if (data.busy) { window.setTimeout(function () { poll(panel); }, INTERVAL_MS); }
      })
      .catch(function () { window.setTimeout(function () { poll(panel); }, INTERVAL_MS * 5); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".run-live[data-status-url]").forEach(function (panel) {
      if (panel.dataset.busy) { poll(panel); }
    });
  });
})();
