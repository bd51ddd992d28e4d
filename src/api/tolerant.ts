// Schema pieces that read what a real server sends without letting one odd value break a whole page.
import * as v from './shape.js';
import { normalizeDateTime } from './rfc3339.js';

/** An RFC 3339 date-time, handed on in the form every browser's Date parses (see rfc3339.ts). */
export const DateTimeSchema = v.format('date-time', normalizeDateTime, 'not an RFC 3339 date-time with a full offset');

/**
 * One of `options`; any other string (a value a newer server added) becomes `fallback`, as the spec asks of clients.
 * A value that is not a string at all is still an error.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(options: T, fallback: T[number]): v.Schema<T[number]> & { type: 'string'; options: T; fallback: T[number] } {
  const text = v.string();
  return {
    ...text,
    options,
    fallback,
    read: (input, issues) => {
      const value = text.read(input, issues);
      return options.includes(value) ? value : fallback;
    },
  };
}

const MAX_WARNINGS = 200;
const warned = new Set<string>();

/**
 * A list whose unreadable items are left out, each reported once with console.warn naming the field, so one bad
 * meeting costs that meeting and not the month.
 */
export function tolerantArray<T extends v.Schema>(item: T, what: string): v.ArraySchema<T> & { tolerant: true } {
  return {
    ...v.array(item),
    tolerant: true,
    read: (input, issues) => {
      const kept: v.InferOutput<T>[] = [];
      if (!Array.isArray(input)) v.typeIssue(issues, 'Array', input);
      else input.forEach((raw: unknown, index) => {
        const own: v.Issue[] = [];
        const output = item.read(raw, own);
        if (own.length) warnOnce(what, index, raw, own[0]!);
        else kept.push(output as v.InferOutput<T>);
      });
      return kept;
    },
  };
}

function warnOnce(what: string, index: number, raw: unknown, issue: v.Issue): void {
  const id = (raw as { id?: unknown } | null)?.id;
  const name = typeof id === 'string' ? `${what} "${id}"` : `${what} [${index}]`;
  const line = `innsyn-elements: left out ${name} from the API's answer: ${v.fieldPath(issue) || '(the item itself)'}: ${issue.message}`;
  if (warned.has(line)) return;
  if (warned.size >= MAX_WARNINGS) warned.clear();
  warned.add(line);
  console.warn(line);
}
