// The POST limit behind a reverse proxy (issue 15): X-Forwarded-For names the client only when TRUST_PROXY says whose
// header to believe; without it the header is ignored, since any client can send one.
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { createPublicationApi } from '../../sample/server/app.js';
import { clientAddress, parseTrustProxy, type TrustProxy } from '../../sample/server/client-address.js';
import { createMemoryStore } from '../../sample/server/memory-store.js';
import { toNodeListener } from '../../sample/server/node-adapter.js';
import { buildFixture } from './sample-fixture.js';

/** The API with a limit of two POSTs per client, on a real socket, as start.ts serves it. */
async function limitedServer(trustProxy: TrustProxy | undefined): Promise<{ server: Server; port: number }> {
  const api = createPublicationApi(buildFixture('http://127.0.0.1'), { store: createMemoryStore(), postRate: { perMinute: 1, burst: 2 } });
  const server = createServer(toNodeListener(api, { origin: 'http://127.0.0.1', trustProxy }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

let sequence = 0;
function post(port: number, forwardedFor?: string): Promise<number> {
  const n = (sequence += 1);
  const body = JSON.stringify({ email: `proxy${n}@example.com`, language: 'nb', entries: [{ kind: 'journal-entry', id: 'j-memo' }] });
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Idempotency-Key': `proxy-${n}` };
  if (forwardedFor) headers['X-Forwarded-For'] = forwardedFor;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/access-requests', method: 'POST', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the client address behind a reverse proxy (TRUST_PROXY)', () => {
  const ignored: [string, TrustProxy | undefined][] = [
    ['without TRUST_PROXY, X-Forwarded-For is ignored: a client cannot escape the limit by making up addresses', undefined],
    // This test's requests come from 127.0.0.1, which is not the listed proxy: the header is not believed.
    ['with the proxies listed by address, a request from elsewhere is counted by its own socket address', parseTrustProxy('192.0.2.10')],
  ];
  for (const [name, trust] of ignored) {
    it(name, async () => {
      const { server, port } = await limitedServer(trust);
      try {
        assert.equal(await post(port, '198.51.100.1'), 202);
        assert.equal(await post(port, '198.51.100.2'), 202);
        assert.equal(await post(port, '198.51.100.3'), 429);
      } finally {
        server.close();
      }
    });
  }

  it('with TRUST_PROXY=1, each client behind the proxy has its own limit, and what a client put in the header is not believed', async () => {
    const { server, port } = await limitedServer(parseTrustProxy('1'));
    try {
      // The proxy appends the address it saw: a made-up first value does not change who is counted.
      assert.equal(await post(port, '198.51.100.1'), 202);
      assert.equal(await post(port, '10.9.9.9, 198.51.100.1'), 202);
      assert.equal(await post(port, '10.9.9.8, 198.51.100.1'), 429);
      assert.equal(await post(port, '198.51.100.2'), 202);
    } finally {
      server.close();
    }
  });

  it('reads the chain from the right, stopping at the first address that is not a trusted proxy', () => {
    const proxies = parseTrustProxy('10.0.0.0/8, ::1');
    assert.equal(clientAddress('10.0.0.2', '203.0.113.7, 10.0.0.1', proxies), '203.0.113.7');
    assert.equal(clientAddress('::ffff:10.0.0.2', '6.6.6.6, 203.0.113.7', proxies), '203.0.113.7');
    assert.equal(clientAddress('::1', '203.0.113.7', proxies), '203.0.113.7');
    assert.equal(clientAddress('203.0.113.9', '6.6.6.6', proxies), '203.0.113.9');
    assert.equal(clientAddress('10.0.0.2', 'garbage', proxies), '10.0.0.2');
    assert.equal(clientAddress('10.0.0.2', '203.0.113.7, 198.51.100.4', parseTrustProxy('2')), '203.0.113.7');
    assert.equal(clientAddress('10.0.0.2', '198.51.100.4', parseTrustProxy('5')), '198.51.100.4');
    assert.equal(clientAddress('10.0.0.2', '198.51.100.4', parseTrustProxy('')), '10.0.0.2');
    assert.throws(() => parseTrustProxy('my-proxy.local'), /TRUST_PROXY/);
  });
});
