// Bowout's small behaviours. Loaded as a static file: the CSP allows no inline scripts.
"use strict";

document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy-target]");
  if (!button) return;
  const source = document.querySelector(button.dataset.copyTarget);
  if (!source) return;
  const text = source.value !== undefined ? source.value : source.textContent;
  const done = () => {
    const label = button.textContent;
    button.textContent = "Copied";
    setTimeout(() => { button.textContent = label; }, 2000);
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done);
  } else {
    source.select();
    document.execCommand("copy");
    done();
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
  if (!column) return;
  event.preventDefault();
  const id = event.dataTransfer.getData("text/plain");
  const card = document.querySelector(`.board-card[data-application="${CSS.escape(id)}"]`);
  if (!card || card.closest(".board-column") === column) return;
  const form = card.querySelector("form.board-move");
  form.querySelector("select[name=stage]").value = column.dataset.stage;
  form.requestSubmit();
});

// Mail links built from what is in the fields now, not from the last autosave: a click right
// after typing must open the text the user sees. Line breaks become CRLF, as RFC 6068 asks.
const mailtoEncode = (text) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));

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
  link.href = "mailto:" + encodeURIComponent(link.dataset.mailtoTo).replace("%40", "@") + "?" + params.join("&");
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
  const tones = JSON.parse(scenario.dataset.tones)[scenario.value] || [];
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
