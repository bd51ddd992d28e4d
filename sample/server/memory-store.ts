import type { AccessRequestStore, StoredRequest } from './store.js';

/** Keeps access requests for the life of the process (msw handlers, tests). */
export function createMemoryStore(): AccessRequestStore {
  const records = new Map<string, StoredRequest>();
  return {
    async get(key) {
      return records.get(key);
    },
    async find(id) {
      for (const record of records.values()) if (record.receipt.id === id) return record;
      return undefined;
    },
    async add(key, record) {
      const existing = records.get(key);
      if (existing) return existing;
      records.set(key, record);
      return record;
    },
    async put(key, record) {
      records.set(key, record);
    },
    async list() {
      return [...records.values()];
    },
    async countUnconfirmed(email, since) {
      const address = email.toLowerCase();
      return [...records.values()].filter(
        (record) =>
          record.receipt.status === 'awaiting-confirmation' &&
          record.request.email.toLowerCase() === address &&
          Date.parse(record.receipt.receivedAt) >= since.getTime(),
      ).length;
    },
  };
}
