/*
 * Chattwidget för mötesanteckningar. Bäddas in med en tagg:
 *   <script src="https://HOST/widget.js" data-api="https://HOST" data-key="NYCKEL" defer></script>
 * Inloggad: data-token-function="getIntranetToken" namnger en funktion som sidan definierar och som ger
 * (eller lovar) en bärartoken; utan den skickas sidans kakor med (en inloggande proxy framför tjänsten).
 * Allt ritas i en shadow DOM (ingen krock med sidans CSS) och all text från protokollen sätts som text,
 * aldrig som HTML. Samtalet sparas i sessionStorage under sidans session, och tidigare frågor skickas med så
 * att en följdfråga ("och när beslutades det?") förstås. Svaren ritas av MinutesAnswerView (answer-view.js),
 * som routen /widget.js lägger före den här filen.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var api = ((script && script.getAttribute("data-api")) || (script ? new URL(script.src).origin : "")).replace(/\/$/, "");
  var key = script ? script.getAttribute("data-key") : null;
  var tokenFunction = script ? script.getAttribute("data-token-function") : null;
  var storageKey = "minutes-widget:" + api;

  var host = document.createElement("div");
  host.setAttribute("data-minutes-widget", "");
  var root = host.attachShadow({ mode: "open" });

  var style = document.createElement("style");
  style.textContent = [
    ":host{all:initial}",
    "*{box-sizing:border-box;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}",
    ".launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;border:0;border-radius:28px;",
    "padding:14px 20px;background:#0b5cad;color:#fff;font-size:16px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}",
    ".launcher:focus-visible,.send:focus-visible,.close:focus-visible,.chip:focus-visible,textarea:focus-visible{outline:3px solid #f5b400;outline-offset:2px}",
    ".panel{position:fixed;right:16px;bottom:80px;z-index:2147483000;width:min(400px,calc(100vw - 16px));",
    "height:min(560px,calc(100vh - 100px));display:flex;flex-direction:column;background:#fff;color:#1b1b1b;",
    "border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}",
    "@media (max-width:480px){.panel{right:8px;left:8px;width:auto;bottom:72px}}",
    ".panel[hidden]{display:none}",
    "header{display:flex;align-items:center;justify-content:space-between;padding:12px 14px;background:#0b5cad;color:#fff}",
    "header h2{margin:0;font-size:16px}",
    ".close{background:transparent;border:0;color:#fff;font-size:22px;cursor:pointer;line-height:1}",
    ".log{flex:1;overflow:auto;padding:12px;display:flex;flex-direction:column;gap:10px}",
    ".msg{padding:10px 12px;border-radius:10px;max-width:92%;white-space:pre-wrap;line-height:1.4;font-size:14px}",
    ".user{align-self:flex-end;background:#e8f0fb}",
    ".bot{align-self:flex-start;background:#f3f3f3}",
    ".error{align-self:flex-start;background:#fdecea;color:#8a1c12}",
    ".status{font-size:13px;color:#555;padding:0 14px 6px}",
    ".msg .answer{white-space:normal}",
    MinutesAnswerView.css,
    "form{display:flex;gap:8px;padding:10px;border-top:1px solid #ddd}",
    "textarea{flex:1;resize:none;height:44px;padding:10px;font-size:14px;border:1px solid #bbb;border-radius:8px}",
    ".send{border:0;border-radius:8px;padding:0 14px;background:#0b5cad;color:#fff;font-size:14px;cursor:pointer}",
    ".send[disabled]{opacity:.6;cursor:wait}"
  ].join("");
  root.appendChild(style);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var launcher = el("button", { "class": "launcher", type: "button", "aria-haspopup": "dialog", "aria-expanded": "false" },
    "Fråga mötesanteckningarna");
  var panel = el("section", { "class": "panel", role: "dialog", "aria-label": "Fråga mötesanteckningarna", hidden: "" });
  var header = el("header");
  header.appendChild(el("h2", {}, "Fråga mötesanteckningarna"));
  var close = el("button", { "class": "close", type: "button", "aria-label": "Stäng" }, "×");
  header.appendChild(close);
  var log = el("div", { "class": "log", role: "log", "aria-live": "polite" });
  var status = el("div", { "class": "status", "aria-live": "polite" });
  var form = el("form");
  var input = el("textarea", { "aria-label": "Din fråga", placeholder: "T.ex. Vad beslutades om heder?", maxlength: "500" });
  var send = el("button", { "class": "send", type: "submit" }, "Skicka");
  form.appendChild(input);
  form.appendChild(send);
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(status);
  panel.appendChild(form);
  root.appendChild(launcher);
  root.appendChild(panel);

  var history = [];
  try { history = JSON.parse(sessionStorage.getItem(storageKey) || "[]"); } catch (e) { history = []; }

  function save() {
    try { sessionStorage.setItem(storageKey, JSON.stringify(history.slice(-40))); } catch (e) { /* full or blocked */ }
  }

  function meetingUrl(citation) {
    var item = citation.item || {};
    var url = api + "/meetings/" + encodeURIComponent(citation.meeting.id);
    if (key) url += "?key=" + encodeURIComponent(key);
    return typeof item.index === "number" ? url + "#item-" + item.index : url;
  }

  // Bot entries hold the answer's fields; entries saved by an older widget hold text and citations.
  function render(entry) {
    var node;
    if (entry.kind === "bot") {
      node = el("div", { "class": "msg bot" });
      node.appendChild(MinutesAnswerView.render(entry.data || { answer: entry.text, citations: entry.citations },
        meetingUrl));
    } else {
      node = el("div", { "class": "msg " + entry.kind }, entry.text);
    }
    log.appendChild(node);
    log.scrollTop = log.scrollHeight;
  }

  function add(entry) {
    history.push(entry);
    save();
    render(entry);
  }

  function open() {
    panel.removeAttribute("hidden");
    launcher.setAttribute("aria-expanded", "true");
    input.focus();
  }

  function shut() {
    panel.setAttribute("hidden", "");
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  // Tjänsten svarade, men inte med ett svar: säg vad det beror på.
  function friendlyError(response) {
    var status = response.status;
    if (status === 429) return "Du har ställt många frågor på kort tid. Vänta en stund och försök igen.";
    if (status === 401 && (tokenFunction || !key)) return "Du är inte inloggad, eller så har inloggningen gått ut. " +
      "Logga in igen (ladda om sidan) och ställ frågan på nytt.";
    if (status === 401 || status === 403) return "Widgeten saknar giltig nyckel till tjänsten (fel " + status + "). " +
      "Kontakta den som driver intranätet: nyckeln anges med data-key i widgetens script-tagg.";
    if (status === 422 || status === 413) return "Frågan kunde inte tolkas. Skriv en fråga på högst 500 tecken.";
    if (status === 503) return "Sökindexet är inte nåbart just nu. Försök igen om en stund.";
    if (status >= 500) return "Något gick fel i tjänsten (fel " + status + "). Försök igen om en stund; " +
      "kvarstår felet, kontakta den som driver tjänsten.";
    return "Tjänsten kunde inte svara på frågan (fel " + status + ").";
  }

  // fetch kastar (TypeError) både när tjänsten inte nås och när webbläsaren stoppar svaret för att
  // sidans ursprung saknas i tjänstens CORS-lista. En förfrågan i läget no-cors skiljer dem åt: den
  // lyckas om tjänsten är uppe, fast svaret inte får läsas.
  function networkError() {
    var origin = window.location.origin;
    var down = "Tjänsten svarar inte just nu (" + api + "). Kontrollera att tjänsten körs och att sidans " +
      "ursprung " + origin + " finns i MINUTES_CORS_ORIGINS på servern.";
    var blocked = "Tjänsten på " + api + " svarar, men webbläsaren stoppar svaret (CORS): sidans ursprung " + origin +
      " finns inte i MINUTES_CORS_ORIGINS på servern. Be den som driver tjänsten att lägga till det och starta om den.";
    return fetch(api + "/healthz", { mode: "no-cors", cache: "no-store" })
      .then(function () { return blocked; }, function () { return down; });
  }

  // What is kept of an answer: enough to draw it again, not the search results behind it.
  function answerEntry(data) {
    data = data && typeof data === "object" ? data : {};
    return { kind: "bot", data: { kind: data.kind, answer: typeof data.answer === "string" ? data.answer : "",
      lead: data.lead, found: data.found, notes: data.notes, citations: Array.isArray(data.citations) ? data.citations : [] } };
  }

  function earlierQuestions() {
    return history.filter(function (e) { return e.kind === "user"; })
      .map(function (e) { return e.text; }).slice(-10);
  }

  // The page's token function may return the token or a promise of it; no function, no token.
  function requestHeaders() {
    var headers = { "Content-Type": "application/json" };
    if (key) headers["X-API-Key"] = key;
    var give = tokenFunction && window[tokenFunction];
    if (typeof give !== "function") return Promise.resolve(headers);
    return Promise.resolve().then(function () { return give(); }).then(function (token) {
      if (token) headers.Authorization = "Bearer " + token;
      return headers;
    }, function () { return headers; });
  }

  function ask(question) {
    var earlier = earlierQuestions();
    add({ kind: "user", text: question });
    send.setAttribute("disabled", "");
    status.textContent = "söker…";
    requestHeaders().then(function (headers) {
      // credentials: a signing-in proxy's cookies go along (the server allows them only for listed origins).
      return fetch(api + "/api/ask", { method: "POST", headers: headers, credentials: "include",
        body: JSON.stringify({ question: question, history: earlier }) });
    })
      .then(function (response) {
        if (!response.ok) {
          add({ kind: "error", text: friendlyError(response) });
          return null;
        }
        return response.json().then(function (data) {
          add(answerEntry(data));
        }, function () {
          add({ kind: "error", text: "Tjänsten svarade med något som inte gick att läsa. Försök igen om en stund." });
        });
      }, function () {
        return networkError().then(function (text) { add({ kind: "error", text: text }); });
      })
      .catch(function () {
        add({ kind: "error", text: "Något gick fel i widgeten. Ladda om sidan och försök igen." });
      })
      .then(function () {
        status.textContent = "";
        send.removeAttribute("disabled");
        input.focus();
      });
  }

  launcher.addEventListener("click", function () { panel.hasAttribute("hidden") ? open() : shut(); });
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (event) { if (event.key === "Escape") shut(); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question || send.hasAttribute("disabled")) return;
    input.value = "";
    ask(question.slice(0, 500));
  });

  history.forEach(render);
  function attach() { document.body.appendChild(host); }
  if (document.body) attach(); else document.addEventListener("DOMContentLoaded", attach);
})();
