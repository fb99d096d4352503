/* The search page: question + filters → /api/ask; the answer drawn by MinutesAnswerView (quote blocks with
 * citation chips), then the passages behind it as text with <mark> on matched words. */
"use strict";
(function () {
  var el = Minutes.el;
  var form = document.getElementById("search-form");
  var status = document.getElementById("status");
  var list = document.getElementById("results");
  var bodySelect = document.getElementById("body");
  var answerBox = document.getElementById("answer");
  var resultsHeading = document.getElementById("results-heading");

  // Constructed style sheets are allowed by the page's CSP (style-src 'self'), inline <style> is not.
  var sheet = new CSSStyleSheet();
  sheet.replaceSync(MinutesAnswerView.css);
  document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);

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

  function citationHref(citation) {
    return Minutes.meetingHref(citation.meeting.id, citation.item ? citation.item.index : undefined);
  }

  function showAnswer(data) {
    answerBox.textContent = "";
    answerBox.appendChild(MinutesAnswerView.render(data, citationHref));
    answerBox.hidden = false;
  }

  function show(query, data) {
    list.textContent = "";
    showAnswer(data);
    resultsHeading.hidden = !data.results.length;
    if (!data.results.length) {  // a period or people answer stands on parsed meetings, not on passages
      status.textContent = data.found ? "" : "Inga träffar för ”" + query + "”.";
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
    var body = { question: query, top_k: 10 };
    var from = document.getElementById("date-from").value, to = document.getElementById("date-to").value;
    if (from) body.date_from = from;
    if (to) body.date_to = to;
    if (bodySelect.value) body.body = bodySelect.value;
    status.className = "status";
    status.textContent = "söker…";
    Minutes.request("/api/ask", body).then(function (data) { show(query, data); }).catch(function (error) {
      list.textContent = "";
      answerBox.hidden = true;
      resultsHeading.hidden = true;
      status.className = "status error";
      status.textContent = error.message;
    });
  });
})();
