/* Swagger UI for /docs, served locally (no CDN, no inline script). */
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
