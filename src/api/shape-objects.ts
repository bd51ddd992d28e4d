// Schemas of objects and lists.
import { typeIssue, valueIssue, within, type InferOutput, type Schema } from './shape-core.js';

export type Entries = Record<string, Schema>;

type OptionalKeys<E extends Entries> = { [K in keyof E]: undefined extends InferOutput<E[K]> ? K : never }[keyof E];
type Flat<T> = { [K in keyof T]: T[K] } & {};
/** Fields whose schema may give undefined (optional without a default) may be absent. */
export type ObjectOutput<E extends Entries> = Flat<
  { [K in Exclude<keyof E, OptionalKeys<E>>]: InferOutput<E[K]> } & { [K in OptionalKeys<E>]?: InferOutput<E[K]> }
>;

export type ObjectSchema<E extends Entries> = Schema<ObjectOutput<E>> & { type: 'object'; entries: E };

/**
 * An object with the fields `entries` declares, each read with its schema. The output has only those fields: what
 * else a server sends is left behind. A field absent from the input is read as undefined (optional ones then give
 * their default), and left out of the output when that gives undefined.
 */
export function object<E extends Entries>(entries: E): ObjectSchema<E> {
  return {
    type: 'object',
    entries,
    read: (input, issues) => {
      if (!input || typeof input !== 'object') {
        typeIssue(issues, 'Object', input);
        return input as never;
      }
      const fields = input as Record<string, unknown>;
      const output: Record<string, unknown> = {};
      for (const key in entries) {
        const present = Object.hasOwn(fields, key);
        const before = issues.length;
        const value = entries[key]!.read(present ? fields[key] : undefined, issues);
        within(issues, before, key);
        if (present || value !== undefined) output[key] = value;
      }
      return output as never;
    },
  };
}

export type ArraySchema<I extends Schema> = Schema<InferOutput<I>[]> & { type: 'array'; item: I; minLength?: number };

export function array<I extends Schema>(item: I, rules: { minLength?: number } = {}): ArraySchema<I> {
  const { minLength = 0 } = rules;
  return {
    type: 'array',
    item,
    ...rules,
    read: (input, issues) => {
      if (!Array.isArray(input)) {
        typeIssue(issues, 'Array', input);
        return input as never;
      }
      const output = input.map((value, index) => {
        const before = issues.length;
        const itemOutput = item.read(value, issues);
        within(issues, before, index);
        return itemOutput as InferOutput<I>;
      });
      if (output.length < minLength) valueIssue(issues, `Invalid length: Expected >=${minLength} but received ${output.length}`);
      return output;
    },
  };
}
