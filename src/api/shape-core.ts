// The core of the data layer's schemas (shape.ts): what a schema is, what a problem found in a value looks like, and
// reading a value with a schema. Written for this project instead of a schema library: the browser gets only these
// few lines on every page.

/** One step from a value to a part of it: an object's key or a list's index. */
export type PathKey = string | number;

export interface Issue {
  /** 'schema': a wrong type or a missing field; 'validation': the right type but a value the contract refuses. */
  kind: 'schema' | 'validation';
  message: string;
  /** Where, from the value read: ['items', 3, 'start']. */
  path: PathKey[];
}

export interface Schema<T = unknown> {
  /** What the contract test reads first: 'string', 'object', 'optional', … */
  readonly type: string;
  /** Reads `input`, adding what is wrong to `issues` with paths from `input`; the output counts only when none were added. */
  readonly read: (input: unknown, issues: Issue[]) => T;
}

export type InferOutput<S extends Schema> = S extends Schema<infer T> ? T : never;

export type SafeParseResult<T> = { success: true; output: T } | { success: false; issues: Issue[] };

export function safeParse<T>(schema: Schema<T>, input: unknown): SafeParseResult<T> {
  const issues: Issue[] = [];
  const output = schema.read(input, issues);
  return issues.length ? { success: false, issues } : { success: true, output };
}

/** The output, or a TypeError naming the first problem; for values already checked, or where a throw is wanted. */
export function parse<T>(schema: Schema<T>, input: unknown): T {
  const result = safeParse(schema, input);
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new TypeError(`${fieldPath(issue!) || '(value)'}: ${issue!.message}`);
}

/** "items[3].start", as field errors and warnings name a field; '' for the value itself. */
export const fieldPath = (issue: Issue): string =>
  issue.path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index ? `.${key}` : key)).join('');

/** Puts `key` in front of the paths of the issues added since `from`: they were found inside that key. */
export function within(issues: Issue[], from: number, key: PathKey): void {
  for (let index = from; index < issues.length; index++) issues[index]!.path.unshift(key);
}

export function typeIssue(issues: Issue[], expects: string, input: unknown): void {
  const received =
    typeof input === 'string' ? JSON.stringify(input) : Array.isArray(input) ? 'Array' : input && typeof input === 'object' ? 'Object' : String(input);
  issues.push({ kind: 'schema', message: `Invalid type: Expected ${expects} but received ${received}`, path: [] });
}

export function valueIssue(issues: Issue[], message: string): void {
  issues.push({ kind: 'validation', message, path: [] });
}
