// Calendar days and months in Europe/Oslo, where the records are kept. No DOM, no locale: the data layer and the
// elements both use it, so it sits below both.
import { dayFromIsoDate, isoDate } from './calendar-day.js';
export const TIME_ZONE = 'Europe/Oslo';

export interface OsloParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

let partsFormatter: Intl.DateTimeFormat | undefined;

export function osloParts(value: string | Date): OsloParts {
  const date = typeof value === 'string' ? new Date(value) : value;
  partsFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23', weekday: 'short',
  });
  const parts = partsFormatter.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { year: +get('year'), month: +get('month'), day: +get('day'), hour: +get('hour'), minute: +get('minute'), weekday };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Oslo calendar day of an instant, as YYYY-MM-DD. */
export function osloDateKey(value: string | Date): string {
  const { year, month, day } = osloParts(value);
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface CalendarMonth {
  year: number;
  /** 1–12 */
  month: number;
}

export function parseMonth(value: string | null | undefined): CalendarMonth | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return undefined;
  const month = { year: Number(match[1]), month: Number(match[2]) };
  // Date.UTC reads years 0–99 as 1900–1999 ("0000-01" became January 1900 over this month's meetings).
  return month.month >= 1 && month.month <= 12 && month.year >= 1000 ? month : undefined;
}

export const monthKey = ({ year, month }: CalendarMonth) => `${year}-${pad(month)}`;
export const dayKey = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

export function addMonths({ year, month }: CalendarMonth, delta: number): CalendarMonth {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const daysInMonth = ({ year, month }: CalendarMonth) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function monthOf(value: Date): CalendarMonth {
  const { year, month } = osloParts(value);
  return { year, month };
}

/** First and last day of a month, the range a month view asks the API for. */
export function monthRange(month: CalendarMonth): { from: string; to: string } {
  return { from: dayKey(month.year, month.month, 1), to: dayKey(month.year, month.month, daysInMonth(month)) };
}

/** A YYYY-MM-DD day moved by whole days (calendar days, so summer time does not matter). */
export function addDays(day: string, delta: number): string {
  const start = dayFromIsoDate(day);
  if (start === undefined) throw new RangeError(`Not a day: ${day}`);
  return isoDate(start + delta);
}

/** Whether a string is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isDayKey(value: string | null | undefined): value is string {
  return typeof value === 'string' && dayFromIsoDate(value) !== undefined;
}
