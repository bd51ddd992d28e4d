// Schemas of single values: strings (with a minimum length or a named format), numbers, booleans, fixed words.
import { typeIssue, valueIssue, type Issue, type Schema } from './shape-core.js';

export interface StringRules {
  minLength?: number;
}

export interface NumberRules {
  integer?: boolean;
  minimum?: number;
}

/** A value `typeof` names `type`; `problem` says what else is wrong with it, if anything. */
function typed<T>(type: 'string' | 'number' | 'boolean', problem?: (value: T) => string | undefined) {
  return (input: unknown, issues: Issue[]): T => {
    if (typeof input !== type || Number.isNaN(input)) typeIssue(issues, type, input);
    else {
      const message = problem?.(input as T);
      if (message) valueIssue(issues, message);
    }
    return input as T;
  };
}

export function string<R extends StringRules = {}>(rules: R = {} as R): Schema<string> & { type: 'string' } & R {
  const { minLength = 0 } = rules;
  return {
    type: 'string',
    ...rules,
    read: typed<string>('string', (value) => (value.length < minLength ? `Invalid length: Expected >=${minLength} but received ${value.length}` : undefined)),
  };
}

export function number<R extends NumberRules = {}>(rules: R = {} as R): Schema<number> & { type: 'number' } & R {
  const { integer, minimum = -Infinity } = rules;
  return {
    type: 'number',
    ...rules,
    read: typed<number>('number', (value) =>
      integer && !Number.isInteger(value) ? `Invalid integer: Received ${value}` : value < minimum ? `Invalid value: Expected >=${minimum} but received ${value}` : undefined,
    ),
  };
}

export function boolean(): Schema<boolean> & { type: 'boolean' } {
  return { type: 'boolean', read: typed('boolean') };
}

/** Anything at all; the caller looks at it further. */
export function unknown(): Schema<unknown> & { type: 'unknown' } {
  return { type: 'unknown', read: (input) => input };
}

/** One of `options` and nothing else (compare openEnum in tolerant.ts, which takes new words too). */
export function picklist<const T extends readonly string[]>(options: T): Schema<T[number]> & { type: 'picklist'; options: T } {
  const expects = options.map((option) => `"${option}"`).join(' | ');
  return {
    type: 'picklist',
    options,
    read: (input, issues) => {
      if (!options.includes(input as string)) typeIssue(issues, expects, input);
      return input as T[number];
    },
  };
}

/**
 * A string in the format `format` names (as the spec does: 'date-time', 'uri', …): `read` hands on the value (or its
 * normal form), or undefined when it is not in that format, which is an issue saying `message`.
 */
export function format<T = string>(format: string, read: (value: string) => T | undefined, message: string): Schema<T> & { type: 'string'; format: string } {
  const base = typed<string>('string');
  return {
    type: 'string',
    format,
    read: (input, issues) => {
      const before = issues.length;
      const value = base(input, issues);
      if (issues.length > before) return value as T;
      const output = read(value);
      if (output === undefined) valueIssue(issues, message);
      return output as T;
    },
  };
}
