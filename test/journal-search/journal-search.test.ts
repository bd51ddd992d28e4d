import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/journal-search/define.js';
import { clearBasket, readBasket } from '../../src/shared/basket/basket.js';
import { addDays, osloDateKey } from '../../src/time/oslo.js';
import { ElementHarness } from '../kit/harness.js';
import { HOSTILE, runStatesSuite } from '../kit/states-suite.js';
import { API as DATASET_API, entry, journal, journalDataset, manyEntries } from '../fixtures/mini-journal.js';
import { resetApi, serveDataset } from '../mocks/publication-api.js';

// This file's own API: the basket lives in localStorage, which test files running side by side share.
const API = 'https://api.test/journal-search-tests';
import { startWorker, worker } from '../mocks/worker.js';
import { JournalSearchHarness } from './journal-search-harness.js';

runStatesSuite({
  tag: 'innsyn-journal-search',
  harness: JournalSearchHarness,
  attributes: {},
  dataset: () => journalDataset(),
  loaded: (h) => h.titles().length === 5,
  loadingText: 'Søker i postjournalen',
  emptyDataset: () => journalDataset([]),
  emptyText: 'Ingen treff',
  notFoundText: 'Fant ikke det du ba om',
  englishText: '5 results',
  hostileDataset: () => journalDataset([entry({ id: 'j-x', journalNumber: '2026/1-1', title: HOSTILE })]),
  hostileSelector: '.entry__title',
});

async function mount(attributes: Record<string, string> = {}): Promise<JournalSearchHarness> {
  return new JournalSearchHarness(await ElementHarness.mount('innsyn-journal-search', { api: API, lang: 'nb', ...attributes }));
}

/** The journal searches the API was asked for, as their query parameters. */
function journalRequests(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/journal')) seen.push(url.searchParams);
  });
  return seen;
}

