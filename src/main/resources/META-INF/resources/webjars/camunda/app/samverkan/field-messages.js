/*
 * Samverkan: a message shown at a field of a Camunda Form (form-js), the way form-js shows its own
 * ("Fältet måste fyllas i."), for what form-js cannot say itself: a date or time it could not read
 * (form-language.js) and the server's refusal of a submitted form (form-refusals.js).
 */

const MESSAGE = 'samverkan-field-message';
const REFUSED = 'samverkan-field-refused';

/** The form-js field an input belongs to. */
export function fieldOf(element) {
  return element && element.closest ? element.closest('.fjs-form-field') : null;
}

/**
 * The field with a form key, e.g. "consentDate". form-js builds the ids of its inputs from the field's id,
 * which is the key in every form of ours: ...-consentDate, ...-consentDate-date, ...-consentGiven-0.
 */
export function fieldNamed(container, key) {
  if (!container || !key) {
    return null;
  }
  const id = CSS.escape(key);
  return fieldOf(container.querySelector('[id$="-' + id + '"], [id*="-' + id + '-"]'));
}

export function showAtField(field, text) {
  if (!field) {
    return;
  }
  let message = Array.from(field.children).find((child) => child.classList.contains(MESSAGE));
  if (!message) {
    message = document.createElement('div');
    message.className = MESSAGE;
    message.setAttribute('role', 'alert');
    field.appendChild(message);
  }
  message.textContent = text;
  field.classList.add(REFUSED);
}

export function clearAtField(field) {
  if (!field) {
    return;
  }
  Array.from(field.children).filter((child) => child.classList.contains(MESSAGE)).forEach((child) => child.remove());
  field.classList.remove(REFUSED);
}

export function clearAll(container) {
  if (container) {
    container.querySelectorAll('.' + REFUSED).forEach(clearAtField);
  }
}
