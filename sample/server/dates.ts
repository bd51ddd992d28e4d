// Query dates: a bare date means the whole day in Oslo; a date-time must carry its offset.
import { osloWallTime } from '../../src/shared/ics.js';

export interface DateBound {
  /** First instant included. */
  startMs: number;
  /** First instant after the bound: the next Oslo midnight for a date, the instant itself for a date-time (exclusive). */
  endMs: number;
  /** The Oslo calendar day of the bound, for comparing with date-only fields. */
  osloDate: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

export function parseDateBound(value: string): DateBound | undefined {
  const date = DATE.exec(value);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!isRealDate(year, month, day)) return undefined;
    return { startMs: osloStartOfDay(year, month, day), endMs: osloStartOfDay(year, month, day + 1), osloDate: value };
  }
  const dateTime = DATE_TIME.exec(value);
  if (!dateTime || !parseDateBound(dateTime[1] ?? '')) return undefined;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return undefined;
  return { startMs: instant, endMs: instant, osloDate: toOsloDate(instant) };
}

export function toOsloDate(instant: number): string {
  const t = osloWallTime(new Date(instant));
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** Midnight in Oslo; `day` may overflow into the next month. Oslo never changes offset at midnight. */
function osloStartOfDay(year: number, month: number, day: number): number {
  const utcMidnight = Date.UTC(year, month - 1, day);
  const guess = utcMidnight - osloOffsetMs(utcMidnight);
  return utcMidnight - osloOffsetMs(guess);
}

function osloOffsetMs(instant: number): number {
  const t = osloWallTime(new Date(instant));
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - Math.floor(instant / 1000) * 1000;
}
