/* The search page: query + filters → /api/search; results rendered as text with <mark> on matched words. */
"use strict";
(function () {
  var el = Minutes.el;
  var form = document.getElementById("search-form");
  var status = document.getElementById("status");
  var list = document.getElementById("results");
  var bodySelect = document.getElementById("body");

  Minutes.request("/api/meetings").then(function (meetings) {
    var bodies = [];
    meetings.forEach(function (m) { if (bodies.indexOf(m.body) < 0) bodies.push(m.body); });
    bodies.sort().forEach(function (body) { bodySelect.appendChild(el("option", { value: body }, body)); });
  }).catch(function () { /* the filter simply stays "Alla grupper" */ });

  function words(query) {
    return query.toLowerCase().split(/[^0-9a-zåäöéü]+/i).filter(function (w) { return w.length > 2; });
  }

  // Appends `text` to `parent`, wrapping words that start like a query word in <mark>; text nodes only.
  function highlighted(parent, text, terms) {
    var parts = text.split(/([0-9A-Za-zÅÄÖåäöÉéÜü]+)/);
    parts.forEach(function (part) {
      var lower = part.toLowerCase();
      var hit = terms.some(function (t) { return lower.indexOf(t.slice(0, Math.max(4, t.length - 2))) === 0; });
      parent.appendChild(hit ? el("mark", {}, part) : document.createTextNode(part));
    });
    return parent;
  }

  function show(query, data) {
    list.textContent = "";
    if (!data.results.length) {
      status.textContent = "Inga träffar för ”" + query + "”.";
      return;
    }
    status.textContent = data.results.length + " träffar för ”" + query + "”.";
    var terms = words(query);
    data.results.forEach(function (r) {
      var item = el("li", { "class": "result" });
      var index = Number(r.id.split(":")[1]);
      item.appendChild(el("a", { "class": "citation", href: Minutes.meetingHref(r.meeting.id, index) }, r.citation));
      if (r.item.presenter) item.appendChild(el("div", { "class": "meta" }, "Föredragande: " + r.item.presenter));
      item.appendChild(highlighted(el("p"), r.text, terms));
      list.appendChild(item);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("q").value.trim();
    if (!query) return;
    var body = { query: query, top_k: 10 };
    var from = document.getElementById("date-from").value, to = document.getElementById("date-to").value;
    if (from) body.date_from = from;
    if (to) body.date_to = to;
    if (bodySelect.value) body.body = bodySelect.value;
    status.className = "status";
    status.textContent = "söker…";
    Minutes.request("/api/search", body).then(function (data) { show(query, data); }).catch(function (error) {
      list.textContent = "";
      status.className = "status error";
      status.textContent = error.message;
    });
  });
})();
