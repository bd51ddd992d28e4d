// Calendar days and Europe/Oslo wall-clock times without Intl time-zone data, so the output is the same on every machine.
// A "day" is a whole number of days since 1970-01-01; a time of day is minutes after midnight, Oslo time.

import { dayFromYmd, weekday, ymdFromDay } from '../../src/time/calendar-day.js';

export { dayFromYmd, isoDate, weekday, ymdFromDay } from '../../src/time/calendar-day.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;


function lastSundayOf(year: number, month: number): number {
  const lastDay = dayFromYmd(year, month + 1, 0);
  return lastDay - weekday(lastDay);
}

/** Oslo keeps summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. */
export function osloOffsetHoursAt(utcMs: number): 1 | 2 {
  const year = new Date(utcMs).getUTCFullYear();
  const start = lastSundayOf(year, 3) * DAY_MS + HOUR_MS;
  const end = lastSundayOf(year, 10) * DAY_MS + HOUR_MS;
  return utcMs >= start && utcMs < end ? 2 : 1;
}

/** The Oslo calendar day an instant falls on. */
export function osloDayOf(instant: Date): number {
  const utcMs = instant.getTime();
  return Math.floor((utcMs + osloOffsetHoursAt(utcMs) * HOUR_MS) / DAY_MS);
}

export interface OsloTime {
  /** ISO 8601 with the UTC offset in force in Oslo, e.g. 2025-01-15T18:00:00+01:00. */
  iso: string;
  epochMs: number;
}

/** The Oslo wall-clock time `minutes` after midnight on `day` (hours in the spring-forward gap are not used by the generator). */
export function osloTime(day: number, minutes: number): OsloTime {
  const localMs = day * DAY_MS + minutes * 60_000;
  const offset = osloOffsetHoursAt(localMs - HOUR_MS);
  const { year, month, date } = ymdFromDay(day);
  const iso =
    `${year}-${pad(month)}-${pad(date)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00` + `+${pad(offset)}:00`;
  return { iso, epochMs: localMs - offset * HOUR_MS };
}

/** DD.MM.YYYY, as Norwegian documents write dates. */
export function norwegianDate(day: number): string {
  const { year, month, date } = ymdFromDay(day);
  return `${pad(date)}.${pad(month)}.${year}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A random time between 09:00 and 15:59 on `day`, when offices publish things. */
export function officeHours(random: { int(min: number, max: number): number }, day: number): string {
  return osloTime(day, random.int(9 * 60, 16 * 60 - 1)).iso;
}
