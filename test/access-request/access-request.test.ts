import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/access-request/define.js';
import '../../src/agenda/define.js';
import type { InnsynAccessRequest } from '../../src/access-request/access-request.js';
import { draftStorageKey } from '../../src/access-request/draft.js';
import { addToBasket, clearBasket, readBasket } from '../../src/shared/basket/basket.js';
import { publicationApiHandlers } from '../../sample/handlers.js';
import { createMemoryStore } from '../../sample/server/memory-store.js';
import { miniDataset } from '../fixtures/mini-dataset.js';
import { resetApi } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { until } from '../kit/until.js';

/**
 * The basket and the draft live in localStorage per API, which test files running side by side share: an API of
 * its own keeps the agenda tests' basket out of this file's forms, and this file's out of theirs.
 */
const API = 'https://api.test/innsynskrav';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

const ITEMS = [
  { kind: 'agenda-item' as const, id: 'ai-1', title: 'PS 12/26 Økonomiplan 2027–2030', caseNumber: '2026/101' },
  { kind: 'agenda-item' as const, id: 'ai-2', title: 'PS 13/26 Unntatt offentlighet', caseNumber: '2026/77' },
];

function fillBasket(): void {
  for (const item of ITEMS) addToBasket(API, item);
}

async function form(attributes = html`<innsyn-access-request api=${API} min-fill-seconds="0"></innsyn-access-request>`) {
  const el = await fixture<InnsynAccessRequest>(attributes);
  await until(shadow(el), () => !shadow(el).querySelector('.status--loading'), 'form never finished loading');
  await el.updateComplete;
  return el;
}

