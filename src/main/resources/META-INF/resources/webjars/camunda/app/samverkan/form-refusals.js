/*
 * Samverkan: when the server refuses a submitted form, the user reads why where they are looking.
 *
 * The server answers a refused start or task form with 400 (or 403/409) and { field, message }, the message
 * in Swedish and naming the field (platform/RefusalMapping). Tasklist would show it as a notification at
 * the top of the page, over the form's buttons, and a start form's dialog may be scrolled far from there.
 * Here the message is shown, alone, right above the button that was pressed, and at the field it names.
 * Loaded by Tasklist only, through customScripts in tasklist/scripts/config.js.
 */
import { clearAll, clearAtField, fieldNamed, fieldOf, showAtField } from './field-messages.js';

const angular = window.angular;
const customisation = angular.module('cam.tasklist.custom');

const NEXT_TO_BUTTON = 'samverkan-refusal';
// The forms Tasklist shows: a task's, or a start form in the "Starta process" dialog.
const FORMS = '[cam-tasklist-form]';

let pressed = null;

document.addEventListener('click', (event) => {
  const button = event.target.closest ? event.target.closest('button') : null;
  if (button && button.closest('.form-actions, .modal-footer')) {
    pressed = button;
    // A new attempt: the last refusal is no longer the news.
    document.querySelectorAll('.' + NEXT_TO_BUTTON).forEach((message) => message.remove());
  }
}, true);

// Correcting a field takes its message away. Only what the user types counts: the date picker announces
// its own changes as input events too.
document.addEventListener('input', (event) => {
  if (event.isTrusted) {
    clearAtField(fieldOf(event.target));
  }
}, true);

function submitButton() {
  if (pressed && pressed.isConnected) {
    return pressed;
  }
  return document.querySelector('.modal-footer .btn-primary, ' + FORMS + ' .form-actions .btn-primary');
}

function showNextToButton(text) {
  const button = submitButton();
  if (!button) {
    return false;
  }
  const row = button.parentElement;
  let message = Array.from(row.children).find((child) => child.classList.contains(NEXT_TO_BUTTON));
  if (!message) {
    message = document.createElement('div');
    message.className = NEXT_TO_BUTTON;
    message.setAttribute('role', 'alert');
    row.insertBefore(message, row.firstChild);
  }
  message.textContent = text;
  return true;
}

function showAtNamedField(key, text) {
  const form = (pressed && pressed.isConnected && pressed.closest('.modal-content, ' + FORMS)) || document;
  const container = form.querySelector('.fjs-container');
  clearAll(container);
  showAtField(fieldNamed(container, key), text);
}

/*
 * The server's answer names the field, which Tasklist does not pass on, so the answers to form submissions
 * are read as they arrive.
 */
let lastSubmissionRefused = false;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  if (/\/submit-form\/?(\?|$)/.test(String(url))) {
    lastSubmissionRefused = false;
    this.addEventListener('load', () => {
      if (this.status < 400) {
        return;
      }
      let answer = null;
      try {
        answer = JSON.parse(this.responseText);
      } catch (notJson) {
        return;
      }
      if (answer && typeof answer.message === 'string') {
        lastSubmissionRefused = showNextToButton(answer.message);
        if (typeof answer.field === 'string') {
          showAtNamedField(answer.field, answer.message);
        }
      }
    });
  }
  return open.apply(this, arguments);
};

/*
 * The message: Tasklist reports a refused form as an error notification, "Ett fel uppstod när uppgiftens
 * formulär skulle skickas" or "Processen kunde inte startas", followed by the server's message. That one
 * goes next to the button instead; every other notification stays as it is.
 */
customisation.config(['$provide', function ($provide) {
  // $translate is looked up when needed: it depends on $http, whose interceptors use Notifications.
  $provide.decorator('Notifications', ['$delegate', '$injector', function (notifications, $injector) {
    const addError = notifications.addError;
    notifications.addError = function (notification) {
      const $translate = $injector.get('$translate');
      const formRefused = notification
        && [$translate.instant('COMPLETE_ERROR'), $translate.instant('PROCESS_START_ERROR')]
          .indexOf(notification.status) > -1;
      // Already shown next to the button, from the server's answer (Tasklist may pass the message on or not).
      if (formRefused && lastSubmissionRefused) {
        return undefined;
      }
      if (formRefused && notification.message && showNextToButton(notification.message)) {
        return undefined;
      }
      // Without a message it is the form's own check (a required field left empty), already said at the
      // fields in Swedish.
      if (formRefused && !notification.message) {
        return undefined;
      }
      return addError.apply(this, arguments);
    };
    return notifications;
  }]);
}]);
