// Reads and writes the basket's JSON under one key, surviving storage that is missing (private mode, blocked cookies),
// full (quota) or holding something we cannot read. Nothing here throws.

/** Where baskets live when localStorage refuses: on the window, shared by every copy of the library on the page. */
const MEMORY = Symbol.for('innsyn-elements.basket.memory');

function memory(): Map<string, string> {
  const holder = globalThis as { [MEMORY]?: Map<string, string> };
  holder[MEMORY] ??= new Map();
  return holder[MEMORY];
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Accessing localStorage itself throws a SecurityError where the browser blocks site data.
    return undefined;
  }
}

/**
 * The stored text for a key. A value kept in memory after a failed write wins, because it is newer than what
 * localStorage holds.
 */
export function readStored(key: string): string | null {
  const kept = memory().get(key);
  if (kept !== undefined) return kept;
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes to localStorage, else to memory; returns whether the value will outlive the page. */
export function writeStored(key: string, value: string | null): boolean {
  const store = storage();
  try {
    if (!store) throw new Error('no localStorage');
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    memory().delete(key);
    return true;
  } catch {
    if (value === null) memory().set(key, '[]');
    else memory().set(key, value);
    return false;
  }
}
