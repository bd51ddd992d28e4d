// The confirm step of an access request on the real Node server: e-mails as .eml files in the outbox, the link's page,
// the confirmation, the mail to the publisher's postmottak and the receipt to the citizen.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createPublicationApi, DEFAULT_PUBLISHER_MAILBOX } from '../../sample/server/app.js';
import { createMemoryMailer, type Mailer } from '../../sample/server/mail/mailer.js';
import { createMemoryStore } from '../../sample/server/memory-store.js';
import { readOutbox } from '../../sample/server/mail/outbox.js';
import { startSampleServer, type SampleServer } from '../../sample/server/start.js';
import { buildFixture } from './sample-fixture.js';

const NOW = new Date('2026-11-25T10:00:00+01:00');

let server: SampleServer;
let dataDir: string;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'innsyn-confirm-'));
  server = await startSampleServer({ port: 0, dataDir, dataset: buildFixture, now: () => NOW });
});

after(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

let keyNumber = 0;
async function send(body: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/access-requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `confirm-${(keyNumber += 1)}` },
    body: JSON.stringify({
      email: 'kari@example.com',
      name: 'Kari Nordmann',
      message: 'Gjelder barnehagen.',
      language: 'nb',
      entries: [{ kind: 'journal-entry', id: 'j-kindergarten' }, { kind: 'agenda-item', id: 'ai-closed' }],
      ...body,
    }),
  });
  assert.equal(response.status, 202);
  return (await response.json()) as { id: string; status: string; confirmedAt: string | null };
}

/**
 * The mails to `address`, newest first, once there are at least `atLeast` of them: they leave through the outbox,
 * which a request waits for only briefly, so a slow machine may finish sending just after the answer.
 */
