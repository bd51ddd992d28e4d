// The one parser for the API's date-times: all of RFC 3339 § 5.6 in, only what every browser's Date reads out.

// RFC 3339's ABNF is case-insensitive ("t" and "z" are allowed); the offset always has minutes (+01:00, never +01).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The date-time in the form `Date` parses everywhere (upper-case T and Z; a leap second as the last millisecond of
 * its minute, which is as close as `Date` can get), or undefined when it is not an RFC 3339 date-time.
 */
export function normalizeDateTime(value: string): string | undefined {
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction = '', zone, offsetHours, offsetMinutes] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return undefined;
  if (day < 1 || day > (month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1]!)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  if (offsetHours !== undefined && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return undefined;

  const leap = s === '60';
  const seconds = leap ? '59' : s;
  // Some engines read at most milliseconds; finer digits change nothing a calendar shows.
  const millis = leap ? '.999' : fraction.slice(0, 4);
  const normalized = `${y}-${mo}-${d}T${h}:${mi}:${seconds}${millis}${zone!.toUpperCase()}`;
  return Number.isNaN(Date.parse(normalized)) ? undefined : normalized;
}

export const isDateTime = (value: string): boolean => normalizeDateTime(value) !== undefined;
