// Validates fixtures against the published specifications they were built from (eInnsyn's OpenAPI, OParl's JSON Schemas).
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

// ajv-formats is CommonJS; its default export arrives wrapped under tsx.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

const EINNSYN_SPEC = new URL('../fixtures/einnsyn/einnsyn.openapi.yml', import.meta.url);

function ajv(options: { unicodeRegExp?: boolean } = {}): Ajv {
  const instance = new Ajv({ strict: false, allErrors: true, ...options });
  addFormats(instance);
  return instance;
}

/** A validator per eInnsyn component schema, e.g. `einnsynValidator('Moetemappe.Moetemappe')`. */
export function einnsynValidators(): (schema: string) => ValidateFunction {
  const spec = parse(readFileSync(EINNSYN_SPEC, 'utf8')) as { components: { schemas: Record<string, { required?: string[] }> } };
  // Base.Base lists `deleted` as required while describing it as "only present if the resource has been deleted";
  // the backend leaves it out of live objects, so the fixtures do too.
  const base = spec.components.schemas['Base.Base']!;
  base.required = (base.required ?? []).filter((field) => field !== 'deleted');
  const instance = ajv();
  // eInnsyn ids: a known prefix, "_", 26 characters of Crockford base32 (einnsyn-backend IdValidator).
  instance.addFormat('id', /^[a-z]+_[0-9a-hjkmnp-tv-z]{26}$/);
  instance.addSchema({ ...spec, $id: 'einnsyn.json' } as object);
  const cache = new Map<string, ValidateFunction>();
  return (schema) => {
    let validate = cache.get(schema);
    if (!validate) {
      validate = instance.compile({ $ref: `einnsyn.json#/components/schemas/${schema}` });
      cache.set(schema, validate);
    }
    return validate;
  };
}

/** Human-readable errors: "/moetesak/0/vedtak must have required property 'dato'". */
export function describe(validate: ValidateFunction): string {
  return (validate.errors ?? []).slice(0, 8).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`).join('; ');
}

const OPARL_SCHEMAS = new URL('../fixtures/oparl/schema/', import.meta.url);

/** OParl's nested objects are written `{ "type": "object", "schema": "File.json" }`; for ajv that is a $ref. */
function oparlRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(oparlRefs);
  if (typeof node !== 'object' || node === null) return node;
  const object = node as Record<string, unknown>;
  if (typeof object.schema === 'string' && object.schema.endsWith('.json')) return { $ref: object.schema };
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, oparlRefs(value)]));
}

/** A validator per OParl 1.1 object type, e.g. `oparlValidator('Meeting')`. */
export function oparlValidators(): (type: string) => ValidateFunction {
  // OParl's patterns escape ":" and "/", which a unicode-mode RegExp refuses.
  const instance = ajv({ unicodeRegExp: false });
  instance.addFormat('url', /^https?:\/\/\S+$/);
  for (const name of ['System', 'Body', 'Organization', 'Person', 'Meeting', 'AgendaItem', 'Paper', 'File', 'Consultation', 'Location', 'LegislativeTerm', 'Membership']) {
    const schema = JSON.parse(readFileSync(new URL(`${name}.json`, OPARL_SCHEMAS), 'utf8')) as Record<string, unknown>;
    instance.addSchema({ ...(oparlRefs(schema) as object), $id: `${name}.json` });
  }
  return (type) => instance.getSchema(`${type}.json`)!;
}
