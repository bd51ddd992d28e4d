// The render benchmark runs in the same Chromium set-up as the tests; its results go to the file in INNSYN_BENCH_OUT.
import { writeFileSync } from 'node:fs';
import base from '../web-test-runner.config.mjs';

function benchResultPlugin() {
  return {
    name: 'innsyn-bench-result',
    executeCommand({ command, payload }) {
      if (command !== 'innsyn-bench-result') return undefined;
      if (process.env.INNSYN_BENCH_OUT) writeFileSync(process.env.INNSYN_BENCH_OUT, JSON.stringify(payload));
      return true;
    },
  };
}

export default {
  ...base,
  files: ['bench/**/*.bench.ts'],
  groups: undefined,
  concurrency: 1,
  testFramework: { config: { timeout: 120000 } },
  plugins: [...base.plugins, benchResultPlugin()],
};
