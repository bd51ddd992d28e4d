// Norwegian public holidays (helligdager, lov om helligdager og helligdagsfred § 2, and 1 and 17 May) and working days,
// for legal deadlines counted in working days (offentleglova § 32) and for the sample generator's schedules.
import { dayFromYmd, weekday, ymdFromDay } from './calendar-day.js';

const cache = new Map<number, ReadonlySet<number>>();

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromYmd(year, month, date);
}

/**
 * New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday
 * and Monday, Christmas Day and Boxing Day. Christmas Eve and New Year's Eve are ordinary working days in law.
 */
export function publicHolidays(year: number): ReadonlySet<number> {
  let days = cache.get(year);
  if (!days) {
    const easter = easterSunday(year);
    days = new Set([
      dayFromYmd(year, 1, 1),
      dayFromYmd(year, 5, 1),
      dayFromYmd(year, 5, 17),
      dayFromYmd(year, 12, 25),
      dayFromYmd(year, 12, 26),
      ...[-3, -2, 0, 1, 39, 49, 50].map((offset) => easter + offset),
    ]);
    cache.set(year, days);
  }
  return days;
}

export function isPublicHoliday(day: number): boolean {
  return publicHolidays(ymdFromDay(day).year).has(day);
}

export interface WorkingDayRules {
  /** Days that are closed besides weekends and public holidays (an office's own closing days). */
  alsoClosed?: (day: number) => boolean;
}

/** Monday to Friday, not a public holiday, and not closed by `rules`. */
export function isWorkingDay(day: number, rules: WorkingDayRules = {}): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !isPublicHoliday(day) && !rules.alsoClosed?.(day);
}

/** The first working day on or after `day`. */
export function workingDayOnOrAfter(day: number, rules: WorkingDayRules = {}): number {
  let result = day;
  while (!isWorkingDay(result, rules)) result++;
  return result;
}

/** The last working day on or before `day`. */
export function workingDayOnOrBefore(day: number, rules: WorkingDayRules = {}): number {
  let result = day;
  while (!isWorkingDay(result, rules)) result--;
  return result;
}

/** The `count`th working day after `day` (before it when negative); `day` itself is not counted. */
export function addWorkingDays(day: number, count: number, rules: WorkingDayRules = {}): number {
  let result = day;
  for (let left = Math.abs(count); left > 0; left--) {
    result = count > 0 ? workingDayOnOrAfter(result + 1, rules) : workingDayOnOrBefore(result - 1, rules);
  }
  return result;
}
