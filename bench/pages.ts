// Whole pages on a slow phone, against static HTML of the same content in the same run: Chromium through the
// DevTools protocol (puppeteer-core, the system's Chromium), CPU 4x slower, 150 ms round trip, 1.6 Mbit/s, cold cache.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';
import { ELEMENTS } from '../scripts/elements.js';
import { startSiteServer } from '../scripts/site-server.js';
import {
  BUSY_MONTH, BUSY_MONTH_MEETINGS, LONG_AGENDA_ID, LONG_AGENDA_ITEMS, benchDataset, typicalHeldMeeting,
} from './bench-dataset.js';
import { installProbe, interact, staticSnapshot, type InteractionSpec, type ProbeResult, type ProbeTarget } from './page-probe.js';
import { measure } from './sizes.js';

export const PROFILE = { cpuSlowdown: 4, latencyMs: 150, downloadKbit: 1600, uploadKbit: 750 };

interface PageCase {
  name: string;
  element: string;
  attributes: string;
  target: ProbeTarget;
  interactions?: (InteractionSpec & { name: string })[];
  /** The floor page: bench/floor's minimal element on the loader's path, against the calendar page's static copy. */
  floor?: true;
}

const FLOOR_DIR = 'floor';

export interface PageFigures {
  name: string;
  element: { first: number; complete: number; cls: number };
  static: { first: number; complete: number; cls: number };
  /**
   * Element ÷ static, the median of each run's pair (the static page is loaded just before the element page): steadier
   * than one median divided by the other when the machine's speed drifts during the bench.
   */
  ratio: { first: number; complete: number };
  /** gzip -9 of every script file the page fetched, and without the sanitizer chunk. */
  scriptGzip: number;
  scriptGzipBeforeSanitizer: number;
  /** Bytes on the wire (compressed bodies and headers) of the element page and of the static page. */
  transfer: number;
  staticTransfer: number;
  interactions: { name: string; ms: number }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function cases(typicalMeetingId: string, typicalItems: number, typicalMonthMeetings: number): PageCase[] {
  const meeting = '[part~="meeting"]';
  const all: PageCase[] = [
    {
      name: 'calendar page (month view)',
      element: 'meeting-calendar',
      attributes: 'month="2026-03"',
      target: { first: meeting, complete: meeting, count: typicalMonthMeetings },
    },
    {
      name: 'floor: the least element on the same path (for comparison)',
      element: 'floor',
      attributes: 'month="2026-03"',
      target: { first: meeting, complete: meeting, count: typicalMonthMeetings },
      floor: true,
    },
    {
      name: `agenda page (${typicalItems} items, HTML decisions)`,
      element: 'agenda',
      attributes: `meeting="${typicalMeetingId}"`,
      target: { first: '#meeting-heading', complete: '.item', count: typicalItems },
    },
    {
      name: `calendar, ${BUSY_MONTH_MEETINGS}+ meetings in a month (list)`,
      element: 'meeting-calendar',
      attributes: `month="${BUSY_MONTH}" view="list"`,
      target: { first: meeting, complete: meeting, count: BUSY_MONTH_MEETINGS },
      interactions: [
        { name: 'list → month view', click: '.view-switch button:first-child', done: '.grid', count: 1 },
        { name: 'month → list view', click: '.view-switch button:last-child', done: `.list ${meeting}`, count: BUSY_MONTH_MEETINGS },
      ],
    },
    {
      name: `agenda, ${LONG_AGENDA_ITEMS} items`,
      element: 'agenda',
      attributes: `meeting="${LONG_AGENDA_ID}"`,
      target: { first: '#meeting-heading', complete: '.item', count: LONG_AGENDA_ITEMS },
      interactions: [
        { name: 'open item 150', click: '#item-150', done: '#panel-150:not([hidden]) .document', count: 1 },
        { name: 'open all items', click: '.toggle-all', done: '.item__panel:not([hidden])', count: 1 },
      ],
    },
    {
      name: 'journal search page (latest entries)',
      element: 'journal-search',
      attributes: '',
      target: { first: '.entry', complete: '.entry', count: 25 },
    },
  ];
  return all.filter((page) => page.floor || (ELEMENTS as readonly string[]).includes(page.element));
}

function pageHtml(page: PageCase): string {
  const tag = `innsyn-${page.element}`;
  return `<!doctype html>
<html lang="nb">
<head>
  <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${page.name} – Eksempel kommune</title>
  <link rel="icon" href="data:,">
  <script type="module" src="${page.floor ? `/${FLOOR_DIR}/floor-loader.js` : '/innsyn-elements.js'}"></script>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
    /* As the README suggests for the site's stylesheet: space for the elements before their code arrives. */
    innsyn-meeting-calendar:not(:defined) { display: block; min-height: 44em; }
    innsyn-meeting-calendar[view="list"]:not(:defined), innsyn-agenda:not(:defined), innsyn-journal-search:not(:defined) {
      display: block; min-height: 60em;
    }
  </style>
</head>
<body>
  <header><p>Eksempel kommune</p><h1>Politiske møter</h1></header>
  <main>
    <p>Her finner du møtene i de folkevalgte organene, med saksliste, saksdokumenter og protokoll.</p>
    <${tag} api="/api" ${page.attributes}></${tag}>
    <h2>Kontakt</h2><p>Politisk sekretariat, telefon 12 34 56 78.</p>
  </main>
  <footer><p>Eksempel kommune, Rådhusgata 1</p></footer>
</body>
</html>`;
}

export async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: (PROFILE.downloadKbit * 1000) / 8,
    uploadThroughput: (PROFILE.uploadKbit * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
}

interface Visit {
  probe: ProbeResult;
  transfer: number;
  scripts: string[];
  interactions: { name: string; ms: number }[];
}

async function visit(browser: Browser, url: string, page: PageCase, interactions: boolean): Promise<Visit> {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 412, height: 915 });
    const cdp = await tab.createCDPSession();
    await throttle(cdp);
    let transfer = 0;
    const scripts: string[] = [];
    const types = new Map<string, string>();
    cdp.on('Network.responseReceived', (event) => {
      types.set(event.requestId, event.type);
      if (event.type === 'Script') scripts.push(new URL(event.response.url).pathname);
    });
    cdp.on('Network.loadingFinished', (event) => {
      if (types.has(event.requestId)) transfer += event.encodedDataLength;
    });
    await tab.evaluateOnNewDocument('globalThis.__name = (target) => target;');
    await tab.evaluateOnNewDocument(installProbe, page.target);
    await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await tab.waitForFunction('window.__bench.complete !== undefined', { timeout: 120_000 }).catch(async (error: unknown) => {
      // Say what the element showed instead, so a page that never completes can be told from a slow one.
      const shown = await tab.evaluate(`document.querySelector('innsyn-${page.element}')?.shadowRoot?.textContent ?? '(no shadow root)'`);
      throw new Error(`${page.name} never completed; the element shows: ${String(shown).replace(/\s+/g, ' ').slice(0, 500)}`, { cause: error });
    });
    // Shifts that come after the content (late styles, a footer pushed down) still count.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const probe = (await tab.evaluate('window.__bench')) as ProbeResult;
    const done: { name: string; ms: number }[] = [];
    if (interactions) {
      for (const step of page.interactions ?? []) {
        done.push({ name: step.name, ms: await tab.evaluate(interact, `innsyn-${page.element}`, step) });
      }
    }
    return { probe, transfer, scripts, interactions: done };
  } finally {
    await context.close();
  }
}

