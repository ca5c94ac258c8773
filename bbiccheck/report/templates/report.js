// Severity filter: hides cards and marks of unticked severities. The report reads fine without JS.
(function () {
  var boxes = document.querySelectorAll('.filter input[data-sev]');
  function apply() {
    boxes.forEach(function (box) {
      document.body.classList.toggle('hide-' + box.getAttribute('data-sev'), !box.checked);
    });
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
})();
