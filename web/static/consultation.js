// The department's answer form: files too large for the server are caught before they are sent, so
// the clerk reads why instead of a refusal from the server (own script: the CSP forbids inline ones).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form.answer-form").forEach(function (form) {
    var limit = Number(form.dataset.limit);
    var warning = form.querySelector(".size-warning");
    form.addEventListener("submit", function (event) {
      var total = 0;
      form.querySelectorAll("input[type=file]").forEach(function (input) {
        Array.prototype.forEach.call(input.files, function (file) { total += file.size; });
      });
      if (limit && total > limit * 0.95) {
        event.preventDefault();
        warning.textContent = form.dataset.tooLarge;
        warning.hidden = false;
      }
    });
  });
});
