// Code suggestions in the editor form: as a writer types an ICD-10-CM code or words of its
// title, the imported list's matches are offered (a datalist) and the chosen code's title shown.
// An enhancement only: without it the server checks every code on save and shows its title.
(function () {
  var list = document.createElement('datalist');
  list.id = 'code-suggestions';
  document.body.appendChild(list);
  var titles = {};
  var timer = null;

  function systemOf(input) {
    return input.closest('.code-row').querySelector('select[name="codeSystem"]').value;
  }

  function showTitle(input) {
    var out = input.closest('.code-row').querySelector('.code-title');
    var title = titles[input.value.trim()];
    if (title) { out.textContent = title; }
  }

  function suggest(input) {
    var typed = input.value.trim();
    if (systemOf(input) !== 'ICD-10-CM' || typed.length < 2) { return; }
    fetch('/editor/codes/suggest?system=ICD-10-CM&q=' + encodeURIComponent(typed), {
      credentials: 'same-origin', headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (found) {
      list.textContent = '';
      found.forEach(function (s) {
        titles[s.code] = s.title;
        var option = document.createElement('option');
        option.value = s.code;
        option.label = s.title;
        list.appendChild(option);
      });
      showTitle(input);
    }).catch(function () { /* the server still checks on save */ });
  }

  document.querySelectorAll('input.code-value').forEach(function (input) {
    input.setAttribute('list', list.id);
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { suggest(input); }, 200);
      showTitle(input);
    });
  });
})();
