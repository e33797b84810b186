// cchc: the only script of the pages. It follows a run's progress (server-sent events, or polling when the
// browser or a proxy does not pass them) and moves the keyboard focus to a selected inspection. Everything else
// works without it.
(function () {
  "use strict";

  function number(value, lang, decimals) {
    if (value === null || value === undefined || isNaN(value)) { return "—"; }
    return Number(value).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB",
      { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  }

  function followRun(section) {
    var id = section.getAttribute("data-run");
    var lang = document.documentElement.lang || "vi";
    var over = ["finished", "failed", "cancelled"];
    var source = null;
    var timer = null;

    function show(snapshot) {
      var progress = snapshot.progress || snapshot;
      var state = snapshot.state || section.getAttribute("data-state");
      section.setAttribute("data-state", state);
      var stateCell = document.getElementById("run-state");
      stateCell.textContent = section.getAttribute("data-label-" + state) || state;
      stateCell.className = "state-" + state;
      document.getElementById("run-incumbent").textContent = number(progress.incumbent, lang, 2);
      document.getElementById("run-bound").textContent = number(progress.bound, lang, 2);
      var gap = progress.gap;
      document.getElementById("run-gap").textContent =
        gap === null || gap === undefined ? "—" : number(gap * 100, lang, 2) + " %";
      var elapsed = progress.elapsed;
      document.getElementById("run-elapsed").textContent =
        elapsed === null || elapsed === undefined ? "—" : number(elapsed, lang, 0) + " s";
      if (snapshot.message) { document.getElementById("run-message").textContent = snapshot.message; }
      if (over.indexOf(state) >= 0) {
        document.getElementById("run-done").hidden = false;
        var live = document.getElementById("run-live");
        if (live) { live.hidden = true; }
        var cancel = document.getElementById("cancel-form");
        if (cancel) { cancel.hidden = true; }
        if (source) { source.close(); }
        if (timer) { clearInterval(timer); }
      }
    }

    function poll() {
      fetch("/api/v1/runs/" + encodeURIComponent(id), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (body) { if (body) { show(body); } })
        .catch(function () {});
    }

    function startPolling() {
      if (!timer) { timer = setInterval(poll, 2000); poll(); }
    }

    if (over.indexOf(section.getAttribute("data-state")) >= 0) { return; }
    if (window.EventSource) {
      source = new EventSource("/api/v1/runs/" + encodeURIComponent(id) + "/events");
      var onEvent = function (event) {
        try { show(JSON.parse(event.data)); } catch (e) { /* keep the last figures */ }
      };
      source.onmessage = onEvent;
      source.addEventListener("progress", onEvent);
      source.addEventListener("end", onEvent);
      source.onerror = function () { source.close(); startPolling(); };
    } else {
      startPolling();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var run = document.getElementById("run");
    if (run) { followRun(run); }
    var selected = document.getElementById("chon");
    if (selected) { selected.focus(); }
  });
})();
