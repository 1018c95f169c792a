/**
 * Strict readers and writers for the two textual time forms of the format: instants
 * (`2026-01-05T09:00:00Z`, offset required) and calendar dates (`2026-01-05`). `Date.parse` alone is
 * too lenient: it rolls `2026-02-30` over into March and accepts strings without an offset.
 * Calendar dates are handled as day numbers (days since 1970-01-01) so that date arithmetic is integer
 * arithmetic; the civil-calendar conversions are Howard Hinnant's, which `Date.UTC` cannot replace
 * because it maps years 0–99 into the 1900s.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MS_PER_DAY = 86_400_000;
export const MS_PER_HOUR = 3_600_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month]!);
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The two ASCII digits of `text` at `at` as a number, or -1 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const DASH = 45;
const COLON = 58;
const DOT = 46;
const PLUS = 43;
const T = 84;
const Z = 90;

/**
 * Milliseconds since the epoch, or `null` when `text` is not an ISO-8601 instant with an offset
 * (`YYYY-MM-DDTHH:MM[:SS[.fraction]]` then `Z` or `±HH:MM`/`±HHMM`). Scanned by hand, without loops
 * over fields or regular expressions, because imports and metrics read every transition's instant and
 * most of those reads happen before the engine has optimised anything.
 */
export function parseInstant(text: string): number | null {
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const separatorsOk = text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH && text.charCodeAt(10) === T && text.charCodeAt(13) === COLON;
  if (!separatorsOk || century < 0 || yearOfCentury < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  const year = century * 100 + yearOfCentury;
  if (!validDay(year, month, day)) return null;
  let at = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(at) === COLON) {
    second = twoDigits(text, at + 1);
    if (second < 0 || second > 59) return null;
    at += 3;
    if (text.charCodeAt(at) === DOT) {
      const fractionStart = ++at;
      // Digits beyond milliseconds are read and dropped, as Date.parse does.
      for (let scale = 100; isDigit(text.charCodeAt(at)); at++, scale /= 10) {
        if (scale >= 1) millis += (text.charCodeAt(at) - 48) * scale;
      }
      if (at === fractionStart) return null;
    }
  }
  let offsetMinutes = 0;
  const marker = text.charCodeAt(at);
  if (marker === Z) {
    at += 1;
  } else {
    const sign = marker === PLUS ? 1 : marker === DASH ? -1 : 0;
    const colon = text.charCodeAt(at + 3) === COLON ? 1 : 0;
    const offsetHour = twoDigits(text, at + 1);
    const offsetMinute = twoDigits(text, at + 3 + colon);
    if (sign === 0 || offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return null;
    offsetMinutes = sign * (offsetHour * 60 + offsetMinute);
    at += 5 + colon;
  }
  if (at !== text.length) return null;
  const wallMinutes = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute;
  return (wallMinutes - offsetMinutes) * 60_000 + second * 1000 + millis;
}

/** Milliseconds of an instant that validation already accepted; throws for anything else. */
export function instantMs(text: string): number {
  const ms = parseInstant(text);
  if (ms === null) throw new RangeError(`"${text}" is not an ISO-8601 instant with an offset`);
  return ms;
}

/** Day number (days since 1970-01-01), or `null` when `text` is not a valid `YYYY-MM-DD` date. */
export function parseDate(text: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  return validDay(year, month, day) ? daysFromCivil(year, month, day) : null;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDate(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
