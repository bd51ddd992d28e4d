// Real e-mail through nodemailer: over SMTP when SMTP_URL is given, otherwise each message as a standard .eml file
// (RFC 5322, as nodemailer would send it) in an outbox folder that the demo's "Innboks" page lists.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Mailer } from './mailer.js';

export interface NodeMailerOptions {
  /** e.g. `smtp://user:pass@smtp.example.com:587`; without it, messages go to `outboxDir`. */
  smtpUrl?: string;
  outboxDir: string;
}

export function createNodeMailer({ smtpUrl, outboxDir }: NodeMailerOptions): Mailer {
  if (smtpUrl) {
    // Bounded, so a mail server that hangs fails the attempt (and the outbox tries again) well within the outbox's lease.
    const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
    return {
      async send(message) {
        await transport.sendMail(message);
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  let sequence = 0;
  return {
    async send(message) {
      const info = await transport.sendMail(message);
      await mkdir(outboxDir, { recursive: true });
      // Sortable by time, unique within the process.
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${(sequence += 1)}.eml`;
      await writeFile(join(outboxDir, name), info.message as Buffer);
    },
  };
}
