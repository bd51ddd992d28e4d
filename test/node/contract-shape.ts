// A neutral description of a JSON value's shape, so a schema of src/api/shape.ts and an OpenAPI schema can be compared field by field.
export interface Shape {
  type: string;
  nullable: boolean;
  format?: string;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  items?: Shape;
  properties?: Record<string, Shape>;
  required?: readonly string[];
  /** Constraints one side has and the comparison cannot translate; listed so that they show up as a difference. */
  unmapped?: readonly string[];
}

const SCALAR_KEYS = ['type', 'nullable', 'format', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'pattern'] as const;

const show = (value: unknown) => (value === undefined ? 'absent' : JSON.stringify(value));
const sorted = (values: readonly unknown[] | undefined) => (values ? [...values].map(String).sort() : undefined);

/** Every difference between the shape in schemas.ts and the shape in the spec, as readable lines; empty when they agree. */
export function diffShapes(code: Shape, spec: Shape, path: string): string[] {
  const differences: string[] = [];
  const differ = (what: string, inCode: unknown, inSpec: unknown) =>
    differences.push(`${path}: ${what} is ${show(inCode)} in schemas.ts but ${show(inSpec)} in the spec`);

  for (const key of SCALAR_KEYS) {
    if (code[key] !== spec[key]) differ(key, code[key], spec[key]);
  }
  if (show(sorted(code.enum)) !== show(sorted(spec.enum))) differ('enum', sorted(code.enum), sorted(spec.enum));
  if (show(sorted(code.unmapped)) !== show(sorted(spec.unmapped))) differ('untranslatable constraints', code.unmapped, spec.unmapped);

  if (code.items || spec.items) {
    if (code.items && spec.items) differences.push(...diffShapes(code.items, spec.items, `${path}[]`));
    else differ('items', Boolean(code.items), Boolean(spec.items));
  }
  if (code.properties || spec.properties) {
    const codeProps = code.properties ?? {};
    const specProps = spec.properties ?? {};
    for (const name of Object.keys(codeProps)) {
      if (!(name in specProps)) differences.push(`${path}.${name}: in schemas.ts but missing in the spec`);
    }
    for (const name of Object.keys(specProps)) {
      if (!(name in codeProps)) differences.push(`${path}.${name}: in the spec but missing in schemas.ts`);
    }
    for (const name of Object.keys(codeProps)) {
      const inCode = codeProps[name];
      const inSpec = specProps[name];
      if (!inCode || !inSpec) continue;
      const requiredInCode = code.required?.includes(name) ?? false;
      const requiredInSpec = spec.required?.includes(name) ?? false;
      if (requiredInCode !== requiredInSpec) differences.push(`${path}.${name}: required is ${requiredInCode} in schemas.ts but ${requiredInSpec} in the spec`);
      differences.push(...diffShapes(inCode, inSpec, `${path}.${name}`));
    }
  }
  return differences;
}
