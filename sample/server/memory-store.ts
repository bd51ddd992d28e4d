// Keeps access requests for the life of the process (msw handlers in the browser, tests). Mails are handed to the
// mailer as soon as their request is stored; one that fails is tried again at the next write.
import { createMemoryMailer, type Mailer } from './mail/mailer.js';
import type { AccessRequestStore, QueuedMail, StoredRequest } from './store.js';

export function createMemoryStore(mailer: Mailer = createMemoryMailer()): AccessRequestStore {
  const records = new Map<string, StoredRequest>();
  const pending: { key: string; mail: QueuedMail }[] = [];
  const flush = async () => {
    while (pending.length > 0) {
      const next = pending[0]!;
      try {
        await mailer.send(next.mail.message);
      } catch (error) {
        console.error('[sample server] could not send an e-mail; it is tried again at the next request:', error instanceof Error ? error.message : error);
        return;
      }
      pending.shift();
      const record = records.get(next.key);
      const at = new Date().toISOString();
      if (record && next.mail.kind === 'confirm-access-request') records.set(next.key, { ...record, confirmationMailSentAt: record.confirmationMailSentAt ?? at });
      if (record && next.mail.kind === 'forward-access-request') records.set(next.key, { ...record, forwardedAt: record.forwardedAt ?? at });
    }
  };
  return {
    async get(key) {
      return records.get(key);
    },
    async find(id) {
      for (const record of records.values()) if (record.receipt.id === id) return record;
      return undefined;
    },
    async add(key, record, mails) {
      const existing = records.get(key);
      if (existing) return existing;
      records.set(key, record);
      pending.push(...mails.map((mail) => ({ key, mail })));
      await flush();
      return record;
    },
    async put(key, record, mails = []) {
      const before = records.get(key);
      const { confirmationMailSentAt, forwardedAt } = before ?? record;
      records.set(key, { ...record, confirmationMailSentAt, forwardedAt });
      if (before?.receipt.status !== record.receipt.status) pending.push(...mails.map((mail) => ({ key, mail })));
      await flush();
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
