// The OParl fixtures are what OParl 1.1's schemas say, except the departures of live endpoints they list on purpose.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe as suite, test } from 'node:test';
import { body, DEPARTURES, listedItemPages, meetingPages, meetingReferenced, organizationPages, referencedFiles, referencedItems, system, type OparlObject } from '../fixtures/oparl/fixtures.js';
import { oparlValidators } from './spec-validator.js';

const validator = oparlValidators();

function check(type: string, object: OparlObject): void {
  const validate = validator(type);
  validate(object);
  const allowed = DEPARTURES[object.id] ?? [];
  // anyOf/$ref noise repeats a path; an allowed departure covers everything at or below its path.
  const unexpected = (validate.errors ?? []).filter((e) => !allowed.some((path) => e.instancePath === path || e.instancePath.startsWith(`${path}/`)));
  assert.deepEqual(unexpected.map((e) => `${e.instancePath} ${e.message}`), [], `${object.id}`);
  for (const path of allowed) {
    assert.ok((validate.errors ?? []).some((e) => e.instancePath === path), `${object.id}: the listed departure ${path} is no longer there; remove it from DEPARTURES`);
  }
}

suite('OParl fixtures match the OParl 1.1 schemas', () => {
  test('System and Body', () => {
    check('System', system);
    check('Body', body);
  });
  for (const org of organizationPages.flat()) test(`Organization ${org.id}`, () => check('Organization', org));
  for (const meeting of meetingPages.flat()) test(`Meeting ${meeting.id}`, () => check('Meeting', meeting));
  for (const item of listedItemPages.flat()) test(`AgendaItem ${item.id}`, () => check('AgendaItem', item));
  test('Meeting with references as URLs', () => check('Meeting', meetingReferenced));
  for (const item of referencedItems) test(`AgendaItem ${item.id}`, () => check('AgendaItem', item));
  for (const file of referencedFiles) test(`File ${file.id}`, () => check('File', file));

  test("the spec's own examples pass the same validator (so the validator reads the schemas right)", () => {
    const dir = new URL('../fixtures/oparl/examples/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const type = name.replace(/-\d+\.json$/, '');
      const validate = validator(type);
      validate(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
      // The spec contradicts itself once: Meeting-01's embedded agenda items lack `order`, which AgendaItem requires.
      // The adapter therefore numbers items without `order` by position.
      const errors = (validate.errors ?? []).filter((e) => !(name === 'Meeting-01.json' && /^\/agendaItem\/\d+$/.test(e.instancePath) && e.params.missingProperty === 'order'));
      assert.deepEqual(errors, [], name);
    }
  });

  test('a departure that is not listed fails', () => {
    const validate = validator('Meeting');
    assert.equal(validate({ ...meetingPages[0]![0], start: 'tomorrow' }), false);
  });
});
