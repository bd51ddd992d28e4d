// Fails when spec/publication-api.yaml and the schemas in src/api/schemas.ts disagree, or when the spec's examples are not valid data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from '../../src/api/shape.js';
import * as s from '../../src/api/schemas.js';
import { diffShapes } from './contract-shape.js';
import { mediaTypeExamples, schemaExamples } from './contract-examples.js';
import { loadSpec, resolve, specShape, type SpecNode } from './contract-spec.js';
import { codeField, codeShape } from './contract-code.js';

const spec = loadSpec();
const components = spec.components as { schemas: Record<string, SpecNode>; examples: Record<string, SpecNode> };

const anyPage = s.pageSchema(s.BodySchema);

/** Each component schema of the spec and the schema in schemas.ts it must equal. */
const PAIRS: Record<string, v.Schema> = {
  Capabilities: s.CapabilitiesSchema,
  ServiceDocument: s.ServiceDocumentSchema,
  Publisher: s.ServiceDocumentSchema.entries.publisher,
  Body: s.BodySchema,
  BodyRef: s.BodyRefSchema,
  MeetingLink: s.MeetingLinkSchema,
  Document: s.DocumentSchema,
  MeetingStatus: s.MeetingSchema.entries.status,
  Meeting: s.MeetingSchema,
  AgendaItem: s.AgendaItemSchema,
  MeetingDetail: s.MeetingDetailSchema,
  JournalEntryType: s.JournalEntrySchema.entries.type,
  Correspondent: s.CorrespondentSchema,
  PropertyNumber: s.PropertyNumberSchema,
  JournalEntry: s.JournalEntrySchema,
  AccessRequestTarget: s.AccessRequestTargetSchema,
  AccessRequest: s.AccessRequestSchema,
  AccessRequestReceipt: s.AccessRequestReceiptSchema,
  AccessRequestConfirmation: s.AccessRequestConfirmationSchema,
  FieldError: s.ProblemSchema.entries.errors.wrapped.item,
  Problem: s.ProblemSchema,
  BodyPage: s.pageSchema(s.BodySchema),
  MeetingPage: s.pageSchema(s.MeetingSchema),
  JournalEntryPage: s.JournalEntryPageSchema,
  Unit: s.UnitSchema,
  UnitPage: s.pageSchema(s.UnitSchema),
  PageNext: anyPage.entries.next,
  PageTotal: anyPage.entries.total,
};

/** Components that describe only query parameters, so schemas.ts has nothing to match. */
const PARAMETER_ONLY = new Set(['DateOrDateTime']);

const parseErrors = (schema: v.Schema, value: unknown) => {
  const result = v.safeParse(schema, value);
  return result.success ? [] : result.issues.map((issue) => `${v.fieldPath(issue) || '(root)'}: ${issue.message}`);
};

describe('the spec document', () => {
  test('is OpenAPI 3.1 with a title, a version and a description of the Norwegian terms', () => {
    assert.match(String(spec.openapi), /^3\.1\.\d+$/);
    const info = spec.info as SpecNode;
    assert.ok(info.title && info.version);
    for (const term of ['journalpost', 'saksnummer', 'skjermingshjemmel', 'innsynskrav', 'møteprotokoll', 'vedtak']) {
      assert.ok(String(info.description).includes(term), `info.description explains "${term}"`);
    }
  });

  test('every $ref points at something in the document', () => {
    const dangling: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const ref = (node as SpecNode).$ref;
      if (typeof ref === 'string') {
        try {
          resolve(spec, node);
        } catch {
          dangling.push(ref);
        }
      }
      Object.values(node).forEach(walk);
    };
    walk(spec);
    assert.deepEqual(dangling, []);
  });

  test('every component schema is paired with a schema in schemas.ts, or only describes query parameters', () => {
    const unpaired = Object.keys(components.schemas).filter((name) => !(name in PAIRS) && !PARAMETER_ONLY.has(name));
    assert.deepEqual(unpaired, []);
    const missing = Object.keys(PAIRS).filter((name) => !(name in components.schemas));
    assert.deepEqual(missing, [], 'component schemas the test expects');
  });

  test('every property of every component schema has a description', () => {
    const undocumented: string[] = [];
    for (const [name, schema] of Object.entries(components.schemas)) {
      const parts = [schema, ...((schema.allOf ?? []) as SpecNode[]).filter((part) => !part.$ref)];
      for (const part of parts) {
        for (const [property, node] of Object.entries((part.properties ?? {}) as Record<string, SpecNode>)) {
          if (!node.description && !resolve(spec, node).description) undocumented.push(`${name}.${property}`);
        }
      }
    }
    assert.deepEqual(undocumented, []);
  });
});

