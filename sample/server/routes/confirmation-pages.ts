// The two small HTML pages of the confirm step, in the request's language (Northern Sami gets Bokmål, as the mails do).
import type { StoredRequest } from '../store.js';
import { escapeHtml as escape } from '../../generate/html.js';

type Language = 'nb' | 'nn' | 'en';

const TEXTS: Record<Language, {
  title: string;
  intro: (publisher: string) => string;
  asked: string;
  button: string;
  done: (publisher: string) => string;
  already: string;
  next: string;
  reference: string;
}> = {
  nb: {
    title: 'Bekreft innsynskravet',
    intro: (publisher) => `Innsynskravet blir sendt til ${publisher} når du trykker på knappen.`,
    asked: 'Du ber om innsyn i:',
    button: 'Bekreft innsynskravet',
    done: (publisher) => `Innsynskravet er bekreftet og sendt til ${publisher}`,
    already: 'Dette innsynskravet var allerede bekreftet. Det er ikke sendt på nytt.',
    next: 'Du får en kvittering på e-post. Svaret kommer også på e-post.',
    reference: 'Referanse',
  },
  nn: {
    title: 'Stadfest innsynskravet',
    intro: (publisher) => `Innsynskravet blir sendt til ${publisher} når du trykkjer på knappen.`,
    asked: 'Du bed om innsyn i:',
    button: 'Stadfest innsynskravet',
    done: (publisher) => `Innsynskravet er stadfesta og sendt til ${publisher}`,
    already: 'Dette innsynskravet var alt stadfesta. Det er ikkje sendt på nytt.',
    next: 'Du får ei kvittering på e-post. Svaret kjem òg på e-post.',
    reference: 'Referanse',
  },
  en: {
    title: 'Confirm the request',
    intro: (publisher) => `The request for access is sent to ${publisher} when you press the button.`,
    asked: 'You ask for access to:',
    button: 'Confirm the request',
    done: (publisher) => `Your request is confirmed and has been sent to ${publisher}`,
    already: 'This request was already confirmed. It has not been sent again.',
    next: 'You will get a receipt by e-mail. The answer comes by e-mail too.',
    reference: 'Reference',
  },
};

const languageOf = (record: StoredRequest): Language =>
  record.request.language === 'nn' || record.request.language === 'en' ? record.request.language : 'nb';

function page(lang: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}button{font:inherit;padding:.6em 1.2em;cursor:pointer}</style></head>
<body><main>${body}</main></body>
</html>`;
}

const entryList = (entries: string[]) => `<ul>${entries.map((entry) => `<li>${escape(entry)}</li>`).join('')}</ul>`;

export function confirmationPage(record: StoredRequest, entries: string[], publisher: string, token: string): string {
  const lang = languageOf(record);
  const t = TEXTS[lang];
  return page(lang, t.title, `<h1>${escape(t.title)}</h1>
<p>${escape(t.intro(publisher))}</p>
<p>${escape(t.asked)}</p>${entryList(entries)}
<form method="post" action="confirm"><input type="hidden" name="token" value="${escape(token)}"><button type="submit">${escape(t.button)}</button></form>
<p>${escape(t.reference)}: ${escape(record.receipt.id)}</p>`);
}

export function confirmedPage(record: StoredRequest, entries: string[], publisher: string, already: boolean): string {
  const lang = languageOf(record);
  const t = TEXTS[lang];
  return page(lang, t.done(publisher), `<h1>${escape(t.done(publisher))}</h1>
${already ? `<p>${escape(t.already)}</p>` : ''}
<p>${escape(t.asked)}</p>${entryList(entries)}
<p>${escape(t.next)}</p>
<p>${escape(t.reference)}: ${escape(record.receipt.id)}</p>`);
}
