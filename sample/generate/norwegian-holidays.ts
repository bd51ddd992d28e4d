// Norwegian public holidays, so that meetings and journal dates fall on working days.
import { dayFromYmd, weekday, ymdFromDay } from './oslo-time.js';

const cache = new Map<number, Set<number>>();

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easterSunday(year: number): number {
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

function holidaysOf(year: number): Set<number> {
  let days = cache.get(year);
  if (!days) {
    const easter = easterSunday(year);
    days = new Set([
      dayFromYmd(year, 1, 1),
      dayFromYmd(year, 5, 1),
      dayFromYmd(year, 5, 17),
      dayFromYmd(year, 12, 24),
      dayFromYmd(year, 12, 25),
      dayFromYmd(year, 12, 26),
      dayFromYmd(year, 12, 31),
      ...[-3, -2, 1, 39, 50].map((offset) => easter + offset),
    ]);
    cache.set(year, days);
  }
  return days;
}

export function isWorkday(day: number): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !holidaysOf(ymdFromDay(day).year).has(day);
}

/** The first working day on or after `day`. */
export function workdayOnOrAfter(day: number): number {
  let result = day;
  while (!isWorkday(result)) result++;
  return result;
}

/** The last working day on or before `day`. */
export function workdayOnOrBefore(day: number): number {
  let result = day;
  while (!isWorkday(result)) result--;
  return result;
}

/** `count` working days after `day` (before it when negative). */
export function addWorkdays(day: number, count: number): number {
  let result = day;
  for (let left = Math.abs(count); left > 0; left--) result = count > 0 ? workdayOnOrAfter(result + 1) : workdayOnOrBefore(result - 1);
  return result;
}
