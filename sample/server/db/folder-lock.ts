// One process per embedded database folder: two PGlite instances writing one folder corrupt it, since each believes it
// owns the files. A lock (a symbolic link) names the owner's pid, process start time, boot and host; a lock whose process is gone (a
// crash, kill -9, a reboot, a restarted container whose new process got the same pid) is stale and taken over, anything
// else refuses the start with a message saying who holds it.
import { readFileSync } from 'node:fs';
import { open, readFile, readlink, rename, symlink, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

const LOCK_FILE = 'innsyn-server.lock';

interface Owner {
  pid: number;
  host: string;
  boot: string;
  /** When the process started (Linux clock ticks since boot), so a pid used again by another process is not mistaken. */
  started: string;
}

/** Folders this process holds, so opening one twice in one process is refused too. */
const held = new Set<string>();

export class FolderInUseError extends Error {
  constructor(folder: string, owner: Owner, lockFile: string) {
    const where = owner.host === hostname().slice(0, 32) ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
    super(
      `the embedded database in ${folder} is in use by ${where}. Only one server may use it: stop that one first ` +
        `(if it is surely gone, delete ${lockFile}), or run several servers on one PostgreSQL database (DATABASE_URL).`,
    );
    this.name = 'FolderInUseError';
  }
}

export interface FolderLock {
  release(): Promise<void>;
}

export async function lockFolder(folder: string): Promise<FolderLock> {
  const lockFile = join(folder, LOCK_FILE);
  const me: Owner = { pid: process.pid, host: hostname().slice(0, 32), boot: bootId().slice(0, 8), started: startedAt(process.pid) };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await create(lockFile, me);
      held.add(lockFile);
      return {
        release: async () => {
          held.delete(lockFile);
          await unlink(lockFile).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = await readlink(lockFile).catch(() => readFile(lockFile, 'utf8')).catch(() => '');
    const owner = parseOwner(text);
    if (owner && isAlive(owner, me, held.has(lockFile))) throw new FolderInUseError(folder, owner, lockFile);
    // Stale (or unreadable, e.g. cut short by a crash while it was written): moved aside under a name of our own, so
    // of two processes taking it over at once only one succeeds in moving it, and the other retries.
    const aside = `${lockFile}.stale-${process.pid}`;
    try {
      await rename(lockFile, aside);
      await unlink(aside).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`could not take the lock ${lockFile}; another server may be starting on the same folder`);
}

/**
 * The lock is a symbolic link whose target is the owner, `pid:started:boot:host`: made in one step that fails when it
 * exists, and short enough to live in the inode, so it can be made on a full disk too (a restart while the disk is
 * full must not fail on the lock). Where links are not allowed (Windows without the right), a file holds the same.
 */
async function create(lockFile: string, me: Owner): Promise<void> {
  const owner = [me.pid, me.started, me.boot.slice(0, 8), me.host.slice(0, 32)].join(':');
  try {
    await symlink(owner, lockFile);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
  }
  const handle = await open(lockFile, 'wx');
  try {
    await handle.writeFile(owner);
  } finally {
    await handle.close();
  }
}

function parseOwner(text: string): Owner | undefined {
  const match = /^(\d+):(\d*):([0-9a-f-]*):(.*)$/.exec(text.trim());
  if (!match) return undefined;
  return { pid: Number(match[1]), started: match[2] ?? '', boot: match[3] ?? '', host: match[4] ?? '' };
}

/** Another host's process cannot be checked, so it counts as alive; on this host, since this boot, the pid must exist. */
function isAlive(owner: Owner, me: Owner, heldHere: boolean): boolean {
  if (owner.host !== me.host) return true;
  if (owner.boot && me.boot && owner.boot !== me.boot) return false;
  if (owner.pid === me.pid) return heldHere;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const started = startedAt(owner.pid);
  return !(owner.started && started && owner.started !== started);
}

/** Field 22 of /proc/PID/stat (after the command name, which may hold spaces and parentheses); empty elsewhere. */
function startedAt(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

/** Linux's id of this boot: a pid from before a reboot says nothing about the process that has it now. */
function bootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return '';
  }
}
