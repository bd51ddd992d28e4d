// `npm run bench`: transfer sizes of every script-tag bundle against Lit's own, then render timings in Chromium.
// Prints figures only; nothing here passes or fails on a number.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleSizes, litSize, type Size } from './sizes.js';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function sizeTable(bundles: Size[], lit: Size): string {
  const rows = [
    ['bundle', 'raw', 'min+gzip -9', 'brotli 11', 'gzip ÷ lit'],
    ...[...bundles, lit].map((size) => [
      size.name,
      kB(size.raw),
      kB(size.gzip),
      kB(size.brotli),
      size === lit ? '1.0×' : `${(size.gzip / lit.gzip).toFixed(1)}×`,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}

if (!existsSync('dist/cdn/innsyn-elements.js')) {
  console.log('dist/cdn is missing: building first (npm run build)');
  run('npm', ['run', 'build']);
}

console.log('\nScript-tag bundles (dist/cdn; files under chunks/ load only when an element needs them)\n');
console.log(sizeTable(bundleSizes(), await litSize()));

const out = join(mkdtempSync(join(tmpdir(), 'innsyn-bench-')), 'render.json');
run('npx', ['wtr', '--config', 'bench/web-test-runner.bench.mjs'], { ...process.env, INNSYN_BENCH_OUT: out });
const render = JSON.parse(readFileSync(out, 'utf8')) as { runs: number; meetings: number; firstRenderMs: number; rerenderMs: number };
rmSync(out, { force: true });
console.log(`\nRender (dist/cdn/innsyn-elements.js, headless Chromium, median of ${render.runs} runs, ${render.meetings} meetings in one month)\n`);
console.log(`first render, including the API answers through msw:  ${render.firstRenderMs.toFixed(1)} ms`);
console.log(`month switched away and back:                        ${render.rerenderMs.toFixed(1)} ms`);
