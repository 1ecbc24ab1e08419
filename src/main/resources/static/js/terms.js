// Dictionary terms in article text. Hover and keyboard focus open a term's short definition with
// CSS alone; this adds tap and click: the first tap on a term shows its definition, a second tap
// follows the link to the term's page. Enter on a focused term follows the link at once (its
// definition is already showing). Escape hides an open definition without moving focus. Without
// JavaScript every term is a plain link to its page.
(function () {
  var open = null;

  function close() {
    if (open) {
      open.classList.remove('term-open');
      open = null;
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.term > a') : null;
    var term = link && link.parentElement;
    if (!term || !term.querySelector('.term-tip')) {
      close();
      return;
    }
    // event.detail is 0 for a click made with the keyboard (Enter): follow the link.
    if (term === open || event.detail === 0) {
      return;
    }
    event.preventDefault();
    close();
    term.classList.remove('term-dismissed');
    term.classList.add('term-open');
    open = term;
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    close();
    var focused = document.activeElement && document.activeElement.closest
        ? document.activeElement.closest('.term') : null;
    if (focused) {
      focused.classList.add('term-dismissed');
    }
  });

  document.addEventListener('focusout', function (event) {
    var term = event.target.closest ? event.target.closest('.term') : null;
    if (term) {
      term.classList.remove('term-dismissed');
    }
  });
})();
