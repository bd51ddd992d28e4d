// Calendar days as whole numbers (days since 1970-01-01), so date arithmetic needs no Date objects or time zones.

const DAY_MS = 86_400_000;

export function dayFromYmd(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

export function ymdFromDay(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** YYYY-MM-DD. */
export function isoDate(day: number): string {
  const { year, month, date } = ymdFromDay(day);
  return `${year}-${pad(month)}-${pad(date)}`;
}

/** The day of a YYYY-MM-DD string; undefined for anything else. */
export function dayFromIsoDate(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const day = dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
  return isoDate(day) === value ? day : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
