// The data layer's schemas (src/api/shape.ts, tolerant.ts): what they keep, drop, default and report, and where.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from '../../src/api/shape.js';
import { DateTimeSchema, openEnum, tolerantArray } from '../../src/api/tolerant.js';
import { describeIssues } from '../../src/api/response.js';
import { looseObject, union } from '../../src/api/adapters/adapter-shapes.js';

const problems = (schema: v.Schema, input: unknown) => {
  const result = v.safeParse(schema, input);
  return result.success ? [] : result.issues.map((issue) => `${v.fieldPath(issue) || '(value)'}: ${issue.message}`);
};

/** Collects console.warn lines while `run` goes. */
function warnings(run: () => void): string[] {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return lines;
}

describe('objects', () => {
  const Person = v.object({ name: v.string(), age: v.optional(v.number()) });

  test('keep only the declared fields: what else a server sends is left behind', () => {
    assert.deepEqual(v.parse(Person, { name: 'Kari', age: 40, password: 'x', __proto__: { admin: true } }), { name: 'Kari', age: 40 });
  });

  test('leave an absent optional field absent, not undefined', () => {
    const read = v.parse(Person, { name: 'Kari' });
    assert.deepEqual(read, { name: 'Kari' });
    assert.ok(!('age' in read));
  });

  test('name a missing required field and a wrongly typed one, each with its path', () => {
    assert.deepEqual(problems(Person, { age: 'old' }), [
      'name: Invalid type: Expected string but received undefined',
      'age: Invalid type: Expected number but received "old"',
    ]);
  });

  test('a looseObject keeps the other fields as they came', () => {
    assert.deepEqual(v.parse(looseObject({ id: v.string() }), { id: 'x', extra: [1] }), { id: 'x', extra: [1] });
  });

  test('refuse what is not an object', () => {
    assert.deepEqual(problems(Person, null), ['(value): Invalid type: Expected Object but received null']);
    assert.deepEqual(problems(Person, 'Kari'), ['(value): Invalid type: Expected Object but received "Kari"']);
  });
});

describe('optional, nullish and fallback', () => {
  const Draft = v.object({
    email: v.optional(v.string(), ''),
    note: v.nullish(v.string(), null),
    hint: v.nullish(v.string()),
    link: v.fallback(v.nullish(v.object({ id: v.string({ minLength: 1 }) })), null),
  });

  test('absent fields take their defaults; a nullish field without one keeps what came', () => {
    assert.deepEqual(v.parse(Draft, {}), { email: '', note: null, link: null });
    assert.deepEqual(v.parse(Draft, { note: null, hint: null }), { email: '', note: null, hint: null, link: null });
    assert.deepEqual(v.parse(Draft, { email: 'a@b.no', note: 'n', hint: 'h' }), { email: 'a@b.no', note: 'n', hint: 'h', link: null });
  });

  test('optional accepts undefined but not null', () => {
    assert.deepEqual(problems(Draft, { email: null }), ['email: Invalid type: Expected string but received null']);
  });

  test('a fallback replaces a value it cannot read, without an issue', () => {
    assert.deepEqual(v.parse(Draft, { link: { id: '' } }).link, null);
    assert.deepEqual(v.parse(Draft, { link: 'm-1' }).link, null);
    assert.deepEqual(v.parse(Draft, { link: { id: 'm-1', extra: 1 } }).link, { id: 'm-1' });
  });
});

