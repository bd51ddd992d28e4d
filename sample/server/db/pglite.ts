// The embedded default: PGlite persisting to a folder. It has one connection, so statements run one after another; a
// transaction holds it until it ends, and other queries wait for it.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';
import { lockFolder, type FolderLock } from './folder-lock.js';

// Creating a database (initdb) takes seconds; a copy of a freshly created one, kept here, starts the next in a
// fraction of that. It holds an empty cluster only, never data.
const TEMPLATE = fileURLToPath(new URL('../../../node_modules/.cache/innsyn-elements/pglite-empty-cluster.tar.gz', import.meta.url));

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  let lock: FolderLock | undefined;
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    lock = await lockFolder(dataDir);
  }
  let db: PGlite;
  let removeCopy: (() => Promise<void>) | undefined;
  try {
    const fresh = !dataDir || !existsSync(join(dataDir, 'PG_VERSION'));
    const template = fresh ? await readTemplate() : undefined;
    db = new PGlite(dataDir, template ? { loadDataDir: template } : {});
    await db.waitReady;
    if (fresh && !template) await saveTemplate(db);
  } catch (error) {
    const explained = dataDir ? await explainStartFailure(dataDir, error) : error;
    const copy = dataDir && explained instanceof DiskFullError ? await openReadOnlyCopy(dataDir, explained) : undefined;
    if (!copy) {
      await lock?.release();
      throw explained;
    }
    db = copy.db;
    removeCopy = copy.remove;
  }
  const wrap = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await target.query<T>(sql, params)).rows;
    },
  });
  return {
    kind: 'pglite',
    readOnly: removeCopy !== undefined,
    ...wrap(db),
    async exec(sql) {
      await db.exec(sql);
    },
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    async close() {
      try {
        await db.close();
      } finally {
        await removeCopy?.();
        await lock?.release();
      }
    },
  };
}

async function readTemplate(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(TEMPLATE)]);
  } catch {
    return undefined;
  }
}

async function saveTemplate(db: PGlite): Promise<void> {
  try {
    const dump = await db.dumpDataDir('gzip');
    await mkdir(dirname(TEMPLATE), { recursive: true });
    const partial = `${TEMPLATE}.${process.pid}.tmp`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, TEMPLATE);
  } catch {
    // Only a cache: without it the next database is created from scratch.
  }
}

/** Below this much free space PGlite cannot start: it writes at start (a checkpoint, its WAL) before answering anything. */
const MIN_FREE_BYTES = 16 * 1024 * 1024;

class DiskFullError extends Error {}

/**
 * PGlite reports any failure to start as "failed to initialize properly"; the usual cause on a machine that worked
 * before is a full disk, so that is checked and said, with what to do.
 */
async function explainStartFailure(dataDir: string, error: unknown): Promise<unknown> {
  try {
    const { bavail, bsize } = await statfs(dataDir);
    const free = bavail * bsize;
    if (free >= MIN_FREE_BYTES) return error;
    return new DiskFullError(
      `the disk holding ${dataDir} is full (${Math.floor(free / 1024)} kB free), and the embedded database must write to start. ` +
        'Free some space and start again: everything stored before is still there.',
      { cause: error },
    );
  } catch {
    return error;
  }
}

/**
 * So that a restart while the disk is still full keeps the public pages up: the folder is copied to another file system
 * with room (/dev/shm, which is memory, or the temporary folder) and opened there, and the server serves the copy
 * read-only (POSTs get 503 with Retry-After). Nothing is written to the folder itself; the copy is deleted at close.
 */
async function openReadOnlyCopy(dataDir: string, reason: DiskFullError): Promise<{ db: PGlite; remove: () => Promise<void> } | undefined> {
  const size = await folderSize(dataDir);
  const own = (await stat(dataDir)).dev;
  for (const parent of ['/dev/shm', tmpdir()]) {
    try {
      const info = await statfs(parent);
      if ((await stat(parent)).dev === own || info.bavail * info.bsize < size * 1.2 + MIN_FREE_BYTES) continue;
      const copy = await mkdtemp(join(parent, 'innsyn-read-only-'));
      const remove = () => rm(copy, { recursive: true, force: true });
      try {
        await cp(dataDir, copy, { recursive: true, filter: (source) => !/(postmaster\.pid|innsyn-server\.lock)$/.test(source) });
        const db = new PGlite(copy);
        await db.waitReady;
        console.error(`[database] ${reason.message} Until then the API serves a read-only copy (${copy}): reading works, access requests get 503.`);
        return { db, remove };
      } catch {
        await remove();
      }
    } catch {
      // Try the next place.
    }
  }
  return undefined;
}

async function folderSize(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) total += await folderSize(path);
    else if (entry.isFile()) total += (await stat(path)).size;
  }
  return total;
}
