// Reads the shape out of a valibot schema object (its `type`, `entries`, `item`, `options`, `wrapped` and `pipe`).
import { HttpUrlOrPathSchema, HttpUrlSchema } from '../../src/api/schemas.js';
import { DateTimeSchema } from '../../src/api/tolerant.js';
import type { Shape } from './contract-shape.js';

/** The parts of a valibot schema or action this comparison reads. */
interface ValibotNode {
  kind: string;
  type: string;
  entries?: Record<string, ValibotNode>;
  item?: ValibotNode;
  options?: readonly unknown[];
  wrapped?: ValibotNode;
  pipe?: readonly ValibotNode[];
  requirement?: unknown;
  /** Set by tolerantArray(): the schema each item is read with. */
  tolerantItem?: ValibotNode;
}

/** valibot's custom checks cannot be read back, so the known ones are recognised by identity. */
const CHECKED_FORMATS = new Map<unknown, string>([
  [HttpUrlSchema, 'uri'],
  [HttpUrlOrPathSchema, 'uri-reference'],
  [DateTimeSchema, 'date-time'],
]);

const FORMAT_ACTIONS: Record<string, string> = { iso_timestamp: 'date-time', iso_date: 'date', email: 'email' };

export interface FieldShape {
  shape: Shape;
  /** Absent from the input is allowed (v.optional / v.nullish). */
  optional: boolean;
}

export function valibotField(schema: unknown): FieldShape {
  const node = schema as ValibotNode;
  switch (node.type) {
    case 'optional':
    case 'exact_optional':
    case 'undefinedable':
      return { shape: valibotField(node.wrapped).shape, optional: true };
    case 'nullish':
      return { shape: { ...valibotField(node.wrapped).shape, nullable: true }, optional: true };
    case 'nullable':
      return { shape: { ...valibotField(node.wrapped).shape, nullable: true }, optional: false };
    default:
      return { shape: valibotShape(node), optional: false };
  }
}

export function valibotShape(schema: unknown): Shape {
  const node = schema as ValibotNode;
  const shape = baseShape(node);
  for (const action of node.pipe?.slice(1) ?? []) applyAction(shape, action, node);
  return shape;
}

function baseShape(node: ValibotNode): Shape {
  switch (node.type) {
    case 'string':
      // openEnum(): an enum on the wire, read tolerantly.
      return node.options ? { type: 'string', nullable: false, enum: node.options } : { type: 'string', nullable: false };
    case 'number':
    case 'boolean':
      return { type: node.type, nullable: false };
    case 'picklist':
      return { type: 'string', nullable: false, enum: node.options ?? [] };
    case 'array':
      return { type: 'array', nullable: false, items: valibotShape(node.tolerantItem ?? node.item) };
    case 'object': {
      const properties: Record<string, Shape> = {};
      const required: string[] = [];
      for (const [name, entry] of Object.entries(node.entries ?? {})) {
        const field = valibotField(entry);
        properties[name] = field.shape;
        if (!field.optional) required.push(name);
      }
      return { type: 'object', nullable: false, properties, required: required.sort() };
    }
    case 'optional':
    case 'exact_optional':
    case 'undefinedable':
    case 'nullish':
    case 'nullable':
      return valibotField(node).shape;
    default:
      return { type: `valibot ${node.type}`, nullable: false };
  }
}

function applyAction(shape: Shape, action: ValibotNode, owner: ValibotNode): void {
  const format = FORMAT_ACTIONS[action.type];
  if (format) {
    shape.format = format;
    return;
  }
  switch (action.type) {
    case 'transform':
      // Normalising (openEnum, tolerantArray, DateTimeSchema) changes no shape on the wire.
      return;
    case 'integer':
      shape.type = 'integer';
      return;
    case 'min_value':
      shape.minimum = Number(action.requirement);
      return;
    case 'max_value':
      shape.maximum = Number(action.requirement);
      return;
    case 'min_length':
      if (shape.type === 'array') shape.minItems = Number(action.requirement);
      else shape.minLength = Number(action.requirement);
      return;
    case 'max_length':
      shape.maxLength = Number(action.requirement);
      return;
    case 'regex':
      shape.pattern = (action.requirement as RegExp).source;
      return;
    case 'check': {
      const checked = CHECKED_FORMATS.get(owner);
      if (checked) shape.format = checked;
      else shape.unmapped = [...(shape.unmapped ?? []), 'check'];
      return;
    }
    default:
      shape.unmapped = [...(shape.unmapped ?? []), action.type];
  }
}
