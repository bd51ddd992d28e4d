// The schemas the data layer reads untrusted JSON with: `import * as v from './shape.js'`. Each schema object says
// what it is (type, entries, item, options, wrapped, format, rules), so test/node/contract.test.ts can compare it with
// spec/publication-api.yaml, and InferOutput gives the TypeScript type of what it reads (types.ts). What only the
// adapters need to read other APIs is in adapters/adapter-shapes.ts.
export { fieldPath, parse, safeParse, typeIssue, valueIssue, within, type InferOutput, type Issue, type PathKey, type SafeParseResult, type Schema } from './shape-core.js';
export { boolean, format, number, picklist, string, unknown, type NumberRules, type StringRules } from './shape-values.js';
export { array, object, type ArraySchema, type Entries, type ObjectOutput, type ObjectSchema } from './shape-objects.js';
export { fallback, nullish, optional, type OptionalSchema } from './shape-optional.js';
