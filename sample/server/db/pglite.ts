// The embedded default: PGlite persisting to a folder. It has one connection, so statements run one after another; a
// transaction holds it until it ends, and other queries wait for it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
  try {
    const fresh = !dataDir || !existsSync(join(dataDir, 'PG_VERSION'));
    const template = fresh ? await readTemplate() : undefined;
    db = new PGlite(dataDir, template ? { loadDataDir: template } : {});
    await db.waitReady;
    if (fresh && !template) await saveTemplate(db);
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const wrap = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await target.query<T>(sql, params)).rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    async exec(sql) {
      await db.exec(sql);
    },
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    async close() {
      try {
        await db.close();
      } finally {
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
