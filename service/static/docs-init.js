/*
 * Startar Swagger UI på /docs. Ligger i en egen fil i stället för inline i sidan, så att sidornas CSP
 * kan vara script-src 'self'. Allt hämtas från tjänsten själv: dokumentationen fungerar utan internet.
 */
(function () {
  "use strict";
  var target = document.getElementById("swagger-ui");
  if (typeof window.SwaggerUIBundle !== "function") {
    target.textContent = "Swagger UI kunde inte laddas. Beskrivningen av API:t finns i openapi.json.";
    return;
  }
  window.ui = window.SwaggerUIBundle({
    url: new URL("openapi.json", document.baseURI).href,
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    deepLinking: true,
    showExtensions: true,
    showCommonExtensions: true,
    validatorUrl: null,
    presets: [window.SwaggerUIBundle.presets.apis, window.SwaggerUIBundle.SwaggerUIStandalonePreset]
  });
})();
