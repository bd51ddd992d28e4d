// The failures of issue 15 that lost accepted requests or took the server down, reproduced against the real server and
// its database: kill -9 during a burst of writes, a read-only database, a full disk.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startSampleServer, type SampleServer } from '../../sample/server/start.js';
import { buildFixture } from './sample-fixture.js';
import { runApiProcess, startApiProcess } from './server-process.js';
import { backendName, testDatabase } from './test-database.js';

const request = (n: number) => ({ email: `burst-${n}@example.com`, language: 'nb', entries: [{ kind: 'journal-entry', id: 'j-memo' }] });

function post(base: string, key: string, body: unknown): Promise<Response> {
  return fetch(`${base}/access-requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
}

describe(`durability on ${backendName}`, () => {
  it('kill -9 during a burst of writes loses no request that was answered 202', { timeout: 240_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'innsyn-kill-'));
    const database = await testDatabase();
    const env = { INNSYN_DATA_DIR: dataDir, DATABASE_URL: database.databaseUrl ?? '', POST_RATE_PER_MINUTE: '0' };
    try {
      const first = await startApiProcess(env);
      const journal = (await (await fetch(`${first.url}/journal?limit=1`)).json()) as { items: { id: string; canRequestAccess: boolean }[] };
      const body = (n: number) => ({ ...request(n), entries: [{ kind: 'journal-entry', id: journal.items[0]!.id }] });
      const accepted = new Map<string, unknown>();
      let sent = 0;
      let killed = false;
      // Eight clients send until the server dies under them; it is killed once 40 requests have been accepted.
      const client = async () => {
        while (!killed) {
          const n = sent++;
          const key = `kill-${n}`;
          try {
            const response = await post(first.url, key, body(n));
            if (response.status === 202) accepted.set(key, await response.json());
            if (accepted.size >= 40 && !killed) {
              killed = true;
              first.child.kill('SIGKILL');
            }
          } catch {
            // The connection died with the server: this request was never answered, so nothing was promised.
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, client));
      assert.equal(await first.exited, 'SIGKILL');
      assert.ok(accepted.size >= 40);

      const second = await startApiProcess(env);
      try {
        for (const [key, receipt] of accepted) {
          const n = Number(key.slice('kill-'.length));
          const replay = await post(second.url, key, body(n));
          assert.equal(replay.status, 202, key);
          assert.equal(replay.headers.get('idempotent-replayed'), 'true', key);
          assert.deepEqual(await replay.json(), receipt, key);
        }
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a read-only database: POST answers 503 with Retry-After and a problem, reads and replays keep answering, and all comes back', { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'innsyn-readonly-'));
    const database = await testDatabase();
    const server = await startSampleServer({ port: 0, dataDir, ...database, dataset: buildFixture, postRate: false });
    try {
      const before = await post(server.url, 'ro-1', request(1));
      assert.equal(before.status, 202);
      const receipt = await before.json();

      await setReadOnly(server, true);
      const refused = await post(server.url, 'ro-2', request(2));
      assert.equal(refused.status, 503);
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
      assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const problem = (await refused.json()) as { type: string; detail: string };
      assert.equal(problem.type, 'tag:innsyn-elements,2026:storage-unavailable');
      assert.match(problem.detail, /nothing was stored/);
      assert.equal((await fetch(`${server.url}/journal?q=budsjett`)).status, 200);
      assert.equal((await fetch(`${server.url}/meetings`)).status, 200);
      const replay = await post(server.url, 'ro-1', request(1));
      assert.equal(replay.status, 202);
      assert.deepEqual(await replay.json(), receipt);

      await setReadOnly(server, false);
      assert.equal((await post(server.url, 'ro-2', request(2))).status, 202);
      assert.deepEqual(await (await post(server.url, 'ro-1', request(1))).json(), receipt);
    } finally {
      await server.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a full disk: every POST is 202 or 503 with Retry-After, reads keep answering, and every 202 survives when space returns', {
    timeout: 180_000,
    skip: fullDiskSkipReason(),
  }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'innsyn-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', dataDir]);
    let server: SampleServer | undefined;
    try {
      server = await startSampleServer({ port: 0, dataDir, dataset: buildFixture, postRate: false, maxUnconfirmedPerEmail: 100_000 });
      const filler = join(dataDir, 'filler');
      await fill(filler);
      const accepted = new Map<string, unknown>();
      let refused = 0;
      const big = (n: number) => ({ ...request(n), message: 'x'.repeat(30_000) });
      for (let n = 0; n < 400 && refused < 3; n++) {
        const response = await post(server.url, `full-${n}`, big(n));
        if (response.status === 202) accepted.set(`full-${n}`, await response.json());
        else {
          assert.equal(response.status, 503, await response.text());
          assert.ok(Number(response.headers.get('retry-after')) > 0);
          refused += 1;
          assert.equal((await fetch(`${server.url}/journal/j-memo`)).status, 200);
        }
      }
      assert.ok(refused > 0, 'the disk filled up');
      await rm(filler);
      assert.equal((await post(server.url, 'full-after', big(-1))).status, 202);
      for (const [key, receipt] of accepted) {
        const replay = await post(server.url, key, big(Number(key.slice('full-'.length))));
        assert.deepEqual(await replay.json(), receipt, key);
      }
    } finally {
      await server?.close();
      // Lazily, so a file still open cannot leave the mount behind.
      execFileSync('umount', ['-l', dataDir]);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a restart while the disk is still full', { skip: fullDiskSkipReason() }, () => {
  it('comes up read-only: pages and replays answer, a new POST is 503 with Retry-After, one line says why; after space returns all is there', {
    timeout: 180_000,
  }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'innsyn-full-restart-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', dataDir]);
    const env = { INNSYN_DATA_DIR: dataDir, DATABASE_URL: '', POST_RATE_PER_MINUTE: '0' };
    try {
      const first = await startSampleServer({ port: 0, dataDir, dataset: buildFixture, postRate: false });
      const accepted = await post(first.url, 'restart-full-1', request(1));
      assert.equal(accepted.status, 202);
      const receipt = await accepted.json();
      const filler = join(dataDir, 'filler');
      await fill(filler);
      await first.close();

      const readOnly = await startApiProcess(env);
      try {
        assert.match(readOnly.output(), /disk holding .* is full/);
        assert.match(readOnly.output(), /read-only copy/);
        assert.doesNotMatch(readOnly.output(), /^\s+at /m);
        assert.equal((await fetch(`${readOnly.url}/journal/j-memo`)).status, 200);
        assert.equal((await fetch(`${readOnly.url}/meetings`)).status, 200);
        assert.deepEqual(await (await post(readOnly.url, 'restart-full-1', request(1))).json(), receipt);
        const refused = await post(readOnly.url, 'restart-full-2', request(2));
        assert.equal(refused.status, 503);
        assert.ok(Number(refused.headers.get('retry-after')) > 0);
        assert.match(((await refused.json()) as { detail: string }).detail, /nothing was stored/);
      } finally {
        readOnly.child.kill('SIGTERM');
        await readOnly.exited;
      }

      await rm(filler);
      const again = await startApiProcess(env);
      try {
        assert.doesNotMatch(again.output(), /read-only/);
        assert.deepEqual(await (await post(again.url, 'restart-full-1', request(1))).json(), receipt);
        assert.equal((await post(again.url, 'restart-full-2', request(2))).status, 202);
      } finally {
        again.child.kill('SIGTERM');
        await again.exited;
      }
    } finally {
      execFileSync('umount', ['-l', dataDir]);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('one server per embedded database folder', { skip: process.env.INNSYN_TEST_DATABASE_URL ? 'about the embedded database; several servers may share one PostgreSQL database' : false }, () => {
  it('a second server on the same folder refuses to start, with one line naming the first, and the folder stays usable', { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'innsyn-lock-'));
    const first = await startSampleServer({ port: 0, dataDir, dataset: buildFixture, postRate: false });
    try {
      assert.equal((await post(first.url, 'lock-1', request(1))).status, 202);
      const second = await runApiProcess({ INNSYN_DATA_DIR: dataDir, DATABASE_URL: '' });
      assert.equal(second.code, 1);
      assert.match(second.output, new RegExp(`in use by process ${process.pid}\\b`));
      assert.match(second.output, /DATABASE_URL/);
      assert.doesNotMatch(second.output, /^\s+at /m);
      assert.equal((await post(first.url, 'lock-2', request(2))).status, 202);
      assert.equal((await fetch(`${first.url}/journal/j-memo`)).status, 200);
    } finally {
      await first.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a lock left by a process that died (kill -9) is taken over at the next start', { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'innsyn-stale-lock-'));
    try {
      const first = await startSampleServer({ port: 0, dataDir, dataset: buildFixture, postRate: false });
      const accepted = await post(first.url, 'stale-1', request(1));
      assert.equal(accepted.status, 202);
      const receipt = await accepted.json();
      await first.close();
      // What kill -9 leaves behind: the lock of a process that no longer exists.
      const gone = spawnSync(process.execPath, ['-e', '']).pid;
      await symlink(`${gone}:::${hostname().slice(0, 32)}`, join(dataDir, 'db', 'innsyn-server.lock'));
      const second = await startSampleServer({ port: 0, dataDir, postRate: false });
      try {
        assert.deepEqual(await (await post(second.url, 'stale-1', request(1))).json(), receipt);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

/** Makes the database refuse writes the way a read-only replica or a remounted disk does (SQLSTATE 25006). */
async function setReadOnly(server: SampleServer, readOnly: boolean): Promise<void> {
  const db = server.database;
  if (db.kind === 'pglite') {
    // One connection, so the session setting is the whole database's.
    await db.query(`SET default_transaction_read_only = ${readOnly ? 'on' : 'off'}`);
    return;
  }
  await db.transaction(async (tx) => {
    // A session under read-only may still open one read-write transaction, and needs to, to lift it.
    await tx.query('SET TRANSACTION READ WRITE');
    const [row] = await tx.query<{ name: string }>('SELECT current_database() AS name');
    await tx.query(`ALTER DATABASE "${row?.name}" ${readOnly ? 'SET default_transaction_read_only = on' : 'RESET default_transaction_read_only'}`);
  });
  // Connections already open keep their setting; end them all (this one too) so the pool opens new ones under it.
  await db.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()').catch(() => undefined);
}

async function fill(path: string): Promise<void> {
  const chunk = Buffer.alloc(1024 * 1024);
  await writeFile(path, '');
  try {
    for (;;) await writeFile(path, chunk, { flag: 'a' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}

/** A real full disk needs a small file system of its own: a tmpfs, which only root may mount. */
function fullDiskSkipReason(): string | false {
  if (process.env.INNSYN_TEST_DATABASE_URL) return 'the full-disk proof runs on the embedded database (its files are on the small disk)';
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'needs root on Linux to mount a small tmpfs';
  return false;
}
