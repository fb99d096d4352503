/* The admin page: upload a file, list the meetings with their parse flags, remove or re-read one, and the
   watcher's failed files. All text is set with textContent; the API refuses non-admins (403) and the page
   shows that reason. */
"use strict";
(function () {
  var el = Minutes.el;
  var params = new URLSearchParams(location.search);
  var key = params.get("key") || sessionStorage.getItem("minutes-key");

  function send(method, path, body) {
    var headers = {};
    if (key) headers["X-API-Key"] = key;
    return fetch(path, { method: method, headers: headers, body: body }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.ok) return data;
        var message = typeof data.detail === "string" ? data.detail
          : response.status === 413 ? "Filen är för stor."
          : "Något gick fel (fel " + response.status + ").";
        throw new Error(message);
      });
    }, function () { throw new Error("Tjänsten svarar inte. Kontrollera anslutningen och försök igen."); });
  }

  function setStatus(node, text, isError) {
    node.textContent = text;
    node.classList.toggle("error", Boolean(isError));
  }

  function meetingLine(m) {
    return (m.date || "odaterat") + " – " + m.body + " – " + m.items + (m.items === 1 ? " punkt" : " punkter");
  }

  function flagList(flags) {
    var box = el("div", { "class": "flags" });
    box.appendChild(el("span", {}, "Anmärkningar: " + flags.join("; ")));
    return box;
  }

  function showUpload(data) {
    var target = document.getElementById("upload-result");
    target.textContent = "";
    var list = el("ul", { id: "upload-meetings" });
    data.meetings.forEach(function (m) {
      var item = el("li", {}, "Läst: " + meetingLine(m) + " (id " + m.id + ")");
      if (m.flags.length) item.appendChild(flagList(m.flags));
      list.appendChild(item);
    });
    target.appendChild(list);
    var outcomes = { "ny": "Nytt i indexet.", "ändrad": "Filen fanns; mötena byttes ut mot den nya versionen.",
      "oförändrad": "Samma innehåll fanns redan; inget ändrades.",
      "kopia": "Samma innehåll fanns redan från en annan fil; den behölls." };
    target.appendChild(el("p", { "class": "meta", id: "upload-outcome" }, outcomes[data.outcome] || data.outcome));
    data.warnings.forEach(function (w) { target.appendChild(el("p", { "class": "flags" }, w)); });
  }

  function upload(event) {
    event.preventDefault();
    var input = document.getElementById("upload-file");
    var status = document.getElementById("upload-status");
    document.getElementById("upload-result").textContent = "";
    if (!input.files.length) { setStatus(status, "Välj en fil först.", true); return; }
    var form = new FormData();
    form.append("file", input.files[0]);
    var button = document.getElementById("upload-button");
    button.disabled = true;
    setStatus(status, "Läser in " + input.files[0].name + "…", false);
    send("POST", "/api/documents", form).then(function (data) {
      setStatus(status, "Inläst: " + data.file + " (" + data.meetings.length +
        (data.meetings.length === 1 ? " möte)" : " möten)"), false);
      showUpload(data);
      input.value = "";
      loadMeetings();
    }, function (error) {
      setStatus(status, "Filen lästes inte in: " + error.message, true);
    }).then(function () { button.disabled = false; });
  }

  function act(button, method, path, done) {
    var status = document.getElementById("meetings-status");
    button.disabled = true;
    send(method, path).then(function (data) {
      setStatus(status, done(data), false);
      loadMeetings();
    }, function (error) {
      setStatus(status, error.message, true);
      button.disabled = false;
    });
  }

  function meetingRow(m) {
    var row = el("li", { "class": "result", "data-meeting": m.id });
    var link = el("a", { "class": "citation", href: Minutes.meetingHref(m.id) }, meetingLine(m));
    row.appendChild(link);
    row.appendChild(el("div", { "class": "meta" }, m.source));
    if (m.flags && m.flags.length) row.appendChild(flagList(m.flags));
    var reread = el("button", { type: "button", "class": "reread" }, "Läs om");
    reread.addEventListener("click", function () {
      act(reread, "POST", "/api/documents/" + encodeURIComponent(m.id) + "/reread", function () {
        return "Omläst: " + meetingLine(m);
      });
    });
    var remove = el("button", { type: "button", "class": "remove" }, "Ta bort");
    remove.addEventListener("click", function () {
      if (!window.confirm("Ta bort mötet " + meetingLine(m) + " ur indexet?")) return;
      act(remove, "DELETE", "/api/documents/" + encodeURIComponent(m.id), function () {
        return "Borttaget: " + meetingLine(m);
      });
    });
    row.appendChild(reread);
    row.appendChild(document.createTextNode(" "));
    row.appendChild(remove);
    return row;
  }

  function loadMeetings() {
    var status = document.getElementById("meetings-status");
    var list = document.getElementById("meetings");
    send("GET", "/api/meetings").then(function (meetings) {
      list.textContent = "";
      meetings.forEach(function (m) { list.appendChild(meetingRow(m)); });
      if (!meetings.length) setStatus(status, "Inga möten är inlästa ännu.", false);
      else if (!status.classList.contains("error")) {
        setStatus(status, meetings.length + (meetings.length === 1 ? " möte" : " möten"), false);
      }
    }, function (error) { setStatus(status, error.message, true); });
  }

  function loadFailed() {
    send("GET", "/api/status").then(function (data) {
      var failures = data.watcher && data.watcher.failures;
      if (!failures || !failures.length) return;
      var list = document.getElementById("failed");
      list.textContent = "";
      failures.forEach(function (f) { list.appendChild(el("li", {}, f.path + ": " + f.reason)); });
      document.getElementById("failed-section").hidden = false;
    }, function () { /* the meetings list already says why the API refused */ });
  }

  document.getElementById("upload-form").addEventListener("submit", upload);
  loadMeetings();
  loadFailed();
})();
