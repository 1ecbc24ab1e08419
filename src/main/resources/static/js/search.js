// Type-ahead for the search box in the page header: an ARIA 1.2 combobox with a listbox popup.
// Typing asks /search/suggest for names that start with the words; Down/Up move through the
// suggestions (aria-activedescendant keeps focus in the box), Enter opens the chosen page, Escape
// closes the list (and clears the box when it is already closed). Without JavaScript the box is a
// plain search form that submits to /search.
(function () {
  'use strict';

  function setUp(input) {
    var form = input.form;
    var listId = input.id + '-list';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-suggest-label') || 'Suggestions');
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var items = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function open() {
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var options = list.children;
      for (var i = 0; i < options.length; i++) {
        options[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
      }
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({block: 'nearest'});
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function show(suggestions) {
      items = suggestions;
      list.textContent = '';
      suggestions.forEach(function (s, i) {
        var option = document.createElement('li');
        option.id = input.id + '-option-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = s.label;
        if (s.match) {
          var match = document.createElement('span');
          match.className = 'suggestion-match';
          match.textContent = ' (' + s.match + ')';
          option.appendChild(match);
        }
        if (s.source) { // only when two suggestions share a title: who published each
          var source = document.createElement('span');
          source.className = 'suggestion-source';
          source.textContent = ' \u2014 ' + s.source;
          option.appendChild(source);
        }
        option.addEventListener('mousedown', function (event) {
          event.preventDefault(); // keep focus in the box until the page changes
        });
        option.addEventListener('click', function () {
          go(i);
        });
        list.appendChild(option);
      });
      active = -1;
      status.textContent = suggestions.length === 0 ? '' :
          suggestions.length + (suggestions.length === 1 ? ' suggestion' : ' suggestions') +
          '. Use the up and down arrows to choose.';
      open();
    }

    function go(index) {
      if (items[index]) {
        window.location.assign(items[index].url);
      }
    }

    function ask() {
      var q = input.value.trim();
      if (q.length < 2) {
        show([]);
        return;
      }
      var ticket = ++asked;
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q), {headers: {Accept: 'application/json'}})
        .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
        .then(function (body) {
          if (ticket === asked) {
            show(body.suggestions || []);
          }
        })
        .catch(function () { /* the form still works: Enter searches */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden) {
          if (items.length) { open(); highlight(0); } else { ask(); }
        } else {
          highlight(active + 1 < items.length ? active + 1 : 0);
        }
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (!list.hidden && items.length) {
          highlight(active > 0 ? active - 1 : items.length - 1);
        }
      } else if (event.key === 'Enter') {
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          go(active);
        }
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
        }
      }
    });

    input.addEventListener('blur', function () {
      close();
    });

    if (form) {
      form.addEventListener('submit', function () {
        close();
      });
    }
  }

  var boxes = document.querySelectorAll('input[data-suggest]');
  for (var i = 0; i < boxes.length; i++) {
    setUp(boxes[i]);
  }
}());
