import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/agenda/define.js';
import '../../src/meeting-calendar/define.js';
import type { InnsynAgenda } from '../../src/agenda/agenda.js';
import { httpUrl } from '../../src/shared/templates/document-link.js';
import type { InnsynMeetingCalendar } from '../../src/meeting-calendar/meeting-calendar.js';
import { addToBasket, clearBasket, readBasket } from '../../src/shared/basket/basket.js';
import { miniDataset } from '../fixtures/mini-dataset.js';
import { failWith, hang, resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { API, HELD_ID, agendaDataset, heldMeeting, plannedWithDecision } from './agenda-fixtures.js';
import { until } from '../kit/until.js';
import { HOSTILE, runStatesSuite } from '../kit/states-suite.js';
import { AgendaHarness } from './agenda-harness.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const disclosure = (el: Element, number: string) =>
  $$<HTMLButtonElement>(el, '.disclosure').find((button) => button.textContent!.includes(number))!;
const panelOf = (el: Element, button: HTMLButtonElement) => $(el, `#${button.getAttribute('aria-controls')}`);
/** Opens an item as a citizen does: its panel is built then, and a decision with HTML shows once it is cleaned. */
async function openItem(el: Element & { updateComplete: Promise<boolean> }, number: string): Promise<HTMLElement> {
  const button = disclosure(el, number);
  button.click();
  await el.updateComplete;
  const panel = panelOf(el, button);
  await until(shadow(el), () => !panel.querySelector('.decision') || panel.querySelector('.decision__text')!.childNodes.length > 0);
  return panel;
}

/** Printing as the browser does it: beforeprint, then print media; every panel is built first. */
async function printed(el: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await emulateMedia({ media: 'print' });
  await until(shadow(el), () => $$(el, '.item__panel').every((panel) => panel.childElementCount > 0), 'panels not built for print');
}
const itemOf = (el: Element, number: string) =>
  $$(el, '.item').find((item) => item.querySelector('.item__number')!.textContent === number)!;

async function agenda(template = html`<innsyn-agenda api=${API} meeting=${HELD_ID}></innsyn-agenda>`) {
  const el = await fixture<InnsynAgenda>(template);
  await until(shadow(el), () => !shadow(el).querySelector('.status--loading'), 'agenda never finished loading');
  await el.updateComplete;
  return el;
}

/** Every innsyn element's shadow root on the page, for until() to watch. */
const roots = () =>
  [...document.querySelectorAll('innsyn-agenda, innsyn-meeting-calendar')].map((el) => el.shadowRoot).filter((root): root is ShadowRoot => root !== null);

const loaded = (el: Element) => until(shadow(el), () => shadow(el).querySelector('article'), 'meeting not shown');

function countRequests(): string[] {
  const urls: string[] = [];
  worker.events.on('request:start', ({ request }) => {
    if (request.url.startsWith(API)) urls.push(`${request.method} ${request.url}`);
  });
  return urls;
}


runStatesSuite({
  tag: 'innsyn-agenda',
  harness: AgendaHarness,
  attributes: { meeting: HELD_ID },
  dataset: () => agendaDataset(),
  loaded: (h) => h.items().length === 4,
  loadingText: 'Laster møtet',
  // A held meeting without items had none (test/agenda/agenda-real-servers.test.ts has "not yet published").
  emptyDataset: () => agendaDataset([{ ...heldMeeting, agendaItems: [] }]),
  emptyText: 'Møtet har ingen saker på sakslisten.',
  notFoundText: 'Fant ikke møtet',
  englishText: 'Agenda',
  hostileDataset: () => agendaDataset([{ ...heldMeeting, body: { id: 'kommunestyret', name: HOSTILE } }]),
  hostileSelector: '.heading__body',
});

describe('<innsyn-agenda>', () => {
  before(startWorker);
  beforeEach(() => clearBasket(API));
  afterEach(() => {
    worker.resetHandlers();
    worker.events.removeAllListeners();
    resetApi();
    clearBasket(API);
    history.replaceState(null, '', location.pathname + location.search.replace(/[?&]innsyn-[^&]*/g, ''));
    delete window.__pwned;
  });

  describe('states', () => {
    it('explains that the api attribute is missing, and is accessible', async () => {
      const el = await fixture<InnsynAgenda>(html`<innsyn-agenda meeting="x"></innsyn-agenda>`);
      expect($(el, '[role="alert"]').textContent).to.contain('Adressen til innsynstjenesten mangler');
      await expect(el).to.be.accessible();
    });

    it('asks the citizen to choose a meeting when none is given, and is accessible', async () => {
      serveDataset(agendaDataset());
      const el = await agenda(html`<innsyn-agenda api=${API}></innsyn-agenda>`);
      expect(text(el)).to.contain('Velg et møte i møtekalenderen');
      await expect(el).to.be.accessible();
    });

    it('shows a loading message while the meeting is on its way, and is accessible', async () => {
      hang();
      const el = await fixture<InnsynAgenda>(html`<innsyn-agenda api=${API} meeting=${HELD_ID}></innsyn-agenda>`);
      await until(roots(), () => shadow(el).querySelector('.status--loading'));
      expect(text(el)).to.contain('Laster møtet');
      await expect(el).to.be.accessible();
    });

    it('says plainly that a meeting does not exist (404), without a retry, and is accessible', async () => {
      serveDataset(agendaDataset());
      const el = await agenda(html`<innsyn-agenda api=${API} meeting="m-finnes-ikke"></innsyn-agenda>`);
      await until(roots(), () => shadow(el).querySelector('[role="alert"]'), 'no not-found message');
      expect($(el, '[role="alert"]').textContent).to.contain('Fant ikke møtet');
      expect($(el, '[role="alert"] button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows its own words for a server error, never the API\'s free text, and recovers on retry, and is accessible', async () => {
      failWith(503, 'Ring 815 00 000 og oppgi BankID-koden din!');
      const el = await fixture<InnsynAgenda>(html`<innsyn-agenda api=${API} meeting=${HELD_ID}></innsyn-agenda>`);
      await until(roots(), () => shadow(el).querySelector('[role="alert"]'), 'no error shown');
      expect(text(el)).to.contain('Innsynstjenesten har en feil akkurat nå');
      expect(text(el)).not.to.contain('BankID');
      await expect(el).to.be.accessible();
      worker.resetHandlers();
      serveDataset(agendaDataset());
      $<HTMLButtonElement>(el, '[role="alert"] button').click();
      await loaded(el);
      expect(text(el)).to.contain('Reguleringsplan for Storgata');
    });

    it('reports unreadable data as a data error, not a crash', async () => {
      serveDataset(agendaDataset());
      worker.use(http.get(`${API}/meetings/${HELD_ID}`, () => HttpResponse.json({ ...heldMeeting, agendaItems: { id: 1 } })));
      const el = await agenda();
      await until(roots(), () => shadow(el).querySelector('[role="alert"]'), 'no error shown');
      expect(text(el)).to.contain('sendte data vi ikke kunne lese');
    });

    it('says the agenda is not published yet for a meeting without items, and is accessible', async () => {
      serveDataset(agendaDataset());
      const el = await agenda(html`<innsyn-agenda api=${API} meeting="m-fsk-2026-03-05"></innsyn-agenda>`);
      await loaded(el);
      expect(text(el)).to.contain('Sakslisten er ikke publisert ennå.');
      expect($(el, '.toggle-all')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('a held meeting', () => {
    beforeEach(() => serveDataset(agendaDataset()));

    it('shows body, date and time in Oslo time, place and status in its header, and is accessible', async () => {
      const el = await agenda();
      const header = $(el, 'header').textContent!.replace(/\s+/g, ' ');
      expect($(el, '#meeting-heading').textContent).to.contain('Kommunestyret');
      expect($(el, '#meeting-heading').getAttribute('aria-level')).to.equal('2');
      expect(header).to.contain('torsdag 12. februar 2026');
      expect(header).to.contain('18:00–21:30');
      expect(header).to.contain('Kommunestyresalen, Rådhuset');
      expect(header).to.contain('Avholdt');
      await expect(el).to.be.accessible();
    });

    it('links the notice and the minutes with type and size in the link text, and the recording', async () => {
      const el = await agenda();
      const links = $$<HTMLAnchorElement>(el, '.meeting-documents a').map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
      expect(links).to.deep.equal([
        'Møteinnkalling Kommunestyret 12.02.2026 (PDF, 246 kB)',
        'Møteprotokoll Kommunestyret 12.02.2026 (PDF, 246 kB)',
        'Se opptak av møtet',
      ]);
      // The titles begin with their type, so the type label is not said twice.
      expect(text(el)).not.to.contain('Møteprotokoll: Møteprotokoll');
      expect(text(el)).not.to.contain('Møteinnkalling: Møteinnkalling');
      expect(text(el)).to.not.contain('Se møtet direkte');
    });

    it('lists the items in agenda order with number, title and case number', async () => {
      const el = await agenda();
      expect($$(el, '.item__number').map((n) => n.textContent)).to.deep.equal(['PS 9/26', 'PS 10/26', 'PS 11/26', 'RS 1/26']);
      expect(itemOf(el, 'PS 10/26').textContent).to.contain('Saksnummer 2025/1234');
      expect(text(el)).to.contain('Saksliste (4 saker)');
    });

    it('expands an item with a real disclosure button, showing its documents and decision, and is accessible', async () => {
      const el = await agenda();
      const button = disclosure(el, 'PS 10/26');
      const panel = panelOf(el, button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      await until(shadow(el), () => panel.querySelector('.decision'), 'decision not shown');
      const documents = [...panel.querySelectorAll('.document')].map((d) => d.textContent!.replace(/\s+/g, ' ').trim());
      expect(documents[0]).to.equal('Saksframlegg reguleringsplan (PDF, 246 kB)');
      expect(documents[1]).to.equal('Vedlegg 1 - Plankart (PDF, 246 kB)');
      expect(documents[2]).to.contain('Vedlegg 2 - Merknader');
      expect(panel.querySelector('.decision')!.textContent).to.contain('Storgata blir gågate.');
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      expect(panel.hidden).to.equal(true);
    });

    it('tells when a document was published later than the rest', async () => {
      const el = await agenda();
      const panel = await openItem(el, 'PS 10/26');
      const late = [...panel.querySelectorAll('.document')].map((d) => d.querySelector('.document__published')?.textContent);
      // The year is added once 2026 is over (test/node/document-format.test.ts pins that).
      expect(late.slice(0, 2)).to.deep.equal([undefined, undefined]);
      expect(late[2]).to.match(/^Publisert 5\. februar (2026 )?kl\. 12:00$/);
    });

    it('says so plainly when an item has no documents yet', async () => {
      const el = await agenda();
      expect((await openItem(el, 'RS 1/26')).textContent).to.contain('Dokumentene i denne saken er ikke publisert ennå.');
    });

    it('renders a decision\'s limited HTML cleaned: lists stay, scripts and javascript: links go', async () => {
      const el = await agenda();
      const decision = (await openItem(el, 'PS 10/26')).querySelector('.decision__text')!;
      expect(decision.querySelector('ol li')!.textContent).to.equal('Storgata blir gågate.');
      expect(decision.querySelector('img')).to.equal(null);
      expect([...decision.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://eksempel.kommune.no/storgata']);
      expect(decision.querySelector('a[href]')!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(window.__pwned).to.equal(undefined);
    });

    it('shows a plain-text decision as text, keeping its line breaks', async () => {
      const el = await agenda();
      const decision = (await openItem(el, 'PS 9/26')).querySelector('.decision__text')!;
      expect(decision.textContent).to.equal('Protokollen fra forrige møte godkjennes.\nEnstemmig.');
      expect(decision.children).to.have.length(0);
    });

    it('shows a closed item as exempt with its legal basis, never the content the API sent, and is accessible', async () => {
      const el = await agenda();
      const closed = itemOf(el, 'PS 11/26');
      expect(closed.textContent).to.contain('Unntatt offentlighet');
      expect(closed.textContent).to.contain('Dokumentene er unntatt offentlighet (Offl. § 13 jf. fvl. § 13 første ledd nr. 1)');
      expect(closed.querySelector('.disclosure')).to.equal(null);
      expect(text(el)).to.not.contain('Hemmelig');
      expect(shadow(el).innerHTML).to.not.contain('doc-secret');
      await expect(el).to.be.accessible();
    });

    it('opens and closes every item with one button', async () => {
      const el = await agenda();
      const toggle = $<HTMLButtonElement>(el, '.toggle-all');
      expect(toggle.textContent!.trim()).to.equal('Vis alle sakene');
      toggle.click();
      await el.updateComplete;
      expect($$(el, '.disclosure').map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true']);
      expect(toggle.textContent!.trim()).to.equal('Skjul alle sakene');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect($$(el, '.item__panel').every((panel) => panel.hidden)).to.equal(true);
    });

    it('asks for the meeting once, with its embedded agenda, and the service document; never per item', async () => {
      const requests = countRequests();
      const el = await agenda();
      await until(roots(), () => shadow(el).querySelector('.calendar-links a[type="text/calendar"]:not([download])'));
      $<HTMLButtonElement>(el, '.toggle-all').click();
      await el.updateComplete;
      expect(requests.sort()).to.deep.equal([`GET ${API}`, `GET ${API}/meetings/${HELD_ID}`]);
    });
  });

  describe('status', () => {
    beforeEach(() => serveDataset(agendaDataset([plannedWithDecision])));

    it('says prominently, in words, that a cancelled meeting is cancelled, and offers no calendar file', async () => {
      const el = await agenda(html`<innsyn-agenda api=${API} meeting="m-fsk-2026-03-19"></innsyn-agenda>`);
      await loaded(el);
      expect($(el, '.notice').textContent).to.contain('Møtet er avlyst.');
      expect($(el, '#meeting-heading').textContent).to.contain('Avlyst');
      expect($(el, 'a[download]')).to.equal(null);
      expect($(el, '.agenda').textContent).to.contain('Møtet er avlyst, så det har ingen saksliste.');
      expect($(el, '.agenda').textContent).to.not.contain('ikke publisert ennå');
      await expect(el).to.be.accessible();
    });

    it('tells the new time of a moved meeting, and from when it was moved, and is accessible', async () => {
      const el = await agenda(html`<innsyn-agenda api=${API} meeting="m-eld-2026-03-26"></innsyn-agenda>`);
      await loaded(el);
      const notice = $(el, '.notice').textContent!.replace(/\s+/g, ' ');
      expect(notice).to.contain('Møtet er flyttet til torsdag 26. mars 2026 13:00.');
      expect(notice).to.contain('Flyttet fra tirsdag 24. mars 2026 13:00');
      await expect(el).to.be.accessible();
    });

    it('shows no decision before the meeting is held, even when the API sends one', async () => {
      const el = await agenda(html`<innsyn-agenda api=${API} meeting="m-kst-2026-03-12"></innsyn-agenda>`);
      await loaded(el);
      expect(shadow(el).querySelector('.decision')).to.equal(null);
      expect(text(el)).to.not.contain('Innstilling som ikke er vedtatt');
    });

    it('shows the decisions of a moved meeting once its minutes are out', async () => {
      worker.resetHandlers();
      serveDataset(agendaDataset([{ ...heldMeeting, status: 'moved', originalStart: '2026-02-10T18:00:00+01:00' }]));
      const el = await agenda();
      expect(text(el)).to.contain('Møtet er flyttet til torsdag 12. februar 2026 18:00.');
      expect((await openItem(el, 'PS 9/26')).querySelector('.decision')!.textContent).to.contain('Protokollen fra forrige møte godkjennes.');
    });

    it('renders hostile text from the API as text', async () => {
      worker.resetHandlers();
      const hostile = '<img src=x onerror="window.__pwned=1">';
      serveDataset(agendaDataset([{ ...heldMeeting, location: hostile, body: { id: 'kommunestyret', name: hostile } }]));
      const el = await agenda();
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect($(el, '.heading__body').textContent).to.equal(hostile);
      expect(window.__pwned).to.equal(undefined);
    });

    it('never links anything but http(s), even if a bad link got past the schema', () => {
      expect(httpUrl('javascript:alert(1)')).to.equal(undefined);
      expect(httpUrl('data:text/html,x')).to.equal(undefined);
      expect(httpUrl('https://video.example/a b')).to.equal('https://video.example/a%20b');
    });
  });

  describe('calendar', () => {
    const icsLink = (el: Element) => $<HTMLAnchorElement>(el, 'a[type="text/calendar"][download]');
    const fileMade = (el: Element) => until(shadow(el), () => icsLink(el).href.startsWith('blob:'), 'no calendar file made');

    it('makes this meeting\'s .ics file in the browser when the link gets focus, and revokes it when the element leaves', async () => {
      serveDataset(agendaDataset());
      const el = await agenda();
      const link = icsLink(el);
      expect(link.textContent).to.equal('Legg til i kalenderen');
      expect(link.href, 'nothing made before a citizen reaches for it').to.not.match(/^blob:/);
      // Tabbed to, as a keyboard user reaches it.
      for (let presses = 0; presses < 40 && shadow(el).activeElement !== link; presses++) await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(link);
      await fileMade(el);
      expect(link.download).to.equal('kommunestyret-2026-02-12.ics');
      const ics = await (await fetch(link.href)).text();
      expect(ics).to.contain('BEGIN:VEVENT');
      expect(ics).to.contain('SUMMARY:Kommunestyret');
      expect(ics).to.contain('DTSTART;TZID=Europe/Oslo:20260212T180000');
      expect(ics).to.contain(`UID:${HELD_ID}@api.test`);
      el.remove();
      let revoked = false;
      await fetch(link.href).catch(() => (revoked = true));
      expect(revoked).to.equal(true);
    });

    it('downloads on the first click too: the click waits for the file, then goes to it instead of to "#"', async () => {
      serveDataset(agendaDataset());
      const el = await agenda();
      const link = icsLink(el);
      const clicked: { href: string; prevented: boolean }[] = [];
      // Runs after the element's own handler; the test stops the real download once the link points at the file.
      link.addEventListener('click', (event) => {
        clicked.push({ href: link.href, prevented: event.defaultPrevented });
        event.preventDefault();
      });
      const page = location.href;
      link.click();
      await until(shadow(el), () => clicked.length === 2, 'the link was not clicked again with the file behind it');
      expect(clicked[0]!.prevented, 'the click before the file was made did not follow "#"').to.equal(true);
      expect(clicked[1]!.href).to.match(/^blob:/);
      expect(clicked[1]!.prevented, 'the second click is the browser\'s own download').to.equal(false);
      expect(location.href).to.equal(page);
    });

    it('links the body\'s subscription feed where the API has one, as webcal: so calendars subscribe', async () => {
      serveDataset(agendaDataset());
      const el = await agenda();
      await until(roots(), () => shadow(el).querySelector('.calendar-links a:not([download])'));
      const feed = $<HTMLAnchorElement>(el, '.calendar-links a:not([download])');
      expect(feed.textContent).to.equal('Abonner på alle møtene i Kommunestyret');
      expect(feed.href).to.equal(`${API.replace(/^https:/, 'webcal:')}/meetings.ics?body=kommunestyret`);
    });

    it('copies the feed\'s https address with a button, confirms it in a live region, and says what subscribing does', async () => {
      serveDataset(agendaDataset());
      const copied: string[] = [];
      const realClipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: async (text: string) => void copied.push(text) }),
      });
      try {
        const el = await agenda();
        await until(roots(), () => shadow(el).querySelector('.subscribe__copy button'), 'no copy button');
        expect($(el, '.subscribe__hint').textContent).to.equal('Kalenderen din henter nye og endrede møter selv.');
        expect($(el, '.subscribe__copied').getAttribute('role')).to.equal('status');
        $<HTMLButtonElement>(el, '.subscribe__copy button').click();
        await until(roots(), () => $(el, '.subscribe__copied').textContent!.includes('Adressen er kopiert'), 'no confirmation');
        expect(copied).to.deep.equal([`${API}/meetings.ics?body=kommunestyret`]);
        await expect(el).to.be.accessible();
      } finally {
        Object.defineProperty(Navigator.prototype, 'clipboard', realClipboard);
      }
    });

    it('offers no subscription where the API has no calendar feed', async () => {
      const dataset = agendaDataset();
      dataset.service = { ...dataset.service, capabilities: { ...dataset.service.capabilities, calendarFeed: false } };
      serveDataset(dataset);
      const el = await agenda();
      await el.updateComplete;
      expect($$(el, '.calendar-links a').map((a) => a.hasAttribute('download'))).to.deep.equal([true]);
    });
  });

  describe('request basket', () => {
    beforeEach(() => serveDataset(agendaDataset()));

    it('adds an item to the shared basket with a toggle button and announces the count', async () => {
      const el = await agenda();
      const toggle = itemOf(el, 'RS 1/26').querySelector<HTMLButtonElement>('.basket-toggle')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Be om innsyn i RS 1/26');
      expect($(el, '.basket__count').getAttribute('role')).to.equal('status');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect($(el, '.basket__count').textContent).to.equal('1 sak valgt for innsyn.');
      expect(readBasket(API)).to.deep.include({ ...readBasket(API)[0]!, kind: 'agenda-item', id: 'ai-feb-4', title: 'RS 1/26 Referatsak', caseNumber: '2026/12', meetingId: HELD_ID });
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(readBasket(API)).to.deep.equal([]);
    });

    it('offers no toggle where access cannot be requested, but does for a closed item', async () => {
      const el = await agenda();
      expect(itemOf(el, 'PS 9/26').querySelector('.basket-toggle')).to.equal(null);
      expect(itemOf(el, 'PS 11/26').querySelector('.basket-toggle')).to.not.equal(null);
    });

    it('says an item\'s documents are published and links the main one, instead of offering a request for them', async () => {
      const el = await agenda();
      const published = itemOf(el, 'PS 10/26');
      expect(published.querySelector('.basket-toggle')).to.equal(null);
      const note = published.querySelector('.published')!;
      expect(note.textContent!.replace(/\s+/g, ' ')).to.contain('Dokumentene er publisert og kan leses her:');
      expect(note.textContent!.replace(/\s+/g, ' ')).to.contain('Åpne saken for 2 dokumenter til.');
      expect(note.querySelector('a')!.getAttribute('href')).to.equal(`${API}/files/doc-case-1`);
      expect(itemOf(el, 'PS 11/26').querySelector('.published'), 'a closed item never shows its documents').to.equal(null);
    });

    it('shares the basket with another element on the page and keeps it after the element is re-created', async () => {
      // fixtureSync: fixture() waits for an animation frame on a plain div, which a background test tab never gets.
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <innsyn-agenda api=${API} meeting=${HELD_ID}></innsyn-agenda>
        <innsyn-agenda api=${API} meeting=${HELD_ID}></innsyn-agenda>
      </div>`);
      const [first, second] = [...wrapper.querySelectorAll('innsyn-agenda')] as [InnsynAgenda, InnsynAgenda];
      await loaded(first);
      await loaded(second);
      itemOf(first, 'RS 1/26').querySelector<HTMLButtonElement>('.basket-toggle')!.click();
      await until(roots(), () => itemOf(second, 'RS 1/26').querySelector('.basket-toggle')!.getAttribute('aria-pressed') === 'true');
      addToBasket(API, { kind: 'journal-entry', id: 'j-1', title: 'Brev' });
      await until(roots(), () => $(second, '.basket__count').textContent === '2 saker valgt for innsyn.');
      first.remove();
      const again = await agenda();
      expect($(again, '.basket__count').textContent).to.equal('2 saker valgt for innsyn.');
      $<HTMLButtonElement>(again, '.basket__clear').click();
      await until(roots(), () => $(second, '.basket__count').textContent === 'Ingen saker valgt for innsyn.');
    });
  });

  describe('keyboard and print', () => {
    beforeEach(() => serveDataset(agendaDataset()));
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('opens an item with Enter and Space, and adds it to the basket from the keyboard', async () => {
      const el = await agenda();
      const button = disclosure(el, 'RS 1/26');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Tab' });
      const toggle = shadow(el).activeElement as HTMLButtonElement;
      expect(toggle.classList.contains('basket-toggle')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    });

    it('prints every item expanded, links as text, and no buttons', async () => {
      const el = await agenda();
      await printed(el);
      const panel = panelOf(el, disclosure(el, 'PS 10/26'));
      expect(panel.hidden).to.equal(true);
      expect(getComputedStyle(panel).display).to.equal('block');
      expect(getComputedStyle($(el, '.toggle-all')).display).to.equal('none');
      expect(getComputedStyle($(el, '.basket-toggle')).display).to.equal('none');
      expect(getComputedStyle(disclosure(el, 'PS 10/26')).display).to.not.equal('none');
      const link = panel.querySelector('a')!;
      // Chromium reports either the resolved URL or the attr() expression; without the rule it would be "none".
      expect(getComputedStyle(link, '::after').content).to.match(/attr\(href\)|https:\/\//);
    });
  });

  describe('page URL and a calendar on the same page', () => {
    beforeEach(() => serveDataset(agendaDataset()));

    it('opens the meeting and item given in the page URL', async () => {
      history.replaceState(null, '', `${location.pathname}?innsyn-meeting=${HELD_ID}&innsyn-item=ai-feb-2`);
      const el = await agenda(html`<innsyn-agenda api=${API} url-state="query"></innsyn-agenda>`);
      await loaded(el);
      expect(disclosure(el, 'PS 10/26').getAttribute('aria-expanded')).to.equal('true');
      expect(disclosure(el, 'PS 9/26').getAttribute('aria-expanded')).to.equal('false');
    });

    it('keeps the open item in the URL (hash mode) without adding history entries', async () => {
      const el = await agenda(html`<innsyn-agenda api=${API} meeting=${HELD_ID} url-state="hash"></innsyn-agenda>`);
      const length = history.length;
      disclosure(el, 'PS 10/26').click();
      await el.updateComplete;
      expect(new URLSearchParams(location.hash.slice(1)).get('innsyn-item')).to.equal('ai-feb-2');
      disclosure(el, 'PS 10/26').click();
      await el.updateComplete;
      expect(location.hash.includes('innsyn-item')).to.equal(false);
      expect(history.length).to.equal(length);
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('follows a meeting picked in a calendar, keeps the page, and Back returns to the previous meeting', async () => {
      history.replaceState(null, '', `${location.pathname}?innsyn-meeting=${HELD_ID}`);
      // fixtureSync: fixture() waits for an animation frame on a plain div, which a background test tab never gets.
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <innsyn-meeting-calendar api=${API} month="2026-03" view="list" agenda-href="/mote.html?innsyn-meeting={id}"></innsyn-meeting-calendar>
        <innsyn-agenda api=${API} url-state="query" follow-selection></innsyn-agenda>
      </div>`);
      const calendar = wrapper.querySelector('innsyn-meeting-calendar')!;
      const el = wrapper.querySelector('innsyn-agenda')!;
      await loaded(el);
      // The agenda showed a February meeting, so the calendar moved there.
      await until(roots(), () => $(calendar, '[role="heading"]').textContent!.trim() === 'februar 2026', 'calendar did not follow');
      await until(roots(), () => $(calendar, '[aria-current="true"]'), 'meeting not marked');
      expect($(calendar, '[aria-current="true"]').textContent).to.contain('Kommunestyret');

      $$<HTMLButtonElement>(calendar, '.nav-button')[1]!.click();
      await until(roots(), () => $$(calendar, '.meeting__link').some((link) => link.textContent!.includes('Eldrerådet')), 'march not shown');
      const link = $$<HTMLAnchorElement>(calendar, '.meeting__link').find((candidate) => candidate.textContent!.includes('Eldrerådet'))!;
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      await until(roots(), () => $(el, '#meeting-heading')?.textContent!.includes('Eldrerådet'), 'agenda did not follow');
      expect(new URLSearchParams(location.search).get('innsyn-meeting')).to.equal('m-eld-2026-03-26');
      await until(roots(), () => shadow(el).activeElement?.id === 'meeting-heading', 'focus not moved to the new meeting');
      await until(roots(), () => $(calendar, '[aria-current="true"]')?.textContent!.includes('Eldrerådet'), 'calendar not in step');

      history.back();
      await until(roots(), () => $(el, '#meeting-heading')?.textContent!.includes('Kommunestyret'), 'Back did not return');
      await until(roots(), () => $(calendar, '[role="heading"]').textContent!.trim() === 'februar 2026', 'calendar did not go back');
    });

    it('ignores a calendar\'s selection without follow-selection', async () => {
      // fixtureSync: fixture() waits for an animation frame on a plain div, which a background test tab never gets.
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>
        <innsyn-agenda api=${API} meeting=${HELD_ID}></innsyn-agenda>
      </div>`);
      const calendar = wrapper.querySelector('innsyn-meeting-calendar') as InnsynMeetingCalendar;
      const el = wrapper.querySelector('innsyn-agenda')!;
      await loaded(el);
      calendar.month = '2026-03';
      await until(roots(), () => $$(calendar, '.meeting__link').length === 4, 'march not shown');
      $$<HTMLButtonElement>(calendar, '.meeting__link')[0]!.click();
      await el.updateComplete;
      expect($(el, '#meeting-heading').textContent).to.contain('Kommunestyret');
      expect(el.meeting).to.equal(HELD_ID);
    });
  });

  describe('language', () => {
    beforeEach(() => serveDataset(agendaDataset()));

    it('speaks Nynorsk', async () => {
      const el = await agenda(html`<innsyn-agenda lang="nn" api=${API} meeting=${HELD_ID}></innsyn-agenda>`);
      expect(text(el)).to.contain('Saksliste');
      expect(text(el)).to.contain('Halde');
      expect(text(el)).to.contain('Unnateke frå offentlegheit');
      expect(text(el)).to.contain('Dokumenta er unnatekne frå offentlegheit (Offl.');
      expect(text(el)).to.contain('torsdag 12. februar 2026');
    });

    it('speaks English', async () => {
      const el = await agenda(html`<innsyn-agenda lang="en" api=${API} meeting=${HELD_ID}></innsyn-agenda>`);
      await openItem(el, 'PS 10/26');
      expect(text(el)).to.contain('Agenda (4 items)');
      expect(text(el)).to.contain('Thursday, 12 February 2026');
      expect(text(el)).to.contain('Exempt from public access');
      expect(text(el)).to.contain('Published 5 February at 12:00');
    });

    it('speaks Northern Sami, and is accessible', async () => {
      const el = await agenda(html`<innsyn-agenda lang="se" api=${API} meeting=${HELD_ID}></innsyn-agenda>`);
      expect(text(el)).to.contain('Áššelistu');
      expect(text(el)).to.contain('Áššinummar');
      expect(text(el)).to.contain('Diŋgo geahčču');
      expect(text(el)).to.contain('Čoahkkinbeavdegirji');
      await expect(el).to.be.accessible();
    });

    it('speaks Bokmål by default for the not-found text, and English when asked', async () => {
      serveDataset(miniDataset());
      const el = await agenda(html`<innsyn-agenda lang="en" api=${API} meeting="nope"></innsyn-agenda>`);
      await until(roots(), () => shadow(el).querySelector('[role="alert"]'), 'no alert');
      expect(text(el)).to.contain('Meeting not found');
    });
  });
});
