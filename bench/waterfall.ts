// `npm run bench:waterfall`: when each request of one element page starts and ends on the slow profile (the bench's),
// to see what waits for what. ELEMENT=agenda ATTRIBUTES='meeting="…"' picks another page; RUNS=3 repeats it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildCdn } from '../scripts/build-cdn.js';
import { startSiteServer } from '../scripts/site-server.js';
import { benchDataset } from './bench-dataset.js';
import { throttle } from './pages.js';

interface Timing {
  path: string;
  start: number;
  end?: number;
  bytes?: number;
}

const element = process.env.ELEMENT ?? 'meeting-calendar';
const attributes = process.env.ATTRIBUTES ?? 'month="2026-03"';
const runs = Number(process.env.RUNS ?? 1);

await buildCdn();
const pagesDir = mkdtempSync(join(tmpdir(), 'innsyn-waterfall-'));
const dataDir = mkdtempSync(join(tmpdir(), 'innsyn-waterfall-data-'));
writeFileSync(
  join(pagesDir, 'page.html'),
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<script type="module" src="/innsyn-elements.js"></script></head>` +
    `<body><h1>Eksempel kommune</h1><innsyn-${element} api="/api" ${attributes}></innsyn-${element}></body></html>`,
);
const server = await startSiteServer({ port: 0, host: '127.0.0.1', dataDir, roots: [pagesDir, 'dist/cdn'], dataset: benchDataset });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
});
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await throttle(cdp);
    const timings = new Map<string, Timing>();
    let origin = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      origin ||= event.timestamp;
      timings.set(event.requestId, { path: event.request.url.replace(server.url, '/'), start: event.timestamp });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const timing = timings.get(event.requestId);
      if (timing) Object.assign(timing, { end: event.timestamp, bytes: event.encodedDataLength });
    });
    await tab.goto(`${server.url}page.html`, { waitUntil: 'networkidle0', timeout: 120_000 });
    const ms = (time?: number) => (time === undefined ? '…' : String(Math.round((time - origin) * 1000))).padStart(6);
    console.log(`run ${run + 1}: start    end  bytes  request (ms from the page request)`);
    for (const timing of timings.values()) {
      console.log(`     ${ms(timing.start)} ${ms(timing.end)} ${String(timing.bytes ?? '').padStart(6)}  ${timing.path.slice(0, 100)}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  for (const dir of [pagesDir, dataDir]) rmSync(dir, { recursive: true, force: true });
}
