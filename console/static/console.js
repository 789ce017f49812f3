// Small helpers for the console (own script: the Content-Security-Policy forbids inline ones).
document.addEventListener("DOMContentLoaded", function () {
  // Answer templates: choosing one fills the reply box, which the officer can still edit.
  document.querySelectorAll("select.template-picker").forEach(function (picker) {
    picker.addEventListener("change", function () {
      var target = document.getElementById(picker.dataset.target);
      if (picker.value && target) {
        target.value = picker.value;
        target.focus();
      }
    });
  });
  // The competent body's name is asked only when forwarding.
  document.querySelectorAll("select.status-picker").forEach(function (picker) {
    var field = picker.form.querySelector(".forwarded-to");
    function update() {
      if (!field) return;
      field.hidden = picker.value !== "forwarded";
      field.querySelector("input").required = picker.value === "forwarded";
    }
    picker.addEventListener("change", update);
    update();
  });
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
  document.querySelectorAll("button.print-page").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});

// Drafts: what the officer types is kept in this tab until the server confirms it was saved, so
// a session that expired meanwhile (or a refused form) loses nothing: after logging in again the
// text is put back in its box.
document.addEventListener("DOMContentLoaded", function () {
  var store = window.sessionStorage;
  var saved = document.querySelector(".flash.success, .flash.info");
  document.querySelectorAll("form[method=post] textarea[name]").forEach(function (box) {
    var key = "draft:" + box.form.getAttribute("action") + ":" + box.name;
    if (saved && store.getItem(key + ":sent") !== null) {
      store.removeItem(key);
      store.removeItem(key + ":sent");
    }
    var draft = store.getItem(key);
    if (draft && !box.value) {
      box.value = draft;
      var note = document.createElement("p");
      note.className = "hint restored";
      note.textContent = "Đã khôi phục nội dung anh/chị đang soạn dở.";
      box.insertAdjacentElement("afterend", note);
    }
    box.addEventListener("input", function () { store.setItem(key, box.value); });
    box.form.addEventListener("submit", function () {
      store.setItem(key, box.value);
      store.setItem(key + ":sent", "1");
    });
  });
});
