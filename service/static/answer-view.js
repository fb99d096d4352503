/*
 * Draws an answer from /api/ask: the answer's own words, then each quote as its own block with its citation
 * chip; a timeline as a dated list; a period's decisions grouped by meeting. Used by the search page and, put
 * in front of widget.js by the /widget.js route, by the chat widget. Text from the minutes is always set as
 * text, never as HTML. An answer without `kind` (an older server) is drawn as its text and chips.
 */
var MinutesAnswerView = (function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // "2024-04-16 · § 47", "2024-09-06 · punkt 8", "2026-02-06 · mötet" (header facts have no item).
  function chipLabel(citation) {
    var item = citation.item || {};
    var number = item.number ? String(item.number) : "";
    var where = number ? (number.charAt(0) === "§" ? number : "punkt " + number) : (item.title || "mötet");
    var date = citation.date || (citation.meeting || {}).date || "okänt datum";
    return date + " · " + where;
  }

  function chip(citation, href) {
    return el("a", { "class": "chip", href: href(citation), target: "_blank", rel: "noopener",
      title: citation.citation || "" }, chipLabel(citation));
  }

  function quoteBlock(citation, href) {
    var block = el("div", { "class": "cited" + (citation.is_decision ? " decided" : "") });
    if (citation.note) block.appendChild(el("div", { "class": "note" }, citation.note));
    block.appendChild(el("blockquote", { "class": "quote" }, "”" + citation.quote + "”"));
    if (citation.proposal) block.appendChild(el("blockquote", { "class": "quote proposal" },
      "Förslaget: ”" + citation.proposal + "”"));
    if (citation.decided_on) block.appendChild(el("div", { "class": "provenance" },
      "Beslutades " + citation.decided_on + ", återgivet i mötesanteckningarna " + (citation.date || "") + "."));
    block.appendChild(chip(citation, href));
    return block;
  }

  function chips(citations, href) {
    var row = el("div", { "class": "chips" });
    citations.forEach(function (c) { row.appendChild(chip(c, href)); });
    return row;
  }

  function timeline(citations, href) {
    var list = el("ol", { "class": "timeline" });
    citations.forEach(function (c) {
      var entry = el("li");
      var when = el("div", { "class": "when" }, c.date || "okänt datum");
      if (c.is_decision) when.appendChild(el("span", { "class": "badge" }, "beslut"));
      entry.appendChild(when);
      entry.appendChild(quoteBlock(c, href));
      list.appendChild(entry);
    });
    return list;
  }

  function byMeeting(citations, href) {
    var wrap = el("div", { "class": "groups" });
    var current = null, group = null;
    citations.forEach(function (c) {
      var id = (c.meeting || {}).id;
      if (id !== current) {
        current = id;
        group = el("section", { "class": "group" });
        group.appendChild(el("h4", {}, (c.date || "okänt datum") + " · " + (c.body || "")));
        wrap.appendChild(group);
      }
      group.appendChild(quoteBlock(c, href));
    });
    return wrap;
  }

  // data: the /api/ask response; href(citation) → the link to the cited item.
  function render(data, href) {
    var node = el("div", { "class": "answer" });
    var citations = (Array.isArray(data.citations) ? data.citations : [])
      .filter(function (c) { return c && typeof c === "object" && c.meeting && c.meeting.id; });
    (Array.isArray(data.notes) ? data.notes : []).forEach(function (n) { node.appendChild(el("p", { "class": "note" }, n)); });
    var quotes = data.kind && data.kind !== "people" && data.found !== false && citations.length;
    if (!quotes) {
      node.appendChild(el("p", { "class": "lead" }, data.lead || data.answer || "Tjänsten gav inget svar på frågan."));
      if (citations.length) node.appendChild(chips(citations, href));
      return node;
    }
    if (data.lead) node.appendChild(el("p", { "class": "lead" }, data.lead));
    if (data.kind === "timeline") node.appendChild(timeline(citations, href));
    else if (data.kind === "period") node.appendChild(byMeeting(citations, href));
    else citations.forEach(function (c) { node.appendChild(quoteBlock(c, href)); });
    return node;
  }

  // The same look in the widget's shadow DOM and on the search page.
  var css = [
    ".answer .lead{margin:0 0 8px;white-space:pre-wrap}",
    ".answer .note{color:#5a5a5a;font-size:13px;margin:0 0 6px}",
    ".answer .cited{margin:8px 0;padding:8px 10px;background:#fff;border:1px solid #d9d9d9;border-radius:8px}",
    ".answer .cited.decided{border-left:4px solid #2e7d32}",
    ".answer blockquote.quote{margin:0 0 6px;white-space:pre-wrap;line-height:1.45}",
    ".answer .proposal{color:#3d3d3d;font-size:13px}",
    ".answer .provenance{font-size:13px;color:#2e5b2e;margin:0 0 6px}",
    ".answer .chip{display:inline-block;padding:3px 10px;border-radius:14px;background:#0b5cad;color:#fff;" +
      "text-decoration:none;font-size:13px}",
    ".answer .chips{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}",
    ".answer ol.timeline{list-style:none;margin:0;padding:0 0 0 10px;border-left:2px solid #0b5cad}",
    ".answer ol.timeline .when{font-weight:600;font-size:13px;margin-top:8px}",
    ".answer .badge{margin-left:6px;padding:1px 6px;border-radius:8px;background:#2e7d32;color:#fff;font-size:11px}",
    ".answer .group h4{margin:10px 0 4px;font-size:14px}"
  ].join("");

  return { render: render, chipLabel: chipLabel, css: css };
})();
