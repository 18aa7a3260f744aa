// Small enhancements; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Scroll each article box to its first highlighted sentence.
  document.querySelectorAll(".article-text").forEach(function (box) {
    var mark = box.querySelector("mark.sentence");
    if (mark) {
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    }
  });
  // Submit a filter form as soon as a select changes.
  document.querySelectorAll("form.filters select").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.requestSubmit(); });
  });
  // Drop empty fields so filtered URLs stay short and shareable.
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && el.value === "") { el.disabled = true; }
      });
      setTimeout(function () {
        Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
      }, 0);
    });
  });
});
