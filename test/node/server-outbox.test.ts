// The outbox is how mail leaves (issue 15): each access request's mails are committed with it, and a sender sends them,
// retries while the mail server is down, and sends what was left unsent after a restart. At least once: a crash between
// sending and marking sent sends that mail again after the lease.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, mock } from 'node:test';
import { createMemoryMailer, type Mailer } from '../../sample/server/mail/mailer.js';
import { startSampleServer } from '../../sample/server/start.js';
import { buildFixture } from './sample-fixture.js';
import { freePort, startSmtpSink } from './smtp-sink.js';
import { backendName, testDatabase } from './test-database.js';

const FAST = { pollMs: 100, firstRetryMs: 100, maxRetryMs: 400 };

function post(base: string, key: string, email: string): Promise<Response> {
  return fetch(`${base}/access-requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ email, language: 'nb', entries: [{ kind: 'journal-entry', id: 'j-memo' }] }),
  });
}

/** Waits for a condition that the outbox's own timer brings about; the test's timeout bounds it. */
async function eventually(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe(`the outbox on ${backendName}`, () => {
  it('while the SMTP server is down, requests are accepted; when it comes up, every mail arrives, once', { timeout: 60_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'innsyn-smtp-'));
    const database = await testDatabase();
    const port = await freePort();
    const logged = mock.method(console, 'error', () => undefined);
    const server = await startSampleServer({ port: 0, dataDir, ...database, dataset: buildFixture, postRate: false, smtpUrl: `smtp://127.0.0.1:${port}`, outbox: FAST });
    let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
    try {
      assert.equal((await post(server.url, 'down-1', 'down1@example.com')).status, 202);
      assert.equal((await post(server.url, 'down-2', 'down2@example.com')).status, 202);
      const unsent = await server.database.query<{ recipient: string; attempts: number }>('SELECT recipient, attempts FROM outbox WHERE sent_at IS NULL ORDER BY id');
      assert.deepEqual(unsent.map((row) => row.recipient), ['down1@example.com', 'down2@example.com']);
      assert.ok(logged.mock.calls.some((call) => String(call.arguments[0]).includes('could not send mail')));

      sink = await startSmtpSink(port);
      await eventually(() => sink!.messages.length >= 2);
      await eventually(async () => (await server.database.query('SELECT 1 FROM outbox WHERE sent_at IS NULL')).length === 0);
      assert.deepEqual(sink.messages.map((message) => message.to).sort(), [['down1@example.com'], ['down2@example.com']]);
      assert.match(sink.messages[0]!.data, /Bekreft innsynskravet ditt/);
      const [stored] = await server.store.list();
      assert.equal(typeof stored?.confirmationMailSentAt, 'string');
      // Sent mail is marked, not sent again at the next passes.
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(sink.messages.length, 2);
    } finally {
      logged.mock.restore();
      await server.close();
      await sink?.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('mails left unsent when the server stopped are sent after it starts again, and the confirmed request reaches postmottak', { timeout: 60_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'innsyn-restart-mail-'));
    const database = await testDatabase();
    const failing: Mailer = { send: () => Promise.reject(new Error('SMTP server down')) };
    const logged = mock.method(console, 'error', () => undefined);
    try {
      const first = await startSampleServer({ port: 0, dataDir, ...database, dataset: buildFixture, postRate: false, mailer: failing, outbox: FAST });
      assert.equal((await post(first.url, 'restart-1', 'restart@example.com')).status, 202);
      await first.close();

      const mailer = createMemoryMailer();
      const second = await startSampleServer({ port: 0, dataDir, ...database, dataset: buildFixture, postRate: false, mailer, outbox: FAST });
      try {
        await eventually(() => mailer.sent.length >= 1);
        const link = /https?:\/\/\S+confirmation\?token=\S+/.exec(mailer.sent[0]!.text)?.[0];
        assert.ok(link, mailer.sent[0]!.text);
        const token = new URL(link).searchParams.get('token');
        const id = new URL(link).pathname.split('/').at(-2)!;
        const confirm = () =>
          fetch(`${second.url}/access-requests/${id}/confirm`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
        assert.equal((await confirm()).status, 200);
        assert.equal((await confirm()).status, 200);
        await eventually(() => mailer.sent.length >= 3);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.deepEqual(
          mailer.sent.map((mail) => mail.subject.replace(/ til .*| [0-9a-f-]{36}:.*/, '')),
          ['Bekreft innsynskravet ditt', 'Innsynskrav', 'Innsynskravet ditt er sendt'],
          'the confirmation, then the request to postmottak and the receipt, each once',
        );
        // Sent mails keep address and subject only: the link's token and the requester's message are not kept.
        const kept = await second.database.query<{ payload: Record<string, unknown> }>('SELECT payload FROM outbox');
        assert.ok(kept.every((row) => row.payload.text === undefined));
      } finally {
        await second.close();
      }
    } finally {
      logged.mock.restore();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
