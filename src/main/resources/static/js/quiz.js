// A quiz one question at a time, with feedback after each. Without JavaScript the quiz page is one
// plain form with every question, scored by the server; this script only changes how it is taken:
// one question's fieldset shows at a time, the check button says in an aria-live region whether
// the reader was right, with the right answer, the explanation and its read-more link (copied from
// the question's inert <template>, quiz/steps.jte), and the next button moves on, focus on the
// next question's legend. After the last question the form is submitted as usual, so the server's
// results page is the one score. Every word shown comes from the page (the buttons and the data
// attributes of template#quiz-controls), and nothing is stored or sent anywhere.
(function () {
  'use strict';

  var form = document.querySelector('form.quiz-form');
  var template = document.getElementById('quiz-controls');
  if (!form || !template || !template.content) {
    return;
  }
  var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.question'));
  var submit = form.querySelector('button[type=submit]');
  var controls = template.content.querySelector('.quiz-controls');
  if (questions.length === 0 || !submit || !controls) {
    return;
  }
  var words = template.dataset;
  controls = controls.cloneNode(true);
  var check = controls.querySelector('.quiz-check');
  var next = controls.querySelector('.quiz-next');
  var current = 0;

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) {
      made.className = className;
    }
    if (text) {
      made.textContent = text;
    }
    return made;
  }

  function inputsOf(fieldset) {
    return Array.prototype.slice.call(fieldset.querySelectorAll('input'));
  }

  function chosenKeys(fieldset) {
    return inputsOf(fieldset)
      .filter(function (input) { return input.checked; })
      .map(function (input) { return input.value; });
  }

  function optionText(fieldset, key) {
    var label = fieldset.querySelector('label[for="' + fieldset.id + '-' + key + '"]');
    return label ? label.textContent.trim() : key;
  }

  // A new node each time, so the live region announces a repeated message again.
  function show(feedback, nodes, outcome) {
    var box = element('div', 'quiz-feedback-body');
    nodes.forEach(function (node) { box.appendChild(node); });
    feedback.className = 'quiz-feedback' + (outcome ? ' quiz-' + outcome : '');
    feedback.textContent = '';
    feedback.appendChild(box);
  }

  function rightAnswer(fieldset, correct) {
    if (correct.length === 1) {
      return [element('p', 'right-answer', words.rightAnswer + ' ' + optionText(fieldset, correct[0]))];
    }
    var list = element('ul', 'right-answer');
    correct.forEach(function (key) { list.appendChild(element('li', null, optionText(fieldset, key))); });
    return [element('p', 'right-answer', words.rightAnswers), list];
  }

  function checkAnswer() {
    var fieldset = questions[current];
    var feedback = fieldset.querySelector('.quiz-feedback');
    var chosen = chosenKeys(fieldset);
    if (chosen.length === 0) {
      show(feedback, [element('p', null, words.chooseFirst)], null);
      return;
    }
    var answer = document.getElementById(fieldset.id + '-answer');
    var correct = answer.getAttribute('data-correct').split(' ');
    var right = chosen.length === correct.length
      && chosen.every(function (key) { return correct.indexOf(key) >= 0; });
    var verdict = element('p', 'verdict');
    verdict.appendChild(element('strong', null, right ? words.right : words.wrong));
    show(feedback, [verdict].concat(rightAnswer(fieldset, correct), [answer.content.cloneNode(true)]),
      right ? 'right' : 'wrong');
    inputsOf(fieldset).forEach(function (input) {
      input.parentNode.classList.toggle('option-correct', correct.indexOf(input.value) >= 0);
    });
    fieldset.classList.add('checked');
    check.hidden = true;
    if (current === questions.length - 1) {
      submit.textContent = words.finish;
      submit.hidden = false;
      submit.focus();
    } else {
      next.hidden = false;
      next.focus();
    }
  }

  function nextQuestion() {
    questions[current].hidden = true;
    current += 1;
    questions[current].hidden = false;
    next.hidden = true;
    check.hidden = false;
    questions[current].querySelector('legend').focus();
  }

  questions.forEach(function (fieldset, index) {
    var feedback = element('div', 'quiz-feedback');
    feedback.id = fieldset.id + '-feedback';
    feedback.setAttribute('aria-live', 'polite');
    fieldset.appendChild(feedback);
    fieldset.querySelector('legend').setAttribute('tabindex', '-1');
    fieldset.hidden = index !== 0;
  });
  var last = questions[questions.length - 1];
  last.parentNode.insertBefore(controls, last.nextSibling);
  submit.hidden = true;
  form.classList.add('quiz-stepping');

  check.addEventListener('click', checkAnswer);
  next.addEventListener('click', nextQuestion);
  // Enter in a question submits a form implicitly: before the last step it checks the answer (or
  // moves on) instead, so the whole quiz is not sent half-taken.
  form.addEventListener('submit', function (event) {
    if (!submit.hidden) {
      return;
    }
    event.preventDefault();
    (check.hidden ? next : check).click();
  });
})();
