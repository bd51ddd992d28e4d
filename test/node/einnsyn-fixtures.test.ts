// The eInnsyn fixtures are what eInnsyn's published OpenAPI says its answers are; the generated types are current.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe as suite, test } from 'node:test';
import { EINNSYN_TYPES, generateEinnsynTypes } from '../../scripts/einnsyn-types.js';
import { enheter, journalposter, moetemapper } from '../fixtures/einnsyn/fixtures.js';
import { applyExpand } from '../mocks/einnsyn-server.js';
import { describe, einnsynValidators } from './spec-validator.js';

const validator = einnsynValidators();

suite('eInnsyn fixtures match einnsyn.openapi.yml', () => {
  const cases = [
    ...enheter.map((item) => ['Enhet.Enhet', item] as const),
    ...moetemapper.map((item) => ['Moetemappe.Moetemappe', item] as const),
    ...journalposter.map((item) => ['Journalpost.Journalpost', item] as const),
  ];
  for (const [schema, item] of cases) {
    test(`${schema} ${item.id} (fully expanded and as ids)`, () => {
      const validate = validator(schema);
      assert.ok(validate(item), `${item.id}: ${describe(validate)}`);
      const collapsed = applyExpand(item, new Set());
      assert.ok(validate(collapsed), `${item.id} with references as ids: ${describe(validate)}`);
    });
  }

  test('the validator catches a fixture that drifts from the spec', () => {
    const validate = validator('Moetemappe.Moetemappe');
    const { moetedato: _dropped, ...withoutDate } = moetemapper[0]!;
    assert.equal(validate(withoutDate), false);
    assert.equal(validate({ ...moetemapper[0], moetesak: [{ entity: 'Moetesak', id: 'ms_x' }] }), false);
  });
});

test('the eInnsyn types are generated from the spec as it is now (npx tsx scripts/einnsyn-types.ts)', async () => {
  assert.equal(readFileSync(EINNSYN_TYPES, 'utf8'), await generateEinnsynTypes());
});
