// Schemas only the adapters need to read other APIs' answers: a reference that is an id or the object itself (union),
// eInnsyn's entity names (literal), an object handed on whole (looseObject). Here, not in shape.ts, so that they load
// with an adapter and not on every page.
import * as v from '../shape.js';

/**
 * The first of `options` that reads the input. When none does, the problems of the first whose type fitted (an
 * object with a bad field) are reported, as they say more than "expected string | Object".
 */
export function union<const O extends readonly v.Schema[]>(options: O): v.Schema<v.InferOutput<O[number]>> & { type: 'union'; options: O } {
  const expects = options.map((option) => option.type).join(' | ');
  return {
    type: 'union',
    options,
    read: (input, issues) => {
      let fitting: v.Issue[] | undefined;
      for (const option of options) {
        const own: v.Issue[] = [];
        const output = option.read(input, own);
        if (!own.length) return output as v.InferOutput<O[number]>;
        if (!fitting && own.every((issue) => issue.path.length || issue.kind === 'validation')) fitting = own;
      }
      if (fitting) issues.push(...fitting);
      else v.typeIssue(issues, expects, input);
      return input as never;
    },
  };
}

export function literal<const T extends string>(literal: T): v.Schema<T> & { type: 'literal'; literal: T } {
  return { ...v.picklist([literal]), type: 'literal', literal };
}

/** Like object(), but the output keeps every other field of the input as it came. */
export function looseObject<E extends v.Entries>(entries: E): v.ObjectSchema<E> & { loose: true } {
  const declared = v.object(entries);
  return {
    ...declared,
    loose: true,
    read: (input, issues) => ({ ...(input as object), ...declared.read(input, issues) }),
  };
}
