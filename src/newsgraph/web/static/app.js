// newsgraph web UI: select an event in the article view to highlight its evidence and trigger.
// No data is ever written into the page as HTML: only classes and attributes change.
"use strict";

function selectEvent(id, scroll) {
  document.querySelectorAll(".text .selected, .text .selected-trigger").forEach(function (node) {
    node.classList.remove("selected", "selected-trigger");
  });
  document.querySelectorAll(".event-item").forEach(function (item) {
    item.classList.remove("selected");
  });
  document.querySelectorAll(".event-select").forEach(function (button) {
    button.setAttribute("aria-pressed", "false");
  });
  if (!id) {
    return;
  }
  var key = CSS.escape(id);
  var evidence = document.querySelectorAll('.text [data-ev~="' + key + '"]');
  evidence.forEach(function (node) {
    node.classList.add("selected");
  });
  document.querySelectorAll('.text [data-tr~="' + key + '"]').forEach(function (node) {
    node.classList.add("selected-trigger");
  });
  var item = document.getElementById("event-" + id);
  if (item) {
    item.classList.add("selected");
    var button = item.querySelector(".event-select");
    if (button) {
      button.setAttribute("aria-pressed", "true");
    }
  }
  if (scroll && evidence.length) {
    evidence[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }
  var url = new URL(window.location.href);
  url.searchParams.set("event", id);
  url.hash = "event-" + id;
  window.history.replaceState(null, "", url.toString());
}

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".event-select").forEach(function (button) {
    button.addEventListener("click", function () {
      var id = button.getAttribute("data-event");
      var already = button.getAttribute("aria-pressed") === "true";
      selectEvent(already ? null : id, true);
    });
  });
  var chosen = new URL(window.location.href).searchParams.get("event");
  if (chosen && document.getElementById("event-" + chosen)) {
    selectEvent(chosen, true);
  }
});
