// Live character count for text areas that carry data-count-max: an enhancement only; the form
// works and is validated on the server without it.
document.querySelectorAll('textarea[data-count-max]').forEach(function (area) {
  var out = document.getElementById(area.id + '-count');
  if (!out) { return; }
  var max = parseInt(area.getAttribute('data-count-max'), 10);
  var template = out.getAttribute('data-template');
  function update() {
    out.textContent = template.replace('{0}', area.value.trim().length).replace('{1}', max);
  }
  area.addEventListener('input', update);
  update();
});
