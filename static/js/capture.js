// The capture page: posts what the "Save to Bowout" bookmarklet put in this page's fragment.
// A fragment never reaches a server, so it is sent here, once, as a form with the CSRF token;
// then it is taken out of the address bar and the history (it is the job page's data, not an
// address to keep). Loaded as a static file: the CSP allows no inline scripts.
"use strict";

(function () {
  const form = document.getElementById("capture-form");
  const fragment = window.location.hash.slice(1);
  if (!form || !fragment) return;
  history.replaceState(null, "", window.location.pathname + window.location.search);
  let payload = "";
  try {
    payload = decodeURIComponent(fragment);
  } catch (error) {
    payload = "";  // the server says it could not be read
  }
  form.elements.payload.value = payload;
  const status = document.getElementById("capture-status");
  // The words come from the page, in the reader's language.
  if (status) status.textContent = status.dataset.reading || "Reading the posting…";
  form.submit();
})();
