// Print and share (docs/reading.md). Article pages are one static file for every reader, so what
// depends on the day or on the reader's browser is added here; without JavaScript the buttons
// stay hidden and the printed page shows its last-updated date instead of the print date.
(function () {
  'use strict';

  function stampPrintDate() {
    var date = document.querySelector('.print-date');
    if (!date) return;
    var today = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'long' })
      .format(new Date());
    date.textContent = date.getAttribute('data-template').replace('{0}', today);
  }

  function enablePrint() {
    document.querySelectorAll('.print-button').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
  }

  function enableCopy() {
    var status = document.querySelector('.share-status');
    document.querySelectorAll('.copy-link').forEach(function (button) {
      if (!navigator.clipboard) return; // only on https or localhost: the button stays hidden elsewhere
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(button.getAttribute('data-url')).then(function () {
          if (status) status.textContent = button.getAttribute('data-copied');
        }, function () {
          if (status) status.textContent = button.getAttribute('data-failed');
        });
      });
    });
  }

  stampPrintDate();
  // A page left open past midnight is printed with the day it is printed on.
  window.addEventListener('beforeprint', stampPrintDate);
  enablePrint();
  enableCopy();
})();
