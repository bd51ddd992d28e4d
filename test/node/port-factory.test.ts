// One factory gives every element its port; adapters load only when chosen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../../src/api/errors.js';
import { HttpPublicationPort } from '../../src/api/http-port.js';
import { getPort, portConfigError, portKey } from '../../src/api/port-factory.js';

test('without api-kind, elements read our contract over HTTP, one port per base URL', async () => {
  const a = await getPort({ api: 'https://innsyn.example/api/' });
  const b = await getPort({ api: 'https://innsyn.example/api', apiKind: 'publication' });
  assert.ok(a instanceof HttpPublicationPort);
  assert.equal(a, b);
});

test('api-kind="einnsyn" loads the eInnsyn adapter, defaults to the national API and needs a publisher', async () => {
  const port = await getPort({ api: '', apiKind: 'einnsyn', publisher: '999999999' });
  assert.equal(port.kind, 'einnsyn');
  assert.equal(port.key, 'einnsyn https://api.einnsyn.no 999999999');
  assert.equal(portKey({ api: '', apiKind: 'EINNSYN', publisher: ' 999999999 ' }), 'einnsyn https://api.einnsyn.no 999999999');
  await assert.rejects(getPort({ api: '', apiKind: 'einnsyn' }), (e: ApiError) => e.kind === 'config' && /publisher/.test(e.message));
});

test('an unknown api-kind is a configuration error that names the allowed ones', async () => {
  await assert.rejects(getPort({ api: 'https://x.example', apiKind: 'noark' }), (e: ApiError) => e.kind === 'config' && /publication, einnsyn, oparl/.test(e.message));
  assert.match(portConfigError({ api: 'https://x.example', apiKind: 'noark' })?.message ?? '', /Unknown api-kind "noark"/);
  assert.equal(portConfigError({ api: '', apiKind: 'einnsyn', publisher: '999999999' }), undefined, 'eInnsyn has a default address');
  assert.equal(portConfigError({ api: '' })?.message, 'missing api attribute');
});
