// Schemas for values that may be absent or null, with what to use instead, and for a value to use when one is unreadable.
import type { InferOutput, Issue, Schema } from './shape-core.js';

export type OptionalSchema<W extends Schema, D, T extends string, Absent> = Schema<InferOutput<W> | (undefined extends D ? Absent : D)> & {
  type: T;
  wrapped: W;
  default: D;
};

/** `wrapped`, or absent (undefined): then `default_` when given. */
export function optional<W extends Schema, D extends InferOutput<W> | undefined = undefined>(wrapped: W, default_?: D): OptionalSchema<W, D, 'optional', undefined> {
  return maybe('optional', (input) => input === undefined, wrapped, default_ as D);
}

/** `wrapped`, or null or absent: then `default_` when given, else what came. */
export function nullish<W extends Schema, D extends InferOutput<W> | null | undefined = undefined>(wrapped: W, default_?: D): OptionalSchema<W, D, 'nullish', null | undefined> {
  return maybe('nullish', (input) => input == null, wrapped, default_ as D);
}

function maybe<W extends Schema, D, T extends string, Absent>(type: T, absent: (input: unknown) => boolean, wrapped: W, default_: D): OptionalSchema<W, D, T, Absent> {
  return {
    type,
    wrapped,
    default: default_,
    read: (input: unknown, issues: Issue[]) => (absent(input) ? (default_ === undefined ? input : default_) : wrapped.read(input, issues)) as never,
  };
}

/** `schema`, except that a value it cannot read, or none at all, gives `value` and no issue. */
export function fallback<S extends Schema, F>(schema: S, value: F): Omit<S, 'read'> & Schema<InferOutput<S> | F> & { fallback: F } {
  return {
    ...schema,
    fallback: value,
    read: (input: unknown) => {
      if (input === undefined) return value;
      const own: Issue[] = [];
      const output = schema.read(input, own);
      return own.length ? value : (output as InferOutput<S>);
    },
  };
}
