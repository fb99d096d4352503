/* The meeting view: the structured minutes of one meeting, the cited item anchored (#item-N). */
"use strict";
(function () {
  var el = Minutes.el;
  var root = document.getElementById("meeting");
  var meetingId = decodeURIComponent(location.pathname.split("/").pop());

  function field(list, label, value) {
    if (!value) return;
    list.appendChild(el("dt", {}, label));
    list.appendChild(el("dd", {}, value));
  }

  function names(people) {
    return people.map(function (p) { return p.organisation ? p.name + " (" + p.organisation + ")" : p.name; }).join(", ");
  }

  function flags(list) {
    var box = el("div", { "class": "flags" });
    box.appendChild(el("strong", {}, "Att veta om tolkningen: "));
    box.appendChild(document.createTextNode(list.join(" · ")));
    return box;
  }

  // "s. 3" opens the source file at that page (the browser's PDF viewer reads #page=N).
  function pageLink(item) {
    var pages = "s. " + item.page + (item.last_page && item.last_page !== item.page ? "–" + item.last_page : "");
    var meta = el("div", { "class": "meta" }, "I originalet: ");
    meta.appendChild(el("a", { href: Minutes.fileHref(meetingId, item.page) }, pages));
    return meta;
  }

  function render(m) {
    document.title = (m.date || "Möte") + " – " + m.body;
    root.textContent = "";
    root.appendChild(el("h2", {}, m.body));
    var facts = el("dl", { "class": "meta" });
    field(facts, "Datum", m.date);
    field(facts, "Tid", m.time);
    field(facts, "Plats", m.place);
    field(facts, "Ordförande", m.chair);
    field(facts, "Sekreterare", m.secretary);
    field(facts, "Justerare", m.justerare);
    field(facts, "Närvarande", names(m.attendees));
    field(facts, "Frånvarande", names(m.absentees));
    field(facts, "Källa", m.source);
    root.appendChild(facts);
    if (m.appendix_of) {
      var parent = el("p", { "class": "meta" }, (m.appendix_label || "Bilaga") + " till ");
      parent.appendChild(el("a", { href: Minutes.meetingHref(m.appendix_of) }, "protokollet"));
      root.appendChild(parent);
    }
    if (m.appendices && m.appendices.length) {
      var list = el("p", { "class": "meta" }, "Bilagor: ");
      m.appendices.forEach(function (id, i) {
        if (i) list.appendChild(document.createTextNode(", "));
        list.appendChild(el("a", { href: Minutes.meetingHref(id) }, "bilaga " + (i + 1)));
      });
      root.appendChild(list);
    }
    if (m.flags.length) root.appendChild(flags(m.flags));
    if (m.parse_notes && m.parse_notes.length) root.appendChild(flags(m.parse_notes));
    m.items.forEach(function (item, index) {
      var section = el("section", { "class": "item", id: "item-" + index, tabindex: "-1" });
      var number = item.number ? (item.number.charAt(0) === "§" ? item.number : "Punkt " + item.number) + " – " : "";
      section.appendChild(el("h3", {}, number + item.parents.concat([item.title]).join(" › ")));
      if (item.presenter) section.appendChild(el("div", { "class": "meta" }, "Föredragande: " + item.presenter));
      if (item.page) section.appendChild(pageLink(item));
      if (item.flags.length) section.appendChild(flags(item.flags));
      section.appendChild(el("div", { "class": "text" }, item.text));
      item.decisions.forEach(function (d) {
        var box = el("div", { "class": "decision" });
        box.appendChild(el("strong", {}, "Beslut: "));
        box.appendChild(document.createTextNode(d.text));
        if (d.proposal) box.appendChild(el("div", { "class": "meta" }, "Förslaget: " + d.proposal));
        section.appendChild(box);
      });
      root.appendChild(section);
    });
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) {
      target.classList.add("cited");  // :target does not always apply to elements built after load
      target.setAttribute("aria-current", "true");
      target.scrollIntoView();
      target.focus();
    }
  }

  Minutes.request("/api/meetings/" + encodeURIComponent(meetingId)).then(render).catch(function (error) {
    root.textContent = "";
    root.appendChild(el("p", { "class": "status error" }, error.message));
  });
})();
