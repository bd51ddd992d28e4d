// Schema pieces that read what a real server sends without letting one odd value break a whole page.
import * as v from 'valibot';
import { normalizeDateTime } from './rfc3339.js';

/** An RFC 3339 date-time, handed on in the form every browser's Date parses (see rfc3339.ts). */
export const DateTimeSchema = v.pipe(
  v.string(),
  v.check((value) => normalizeDateTime(value) !== undefined, 'not an RFC 3339 date-time with a full offset'),
  v.transform((value) => normalizeDateTime(value)!),
);

/**
 * One of `options`; any other string (a value a newer server added) becomes `fallback`, as the spec asks of clients.
 * A value that is not a string at all is still an error.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(options: T, fallback: T[number]) {
  const known = new Set<string>(options);
  const schema = v.pipe(
    v.string(),
    v.transform((value): T[number] => (known.has(value) ? value : fallback)),
  );
  return Object.assign(schema, { options, fallback });
}

const MAX_WARNINGS = 200;
const warned = new Set<string>();

/**
 * A list whose unreadable items are left out, each reported once with console.warn naming the field, so one bad
 * meeting costs that meeting and not the month.
 */
export function tolerantArray<T extends v.GenericSchema>(item: T, what: string) {
  const schema = v.pipe(
    v.array(v.unknown()),
    v.transform((items) => {
      const kept: v.InferOutput<T>[] = [];
      items.forEach((raw, index) => {
        const result = v.safeParse(item, raw);
        if (result.success) kept.push(result.output);
        else warnOnce(what, index, raw, result.issues);
      });
      return kept;
    }),
  );
  return Object.assign(schema, { tolerantItem: item });
}

function warnOnce(what: string, index: number, raw: unknown, issues: readonly v.BaseIssue<unknown>[]): void {
  const id = (raw as { id?: unknown } | null)?.id;
  const issue = issues[0]!;
  const field = v.getDotPath(issue) ?? '(the item itself)';
  const name = typeof id === 'string' ? `${what} "${id}"` : `${what} [${index}]`;
  const line = `innsyn-elements: left out ${name} from the API's answer: ${field}: ${issue.message}`;
  if (warned.has(line)) return;
  if (warned.size >= MAX_WARNINGS) warned.clear();
  warned.add(line);
  console.warn(line);
}