describe('component schemas match src/api/schemas.ts (property names, required set, types, formats, enums, nullability)', () => {
  for (const [name, schema] of Object.entries(PAIRS)) {
    test(`${name} in the spec equals its schema in schemas.ts`, () => {
      const inCode = codeField(schema).shape;
      const inSpec = specShape(spec, { $ref: `#/components/schemas/${name}` });
      assert.deepEqual(diffShapes(inCode, inSpec, name), []);
    });
  }

  test('a difference is reported: a spec that makes Meeting.end required and non-null is caught', () => {
    const inSpec = specShape(spec, { $ref: '#/components/schemas/Meeting' });
    const tampered = { ...inSpec, required: [...(inSpec.required ?? []), 'end'], properties: { ...inSpec.properties } };
    tampered.properties.end = { type: 'string', nullable: false, format: 'date-time' };
    assert.deepEqual(diffShapes(codeShape(s.MeetingSchema), tampered, 'Meeting'), [
      'Meeting.end: required is false in schemas.ts but true in the spec',
      'Meeting.end: nullable is true in schemas.ts but false in the spec',
    ]);
  });

  test('a rule the comparison cannot translate is reported, not skipped', () => {
    const inSpec = specShape(spec, { $ref: '#/components/schemas/BodyRef' });
    const withRule = { ...s.BodyRefSchema, entries: { ...s.BodyRefSchema.entries, name: { ...v.string(), maxLength: 200 } } };
    assert.deepEqual(diffShapes(codeShape(withRule), inSpec, 'BodyRef'), [
      'BodyRef.name: untranslatable constraints is ["maxLength"] in schemas.ts but absent in the spec',
    ]);
  });
});

describe('examples in the spec are valid data', () => {
  const { cases, usedExampleRefs, untyped } = mediaTypeExamples(spec);

  test('every JSON request and response example refers to a paired component schema', () => {
    assert.deepEqual(untyped, []);
    assert.ok(cases.length >= 15, `found ${cases.length} examples`);
  });

  for (const example of cases) {
    test(`${example.where} parses as ${example.component}`, () => {
      const schema = PAIRS[example.component];
      assert.ok(schema, `no schema paired with ${example.component}`);
      assert.deepEqual(parseErrors(schema, example.value), []);
    });
  }

  test('every example under components/examples is used by a request or response', () => {
    const unused = Object.keys(components.examples).filter((name) => !usedExampleRefs.has(`#/components/examples/${name}`));
    assert.deepEqual(unused, []);
  });

  for (const name of Object.keys(PAIRS)) {
    for (const example of schemaExamples(spec, name)) {
      test(`${example.where} parses with schemas.ts`, () => {
        let schema: unknown = PAIRS[name];
        for (const property of example.propertyPath) schema = (schema as { entries: Record<string, unknown> }).entries[property];
        assert.deepEqual(parseErrors(schema as v.Schema, example.value), []);
      });
    }
  }

  test('the examples show the cases elements must handle: moved, cancelled, closed items, screened names, a relative next link', () => {
    const meetings = (components.examples.MeetingPage?.value as { items: { status: string; originalStart: string | null }[] }).items;
    assert.ok(meetings.some((meeting) => meeting.status === 'moved' && meeting.originalStart));
    assert.ok(meetings.some((meeting) => meeting.status === 'cancelled'));
    const agenda = (components.examples.MeetingDetail?.value as { agendaItems: { closed: boolean; exemptionBasis: string | null }[] }).agendaItems;
    assert.ok(agenda.some((item) => item.closed && item.exemptionBasis));
    const screened = components.examples.JournalEntryScreened?.value as { title: string; correspondents: { name: string; screened: boolean }[] };
    assert.ok(screened.title.includes('*****'));
    assert.ok(screened.correspondents.every((correspondent) => correspondent.screened && correspondent.name === '*****'));
    const next = (components.examples.JournalEntryPage?.value as { next: string }).next;
    assert.ok(!/^https?:/.test(next), 'one example next link is relative');
  });
});

