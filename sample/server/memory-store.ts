import type { AccessRequestStore, StoredRequest } from './store.js';

/** Keeps access requests for the life of the process (msw handlers, tests). */
export function createMemoryStore(): AccessRequestStore {
  return recordsStore(new Map());
}

/** A store over a Map of records by key; the file store keeps its index in one too. */
export function recordsStore(
  records: Map<string, StoredRequest>,
  persist: (record: StoredRequest) => Promise<void> = async () => undefined,
): AccessRequestStore {
  return {
    async get(key) {
      return records.get(key);
    },
    async find(id) {
      for (const record of records.values()) if (record.receipt.id === id) return record;
      return undefined;
    },
    async put(key, record) {
      await persist(record);
      records.set(key, record);
    },
    async list() {
      return [...records.values()];
    },
  };
}
