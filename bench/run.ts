// `npm run bench`: transfer sizes of the script-tag files against Lit's own, then whole pages on a slow phone profile
// against static HTML of the same content. Prints medians only; nothing here passes or fails on a number.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCdn } from '../scripts/build-cdn.js';
import { benchPages, PROFILE, type PageFigures } from './pages.js';
import { bundleSizes, litSize, type Size } from './sizes.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '–');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function sizeTable(files: Size[], lit: Size): string {
  return table([
    ['file', 'raw', 'min+gzip -9', 'brotli 11', 'gzip ÷ lit'],
    ...[...files, lit].map((size) => [
      size.name, kB(size.raw), kB(size.gzip), kB(size.brotli), size === lit ? '1.0×' : `${(size.gzip / lit.gzip).toFixed(2)}×`,
    ]),
  ]);
}

function pageTable(pages: PageFigures[], lit: Size): string {
  return table([
    ['page', 'first text', 'static', '÷ static', 'all content', 'static', '÷ static', 'CLS', 'static CLS', 'JS gzip', 'JS before sanitizer', '÷ lit', 'transfer', 'static transfer'],
    ...pages.map((page) => [
      page.name,
      ms(page.element.first), ms(page.static.first), `${page.ratio.first.toFixed(2)}×`,
      ms(page.element.complete), ms(page.static.complete), `${page.ratio.complete.toFixed(2)}×`,
      page.element.cls.toFixed(3), page.static.cls.toFixed(3),
      kB(page.scriptGzip), kB(page.scriptGzipBeforeSanitizer), `${(page.scriptGzip / lit.gzip).toFixed(1)}×`,
      kB(page.transfer), kB(page.staticTransfer),
    ]),
  ]);
}

console.log('Building the script tag and its chunks (dist/cdn) …');
await buildCdn();
const lit = await litSize();
console.log('\nScript-tag files (dist/cdn): the loader innsyn-elements.js, per-element scripts, chunks/ they load\n');
const bundles = bundleSizes();
console.log(sizeTable(bundles, lit));
// The eInnsyn and OParl adapters are chunks too: a page loads them only when an element has api-kind="einnsyn"/"oparl".
const adapters = bundles.filter((size) => /chunks\/(einnsyn-port|oparl-port|adapter-support)-/.test(size.name));
const gz = (names: RegExp) => adapters.filter((size) => names.test(size.name)).reduce((sum, size) => sum + size.gzip, 0);
console.log(`\nAdapters, loaded only when chosen with api-kind: eInnsyn ${kB(gz(/einnsyn-port|adapter-support/))}, OParl ${kB(gz(/oparl-port|adapter-support/))} (min+gzip -9, with their shared support chunk)`);

console.log(
  `\nPages (Chromium via DevTools: CPU ${PROFILE.cpuSlowdown}x slower, ${PROFILE.latencyMs} ms round trip, ` +
    `${PROFILE.downloadKbit / 1000} Mbit/s down, cold cache; medians of ${RUNS} runs; static = the same content as HTML, same run;\n` +
    'files served with brotli as jsDelivr serves the script tag; "JS gzip" counts the same files at gzip -9, the unit of the goals)\n',
);
const pages = await benchPages(RUNS, (line) => console.log(line));
console.log(`\n${pageTable(pages, lit)}`);
console.log('\nInteractions on the slow profile (click to result on screen, medians)\n');
console.log(table([['page', 'interaction', 'time'], ...pages.flatMap((page) => page.interactions.map((step) => [page.name, step.name, ms(step.ms)]))]));
console.log('\nGoals: loader ≤ 2 kB gzip; calendar page ≤ 16 kB (bar 20), agenda page ≤ 18 kB before the sanitizer (bar 22);');
console.log('first text ≤ 2.0× static (bar 2.5×); CLS ≤ 0.02.');

// The journal search in the test set-up's Chromium (bench/journal.bench.ts), from the script tag just built.
const out = join(mkdtempSync(join(tmpdir(), 'innsyn-bench-')), 'results.json');
const wtr = spawnSync('npx', ['wtr', '--config', 'bench/web-test-runner.bench.mjs'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, INNSYN_BENCH_OUT: out },
  encoding: 'utf8',
});
if (wtr.status !== 0) {
  process.stdout.write(wtr.stdout);
  throw new Error('the journal search bench failed');
}
const { journal } = JSON.parse(readFileSync(out, 'utf8')) as {
  journal: { runs: number; renderMs: Record<string, number>; typedCharacters: number; keyIntervalMs: number; requestsWhileTyping: { median: number; max: number } };
};
rmSync(out, { force: true });
console.log(`\nJournal search (dist/cdn/innsyn-elements.js, headless Chromium at full speed, medians of ${journal.runs} runs)\n`);
console.log(table([
  ['entries', 'last API answer to rendered'],
  ...Object.entries(journal.renderMs).map(([rows, value]) => [rows, `${value.toFixed(1)} ms`]),
]));
console.log(
  `\nrequests while typing ${journal.typedCharacters} characters (one every ${journal.keyIntervalMs} ms): ` +
    `median ${journal.requestsWhileTyping.median}, at most ${journal.requestsWhileTyping.max} (goal: at most 2)`,
);
const { benchServer } = await import('./server.bench.js');
await benchServer();
