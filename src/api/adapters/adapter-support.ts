// What every adapter needs when it turns another API's answers into ours: contract checks item by item, time zones, URLs.
import * as v from '../shape.js';
import type { ApiClient, QueryParams } from '../client.js';
import { ApiError } from '../errors.js';
import type { ReadOptions } from '../publication-api.js';

export interface PagedList<P> {
  schema: v.Schema<P>;
  items: (page: P) => readonly unknown[];
  next: (page: P) => string | null | undefined;
  /** Stops a list that never ends (a looping or hostile `next`). */
  maxPages: number;
  /** Named in the error when the list does not end, e.g. "eInnsyn's list". */
  what: string;
}

/** Every item of a paginated list, following `next` (on the API's origin only) until it ends. */
export async function collectPages<P>(client: ApiClient, first: string, params: QueryParams | undefined, list: PagedList<P>, options: ReadOptions): Promise<unknown[]> {
  const items: unknown[] = [];
  const seen = new Set<string>();
  let page = await client.get(first, list.schema, { ...options, params });
  items.push(...list.items(page));
  for (let link = list.next(page); link; link = list.next(page)) {
    const next = client.resolveLink(link, 'next');
    if (seen.has(next) || seen.size >= list.maxPages) {
      throw new ApiError('bad-data', next, `${list.what} did not end within ${list.maxPages} pages.`);
    }
    seen.add(next);
    page = await client.get(next, list.schema, options);
    items.push(...list.items(page));
  }
  return items;
}

/** Runs `run` for every item, at most `limit` at a time. */
export async function eachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/** Keeps the items the contract's schema accepts; one bad item is left out, not the whole list. */
export function keepValid<T>(schema: v.Schema<T>, items: readonly unknown[]): T[] {
  const kept: T[] = [];
  for (const item of items) {
    const result = v.safeParse(schema, item);
    if (result.success) kept.push(result.output);
  }
  return kept;
}

/** Parses with `schema`, or undefined when the item does not fit. */
export function parseOrSkip<T>(schema: v.Schema<T>, item: unknown): T | undefined {
  const result = v.safeParse(schema, item);
  return result.success ? result.output : undefined;
}

const OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * An RFC 3339 date-time with offset. Values that carry none (a plain date, or a local time as some systems send) are
 * taken as Europe/Oslo wall-clock time, where Norwegian records are kept. Undefined when it is not a date at all.
 */
export function osloDateTime(value: string | null | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  if (OFFSET.test(raw)) return Number.isNaN(Date.parse(raw)) ? undefined : raw.replace(' ', 'T');
  const m = LOCAL.exec(raw);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const asUtc = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s);
  const offset = osloOffsetMinutes(asUtc - osloOffsetMinutes(asUtc) * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function osloOffsetMinutes(instant: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The YYYY-MM-DD part of a date or date-time, or undefined. */
export function dateOnly(value: string | null | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '');
  return m?.[1];
}

/**
 * An absolute http(s) URL resolved against `base`, or null. `http:` stays `http:`: upgrading it silently could break a
 * link that only works unencrypted, and the visitor should see what the source published.
 */
export function httpUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  if (!URL.canParse(value.trim(), base)) return null;
  const url = new URL(value.trim(), base);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** IANA media type for the file formats archives name loosely ("PDF", "PDF/A", "DOCX"). */
export function mediaTypeOf(format: string | null | undefined): string {
  const value = (format ?? '').trim().toLowerCase();
  if (/^[a-z]+\/[a-z0-9.+-]+$/.test(value) && !value.startsWith('pdf/')) return value;
  if (value.includes('pdf')) return 'application/pdf';
  if (value === 'docx') return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (value === 'doc') return 'application/msword';
  if (value === 'xlsx') return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (value === 'odt') return 'application/vnd.oasis.opendocument.text';
  if (value === 'html' || value === 'htm') return 'text/html';
  if (value === 'txt') return 'text/plain';
  return 'application/octet-stream';
}

/** Text made safe to embed as HTML: the contract's decisions are HTML, and a plain-text source must not become markup. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The text eInnsyn and our contract use for a screened part of a title or name. */
export const SCREENED = '*****';
