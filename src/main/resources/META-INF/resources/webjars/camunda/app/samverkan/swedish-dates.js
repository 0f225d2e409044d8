/*
 * Samverkan: how a date or a time typed by Swedish staff is read.
 *
 * Pure rules, no page: form-language.js applies them to the date and time fields of Camunda Forms, and
 * SwedishDateInputBrowserTest runs them against a table. A value is either read as meant ({ value }) or
 * refused with a Swedish message that quotes what was typed ({ error }); it is never changed into
 * something else. An empty field is { value: null }.
 */

const DATE_HINT = 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-27.';
const TIME_HINT = 'Skriv tiden som TT:MM med 24-timmarsklocka, till exempel 09:00 eller 14:30.';

// Year first: 2026-11-27, 2026/11/27, 2026.11.27, 2026 11 27, 20261127.
const YEAR_FIRST = /^(\d{4})\s*[-./ ]\s*(\d{1,2})\s*[-./ ]\s*(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// Day first, as written by hand: 27/11 2026, 27/11-2026, 27.11.2026, 27-11-2026, 27 11 2026.
const DAY_FIRST = /^(\d{1,2})\s*[-./ ]\s*(\d{1,2})\s*[-./ ]\s*(\d{4})$/;

// 9:00, 09:00, 9.00, 09.30, 0900, 900, 9, 14, with or without "kl." in front.
const TIME_SEPARATED = /^(\d{1,2})\s*[:.]\s*(\d{2})$/;
const TIME_COMPACT = /^(\d{1,2})(\d{2})$/;
const HOURS_ONLY = /^(\d{1,2})$/;

function twoDigits(number) {
  return String(number).padStart(2, '0');
}

function quoted(text) {
  return '”' + text + '”';
}

/** A calendar date that exists: 2026-02-29 does not. */
function calendarDate(year, month, day) {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) {
    return null;
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > daysInMonth ? null : year + '-' + twoDigits(month) + '-' + twoDigits(day);
}

/** Reads a typed date; the value is ÅÅÅÅ-MM-DD, as Camunda Forms submit it. */
export function readDate(typed) {
  const text = String(typed == null ? '' : typed).trim();
  if (!text) {
    return { value: null };
  }
  let parts = YEAR_FIRST.exec(text) || COMPACT.exec(text);
  let date = null;
  if (parts) {
    date = calendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  } else if ((parts = DAY_FIRST.exec(text))) {
    date = calendarDate(Number(parts[3]), Number(parts[2]), Number(parts[1]));
  }
  if (!date) {
    return { error: quoted(text) + ' är inget datum som går att läsa. ' + DATE_HINT };
  }
  return { value: date };
}

/** Reads a typed time of day on the 24-hour clock, any minute; the value is TT:MM. */
export function readTime(typed) {
  const text = String(typed == null ? '' : typed).trim().replace(/^kl\.?\s*/i, '');
  if (!text) {
    return { value: null };
  }
  const parts = TIME_SEPARATED.exec(text) || TIME_COMPACT.exec(text) || HOURS_ONLY.exec(text);
  const hours = parts ? Number(parts[1]) : NaN;
  const minutes = parts && parts[2] !== undefined ? Number(parts[2]) : 0;
  if (!(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59)) {
    return { error: quoted(String(typed).trim()) + ' är ingen tid som går att läsa. ' + TIME_HINT };
  }
  return { value: twoDigits(hours) + ':' + twoDigits(minutes) };
}
