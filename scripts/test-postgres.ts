// Part of `npm run test:node`: runs the database tests again on a real PostgreSQL server when INNSYN_TEST_POSTGRES
// names one (`.ci/run` starts one for the run); each test makes a database of its own there and drops it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const url = process.env.INNSYN_TEST_POSTGRES;
if (!url) {
  console.log('PostgreSQL: database tests ran on the embedded PGlite only (set INNSYN_TEST_POSTGRES=postgres://… to run them on a server too; .ci/run does).');
  process.exit(0);
}
const files = readdirSync('test/node')
  .filter((name) => /^(server|journal-index).*\.test\.ts$/.test(name))
  .map((name) => `test/node/${name}`);
console.log(`PostgreSQL: running ${files.length} database test files on ${new URL(url).host}`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], {
  stdio: 'inherit',
  env: { ...process.env, INNSYN_TEST_DATABASE_URL: url },
});
process.exit(result.status ?? 1);