describe('values', () => {
  test('numbers: integer and minimum are checked as validation, a wrong type as schema', () => {
    const Count = v.number({ integer: true, minimum: 0 });
    assert.equal(v.parse(Count, 3), 3);
    const kinds = (input: unknown) => {
      const result = v.safeParse(Count, input);
      return result.success ? [] : result.issues.map((issue) => issue.kind);
    };
    assert.deepEqual([kinds(1.5), kinds(-1), kinds('3'), kinds(Number.NaN)], [['validation'], ['validation'], ['schema'], ['schema']]);
  });

  test('a picklist refuses another word as a wrong type; an open enum reads it as its fallback', () => {
    assert.deepEqual(problems(v.picklist(['a', 'b']), 'c'), ['(value): Invalid type: Expected "a" | "b" but received "c"']);
    const Status = openEnum(['planned', 'held'], 'planned');
    assert.equal(v.parse(Status, 'held'), 'held');
    assert.equal(v.parse(Status, 'postponed'), 'planned');
    assert.deepEqual(problems(Status, 7), ['(value): Invalid type: Expected string but received 7']);
  });

  test('a date-time is handed on in the form browsers parse; one without an offset is refused', () => {
    assert.equal(v.parse(DateTimeSchema, '2026-11-20t09:00:00z'), '2026-11-20T09:00:00Z');
    assert.deepEqual(problems(DateTimeSchema, '2026-11-20T09:00:00'), ['(value): not an RFC 3339 date-time with a full offset']);
  });

  test('a union takes the first option that reads, and reports the problems of the one whose type fitted', () => {
    const Ref = union([v.string(), v.object({ id: v.string() })]);
    assert.equal(v.parse(Ref, 'e-1'), 'e-1');
    assert.deepEqual(v.parse(Ref, { id: 'e-1', name: 'x' }), { id: 'e-1' });
    assert.deepEqual(problems(Ref, { id: 1 }), ['id: Invalid type: Expected string but received 1']);
    assert.deepEqual(problems(Ref, 1), ['(value): Invalid type: Expected string | object but received 1']);
  });
});

describe('lists', () => {
  test('a strict list reports every bad item by its index, and a list too short', () => {
    const List = v.object({ entries: v.array(v.object({ id: v.string() }), { minLength: 1 }) });
    assert.deepEqual(problems(List, { entries: [{ id: 'a' }, { id: 2 }, {}] }), [
      'entries[1].id: Invalid type: Expected string but received 2',
      'entries[2].id: Invalid type: Expected string but received undefined',
    ]);
    assert.deepEqual(problems(List, { entries: [] }), ['entries: Invalid length: Expected >=1 but received 0']);
  });

  test('a tolerant list leaves out one bad item, keeps the rest, and warns naming the item and the field', () => {
    const Page = v.object({ items: tolerantArray(v.object({ id: v.string(), start: DateTimeSchema }), 'meeting') });
    let page: unknown;
    const lines = warnings(() => {
      page = v.parse(Page, { items: [{ id: 'ok', start: '2026-11-20T09:00:00Z' }, { id: 'bad', start: 'tomorrow' }, { start: 'x' }] });
    });
    assert.deepEqual(page, { items: [{ id: 'ok', start: '2026-11-20T09:00:00Z' }] });
    assert.deepEqual(lines, [
      `innsyn-elements: left out meeting "bad" from the API's answer: start: not an RFC 3339 date-time with a full offset`,
      `innsyn-elements: left out meeting [2] from the API's answer: id: Invalid type: Expected string but received undefined`,
    ]);
  });

  test('a tolerant list still refuses what is not a list', () => {
    assert.deepEqual(problems(v.object({ items: tolerantArray(v.string(), 'item') }), { items: 'none' }), [
      'items: Invalid type: Expected Array but received "none"',
    ]);
  });
});

describe('issues as the client reports them', () => {
  test('nested paths read "items[3].start", at most ten lines', () => {
    const Page = v.object({ items: v.array(v.object({ start: DateTimeSchema })) });
    const result = v.safeParse(Page, { items: Array.from({ length: 12 }, () => ({ start: 'soon' })) });
    assert.ok(!result.success);
    const lines = describeIssues(result.issues);
    assert.equal(lines[3], 'items[3].start: not an RFC 3339 date-time with a full offset');
    assert.deepEqual([lines.length, lines.at(-1)], [11, '… and 2 more']);
  });

  test('parse throws a TypeError naming the first problem', () => {
    assert.throws(() => v.parse(v.object({ a: v.array(v.boolean()) }), { a: [true, 'no'] }), {
      name: 'TypeError',
      message: 'a[1]: Invalid type: Expected boolean but received "no"',
    });
  });
});
