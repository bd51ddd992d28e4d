// Dates, times and sizes through Intl, in the data's time zone (Europe/Oslo). Browsers without Nynorsk or Northern
// Sami locale data (Chromium ships neither) get Bokmål patterns with the right month and weekday names.
import { osloParts, TIME_ZONE, type CalendarMonth } from '../time/oslo.js';
import type { Locale } from './locale.js';

const INTL_TAGS: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB', se: 'se-NO' };

const OWN_NAMES: Partial<Record<Locale, { month: string[]; monthShort: string[]; weekday: string[]; weekdayShort: string[] }>> = {
  nn: {
    month: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    monthShort: ['jan.', 'feb.', 'mar.', 'apr.', 'mai', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
    weekday: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
    weekdayShort: ['mån.', 'tys.', 'ons.', 'tor.', 'fre.', 'lau.', 'sun.'],
  },
  se: {
    month: ['ođđajagemánnu', 'guovvamánnu', 'njukčamánnu', 'cuoŋománnu', 'miessemánnu', 'geassemánnu', 'suoidnemánnu', 'borgemánnu', 'čakčamánnu', 'golggotmánnu', 'skábmamánnu', 'juovlamánnu'],
    monthShort: ['ođđj', 'guov', 'njuk', 'cuo', 'mies', 'geas', 'suoi', 'borg', 'čakč', 'golg', 'skáb', 'juov'],
    weekday: ['vuossárga', 'maŋŋebárga', 'gaskavahkku', 'duorasdat', 'bearjadat', 'lávvardat', 'sotnabeaivi'],
    weekdayShort: ['vuos', 'maŋ', 'gask', 'duor', 'bear', 'láv', 'sotn'],
  },
};

const supported = new Map<Locale, boolean>();
function hasIntlData(locale: Locale): boolean {
  let known = supported.get(locale);
  if (known === undefined) {
    known = Intl.DateTimeFormat.supportedLocalesOf([INTL_TAGS[locale]]).length > 0;
    supported.set(locale, known);
  }
  return known;
}

/** The tag handed to Intl for a locale; Bokmål where the browser lacks the language. */
export function intlTag(locale: Locale): string {
  return hasIntlData(locale) ? INTL_TAGS[locale] : INTL_TAGS.nb;
}

// Creating an Intl formatter costs far more than using one (a new NumberFormat per document took 69 % of opening an
// item of a 300-item agenda): one per kind, language and option set, kept for the page's life.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cachedFormatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => F): F {
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = create();
    formatters.set(key, found);
  }
  return found;
}

function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedFormatter(`date ${tag} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, ...options }));
}

function numberFormatter(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormatter(`number ${tag} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));
}

export function formatDateTime(value: string | Date, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const names = hasIntlData(locale) ? undefined : OWN_NAMES[locale];
  const parts = formatter(intlTag(locale), options).formatToParts(date);
  if (!names) return parts.map((part) => part.value).join('');
  const { month, weekday } = osloParts(date);
  return parts
    .map((part) => {
      if (part.type === 'month' && (options.month === 'long' || options.month === 'short')) {
        return (options.month === 'long' ? names.month : names.monthShort)[month - 1];
      }
      if (part.type === 'weekday') return (options.weekday === 'long' ? names.weekday : names.weekdayShort)[weekday - 1];
      return part.value;
    })
    .join('');
}

export const formatDate = (value: string | Date, locale: Locale) =>
  formatDateTime(value, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
export const formatTime = (value: string | Date, locale: Locale) =>
  formatDateTime(value, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
export const formatMonth = (month: CalendarMonth, locale: Locale) =>
  formatDateTime(new Date(Date.UTC(month.year, month.month - 1, 15, 12)), locale, { month: 'long', year: 'numeric' });

/** Weekday names, Monday first, in the locale. */
export function weekdayNames(locale: Locale, width: 'long' | 'short'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    formatDateTime(new Date(Date.UTC(2024, 0, 1 + i, 12)), locale, { weekday: width }),
  );
}

const KB = 1000;
const UNITS = [
  [KB ** 3, 'gigabyte'],
  [KB ** 2, 'megabyte'],
  [KB, 'kilobyte'],
  [1, 'byte'],
] as const;

/** "245 kB", "5 GB"; empty for an unknown size and for 0, which servers send when they do not know it either. */
export function formatFileSize(bytes: number | null | undefined, locale: Locale): string {
  if (bytes == null || !(bytes > 0)) return '';
  const [size, unit] = UNITS.find(([size]) => bytes >= size) ?? UNITS[3];
  const value = bytes / size;
  return numberFormatter(intlTag(locale), {
    style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** "30. september", with the year when it is not this year in Oslo ("30. september 2020"). */
export function formatDayMonth(value: string | Date, locale: Locale, now: Date = new Date()): string {
  const sameYear = osloParts(value).year === osloParts(now).year;
  return formatDateTime(value, locale, sameYear ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A calendar day (YYYY-MM-DD, as in Oslo) written out with its weekday: "onsdag 2. desember 2026". */
export const formatDay = (day: string, locale: Locale) => formatDate(`${day}T12:00:00Z`, locale);
