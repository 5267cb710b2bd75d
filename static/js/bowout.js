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
