/*
 * Samverkan: Camunda Forms in Tasklist in Swedish.
 *
 * Tasklist renders our forms with form-js, which has no translations: its validation messages ("Field is
 * required.") are fixed English strings, and its date picker (flatpickr) shows English month and day
 * names with Sunday first. Loaded by Tasklist only, through customScripts in tasklist/scripts/config.js.
 */

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

// The date picker registers itself as window.flatpickr when its module first runs, which may be after
// this script: localise it now, or the moment it arrives.
if (window.flatpickr) {
  window.flatpickr.localize(CALENDAR);
} else {
  let picker;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: () => picker,
    set: (value) => {
      picker = value;
      if (value && value.localize) {
        value.localize(CALENDAR);
      }
    }
  });
}
