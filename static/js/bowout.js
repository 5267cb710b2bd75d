// Bowout's small behaviours. Loaded as a static file: the CSP allows no inline scripts.
"use strict";

// Copy buttons (data-copy-target names the field). The button says what happened and only
// that: "Copied" once the text is on the clipboard, otherwise it leaves the text selected and
// asks the user to copy it. Its own label comes back after a moment, however often it is
// clicked (the label is kept once, never read back from a button still saying "Copied").
const COPY_FEEDBACK_MS = 2000;

const selectText = (source) => {
  if (typeof source.select === "function") {
    source.focus();
    source.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(source);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
};

// The old way, for pages without the asynchronous clipboard (plain HTTP): it can fail, and
// says so by returning false or throwing.
const copyBySelection = (source) => {
  selectText(source);
  try {
    return document.execCommand("copy") === true;
  } catch {
    return false;
  }
};

// Words the page gives in the reader's language (a <meta> in base.html), English without it.
const pageWords = (name, english) =>
  document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") || english;

const showCopyOutcome = (button, copied) => {
  if (button.dataset.copyLabel === undefined) button.dataset.copyLabel = button.textContent;
  button.textContent = copied
    ? pageWords("bowout-copied", "Copied")
    : pageWords("bowout-not-copied", "Not copied: copy the selected text");
  clearTimeout(Number(button.dataset.copyTimer));
  const timer = setTimeout(() => {
    button.textContent = button.dataset.copyLabel;
    delete button.dataset.copyTimer;
  }, COPY_FEEDBACK_MS);
  button.dataset.copyTimer = String(timer);
};

document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy-target]");
  if (!button) return;
  const source = document.querySelector(button.dataset.copyTarget);
  if (!source) return;
  const text = source.value !== undefined ? source.value : source.textContent;
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(
      () => showCopyOutcome(button, true),
      // Refused (no permission, the page not focused): try the old way before giving up.
      () => showCopyOutcome(button, copyBySelection(source)),
    );
  } else {
    showCopyOutcome(button, copyBySelection(source));
  }
});

// A form marked data-confirm asks before submitting (a plain confirmation page is the fallback).
document.addEventListener("submit", (event) => {
  const message = event.target.dataset.confirm;
  if (message && !window.confirm(message)) event.preventDefault();
});

// Board: drag a card onto another column to move it. The drop fills in the card's own
// "Move" form and submits it, so htmx (or a plain post without it) does the rest.
document.addEventListener("dragstart", (event) => {
  const card = event.target.closest && event.target.closest(".board-card");
  if (!card) return;
  event.dataTransfer.setData("text/plain", card.dataset.application);
  event.dataTransfer.effectAllowed = "move";
});

document.addEventListener("dragover", (event) => {
  const column = event.target.closest && event.target.closest(".board-column");
  if (column) event.preventDefault();
});

document.addEventListener("drop", (event) => {
  const column = event.target.closest && event.target.closest(".board-column");
  if (!column || !event.dataTransfer) return;
  event.preventDefault();
  // Whatever was dropped may not be one of our cards (a file, text from another page), and an
  // htmx swap may have replaced the board since the drag began: check each step.
  const id = event.dataTransfer.getData("text/plain");
  if (!id) return;
  const card = document.querySelector(`.board-card[data-application="${CSS.escape(id)}"]`);
  if (!card || card.closest(".board-column") === column) return;
  const form = card.querySelector("form.board-move");
  const select = form && form.querySelector("select[name=stage]");
  const stage = column.dataset.stage;
  if (!select || ![...select.options].some((option) => option.value === stage)) return;
  select.value = stage;
  form.requestSubmit();
});

// The board is swapped whole after a move: put the keyboard back where it was (the moved
// card's stage menu, now in its new column), or on the status message if that card left the
// board, so a keyboard or screen reader user is not sent back to the top of the page.
let boardFocus = null;
document.addEventListener("htmx:beforeRequest", (event) => {
  const form = event.target.closest && event.target.closest("form.board-move");
  if (!form) return;
  const select = form.querySelector("select[name=stage]");
  boardFocus = select ? select.id : "";
});
document.addEventListener("htmx:afterSettle", (event) => {
  if (!event.target || event.target.id !== "board" || boardFocus === null) return;
  const card = boardFocus && document.getElementById(boardFocus);
  const status = document.getElementById("board-status");
  boardFocus = null;
  if (card) {
    card.focus();
  } else if (status) {
    status.tabIndex = -1;
    status.focus();
  }
});

