// Reads the shape out of a schema object of src/api/shape.ts: its type, entries, item, options, wrapped, format and rules.
import type { Shape } from './contract-shape.js';

/** Every property a schema object of shape.ts may carry, and how this comparison reads it. */
interface SchemaNode {
  type: string;
  read: unknown;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  options?: readonly unknown[];
  wrapped?: SchemaNode;
  default?: unknown;
  format?: string;
  minLength?: number;
  integer?: boolean;
  minimum?: number;
  /** Set by openEnum(): the value an unknown word becomes; the wire still has the enum. */
  fallback?: unknown;
  /** Set by tolerantArray(): unreadable items are left out; the wire still has the array. */
  tolerant?: boolean;
  literal?: string;
  loose?: boolean;
}

/** Properties that say nothing about the JSON on the wire. */
const NOT_ON_THE_WIRE = new Set(['type', 'read', 'default', 'fallback', 'tolerant']);
/** Properties baseShape() translates; any other one shows up as a difference, so a new rule cannot pass unnoticed. */
const TRANSLATED: Record<string, readonly string[]> = {
  string: ['format', 'minLength', 'options'],
  number: ['integer', 'minimum'],
  boolean: [],
  picklist: ['options'],
  array: ['item', 'minLength'],
  object: ['entries'],
  optional: ['wrapped'],
  nullish: ['wrapped'],
};

export interface FieldShape {
  shape: Shape;
  /** Absent from the input is allowed (optional / nullish). */
  optional: boolean;
}

export function codeField(schema: unknown): FieldShape {
  const node = schema as SchemaNode;
  switch (node.type) {
    case 'optional':
      return { shape: codeField(node.wrapped).shape, optional: true };
    case 'nullish':
      return { shape: { ...codeField(node.wrapped).shape, nullable: true }, optional: true };
    default:
      return { shape: codeShape(node), optional: false };
  }
}

export function codeShape(schema: unknown): Shape {
  const node = schema as SchemaNode;
  const shape = baseShape(node);
  const translated = TRANSLATED[node.type] ?? [];
  const unmapped = Object.keys(node).filter((key) => !NOT_ON_THE_WIRE.has(key) && !translated.includes(key));
  if (unmapped.length) shape.unmapped = unmapped;
  return shape;
}

function baseShape(node: SchemaNode): Shape {
  switch (node.type) {
    case 'string': {
      const shape: Shape = { type: 'string', nullable: false };
      // openEnum(): an enum on the wire, read tolerantly.
      if (node.options) shape.enum = node.options;
      if (node.format) shape.format = node.format;
      if (node.minLength !== undefined) shape.minLength = node.minLength;
      return shape;
    }
    case 'number': {
      const shape: Shape = { type: node.integer ? 'integer' : 'number', nullable: false };
      if (node.minimum !== undefined) shape.minimum = node.minimum;
      return shape;
    }
    case 'boolean':
      return { type: 'boolean', nullable: false };
    case 'picklist':
      return { type: 'string', nullable: false, enum: node.options ?? [] };
    case 'array': {
      const shape: Shape = { type: 'array', nullable: false, items: codeShape(node.item) };
      if (node.minLength !== undefined) shape.minItems = node.minLength;
      return shape;
    }
    case 'object': {
      const properties: Record<string, Shape> = {};
      const required: string[] = [];
      for (const [name, entry] of Object.entries(node.entries ?? {})) {
        const field = codeField(entry);
        properties[name] = field.shape;
        if (!field.optional) required.push(name);
      }
      return { type: 'object', nullable: false, properties, required: required.sort() };
    }
    case 'optional':
    case 'nullish':
      return codeField(node).shape;
    default:
      return { type: `shape.ts ${node.type}`, nullable: false };
  }
}
