// Loads spec/publication-api.yaml and reads the shape out of its JSON Schemas ($ref, allOf, anyOf with null, type arrays).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Shape } from './contract-shape.js';

export type SpecNode = Record<string, unknown>;

export const SPEC_PATH = new URL('../../spec/publication-api.yaml', import.meta.url);

export function loadSpec(): SpecNode {
  return parse(readFileSync(SPEC_PATH, 'utf8')) as SpecNode;
}

/** Follows a local `$ref` ("#/components/…"); other nodes are returned as they are. */
export function resolve(spec: SpecNode, node: unknown): SpecNode {
  let current = node as SpecNode;
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${current.$ref}`);
    const ref = current.$ref as string;
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
    let target: unknown = spec;
    for (const part of ref.slice(2).split('/')) target = (target as SpecNode | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (target === undefined) throw new Error(`$ref ${ref} points nowhere`);
    current = target as SpecNode;
  }
  return current;
}

/** The name of the component schema a node refers to, if it is a `$ref` to one. */
export function componentName(node: unknown): string | undefined {
  const ref = (node as SpecNode | undefined)?.$ref;
  const prefix = '#/components/schemas/';
  return typeof ref === 'string' && ref.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}

const isNullType = (node: unknown) => (node as SpecNode).type === 'null';

export function specShape(spec: SpecNode, node: unknown): Shape {
  const schema = resolve(spec, node);

  if (Array.isArray(schema.allOf)) return mergeAllOf(spec, schema.allOf);

  const union = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(union)) {
    const nonNull = union.filter((member) => !isNullType(member));
    if (nonNull.length !== 1) return { type: `union of ${nonNull.length}`, nullable: union.length > nonNull.length };
    return { ...specShape(spec, nonNull[0]), nullable: union.length > nonNull.length };
  }

  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  const nonNullTypes = types.filter((type) => type !== 'null');
  const shape: Shape = {
    type: nonNullTypes.length === 1 ? String(nonNullTypes[0]) : `types ${JSON.stringify(nonNullTypes)}`,
    nullable: nonNullTypes.length < types.length,
  };
  if (typeof schema.format === 'string') shape.format = schema.format;
  if (Array.isArray(schema.enum)) shape.enum = schema.enum.filter((value) => value !== null);
  for (const key of ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems'] as const) {
    if (typeof schema[key] === 'number') shape[key] = schema[key] as number;
  }
  if (typeof schema.pattern === 'string') shape.pattern = schema.pattern;
  const unmapped = ['const', 'maxItems', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'uniqueItems', 'additionalProperties', 'not'].filter(
    (key) => key in schema,
  );
  if (unmapped.length > 0) shape.unmapped = unmapped;

  if (shape.type === 'array') shape.items = specShape(spec, schema.items ?? {});
  if (shape.type === 'object') {
    const properties: Record<string, Shape> = {};
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
      properties[name] = specShape(spec, property);
    }
    shape.properties = properties;
    shape.required = [...((schema.required ?? []) as string[])].sort();
  }
  return shape;
}

function mergeAllOf(spec: SpecNode, parts: unknown[]): Shape {
  const properties: Record<string, Shape> = {};
  const required = new Set<string>();
  for (const part of parts) {
    const shape = specShape(spec, part);
    if (shape.type !== 'object') return { type: `allOf with a ${shape.type}`, nullable: false };
    Object.assign(properties, shape.properties);
    for (const name of shape.required ?? []) required.add(name);
  }
  return { type: 'object', nullable: false, properties, required: [...required].sort() };
}
