// Reloads the page as soon as the preview server has built the site again. The server numbers its builds:
// this page was sent during build `data-generation`, and any other number means the page is out of date.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script.dataset.generation;
  var events = new EventSource(new URL("events", script.src));
  events.onmessage = function (event) {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  };
})();
