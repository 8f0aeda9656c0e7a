// "Xem tin theo ngày": the calendar's date input jumps to the chosen day's page, or to the
// nearest earlier day with notices, and that page then says which day was asked for. The form
// is hidden until this script shows it: a static host cannot answer its "?ngay=" by itself, so
// without the script the calendar's month links and the archive of years and months stand in.
(function () {
  "use strict";
  var form = document.querySelector("form.calendar-jump");
  if (!form || !window.fetch) {
    return;
  }
  form.hidden = false;
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function shown(iso) { var p = iso.split("-"); return p[2] + "/" + p[1] + "/" + p[0]; }
  // The page this form led to says which day was asked for, at the top of its content.
  function sayOnTop(text) {
    var main = document.getElementById("noi-dung");
    var p = document.createElement("p");
    p.className = "calendar-message";
    p.setAttribute("role", "status");
    p.textContent = text;
    main.insertBefore(p, main.firstChild);
  }
  // An answer to the form, beside it, in place of the previous one; read out (a live region).
  var answer = form.querySelector(".calendar-answer");
  function say(text) {
    answer.textContent = text;
  }
  var asked = new URLSearchParams(window.location.search).get("ngay");
  if (asked && /^\d{4}-\d{2}-\d{2}$/.test(asked)) {
    sayOnTop(form.getAttribute("data-moved").replace("{asked}", shown(asked)));
  }
  form.addEventListener("submit", function (event) {
    var value = form.elements.ngay.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return;
    }
    event.preventDefault();
    fetch(form.getAttribute("data-days")).then(function (response) {
      return response.json();
    }).then(function (data) {
      var found = null;
      for (var i = 0; i < data.days.length && data.days[i] <= value; i++) {
        found = data.days[i];
      }
      if (found === null) {
        say(form.getAttribute("data-none").replace("{asked}", shown(value)));
        return;
      }
      var p = found.split("-");
      var url = form.getAttribute("data-base") + p[0] + "/" + p[1] + "/" + p[2] + "/";
      window.location.href = found === value ? url : url + "?ngay=" + value;
    }).catch(function () {
      // The list of days did not come: the archive of years and months, at the chosen year.
      window.location.href = form.getAttribute("action") + "#nam-" + value.substring(0, 4);
    });
  });
}());
