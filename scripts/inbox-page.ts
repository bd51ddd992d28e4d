// The demo site's "Innboks" page: every e-mail the sample API has written to its outbox, newest first, with the links
// in them clickable, so a visitor can confirm an access request as a citizen would from their own mailbox.
import type { Mailer } from '../sample/server/mail/mailer.js';
import { createNodeMailer } from '../sample/server/mail/node-mailer.js';
import { readOutbox, type OutboxMessage } from '../sample/server/mail/outbox.js';
import { outboxFolder } from '../sample/server/start.js';
import { escapeHtml as escape } from '../sample/generate/html.js';

/** Escaped text with its http(s) links as links. */
function linkify(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/g)
    .map((part, index) => (index % 2 === 1 ? `<a href="${escape(part)}">${escape(part)}</a>` : escape(part)))
    .join('');
}

const when = (iso: string) =>
  new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(new Date(iso));

function message(mail: OutboxMessage): string {
  return `<li class="mail">
  <article aria-labelledby="${escape(mail.file)}">
    <h2 id="${escape(mail.file)}">${escape(mail.subject)}</h2>
    <dl class="mail__head">
      <div><dt>Fra</dt><dd>${escape(mail.from)}</dd></div>
      <div><dt>Til</dt><dd>${escape(mail.to)}</dd></div>
      <div><dt>Sendt</dt><dd>${escape(when(mail.date))}</dd></div>
    </dl>
    <pre class="mail__text">${linkify(mail.text)}</pre>
    <p class="mail__file">Filen: <code>${escape(mail.file)}</code></p>
  </article>
</li>`;
}

export async function inboxPage(outboxDir: string): Promise<string> {
  const mails = await readOutbox(outboxDir);
  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Innboks (demo) – Eksempel kommune</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./site.css" />
  </head>
  <body>
    <a class="skip-link" href="#main">Hopp til hovedinnhold</a>
    <header class="site-header"><div class="site-header__inner"><a href="./">Eksempel kommune</a></div></header>
    <main id="main">
      <h1>Innboks (demo)</h1>
      <p class="lead">
        Her ser du e-postene demotjenesten har sendt: bekreftelseslenker til innbyggere, innsynskrav til postmottak og
        kvitteringer. På en ekte tjeneste kommer de i innbyggerens egen e-post. Filene ligger i <code>${escape(outboxDir)}</code>.
      </p>
      ${mails.length ? `<p>${mails.length === 1 ? '1 e-post' : `${mails.length} e-poster`}, den nyeste først.</p><ol class="inbox">${mails.map(message).join('\n')}</ol>` : '<p>Ingen e-poster ennå. Send et innsynskrav fra <a href="./innsynskrav.html">innsynskravskjemaet</a>.</p>'}
      <p><a href="./innsynskrav.html">Til innsynskravet</a> · <a href="./">Til forsiden</a></p>
    </main>
  </body>
</html>`;
}

/** The demo sites' e-mail: through SMTP_URL when set, else .eml files in the data folder's outbox that the Innboks page lists. */
export function demoMail(dataDir: string): { mailer: Mailer; inbox: () => Promise<string> } {
  const outboxDir = outboxFolder(dataDir);
  return { mailer: createNodeMailer({ smtpUrl: process.env.SMTP_URL || undefined, outboxDir }), inbox: () => inboxPage(outboxDir) };
}
