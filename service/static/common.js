/* Shared by the search page and the meeting view: API calls (with optional key) and safe DOM building. */
"use strict";
var Minutes = (function () {
  var params = new URLSearchParams(location.search);
  var key = params.get("key") || sessionStorage.getItem("minutes-key");
  if (params.get("key")) sessionStorage.setItem("minutes-key", params.get("key"));

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function request(path, body) {
    var headers = {};
    if (key) headers["X-API-Key"] = key;
    var options = { headers: headers };
    if (body) {
      headers["Content-Type"] = "application/json";
      options.method = "POST";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      if (response.ok) return response.json();
      return response.json().catch(function () { return {}; }).then(function (data) {
        var message = response.status === 429 ? "För många förfrågningar just nu. Vänta en stund och försök igen."
          : response.status === 404 ? (data.detail || "Hittades inte.")
          : response.status === 503 ? "Sökindexet är inte nåbart just nu. Försök igen om en stund."
          : (data.detail || "Något gick fel (fel " + response.status + ").");
        throw new Error(message);
      });
    }, function () { throw new Error("Tjänsten svarar inte. Kontrollera anslutningen och försök igen."); });
  }

  function meetingHref(meetingId, itemIndex) {
    return "/meetings/" + encodeURIComponent(meetingId) + (key ? "?key=" + encodeURIComponent(key) : "") +
      (itemIndex === undefined ? "" : "#item-" + itemIndex);
  }

  function fileHref(meetingId, page) {
    return "/api/meetings/" + encodeURIComponent(meetingId) + "/file" +
      (key ? "?key=" + encodeURIComponent(key) : "") + (page ? "#page=" + page : "");
  }

  return { el: el, request: request, meetingHref: meetingHref, fileHref: fileHref };
})();
