// Progressive enhancement for the quiz form: save answers as the learner goes, count down the time limit, and ask
// before submitting with unanswered questions. The form works without this script: the server grades, enforces the
// deadline and shows its own confirmation page for blanks either way.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var status = form.querySelector("[data-autosave-status]");
  var pending = null;
  var closed = false;

  function save() {
    pending = null;
    if (closed) return;
    fetch(form.dataset.autosave, { method: "POST", body: new FormData(form), credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (data.closed) closed = true;  // submitted meanwhile: nothing more to save, nothing to worry about
        if (status && !data.closed) status.textContent = data.saved ? data.message : data.error;
      })
      .catch(function () { /* offline: the next change tries again, and the submit carries everything */ });
  }

  form.addEventListener("change", function () {
    if (pending) clearTimeout(pending);
    pending = setTimeout(save, 400);
  });

  // Unanswered questions: list them inline, with "go back" and "send anyway".
  var box = form.querySelector("[data-blank-confirm]");
  function unanswered() {
    var numbers = [];
    form.querySelectorAll("fieldset.question").forEach(function (fieldset, index) {
      if (!fieldset.querySelector("input:checked")) numbers.push(index + 1);
    });
    return numbers;
  }
  function confirmBlanks(numbers) {
    box.textContent = "";
    box.className = "notice blank-confirm";
    box.setAttribute("role", "alert");
    var title = document.createElement("h2");
    title.textContent = form.dataset.blankTitle;
    var list = document.createElement("p");
    list.appendChild(document.createTextNode(form.dataset.blankIntro + " "));
    numbers.forEach(function (number, i) {
      var link = document.createElement("a");
      link.href = "#soal-" + number;
      link.textContent = form.dataset.blankQuestion + " " + number;
      list.appendChild(link);
      if (i < numbers.length - 1) list.appendChild(document.createTextNode(", "));
    });
    var note = document.createElement("p");
    note.textContent = form.dataset.blankNote;
    var actions = document.createElement("div");
    actions.className = "button-group";
    var back = document.createElement("button");
    back.type = "button";
    back.className = "button";
    back.textContent = form.dataset.blankBack;
    back.addEventListener("click", function () {
      box.textContent = "";
      box.className = "";
      var first = document.getElementById("soal-" + numbers[0]);
      if (first) { first.scrollIntoView(); var input = first.querySelector("input"); if (input) input.focus(); }
    });
    var send = document.createElement("button");
    send.type = "submit";
    send.name = "confirm_blank";
    send.value = "1";
    send.className = "button button-secondary";
    send.textContent = form.dataset.blankSend;
    actions.appendChild(back);
    actions.appendChild(send);
    [title, list, note, actions].forEach(function (node) { box.appendChild(node); });
    back.focus();
  }
  if (box) {
    form.addEventListener("submit", function (event) {
      var submitter = event.submitter;
      if (submitter && submitter.name === "confirm_blank") { closed = true; return; }
      var numbers = unanswered();
      if (numbers.length) { event.preventDefault(); confirmBlanks(numbers); return; }
      closed = true;
      if (pending) clearTimeout(pending);
    });
  }

  var countdown = document.querySelector("[data-countdown]");
  if (countdown) {
    var deadline = new Date(countdown.dataset.countdown).getTime();
    var tick = function () {
      var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60), seconds = left % 60;
      countdown.textContent = "(" + minutes + ":" + (seconds < 10 ? "0" : "") + seconds + ")";
      if (left > 0) setTimeout(tick, 1000);
    };
    tick();
  }
})();
