// The demo's adapter pages with their fixture APIs (scripts/fixture-apis.ts) on a free port, for the end-to-end test
// of the eInnsyn page: the demo's HTML, /einnsyn-api and /oparl-api over real HTTP, and the orders eInnsyn received
// at /__einnsyn-orders. Prints "Fixture site at <url>" when it listens.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeListener } from '../../sample/server/node-adapter.js';
import { fixtureApis } from '../../scripts/fixture-apis.js';

const server = createServer();
await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const apis = fixtureApis(url);
const serveApis = toNodeListener(async (request) => (await apis(request)) ?? new Response('Not found', { status: 404 }), { origin: url.slice(0, -1) });
const PAGES = new Set(['/einnsyn.html', '/oparl.html']);

server.on('request', (req, res) => {
  const { pathname } = new URL(req.url ?? '/', url);
  if (pathname === '/__einnsyn-orders') {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify(apis.einnsyn.orders));
  } else if (PAGES.has(pathname)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
    res.end(readFileSync(new URL(`../../demo${pathname}`, import.meta.url)));
  } else {
    serveApis(req, res);
  }
});
console.log(`Fixture site at ${url}`);