async function snapshot(browser: Browser, url: string, page: PageCase): Promise<string> {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.evaluateOnNewDocument('globalThis.__name = (target) => target;');
    await tab.evaluateOnNewDocument(installProbe, page.target);
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction('window.__bench.complete !== undefined', { timeout: 60_000 });
    // Let late work (the sanitized decisions, the calendar file link) land before the copy is taken.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return await tab.evaluate(staticSnapshot);
  } finally {
    await context.close();
  }
}

/** bench/floor's loader and element, bundled and minified as our script tag is (Lit inside the element's chunk). */
async function buildFloor(outdir: string): Promise<void> {
  await build({
    entryPoints: ['bench/floor/floor-loader.ts', 'bench/floor/floor-element.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir,
    logLevel: 'warning',
  });
}

export async function benchPages(runs: number, log: (line: string) => void): Promise<PageFigures[]> {
  const pagesDir = mkdtempSync(join(tmpdir(), 'innsyn-bench-pages-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'innsyn-bench-data-'));
  let typical = { id: '', items: 0, monthMeetings: 0 };
  const server = await startSiteServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    roots: [pagesDir, 'dist/cdn'],
    dataset: (baseUrl) => {
      const dataset = benchDataset(baseUrl);
      const held = typicalHeldMeeting(dataset);
      typical = {
        id: held.id,
        items: held.agendaItems.length,
        monthMeetings: dataset.meetings.filter((meeting) => meeting.start.startsWith('2026-03')).length,
      };
      return dataset;
    },
  });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const figures: PageFigures[] = [];
  const all = cases(typical.id, typical.items, typical.monthMeetings);
  // BENCH_PAGES=journal measures only the pages whose name matches, for a quick look at one page.
  const only = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES, 'i') : undefined;
  try {
    if (all.some((page) => page.floor && (!only || only.test(page.name)))) await buildFloor(join(pagesDir, FLOOR_DIR));
    for (const [index, page] of all.entries()) {
      if (only && !only.test(page.name)) continue;
      log(`  ${page.name} …`);
      writeFileSync(join(pagesDir, `page-${index}.html`), pageHtml(page));
      const url = `${server.url}page-${index}.html`;
      // The floor shows less than the calendar; its baseline is still the calendar page's content as static HTML.
      const staticOf = page.floor ? all.find((other) => other.element === 'meeting-calendar' && other.attributes === page.attributes)! : page;
      let staticSource = url;
      if (page.floor) {
        writeFileSync(join(pagesDir, `page-${index}-static-source.html`), pageHtml(staticOf));
        staticSource = `${server.url}page-${index}-static-source.html`;
      }
      writeFileSync(join(pagesDir, `page-${index}-static.html`), await snapshot(browser, staticSource, staticOf));
      const staticUrl = `${server.url}page-${index}-static.html`;
      const element: Visit[] = [];
      const baseline: Visit[] = [];
      for (let run = 0; run < runs; run++) {
        baseline.push(await visit(browser, staticUrl, page, false));
        element.push(await visit(browser, url, page, true));
      }
      const sum = (visit: Visit, skip?: RegExp) =>
        [...new Set(visit.scripts)]
          .filter((path) => !skip?.test(path))
          .reduce((total, path) => total + measure(path, readFileSync(join(path.startsWith(`/${FLOOR_DIR}/`) ? pagesDir : 'dist/cdn', path))).gzip, 0);
      const stat = (visits: Visit[]) => ({
        first: median(visits.map((v) => v.probe.first ?? NaN)),
        complete: median(visits.map((v) => v.probe.complete ?? NaN)),
        cls: median(visits.map((v) => v.probe.cls)),
      });
      figures.push({
        name: page.name,
        element: stat(element),
        static: stat(baseline),
        ratio: {
          first: median(element.map((visit, run) => (visit.probe.first ?? NaN) / (baseline[run]!.probe.first ?? NaN))),
          complete: median(element.map((visit, run) => (visit.probe.complete ?? NaN) / (baseline[run]!.probe.complete ?? NaN))),
        },
        scriptGzip: sum(element[0]!),
        scriptGzipBeforeSanitizer: sum(element[0]!, /purify/),
        transfer: median(element.map((v) => v.transfer)),
        staticTransfer: median(baseline.map((v) => v.transfer)),
        interactions: (page.interactions ?? []).map((step) => ({
          name: step.name,
          ms: median(element.map((v) => v.interactions.find((done) => done.name === step.name)?.ms ?? NaN)),
        })),
      });
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(pagesDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}
