// Progressive enhancement for the quiz form: save answers as the learner goes, and count down the time limit.
// The form works without this script; the server grades and enforces the deadline either way.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var status = form.querySelector("[data-autosave-status]");
  var pending = null;

  function save() {
    pending = null;
    fetch(form.dataset.autosave, { method: "POST", body: new FormData(form), credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (data) { if (status) status.textContent = data.saved ? data.message : data.error; })
      .catch(function () { /* offline: the next change tries again, and the submit carries everything */ });
  }

  form.addEventListener("change", function () {
    if (pending) clearTimeout(pending);
    pending = setTimeout(save, 400);
  });

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
