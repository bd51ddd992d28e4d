import type { AccessRequestStore, StoredRequest } from './store.js';

/** Keeps access requests for the life of the process (msw handlers, tests). */
export function createMemoryStore(): AccessRequestStore {
  const records = new Map<string, StoredRequest>();
  return {
    async get(key) {
      return records.get(key);
    },
    async put(key, record) {
      records.set(key, record);
    },
  };
}
