// The search page: Pagefind's UI, with date, place and figures on each result, and the query in
// the address (?q=) so a search can be shared.
(function () {
  "use strict";
  var escapeHtml = function (text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  };
  var ui = new PagefindUI({
    element: "#search",
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    sort: { date: "desc" },
    processResult: function (result) {
      var meta = result.meta || {};
      var line = [meta.date, meta.place, meta.figures].filter(Boolean).map(escapeHtml).join(" · ");
      if (line) result.excerpt = '<span class="result-meta">' + line + "</span> " + result.excerpt;
      return result;
    },
  });
  var params = new URLSearchParams(window.location.search);
  var query = params.get("q");
  if (query) ui.triggerSearch(query);
  var input = document.querySelector("#search input");
  if (input) {
    input.addEventListener("input", function () {
      var url = new URL(window.location.href);
      if (input.value) url.searchParams.set("q", input.value);
      else url.searchParams.delete("q");
      window.history.replaceState(null, "", url);
    });
  }
})();