describe('paths and operations', () => {
  const operation = (method: string, path: string) => {
    const item = (spec.paths as Record<string, SpecNode>)[path];
    assert.ok(item, `path ${path} exists`);
    const found = item[method] as SpecNode | undefined;
    assert.ok(found, `${method.toUpperCase()} ${path} exists`);
    return found;
  };
  const response = (method: string, path: string, status: string) => {
    const found = (operation(method, path).responses as Record<string, unknown>)[status];
    assert.ok(found, `${method.toUpperCase()} ${path} documents ${status}`);
    return resolve(spec, found);
  };
  const contentRef = (node: SpecNode, mediaType: string) => {
    const media = (node.content as Record<string, SpecNode> | undefined)?.[mediaType];
    assert.ok(media, `has ${mediaType} content`);
    return (media.schema as SpecNode | undefined)?.$ref;
  };
  const parameter = (method: string, path: string, name: string) => {
    const parameters = ((operation(method, path).parameters ?? []) as unknown[]).map((node) => resolve(spec, node));
    const found = parameters.find((node) => node.name === name);
    assert.ok(found, `${method.toUpperCase()} ${path} has parameter ${name}`);
    return found;
  };

  const JSON_OPERATIONS: [method: string, path: string, status: string, component: string][] = [
    ['get', '/', '200', 'ServiceDocument'],
    ['get', '/bodies', '200', 'BodyPage'],
    ['get', '/meetings', '200', 'MeetingPage'],
    ['get', '/meetings/{id}', '200', 'MeetingDetail'],
    ['get', '/journal', '200', 'JournalEntryPage'],
    ['get', '/journal/{id}', '200', 'JournalEntry'],
    ['get', '/units', '200', 'UnitPage'],
    ['post', '/access-requests', '202', 'AccessRequestReceipt'],
    ['post', '/access-requests/{id}/confirm', '200', 'AccessRequestReceipt'],
  ];
  for (const [method, path, status, component] of JSON_OPERATIONS) {
    test(`${method.toUpperCase()} ${path} answers ${status} with application/json ${component}`, () => {
      assert.equal(contentRef(response(method, path, status), 'application/json'), `#/components/schemas/${component}`);
    });
  }

  const PROBLEMS: [method: string, path: string, statuses: string[]][] = [
    ['get', '/bodies', ['400']],
    ['get', '/meetings', ['400']],
    ['get', '/meetings/{id}', ['404']],
    ['get', '/journal', ['400']],
    ['get', '/journal/{id}', ['404']],
    ['get', '/units', ['400']],
    ['get', '/files/{id}', ['404']],
    ['post', '/access-requests', ['400', '409', '422', '429', '503']],
    ['post', '/access-requests/{id}/confirm', ['400', '404']],
  ];
  for (const [method, path, statuses] of PROBLEMS) {
    test(`${method.toUpperCase()} ${path} answers ${statuses.join(', ')} with application/problem+json Problem`, () => {
      for (const status of statuses) {
        assert.equal(contentRef(response(method, path, status), 'application/problem+json'), '#/components/schemas/Problem');
      }
    });
  }

  test('GET /meetings.ics answers text/calendar with Europe/Oslo, stable UIDs and STATUS:CANCELLED for cancelled meetings', () => {
    const media = (response('get', '/meetings.ics', '200').content as Record<string, SpecNode>)['text/calendar'];
    const calendar = String(media?.example);
    assert.match(calendar, /^BEGIN:VCALENDAR\r\n/);
    assert.match(calendar, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Oslo\r\n/);
    assert.match(calendar, /DTSTART;TZID=Europe\/Oslo:\d{8}T\d{6}\r\n/);
    assert.match(calendar, /UID:m-2026-er-09@[^\r]+\r\n(?:[^\r]+\r\n)*?STATUS:CANCELLED\r\n/);
    assert.deepEqual(calendar.split('\r\n').filter((line) => Buffer.byteLength(line) > 75), [], 'lines are folded at 75 octets');
    assert.ok(!/[^\r]\n/.test(calendar), 'lines end in CRLF');
    parameter('get', '/meetings.ics', 'body');
  });

  test('GET /files/{id} answers 200 with the file', () => {
    assert.ok(response('get', '/files/{id}', '200').content);
  });

  test('GET /bodies takes active, cursor and limit', () => {
    assert.equal((parameter('get', '/bodies', 'active').schema as SpecNode).type, 'boolean');
    parameter('get', '/bodies', 'cursor');
    parameter('get', '/bodies', 'limit');
  });

  test('GET /meetings takes from, to, body (repeatable), status (the meeting statuses), cursor and limit 1..200 default 50', () => {
    for (const name of ['from', 'to', 'cursor']) parameter('get', '/meetings', name);
    assert.equal((parameter('get', '/meetings', 'body').schema as SpecNode).type, 'array');
    const status = resolve(spec, (parameter('get', '/meetings', 'status').schema as SpecNode).items);
    assert.deepEqual(status.enum, [...s.MEETING_STATUSES]);
    assert.deepEqual(parameter('get', '/meetings', 'limit').schema, { type: 'integer', minimum: 1, maximum: 200, default: 50 });
  });

  test('GET /journal takes q, sort, fulltext, from, to, type (I/U/N/X/S), unit, case, property (gnr/bnr[/fnr]), correspondent, exemptionBasis, cursor and limit', () => {
    for (const name of ['q', 'fulltext', 'from', 'to', 'case', 'correspondent', 'cursor', 'limit']) parameter('get', '/journal', name);
    for (const name of ['unit', 'exemptionBasis']) assert.equal((parameter('get', '/journal', name).schema as SpecNode).type, 'array');
    assert.deepEqual((parameter('get', '/journal', 'sort').schema as SpecNode).enum, [...s.JOURNAL_SORTS]);
    const type = resolve(spec, (parameter('get', '/journal', 'type').schema as SpecNode).items);
    assert.deepEqual(type.enum, [...s.JOURNAL_ENTRY_TYPES]);
    const property = new RegExp(String((parameter('get', '/journal', 'property').schema as SpecNode).pattern));
    assert.ok(property.test('12/34') && property.test('12/34/1'));
    assert.ok(!property.test('12') && !property.test('12/34/1/2') && !property.test('a/b'));
  });

  test('GET /journal documents its query language with an example of each: words, a phrase, an exclusion, either-or', () => {
    const q = parameter('get', '/journal', 'q');
    const examples = Object.values(q.examples as Record<string, { value: string }>).map((example) => example.value);
    assert.ok(examples.some((value) => /^"[^"]+"$/.test(value)), 'a quoted phrase');
    assert.ok(examples.some((value) => /(^|\s)-\S/.test(value)), 'an exclusion');
    assert.ok(examples.some((value) => /\s\|\s/.test(value)), 'either-or');
    for (const operator of ['"', '-', '|', 'stem']) assert.ok(String(q.description).includes(operator), `q explains ${operator}`);
  });

  test('POST /access-requests requires an Idempotency-Key header and an AccessRequest body', () => {
    const key = parameter('post', '/access-requests', 'Idempotency-Key');
    assert.equal(key.in, 'header');
    assert.equal(key.required, true);
    const body = resolve(spec, operation('post', '/access-requests').requestBody);
    assert.equal(body.required, true);
    assert.equal(contentRef(body, 'application/json'), '#/components/schemas/AccessRequest');
  });

  test('CORS: every GET and POST response and the OPTIONS preflight document Access-Control-Allow-Origin', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(spec.paths as Record<string, SpecNode>)) {
      for (const method of ['get', 'post', 'options']) {
        const responses = ((item[method] as SpecNode | undefined)?.responses ?? {}) as Record<string, unknown>;
        for (const [status, node] of Object.entries(responses)) {
          const headers = (resolve(spec, node).headers ?? {}) as Record<string, unknown>;
          if (!('Access-Control-Allow-Origin' in headers)) missing.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    assert.deepEqual(missing, []);
    const preflight = response('options', '/access-requests', '204').headers as Record<string, unknown>;
    assert.ok('Access-Control-Allow-Methods' in preflight && 'Access-Control-Allow-Headers' in preflight);
  });
});