describe('<innsyn-journal-search>', () => {
  before(startWorker);
  beforeEach(() => clearBasket(API));
  afterEach(() => {
    worker.resetHandlers();
    worker.events.removeAllListeners();
    resetApi(API);
    clearBasket(API);
    history.replaceState(null, '', location.pathname);
  });

  describe('results', () => {
    beforeEach(() => serveDataset(journalDataset(), API));

    it('lists each entry with its number, date, type in plain words, case, correspondents and unit, and is accessible', async () => {
      const h = await mount();
      await h.loaded(5);
      const first = h.entry('2026/120-1')!.textContent!.replace(/\s+/g, ' ');
      expect(first).to.contain('Søknad om barnehageplass');
      expect(first).to.contain('12. mars 2026');
      expect(first).to.contain('Inngående (brev til oss)');
      expect(first).to.contain('2026/120 Barnehageplass Solsiden barnehage');
      expect(first).to.contain('Ola Nordmann');
      expect(first).to.contain('Oppvekst og kultur');
      expect(h.count).to.equal('5 treff');
      expect(h.$('.count')!.getAttribute('aria-live')).to.equal('polite');
      await expect(h.el).to.be.accessible();
    });

    it('shows screened text as ***** but has it read as "skjermet", never as asterisks', async () => {
      const h = await mount();
      await h.loaded(5);
      const title = h.entry('2026/120-2')!.querySelector('.entry__title')!;
      const stars = title.querySelector('.screened [aria-hidden="true"]')!;
      expect(stars.textContent).to.equal('*****');
      expect(title.querySelector('.screened .visually-hidden')!.textContent).to.equal('skjermet');
      const recipient = [...h.entry('2026/120-2')!.querySelectorAll('dd')].find((dd) => dd.textContent!.includes('skjermet'));
      expect(recipient, 'the screened recipient is announced as screened').to.exist;
    });

    it('gives the legal basis of an exempt entry', async () => {
      const h = await mount();
      await h.loaded(5);
      expect(h.entry('2026/120-2')!.querySelector('.exemption')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'Unntatt offentlighet – Hjemmel: Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
      );
    });

    it('links published documents with their type and size, and says so instead of offering a request', async () => {
      const h = await mount();
      await h.loaded(5);
      const published = h.entry('2026/130-1')!;
      const link = published.querySelector<HTMLAnchorElement>('a[part="document"]')!;
      expect(link.href).to.equal(`${DATASET_API}/files/doc-j3`);
      expect(published.querySelector('.documents')!.textContent!.replace(/\s+/g, ' ')).to.match(/Brev: Merknader til reguleringsplan \(PDF, 246\skB\)/);
      expect(published.querySelector('.basket-toggle')).to.equal(null);
      expect(published.textContent).to.contain('Dokumentene er publisert');
    });

    it('puts an entry into the shared request basket, and the bar links to the request form', async () => {
      const h = await mount({ 'request-href': '/innsynskrav.html' });
      await h.loaded(5);
      const toggle = h.entry('2026/120-1')!.querySelector<HTMLButtonElement>('.basket-toggle')!;
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Be om innsyn i journalpost 2026/120-1');
      toggle.click();
      await h.until(() => toggle.getAttribute('aria-pressed') === 'true', 'the toggle is not pressed');
      expect(readBasket(API).map((item) => [item.kind, item.id])).to.deep.equal([['journal-entry', 'j-1']]);
      const send = h.$<HTMLAnchorElement>('a.basket__send')!;
      expect(send.getAttribute('href')).to.equal('/innsynskrav.html');
      expect(h.$('.basket__count')!.textContent).to.contain('1 sak valgt');
    });

    it('opens an entry to its detail with a permalink, and tells the page', async () => {
      const h = await mount();
      await h.loaded(5);
      const button = h.entry('2026/130-2')!.querySelector<HTMLButtonElement>('.disclosure')!;
      const event = oneEvent(h.el, 'innsyn-journal-entry-select');
      button.click();
      expect((await event).detail.entry.id).to.equal('j-4');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const panel = h.$(`#${button.getAttribute('aria-controls')}`)!;
      await h.until(() => !panel.hidden, 'panel stays hidden');
      expect(panel.textContent).to.contain('12/34');
      const permalink = panel.querySelector<HTMLAnchorElement>('a[part="permalink"]')!;
      expect(new URL(permalink.href).searchParams.get('innsyn-journal-entry')).to.equal('j-4');
    });

    it('shows the entry a permalink names, above the search', async () => {
      history.replaceState(null, '', `${location.pathname}?innsyn-journal-entry=j-3`);
      const h = await mount({ 'url-state': 'query' });
      await h.until(() => h.$('.chosen .entry'), 'shows no chosen entry');
      expect(h.$('.chosen')!.textContent).to.contain('Reguleringsplan for Storgata - merknader');
    });

    it('prints every entry open, without the form or the icons, and with the address of each link', async () => {
      const h = await mount();
      await h.loaded(5);
      await emulateMedia({ media: 'print' });
      try {
        const entry = h.entry('2026/130-1')!;
        expect(getComputedStyle(entry.querySelector('.entry__panel')!).display).to.equal('block');
        expect(getComputedStyle(entry.querySelector('.disclosure__icon')!).display).to.equal('none');
        expect(getComputedStyle(h.$('form')!).display).to.equal('none');
        const link = entry.querySelector<HTMLAnchorElement>('.documents a')!;
        expect(getComputedStyle(link, '::after').content).to.contain(link.getAttribute('href'));
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('groups the entries by case, each case with its entries in journal order', async () => {
      const h = await mount();
      await h.loaded(5);
      h.button('Grupper etter sak')!.click();
      await h.until(() => h.$$('.case').length === 2, 'not grouped');
      const cases = h.$$('.case__heading').map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim());
      expect(cases).to.deep.equal(['2026/120 Barnehageplass Solsiden barnehage (3 journalposter)', '2026/130 Reguleringsplan for Storgata (2 journalposter)']);
      const numbers = h.$$('.case')[0]!.querySelectorAll('.entry__number');
      expect([...numbers].map((n) => n.textContent)).to.deep.equal(['2026/120-1', '2026/120-2', '2026/120-3']);
      expect(h.button('Grupper etter sak')!.getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('searching', () => {
    beforeEach(() => serveDataset(journalDataset(), API));

    it('fires at most two requests while a citizen types 20 characters, and shows the hits', async () => {
      const h = await mount();
      await h.loaded(5);
      const requests = journalRequests();
      h.type('barnehageplass søkna');
      await h.until(() => h.titles().length === 2 && !h.loading, 'did not show the hits');
      expect(requests.length).to.be.within(1, 2);
      expect(requests.at(-1)!.get('q')).to.equal('barnehageplass søkna');
    });

    it('passes the query language to the API as typed, and marks the search words in titles as text', async () => {
      const h = await mount();
      await h.loaded(5);
      const requests = journalRequests();
      h.search('"søknad om" -svar');
      await h.until(() => h.titles().length === 1, 'phrase and exclusion not applied');
      expect(requests.at(-1)!.get('q')).to.equal('"søknad om" -svar');
      expect(h.$$('mark').map((mark) => mark.textContent)).to.deep.equal(['Søknad om']);
    });

    it('says "mer enn 100 treff" where the API gives only a lower bound', async () => {
      worker.use(http.get(`${API}/journal`, () => HttpResponse.json({ items: journal, next: `${API}/journal?cursor=x`, total: null, totalAtLeast: 100 })));
      const h = await mount();
      await h.untilText('mer enn 100 treff');
    });
  });

  describe('filters in the address', () => {
    beforeEach(() => serveDataset(journalDataset(), API));

    it('filters by document type, keeps it in the URL, shows a chip that removes it', async () => {
      const h = await mount({ 'url-state': 'query' });
      await h.loaded(5);
      const requests = journalRequests();
      h.tick('Inngående');
      await h.loaded(2);
      expect(requests.at(-1)!.getAll('type')).to.deep.equal(['I']);
      expect(new URLSearchParams(location.search).get('innsyn-journal-type')).to.equal('I');
      expect(h.chips()).to.deep.equal(['Type: Inngående (brev til oss)']);
      h.$<HTMLButtonElement>('.chip')!.click();
      await h.loaded(5);
      expect(location.search).not.to.contain('innsyn-journal-type');
      expect(h.chips()).to.deep.equal([]);
    });

    it('says at the field when a property number is not gnr/bnr, searches without it, and takes a corrected one', async () => {
      const h = await mount();
      await h.loaded(5);
      const requests = journalRequests();
      const field = h.$$('label.field').find((label) => label.textContent!.includes('Eiendom (gnr/bnr)'))!.querySelector('input')!;
      field.value = '12-34';
      field.dispatchEvent(new Event('change'));
      await h.untilText('«12-34» er ikke et gårds- og bruksnummer.');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.contain('property-error');
      expect(h.chips()).to.deep.equal([]);
      expect(requests).to.deep.equal([]);
      await expect(h.el).to.be.accessible();

      // Clearing every filter clears the field and its error too.
      h.tick('Inngående');
      await h.loaded(2);
      h.button('Fjern alle filtre')!.click();
      await h.loaded(5);
      expect(h.text()).not.to.contain('gårds- og bruksnummer');
      expect(field.value).to.equal('');

      field.value = '12/34';
      field.dispatchEvent(new Event('change'));
      await h.until(() => h.chips().length === 1, 'no chip for the property');
      expect(h.chips()).to.deep.equal(['Eiendom: 12/34']);
      expect(h.text()).not.to.contain('gårds- og bruksnummer');
      expect(field.getAttribute('aria-invalid')).to.equal('false');
      await h.settled();
      expect(requests.at(-1)!.get('property')).to.equal('12/34');
    });

    it('offers the legal bases the results cite besides the common ones, and filters by one', async () => {
      const h = await mount();
      await h.loaded(5);
      const requests = journalRequests();
      const select = h.$$('label.field').find((label) => label.textContent!.includes('Skjermingshjemmel'))!.querySelector('select')!;
      const cited = 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1';
      expect([...select.options].map((option) => option.value)).to.include.members(['Offl. § 13', cited, 'Offl. § 26']);
      select.value = cited;
      select.dispatchEvent(new Event('change'));
      await h.loaded(1);
      expect(requests.at(-1)!.getAll('exemptionBasis')).to.deep.equal([cited]);
      expect(select.value).to.equal(cited);
    });

    it('narrows to the last 7 days (Oslo days) with a preset, asking the API for that date range', async () => {
      const h = await mount({ 'url-state': 'query' });
      await h.loaded(5);
      const requests = journalRequests();
      const period = h.$$('.field').find((field) => field.textContent!.includes('Journaldato'))!.querySelector('select')!;
      period.value = '7d';
      period.dispatchEvent(new Event('change'));
      await h.until(() => requests.length > 0 && !h.loading, 'no search for the period');
      const today = osloDateKey(new Date());
      expect(requests.at(-1)!.get('to')).to.equal(today);
      expect(requests.at(-1)!.get('from')).to.equal(addDays(today, -6));
      expect(new URLSearchParams(location.search).get('innsyn-journal-period')).to.equal('7d');
      expect(h.chips()).to.deep.equal(['Journaldato: Siste 7 dager']);
    });

    it('returns to the search before with Back: its words, its filters and its results', async () => {
      const h = await mount({ 'url-state': 'query' });
      await h.loaded(5);
      h.search('reguleringsplan');
      await h.loaded(2);
      h.tick('Inngående');
      await h.loaded(1);
      expect(h.chips()).to.deep.equal(['Type: Inngående (brev til oss)']);

      history.back();
      await h.loaded(2);
      expect(h.chips()).to.deep.equal([]);
      expect(h.field.value).to.equal('reguleringsplan');
      history.back();
      await h.loaded(5);
      expect(h.field.value).to.equal('');
    });

    it('clears every filter at once but keeps the search words', async () => {
      history.replaceState(null, '', `${location.pathname}?innsyn-journal-q=reguleringsplan&innsyn-journal-type=N&innsyn-journal-case=2026/130`);
      const h = await mount({ 'url-state': 'query' });
      await h.loaded(1);
      expect(h.chips()).to.have.length(2);
      h.button('Fjern alle filtre')!.click();
      await h.loaded(2);
      expect(h.field.value).to.equal('reguleringsplan');
      expect(new URLSearchParams(location.search).get('innsyn-journal-q')).to.equal('reguleringsplan');
    });

    it('asks only for the fixed unit of a department\'s site, with no unit filter to change it', async () => {
      const h = await mount({ unit: 'Plan og bygg' });
      const requests = journalRequests();
      await h.loaded(2);
      expect(requests.length ? requests.at(-1)!.get('unit') : 'Plan og bygg').to.equal('Plan og bygg');
      expect(h.$$('.field > span').map((label) => label.textContent)).not.to.include('Enhet');
    });

    it('offers the units the API names', async () => {
      const h = await mount();
      await h.loaded(5);
      const units = await h.until(() => h.$$('.field').find((field) => field.textContent!.includes('Enhet'))?.querySelectorAll('option'), 'no unit filter');
      expect([...units].map((option) => option.textContent)).to.deep.equal(['Alle enheter', 'Oppvekst og kultur', 'Plan og bygg']);
    });
  });

  describe('paging', () => {
    beforeEach(() => serveDataset(journalDataset(manyEntries(30)), API));

    it('loads more with "Vis flere", moves focus to the first new entry, and Back restores the pages', async () => {
      const h = await mount({ 'page-size': '10', 'url-state': 'query' });
      await h.loaded(10);
      h.button('Vis flere')!.click();
      await h.loaded(20);
      await h.until(() => h.root.activeElement?.id === 'entry-10', 'focus did not move to the first new entry');
      expect(new URLSearchParams(location.search).get('innsyn-journal-pages')).to.equal('2');

      h.el.remove();
      const again = await mount({ 'page-size': '10', 'url-state': 'query' });
      await again.loaded(20);
    });
  });
});
