// `npm run api -- --import FILE`: a municipality's own publication, validated record by record, with a report of what
// was left out; the server then serves it instead of the generated sample.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildFixture } from './sample-fixture.js';
import { runApiProcess, startApiProcess } from './server-process.js';

describe('import', () => {
  it('loads the valid records, reports each rejected one, and serves what was imported', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'innsyn-import-'));
    try {
      const fixture = buildFixture('https://innsyn.kommune.example/api');
      const [first, second] = fixture.journal;
      const file = join(dir, 'publication.json');
      await writeFile(
        file,
        JSON.stringify({
          service: fixture.service,
          bodies: fixture.bodies,
          meetings: [...fixture.meetings, { ...fixture.meetings[0], id: 'm-broken', start: 'next tuesday' }],
          journal: [first, second, { ...second, title: undefined, id: 'j-untitled' }, { ...first }],
        }),
      );
      const env = { INNSYN_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
      const { code, output } = await runApiProcess(env, ['--import', file]);
      assert.equal(code, 2, output);
      assert.match(output, /Imported .*: 3 bodies, 5 meetings, 2 journal entries, the service document\./);
      assert.match(output, /3 record\(s\) rejected/);
      assert.match(output, /meetings\[5\] \(m-broken\): start: /);
      assert.match(output, /journal\[2\] \(j-untitled\): title: /);
      assert.match(output, /journal\[3\] \(j-dispensation\): id "j-dispensation" repeats an earlier record/);

      const server = await startApiProcess(env);
      try {
        const page = (await (await fetch(`${server.url}/journal`)).json()) as { items: { id: string }[]; total: number };
        assert.deepEqual(page.items.map((entry) => entry.id), [first!.id, second!.id]);
        const service = (await (await fetch(`${server.url}/`)).json()) as { publisher: { name: string } };
        assert.equal(service.publisher.name, 'Eksempel kommune');
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