async function mailsTo(address: string, atLeast = 0) {
  for (;;) {
    const mails = (await readOutbox(server.outboxDir)).filter((mail) => mail.to.includes(address));
    if (mails.length >= atLeast) return mails;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function confirmationLink(email: string): Promise<string> {
  const [mail] = await mailsTo(email, 1);
  assert.ok(mail, `a confirmation e-mail went to ${email}`);
  const link = mail.links.find((candidate) => candidate.includes('/confirmation?token='));
  assert.ok(link, mail.text);
  return link;
}

describe('access request confirmation', () => {
  it('answers awaiting-confirmation and e-mails the citizen a link, as a standard .eml file', async () => {
    const receipt = await send({ email: 'first@example.com' });
    assert.equal(receipt.status, 'awaiting-confirmation');
    assert.equal(receipt.confirmedAt, null);
    const [mail] = await mailsTo('first@example.com', 1);
    assert.ok(mail);
    assert.equal(mail.subject, 'Bekreft innsynskravet ditt til Eksempel kommune');
    assert.match(mail.text, /ikke sendt til Eksempel kommune før du bekrefter/);
    assert.match(mail.text, /Møtesak 2\/24 Personalsak/);
    assert.ok(mail.links[0]!.startsWith(`${server.url}/access-requests/${receipt.id}/confirmation?token=`));
    assert.deepEqual(await mailsTo(DEFAULT_PUBLISHER_MAILBOX), [], 'nothing goes to the publisher before confirmation');
  });

  it("opening the link shows a button and confirms nothing (a mail scanner's fetch does no harm)", async () => {
    const receipt = await send({ email: 'scanner@example.com' });
    const page = await fetch(await confirmationLink('scanner@example.com'));
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const text = await page.text();
    assert.match(text, /<button type="submit">Bekreft innsynskravet<\/button>/);
    assert.match(text, /Journalpost 2024\/102-2 /);
    const stored = (await server.store.list()).find((record) => record.receipt.id === receipt.id);
    assert.equal(stored?.receipt.status, 'awaiting-confirmation');
  });

  it('the button confirms: the request goes to postmottak once, the citizen gets a receipt with the § 32 date', async () => {
    const receipt = await send({ email: 'confirm@example.com' });
    const link = new URL(await confirmationLink('confirm@example.com'));
    const form = { token: link.searchParams.get('token')! };
    const post = () =>
      fetch(new URL('confirm', link), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
    const confirmed = await post();
    assert.equal(confirmed.status, 200);
    assert.match(await confirmed.text(), /Innsynskravet er bekreftet og sendt til Eksempel kommune/);

    const stored = (await server.store.list()).find((record) => record.receipt.id === receipt.id);
    assert.equal(stored?.receipt.status, 'received');
    assert.equal(stored?.receipt.confirmedAt, NOW.toISOString());

    // The receipt is queued after the mail to postmottak, and the outbox sends in order.
    const [receiptMail] = await mailsTo('confirm@example.com', 2);
    const toPublisher = (await mailsTo(DEFAULT_PUBLISHER_MAILBOX)).filter((mail) => mail.text.includes(receipt.id));
    assert.equal(toPublisher.length, 1);
    assert.match(toPublisher[0]!.text, /Fra: Kari Nordmann <confirm@example.com>/);
    assert.match(toPublisher[0]!.text, /Gjelder barnehagen\./);
    assert.match(toPublisher[0]!.text, /onsdag 2\. desember 2026/);
    assert.equal(receiptMail?.subject, 'Innsynskravet ditt er sendt til Eksempel kommune');
    assert.match(receiptMail!.text, /Har du ikke fått svar innen onsdag 2\. desember 2026, regnes det som avslag/);

    const again = await post();
    assert.match(await again.text(), /allerede bekreftet/);
    assert.equal((await mailsTo(DEFAULT_PUBLISHER_MAILBOX)).filter((mail) => mail.text.includes(receipt.id)).length, 1);
  });

  it('confirms through JSON as well, answering with the receipt', async () => {
    const receipt = await send({ email: 'json@example.com', language: 'en' });
    const link = new URL(await confirmationLink('json@example.com'));
    const response = await fetch(`${server.url}/access-requests/${receipt.id}/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: link.searchParams.get('token') }),
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; id: string };
    assert.deepEqual([body.status, body.id], ['received', receipt.id]);
    const mails = await mailsTo('json@example.com', 2);
    assert.ok(mails.some((mail) => mail.subject === 'Your request for access has been sent to Eksempel kommune'));
  });

  it('a wrong token and an unknown id are the same 404', async () => {
    const receipt = await send({ email: 'wrong@example.com' });
    const confirm = (id: string) =>
      fetch(`${server.url}/access-requests/${id}/confirm`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: 'not-the-token' }),
      });
    assert.equal((await confirm(receipt.id)).status, 404);
    assert.equal((await confirm('no-such-id')).status, 404);
    assert.equal((await fetch(`${server.url}/access-requests/${receipt.id}/confirmation?token=x`)).status, 404);
  });
});

describe('access request e-mail that fails to send, in memory (the msw handlers)', () => {
  it('is sent at the next write, in order, and each mail once; a second click queues no second forward', async () => {
    const memory = createMemoryMailer();
    let failures = 1;
    const mailer: Mailer = {
      async send(message) {
        if (failures > 0) {
          failures -= 1;
          throw new Error('SMTP server down');
        }
        await memory.send(message);
      },
    };
    const base = 'http://sample.test/api';
    const store = createMemoryStore(mailer);
    const api = createPublicationApi(buildFixture(base), { store, basePath: '/api', now: () => NOW });
    const post = (key: string) =>
      api(new Request(`${base}/access-requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ email: `${key}@example.com`, language: 'nb', entries: [{ kind: 'journal-entry', id: 'j-kindergarten' }] }),
      }));
    const errors = console.error;
    console.error = () => undefined;
    try {
      const first = await post('flaky-1');
      assert.equal(first.status, 202, 'the request is received although the e-mail failed');
      assert.equal(memory.sent.length, 0);
      assert.deepEqual(await (await post('flaky-1')).json(), await first.json());
      await post('flaky-2');
      assert.deepEqual(memory.sent.map((mail) => mail.to), ['flaky-1@example.com', 'flaky-2@example.com']);

      const token = new URL(memory.sent[0]!.text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;
      const [record] = await store.list();
      const confirm = () =>
        api(new Request(`${base}/access-requests/${record!.receipt.id}/confirm`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ token }),
        }));
      failures = 1;
      assert.equal((await confirm()).status, 200);
      assert.equal(memory.sent.filter((mail) => mail.to === DEFAULT_PUBLISHER_MAILBOX).length, 0, 'the forward failed');
      await confirm();
      await post('flaky-3');
      assert.equal(memory.sent.filter((mail) => mail.to === DEFAULT_PUBLISHER_MAILBOX).length, 1, 'forwarded once, at the next write');
    } finally {
      console.error = errors;
    }
  });
});
