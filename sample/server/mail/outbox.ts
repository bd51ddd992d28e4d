// Reads the .eml files of an outbox folder back, newest first, for the demo's "Innboks" page and the tests.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

export interface OutboxMessage {
  file: string;
  date: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** The http(s) links in the text, in order. */
  links: string[];
}

export async function readOutbox(outboxDir: string): Promise<OutboxMessage[]> {
  let files: string[];
  try {
    files = (await readdir(outboxDir)).filter((file) => file.endsWith('.eml'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const messages = await Promise.all(
    files.sort().reverse().map(async (file): Promise<OutboxMessage> => {
      const mail = await simpleParser(await readFile(join(outboxDir, file)));
      const address = (value: typeof mail.to) => (Array.isArray(value) ? value.map((item) => item.text).join(', ') : (value?.text ?? ''));
      const text = mail.text ?? '';
      return {
        file,
        date: (mail.date ?? new Date(0)).toISOString(),
        from: mail.from?.text ?? '',
        to: address(mail.to),
        subject: mail.subject ?? '',
        text,
        links: text.match(/https?:\/\/[^\s<>"]+/g) ?? [],
      };
    }),
  );
  return messages;
}