// Mail links built from what is in the fields now, not from the last autosave: a click right
// after typing must open the text the user sees. Line breaks become CRLF, as RFC 6068 asks.
// The encoding is the server's (applications/mailto.py, Python's quote with nothing safe):
// encodeURIComponent leaves !'()* as they are, quote does not, so those are encoded here too.
const percentEncode = (text) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
const mailtoEncode = (text) => percentEncode(text.replace(/\r?\n/g, "\r\n"));

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-mailto-to]");
  if (!link) return;
  const subject = document.querySelector(link.dataset.mailtoSubject);
  const body = document.querySelector(link.dataset.mailtoBody);
  if (!subject || !body) return;
  const params = [];
  if (link.dataset.mailtoCc) params.push("cc=" + link.dataset.mailtoCc);
  params.push("subject=" + mailtoEncode(subject.value.replace(/\s+/g, " ").trim()));
  params.push("body=" + mailtoEncode(body.value));
  link.href = "mailto:" + percentEncode(link.dataset.mailtoTo).replace(/%40/g, "@") + "?" + params.join("&");
});

// "Mark as sent" and the .eml download carry the draft as it is on screen, so a pending
// autosave can never leave the record or the file one edit behind.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!form.matches("form[data-include-draft]")) return;
  const draft = document.getElementById("draft-form");
  if (!draft) return;
  form.querySelectorAll("input[data-copied]").forEach((input) => input.remove());
  new FormData(draft).forEach((value, name) => {
    if (!["subject", "body", "cc"].includes(name)) return;
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    input.dataset.copied = "true";
    form.append(input);
  });
  const marker = document.createElement("input");
  marker.type = "hidden";
  marker.name = "include_draft";
  marker.value = "1";
  marker.dataset.copied = "true";
  form.append(marker);
});

// Withdraw, step 1: show the options that only some scenarios use with those scenarios (the
// form marks each with data-scenario-only, from the table its clean() applies), and offer only
// the tones that scenario has a wording in (the server refuses the others all the same).
// Without the script every option shows, and the server ignores the ones that do not apply.
const syncScenarioFields = () => {
  const scenario = document.getElementById("id_scenario");
  if (!scenario) return;
  document.querySelectorAll("[data-scenario-only]").forEach((input) => {
    const wrapper = document.getElementById(`div_id_${input.name}`);
    if (wrapper) wrapper.hidden = !input.dataset.scenarioOnly.split(" ").includes(scenario.value);
  });
  if (!scenario.dataset.tones) return;
  let tones;
  try {
    tones = JSON.parse(scenario.dataset.tones)[scenario.value];
  } catch {
    tones = undefined;
  }
  // Unreadable or missing: offer every tone, as without the script; the server still decides.
  if (!Array.isArray(tones)) tones = [...document.querySelectorAll("input[name=tone]")].map((r) => r.value);
  const radios = [...document.querySelectorAll("input[name=tone]")];
  radios.forEach((radio) => {
    radio.disabled = !tones.includes(radio.value);
    const wrapper = radio.closest(".form-check");
    if (wrapper) wrapper.hidden = radio.disabled;
  });
  const checked = radios.find((radio) => radio.checked && !radio.disabled);
  if (!checked) {
    const first = radios.find((radio) => !radio.disabled);
    if (first) first.checked = true;
  }
};

document.addEventListener("DOMContentLoaded", syncScenarioFields);
document.addEventListener("change", (event) => {
  if (event.target.id === "id_scenario") syncScenarioFields();
});

// Sign-up: pre-select the browser's own time zone; the user can still pick another. A zone
// missing from the curated list is added, since the server accepts any real IANA zone.
document.addEventListener("DOMContentLoaded", () => {
  const select = document.querySelector("select[data-detect-timezone]");
  if (!select || !window.Intl) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return;
  if (![...select.options].some((option) => option.value === zone)) {
    select.add(new Option(zone.replace(/_/g, " "), zone), 0);
  }
  select.value = zone;
});

// Installable as an app (and a share target on a phone): register the minimal service worker.
// It caches nothing; a browser without it, or one that refuses it, simply has no app.
if ("serviceWorker" in navigator && window.isSecureContext) {
  navigator.serviceWorker.register("/service-worker.js").catch(() => {});
}
