// Benchmarks in the same Chromium set-up as the tests (bench/*.bench.ts); results go to the file in INNSYN_BENCH_OUT.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import base from '../web-test-runner.config.mjs';

function benchResultPlugin() {
  return {
    name: 'innsyn-bench-result',
    executeCommand({ command, payload }) {
      if (command !== 'innsyn-bench-result') return undefined;
      const out = process.env.INNSYN_BENCH_OUT;
      if (!out) return true;
      // One file for every bench: each result under its `bench` name.
      const all = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {};
      all[payload?.bench ?? 'unnamed'] = payload;
      writeFileSync(out, JSON.stringify(all));
      return true;
    },
  };
}

export default {
  ...base,
  // server.bench.ts runs in Node (bench/run.ts imports it), not in the browser.
  files: ['bench/**/*.bench.ts', '!bench/server.bench.ts'],
  groups: undefined,
  concurrency: 1,
  testFramework: { config: { timeout: 120000 } },
  plugins: [...base.plugins, benchResultPlugin()],
};
