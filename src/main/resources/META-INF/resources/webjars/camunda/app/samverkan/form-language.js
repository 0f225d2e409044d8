/*
 * Samverkan: Camunda Forms in Tasklist in Swedish.
 *
 * Tasklist renders our forms with form-js, which has no translations: its validation messages ("Field is
 * required.") are fixed English strings, and its date picker (flatpickr) shows English month and day
 * names with Sunday first. Loaded by Tasklist only, through customScripts in tasklist/scripts/config.js.
 *
 * Dates and times are read the Swedish way (swedish-dates.js). form-js takes the date format from the
 * browser's locale (an English browser gets mm/dd/yyyy) and its date picker reads typed text by that
 * format, so 2026-11-27 became 8/6/2027; its time field reads only hh:mm and drops what it cannot read.
 * Here every date field reads and shows ÅÅÅÅ-MM-DD, and a date or time that cannot be read is refused
 * with a Swedish message at the field instead of being changed.
 */
import { readDate, readTime } from './swedish-dates.js';
import { clearAtField, fieldOf, showAtField } from './field-messages.js';

// form-js's messages, as it words them, and what staff read instead.
const MESSAGES = [
  [/^Field is required\.$/, () => 'Fältet måste fyllas i.'],
  [/^Field must match pattern .*\.$/, () => 'Värdet har fel format.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => 'Värdet måste vara minst ' + m[1] + '.'],
  [/^Field must have maximum value of (.+)\.$/, (m) => 'Värdet får vara högst ' + m[1] + '.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => 'Skriv minst ' + m[1] + ' tecken.'],
  [/^Field must have maximum length of (\d+)\.$/, (m) => 'Skriv högst ' + m[1] + ' tecken.'],
  [/^Field must be a valid email\.$/, () => 'Ange en giltig e-postadress.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Ange ett telefonnummer med landsnummer, till exempel +46701234567.'],
  [/^Value is not a number\.$/, () => 'Ange ett tal.'],
  [/^Value is expected to be an integer\.$/, () => 'Ange ett heltal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => 'Ange högst ' + m[1] + ' decimaler.'],
  [/^Date and time must both be entered\.$/, () => 'Fyll i både datum och tid.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => 'Välj ett giltigt värde, till exempel ' + m[1] + ' eller ' + m[2] + '.']
];

function swedish(text) {
  for (const [pattern, wording] of MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      return wording(match);
    }
  }
  return null;
}

// Text nodes are changed in place: form-js (Preact) keeps references to them.
function translateTexts(element, translate) {
  const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const translated = translate(node.data.trim());
    if (translated) {
      node.data = translated;
    }
  }
}

function translateForm(form) {
  form.querySelectorAll('.fjs-form-field-error').forEach((error) => translateTexts(error, swedish));
  // An empty dropdown says "Select"; a searchable one asks to "Search".
  form.querySelectorAll('.fjs-select-placeholder').forEach((placeholder) =>
    translateTexts(placeholder, (text) => (text === 'Select' ? 'Välj' : null)));
  form.querySelectorAll('input[placeholder="Search"]').forEach((search) => {
    search.placeholder = 'Sök';
  });
}

// form-js renders and re-renders as the user types; each change is translated as it appears.
new MutationObserver((changes) => {
  const forms = new Set();
  changes.forEach((change) => {
    const target = change.target.nodeType === Node.TEXT_NODE ? change.target.parentElement : change.target;
    const form = target && target.closest ? target.closest('.fjs-container') : null;
    if (form) {
      forms.add(form);
    } else if (target && target.querySelectorAll) {
      target.querySelectorAll('.fjs-container').forEach((inside) => forms.add(inside));
    }
  });
  forms.forEach(translateForm);
}).observe(document.body, { childList: true, subtree: true, characterData: true });

const CALENDAR = {
  weekdays: {
    shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
    longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
      'november', 'december']
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'v.',
  rangeSeparator: ' till ',
  scrollTitle: 'Skrolla för att ändra',
  toggleTitle: 'Klicka för att växla',
  hourAriaLabel: 'Timme',
  minuteAriaLabel: 'Minut',
  yearAriaLabel: 'År',
  monthAriaLabel: 'Månad',
  time_24hr: true,
  ordinal: () => '.'
};

/*
 * Every date picker of a form reads and shows ÅÅÅÅ-MM-DD. flatpickr runs its onReady hooks once a picker
 * is set up, with form-js's settings in place; the reading rule replaces its own (which rolls 2026-13-45
 * over into 2027), and a date it refuses is said at the field. flatpickr then empties the field, as it
 * does for any date it cannot read.
 */
function readTypedDates(selectedDates, dateText, picker) {
  const input = picker.input;
  picker.config.dateFormat = 'Y-m-d';
  picker.config.parseDate = (typed) => {
    const read = readDate(typed);
    if (read.error) {
      showAtField(fieldOf(input), read.error);
      return undefined;
    }
    clearAtField(fieldOf(input));
    if (!read.value) {
      return undefined;
    }
    const [year, month, day] = read.value.split('-').map(Number);
    return new Date(year, month - 1, day);
  };
  input.placeholder = 'ÅÅÅÅ-MM-DD';
  if (picker.selectedDates.length) {
    picker.setDate(picker.selectedDates, false);
  }
}

function swedishDatePicker(flatpickr) {
  flatpickr.localize(CALENDAR);
  flatpickr.setDefaults({ onReady: [readTypedDates] });
}

// The date picker registers itself as window.flatpickr when its module first runs, which may be after
// this script: set it up now, or the moment it arrives.
if (window.flatpickr) {
  swedishDatePicker(window.flatpickr);
} else {
  let picker;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: () => picker,
    set: (value) => {
      picker = value;
      if (value && value.localize) {
        swedishDatePicker(value);
      }
    }
  });
}

/*
 * Time fields: form-js reads "9.00" and "09:00" but empties the field on "0900" or "9", without a word.
 * Just before it reads the field (leaving it, or Enter) the typed time is written as TT:MM, or refused
 * with a message at the field. The new text is announced as input, so form-js has it when it reads: an
 * event's listeners run one by one, with pending renders done in between.
 */
function isTimeField(element) {
  return element instanceof HTMLInputElement && element.closest('.fjs-container .fjs-timepicker') !== null;
}

function readTypedTime(input) {
  const read = readTime(input.value);
  if (read.error) {
    showAtField(fieldOf(input), read.error);
    return;
  }
  clearAtField(fieldOf(input));
  if (read.value && read.value !== input.value) {
    input.value = read.value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

document.addEventListener('blur', (event) => {
  if (isTimeField(event.target)) {
    readTypedTime(event.target);
  }
}, true);

document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && isTimeField(event.target)) {
    readTypedTime(event.target);
  }
}, true);
