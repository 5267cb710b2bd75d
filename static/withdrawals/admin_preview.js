// Live preview on the withdrawal template change page: re-render with sample data as staff type.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const preview = document.getElementById("template-preview");
  const subject = document.getElementById("id_subject_template");
  const body = document.getElementById("id_body_template");
  // The sample data is written in the template's language (its dates and pay).
  const language = document.getElementById("id_language");
  if (!preview || !subject || !body) return;
  const csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
  let timer = null;

  const show = (result) => {
    preview.replaceChildren();
    if (!result.ok) {
      const error = document.createElement("p");
      error.className = "errornote";
      error.textContent = result.error;
      preview.append(error);
      return;
    }
    const line = document.createElement("p");
    const label = document.createElement("strong");
    label.textContent = "Subject: ";
    line.append(label, document.createTextNode(result.subject));
    const text = document.createElement("pre");
    text.textContent = result.body;
    preview.append(line, text);
  };

  const refresh = () => {
    const data = new FormData();
    data.append("subject_template", subject.value);
    data.append("body_template", body.value);
    if (language) data.append("language", language.value);
    fetch(preview.dataset.previewUrl, {
      method: "POST",
      body: data,
      headers: { "X-CSRFToken": csrf ? csrf.value : "" },
      credentials: "same-origin",
    })
      .then((response) => response.json())
      .then(show)
      .catch(() => {});
  };

  [subject, body].forEach((field) =>
    field.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    })
  );
  if (language) language.addEventListener("change", refresh);
});