function type(el: Element, selector: string, value: string): void {
  const control = $<HTMLInputElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const submit = (el: Element) => $<HTMLButtonElement>(el, 'button[type="submit"]').click();

interface Sent {
  key: string | null;
  body: any;
}

/** The sample server's core behind msw, recording what arrives. */
function serveAndRecord(failing: () => boolean = () => false): Sent[] {
  const sent: Sent[] = [];
  const dataset = miniDataset();
  const handlers = publicationApiHandlers(API, dataset, { store: createMemoryStore() });
  worker.use(
    http.post(`${API}/access-requests`, async ({ request }) => {
      sent.push({ key: request.headers.get('Idempotency-Key'), body: await request.clone().json() });
      return failing() ? HttpResponse.error() : undefined;
    }),
    ...handlers,
  );
  return sent;
}

describe('<innsyn-access-request>', () => {
  before(() => startWorker());
  beforeEach(() => {
    resetApi(API);
    clearBasket(API);
    localStorage.removeItem(draftStorageKey(API));
  });
  afterEach(() => {
    worker.resetHandlers();
    clearBasket(API);
    localStorage.removeItem(draftStorageKey(API));
  });

  it('with an empty basket says how to choose items, and offers no form', async () => {
    serveAndRecord();
    const el = await form();
    expect(text(el)).to.include('Du har ikke valgt noe ennå');
    expect(text(el)).to.include('Velg «Be om innsyn» ved sakene du vil se');
    expect(shadow(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists the chosen items with case number and title, each removable', async () => {
    serveAndRecord();
    fillBasket();
    const el = await form();
    const items = $$(el, '.chosen__item');
    expect(items.map((item) => item.querySelector('.chosen__text')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Saksnr. 2026/101 PS 12/26 Økonomiplan 2027–2030',
      'Saksnr. 2026/77 PS 13/26 Unntatt offentlighet',
    ]);
    expect(items[0]!.querySelector('button')!.getAttribute('aria-label')).to.equal('Fjern PS 12/26 Økonomiplan 2027–2030');
    items[0]!.querySelector('button')!.click();
    await el.updateComplete;
    expect(readBasket(API).map((item) => item.id)).to.deep.equal(['ai-2']);
    expect($$(el, '.chosen__item')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says plainly that no name or reason is needed, and names the § 32 date', async () => {
    serveAndRecord();
    fillBasket();
    const el = await form();
    expect(text(el)).to.include('Du trenger ikke oppgi navn, og du trenger ikke begrunne hvorfor');
    expect(text(el)).to.include('uten ugrunnet opphold, vanligvis innen én til tre arbeidsdager (offentleglova § 29 første ledd)');
    expect(text(el)).to.match(/Har du ikke fått svar innen \S+dag \d+\. \S+ \d{4}, regnes det som avslag, og du kan klage \(offentleglova § 32 første ledd\)/);
    expect($(el, 'label[for="name"]').textContent).to.include('(valgfritt)');
    expect($<HTMLInputElement>(el, '#email').required).to.equal(true);
  });

  it('on submit without an e-mail address, shows an error summary with focus, linking to the field', async () => {
    const sent = serveAndRecord();
    fillBasket();
    const el = await form();
    submit(el);
    await el.updateComplete;
    const summary = $(el, '#error-summary');
    expect(shadow(el).activeElement).to.equal(summary);
    expect(summary.textContent).to.include('Det er et problem');
    const link = summary.querySelector('a')!;
    expect(link.textContent).to.equal('Skriv e-postadressen din');
    expect($(el, '#email-error').textContent).to.equal('Skriv e-postadressen din');
    expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#email').getAttribute('aria-describedby')).to.include('email-error');
    link.click();
    expect(shadow(el).activeElement).to.equal($(el, '#email'));
    type(el, '#email', 'ikke-en-adresse');
    submit(el);
    await el.updateComplete;
    expect($(el, '#email-error').textContent).to.equal('Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no');
    expect(sent).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('refuses a form sent faster than a person can, and one whose hidden honeypot was filled', async () => {
    const sent = serveAndRecord();
    fillBasket();
    const el = await form(html`<innsyn-access-request api=${API} min-fill-seconds="60"></innsyn-access-request>`);
    type(el, '#email', 'ola@example.com');
    submit(el);
    await el.updateComplete;
    expect($(el, '#error-summary').textContent).to.include('Skjemaet ble sendt svært raskt');
    el.minFillSeconds = 0;
    $<HTMLInputElement>(el, '#website').value = 'http://spam.example';
    submit(el);
    await el.updateComplete;
    expect($(el, '#error-summary').textContent).to.include('Skjemaet kunne ikke sendes');
    expect(sent).to.have.length(0);
  });

  it("shows the API's field errors (problem+json errors[]) at their fields", async () => {
    serveAndRecord();
    worker.use(
      http.post(`${API}/access-requests`, () =>
        HttpResponse.json(
          { type: 'tag:innsyn-elements,2026:invalid-input', title: 'Ugyldig', status: 422, errors: [
            { field: 'email', message: 'Adressen finnes ikke' },
            { field: 'entries[1].id', message: 'Saken kan ikke bes om innsyn i' },
          ] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    fillBasket();
    const el = await form();
    type(el, '#email', 'ola@example.com');
    submit(el);
    await until(shadow(el), () => shadow(el).querySelector('#error-summary'), 'no error summary');
    await el.updateComplete;
    expect($(el, '#email-error').textContent).to.equal('Adressen finnes ikke');
    expect($(el, '#entry-1-error').textContent).to.equal('Saken kan ikke bes om innsyn i');
    expect(shadow(el).activeElement).to.equal($(el, '#error-summary'));
  });

  it('keeps everything after a network failure, retries with the same Idempotency-Key, then shows the receipt', async () => {
    let fail = true;
    const sent = serveAndRecord(() => fail);
    fillBasket();
    const received: CustomEvent[] = [];
    const el = await form();
    el.addEventListener('innsyn-access-request-sent', (event) => received.push(event));
    type(el, '#email', 'ola@example.com');
    type(el, '#message', 'Gjelder trafikkanalysen.');
    submit(el);
    await until(shadow(el), () => shadow(el).querySelector('#send-error'), 'no send error');
    await el.updateComplete;
    expect(text(el)).to.include('Alt du har fylt ut og valgt, er tatt vare på');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('ola@example.com');
    expect(readBasket(API)).to.have.length(2);
    expect(shadow(el).activeElement).to.equal($(el, '#send-error'));

    fail = false;
    $<HTMLButtonElement>(el, '#send-error button').click();
    await until(shadow(el), () => shadow(el).querySelector('#receipt-heading'), 'no receipt');
    await el.updateComplete;
    expect(sent).to.have.length(2);
    expect(sent[1]!.key).to.equal(sent[0]!.key);
    expect(sent[1]!.body).to.deep.equal({
      email: 'ola@example.com', name: null, message: 'Gjelder trafikkanalysen.', language: 'nb',
      entries: [{ kind: 'agenda-item', id: 'ai-1' }, { kind: 'agenda-item', id: 'ai-2' }],
    });
    expect(text(el)).to.include('Sjekk e-posten din og bekreft innsynskravet');
    expect(text(el)).to.include('Innsynskravet blir ikke sendt til kommunen før du har bekreftet det');
    expect(text(el)).to.include('PS 13/26 Unntatt offentlighet');
    expect(text(el)).to.match(/Har du ikke fått svar innen .+ regnes det som avslag/);
    expect($(el, '.receipt__id').textContent).to.equal(received[0]!.detail.receipt.id);
    expect($(el, 'button.print').textContent).to.include('Skriv ut kvitteringen');
    expect(shadow(el).activeElement).to.equal($(el, '#receipt-heading'));
    expect(readBasket(API)).to.deep.equal([]);
    expect(localStorage.getItem(draftStorageKey(API))).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks to confirm the earlier request first when the API answers 429, keeping the draft', async () => {
    serveAndRecord();
    worker.use(
      http.post(`${API}/access-requests`, () =>
        HttpResponse.json(
          { type: 'tag:innsyn-elements,2026:rate-limited', title: 'For mange', status: 429 },
          { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '3600' } },
        ),
      ),
    );
    fillBasket();
    const el = await form();
    type(el, '#email', 'ola@example.com');
    submit(el);
    await until(shadow(el), () => shadow(el).querySelector('#send-error'), 'no send error');
    expect(text(el)).to.include('Du har et innsynskrav som ikke er bekreftet ennå');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('ola@example.com');
  });

  it('a request that failed is sent again with the same key; a changed request gets a new key', async () => {
    const sent = serveAndRecord(() => true);
    fillBasket();
    const el = await form();
    type(el, '#email', 'ola@example.com');
    submit(el);
    await until(shadow(el), () => shadow(el).querySelector('#send-error'), 'no send error');
    submit(el);
    await until(shadow(el), () => sent.length === 2, 'second attempt not sent');
    expect(sent[1]!.key).to.equal(sent[0]!.key);
    await until(shadow(el), () => !shadow(el).querySelector('button[type="submit"][disabled]'), 'still sending');
    type(el, '#email', 'kari@example.com');
    submit(el);
    await until(shadow(el), () => sent.length === 3, 'third attempt not sent');
    expect(sent[2]!.key).to.not.equal(sent[0]!.key);
  });

  it('keeps the draft across a reload (a new element) and says so, until the form is cleared', async () => {
    serveAndRecord();
    fillBasket();
    const first = await form();
    expect(text(first)).to.include('lagres i denne nettleseren til du sender kravet eller tømmer skjemaet');
    type(first, '#email', 'ola@example.com');
    type(first, '#name', 'Ola Nordmann');
    first.remove();
    const again = await form();
    expect($<HTMLInputElement>(again, '#email').value).to.equal('ola@example.com');
    expect($<HTMLInputElement>(again, '#name').value).to.equal('Ola Nordmann');
    $<HTMLButtonElement>(again, 'button.clear').click();
    await again.updateComplete;
    expect($<HTMLInputElement>(again, '#email').value).to.equal('');
    expect(localStorage.getItem(draftStorageKey(API))).to.equal(null);
  });

  it('in a host page\'s form, submits the receipt id under its name, and the form\'s reset clears the draft', async () => {
    serveAndRecord();
    fillBasket();
    // fixtureSync: fixture() waits for a frame on a plain element, which a background test tab never gets.
    const host = fixtureSync<HTMLFormElement>(html`<form><innsyn-access-request name="innsynskrav" api=${API} min-fill-seconds="0"></innsyn-access-request></form>`);
    const el = host.querySelector<InnsynAccessRequest>('innsyn-access-request')!;
    await until(shadow(el), () => shadow(el).querySelector('#email'), 'no form');
    type(el, '#email', 'ola@example.com');
    const language = $<HTMLSelectElement>(el, '#language');
    language.value = 'en';
    language.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    expect(localStorage.getItem(draftStorageKey(API))).to.include('ola@example.com');
    host.reset();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#email').value).to.equal('');
    expect(language.value, 'the answer language is the page language again').to.equal('nb');
    expect(localStorage.getItem(draftStorageKey(API))).to.equal(null);
    expect(new FormData(host).get('innsynskrav')).to.equal(null);
    type(el, '#email', 'ola@example.com');
    submit(el);
    await until(shadow(el), () => shadow(el).querySelector('.receipt__id'), 'no receipt');
    expect(new FormData(host).get('innsynskrav')).to.equal($(el, '.receipt__id').textContent);
  });

  it('puts its headings at heading-level, sections one below', async () => {
    serveAndRecord();
    fillBasket();
    const el = await form(html`<innsyn-access-request api=${API} heading-level="3" min-fill-seconds="0"></innsyn-access-request>`);
    expect($(el, '#form-heading').getAttribute('aria-level')).to.equal('3');
    expect($(el, '#chosen-heading').getAttribute('aria-level')).to.equal('4');
  });

  it('speaks Nynorsk, English and Northern Sami', async () => {
    serveAndRecord();
    fillBasket();
    for (const [lang, heading] of [['nn', 'Send innsynskrav'], ['en', 'Send an access request'], ['se', 'Sádde geahččangáibádusa']]) {
      const el = await form(html`<innsyn-access-request api=${API} lang=${lang!} min-fill-seconds="0"></innsyn-access-request>`);
      expect($(el, '#form-heading').textContent).to.equal(heading);
      el.remove();
    }
  });

  it('the agenda\'s basket bar links to the form with request-href', async () => {
    serveAndRecord();
    fillBasket();
    const agenda = await fixture(html`<innsyn-agenda api=${API} meeting="m-kst-2026-03-12" request-href="./innsynskrav.html"></innsyn-agenda>`);
    await until(shadow(agenda), () => shadow(agenda).querySelector('.basket__send'), 'no send link');
    const link = $<HTMLAnchorElement>(agenda, '.basket__send');
    expect(link.getAttribute('href')).to.equal('./innsynskrav.html');
    expect(link.textContent).to.equal('Send innsynskrav');
    expect($(agenda, '.basket__count').textContent).to.equal('2 saker valgt for innsyn.');
  });

  it('without request-href, the basket bar fires innsyn-access-request-open with the items', async () => {
    serveAndRecord();
    fillBasket();
    const agenda = await fixture(html`<innsyn-agenda api=${API} meeting="m-kst-2026-03-12"></innsyn-agenda>`);
    await until(shadow(agenda), () => shadow(agenda).querySelector('button.basket__send'), 'no send button');
    const events: Event[] = [];
    document.addEventListener('innsyn-access-request-open', (event) => events.push(event), { once: true });
    $<HTMLButtonElement>(agenda, 'button.basket__send').click();
    expect(events).to.have.length(1);
    expect((events[0] as CustomEvent).detail.items.map((item: { id: string }) => item.id)).to.deep.equal(['ai-1', 'ai-2']);
  });
});
