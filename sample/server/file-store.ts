// Access requests on disk: one JSON line per request or change in `${dataDir}/access-requests.jsonl`, synced before the
// receipt is sent, so a citizen's request survives a crash or restart once they have been told it was received. A
// confirmed request is appended again; the last line of a key wins.
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordsStore } from './memory-store.js';
import type { AccessRequestStore, StoredRequest } from './store.js';

export const ACCESS_REQUESTS_FILE = 'access-requests.jsonl';

export async function createFileStore(dataDir: string): Promise<AccessRequestStore> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, ACCESS_REQUESTS_FILE);
  const text = await readIfExists(path);
  const records = parse(text, path);
  let writes: Promise<void> = Promise.resolve();

  const append = async (line: string) => {
    const handle = await open(path, 'a');
    try {
      await handle.appendFile(line, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  };
  // End a line cut short by a crash, so the next record starts on a line of its own.
  if (text !== '' && !text.endsWith('\n')) await append('\n');

  return recordsStore(records, async (record) => {
    // Appends run one after another so two lines never interleave.
    const write = writes.then(() => append(JSON.stringify(record) + '\n'));
    writes = write.catch(() => undefined);
    await write;
  });
}

async function readIfExists(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

function parse(text: string, path: string): Map<string, StoredRequest> {
  const records = new Map<string, StoredRequest>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as StoredRequest;
      if (typeof record.key === 'string') records.set(record.key, record);
    } catch {
      // A line cut short by a crash during its write: its caller never got a receipt, so skipping it loses nothing.
      console.warn(`[sample server] skipped an unreadable line in ${path}`);
    }
  }
  return records;
}
