// The elements on eInnsyn and OParl: what a visitor sees when an editor sets api-kind, with the APIs answered by msw
// from the fixtures.
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/meeting-calendar/define.js';
import '../../src/agenda/define.js';
import '../../src/access-request/define.js';
import '../../src/journal-search/define.js';
import { draftStorageKey } from '../../src/access-request/draft.js';
import { EINNSYN_API } from '../../src/api/port-factory.js';
import { addToBasket, clearBasket, readBasket } from '../../src/shared/basket/basket.js';
import { until } from '../kit/until.js';
import { EINNSYN_BASE, journalposter, kst05 } from '../fixtures/einnsyn/fixtures.js';
import { meetingQuirky, OPARL_BASE } from '../fixtures/oparl/fixtures.js';
import { einnsynHandlers, oparlHandlers } from '../mocks/adapter-apis.js';
import { createEinnsynFake } from '../mocks/einnsyn-server.js';
import { startWorker, worker } from '../mocks/worker.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

async function settled(el: Element, what: string) {
  await waitUntil(() => !shadow(el).querySelector('.status--loading') && text(el).trim() !== '', `${what} never finished loading`, { timeout: 8000 });
}

describe('elements on eInnsyn and OParl', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  describe('eInnsyn', () => {
    it('the calendar shows the month of the publisher, with committees from its sub-units and no subscribe link', async () => {
      worker.use(...einnsynHandlers());
      const el = await fixture(html`<innsyn-meeting-calendar api=${EINNSYN_BASE} api-kind="einnsyn" publisher="eksempel-kommune" month="2026-06" view="list"></innsyn-meeting-calendar>`);
      await settled(el, 'calendar');
      await waitUntil(() => text(el).includes('Kommunestyret'), 'no meeting shown', { timeout: 8000 });
      expect(text(el)).to.contain('Formannskapet');
      expect(text(el)).to.contain('Utvalg for plan og miljø');
      expect(shadow(el).querySelector('[part~="subscribe"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('the agenda shows items, decisions with the vote, and a closed item without its content, from one meeting request', async () => {
      const fake = createEinnsynFake();
      worker.use(...einnsynHandlers(fake));
      const el = await fixture(html`<innsyn-agenda api=${EINNSYN_BASE} api-kind="einnsyn" publisher="eksempel-kommune" meeting=${kst05.id}></innsyn-agenda>`);
      await settled(el, 'agenda');
      await waitUntil(() => text(el).includes('Reguleringsplan for Storåsen boligfelt'), 'no agenda shown', { timeout: 8000 });
      expect(text(el)).to.contain('PS 45/26');
      expect(text(el)).to.contain('Tilsetting av');
      // The closed item's legal basis, read from its title since eInnsyn's Moetesak carries no skjerming.
      expect(text(el)).to.contain('Dokumentene er unntatt offentlighet (offl. § 25) og publiseres ikke.');
      // referanseNesteMoete, expanded in the same request, so the link says when.
      expect(shadow(el).querySelector('nav.neighbours')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Neste møte: .*12\. juni 2099$/);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(fake.requests.filter((url) => url.pathname.startsWith('/moetemappe')).length).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('a missing publisher is a configuration error in words, not a blank box', async () => {
      const el = await fixture(html`<innsyn-meeting-calendar api=${EINNSYN_BASE} api-kind="einnsyn"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
      await expect(el).to.be.accessible();
    });
  });

  describe('eInnsyn journal', () => {
    it('the journal search lists the publisher\'s entries, newest first, screened text as screened, and no invented total', async () => {
      const fake = createEinnsynFake();
      worker.use(...einnsynHandlers(fake));
      const el = await fixture(html`<innsyn-journal-search api=${EINNSYN_BASE} api-kind="einnsyn" publisher="eksempel-kommune"></innsyn-journal-search>`);
      await until(shadow(el), () => text(el).includes('Innspill til reguleringsplan for Storåsen boligfelt'), 'no entries shown', 10000);
      expect(text(el)).to.contain('2026/1234');
      expect(text(el)).not.to.contain('Møtebok Kommunestyret');
      const search = fake.requests.find((url) => url.pathname === '/search')!;
      expect(search.searchParams.get('entity')).to.equal('Journalpost');
      expect(search.searchParams.get('sortBy')).to.equal('journaldato');
      await expect(el).to.be.accessible();
    });
  });

  describe('eInnsyn access requests', () => {
    beforeEach(() => {
      clearBasket(EINNSYN_BASE);
      localStorage.removeItem(draftStorageKey(EINNSYN_BASE));
    });
    afterEach(() => {
      clearBasket(EINNSYN_BASE);
      localStorage.removeItem(draftStorageKey(EINNSYN_BASE));
    });

    async function sendAs(email: string) {
      const el = await fixture(html`<innsyn-access-request api=${EINNSYN_BASE} api-kind="einnsyn" publisher="eksempel-kommune" min-fill-seconds="0"></innsyn-access-request>`);
      await until(shadow(el), () => shadow(el).querySelector('#email'), 'the form never appeared');
      const input = shadow(el).querySelector<HTMLInputElement>('#email')!;
      input.value = email;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      return el;
    }

    it('sends journal entries to eInnsyn and says to confirm the e-mail eInnsyn sent', async () => {
      const fake = createEinnsynFake();
      worker.use(...einnsynHandlers(fake));
      addToBasket(EINNSYN_BASE, { kind: 'journal-entry', id: journalposter[0]!.id, title: 'Innspill til reguleringsplan', caseNumber: '2026/1234' });
      const el = await sendAs('ola@example.no');
      await until(shadow(el), () => shadow(el).querySelector('#receipt-heading'), 'no receipt');
      expect(text(el)).to.contain('Sjekk e-posten din og bekreft innsynskravet');
      expect(fake.orders[0]!.innsynskrav).to.deep.equal([{ journalpost: journalposter[0]!.id }]);
      await expect(el).to.be.accessible();
    });

    it('without an api attribute, entries chosen in the journal search reach the form and eInnsyn, and the receipt names eInnsyn', async function () {
      this.timeout(30_000);
      const fake = createEinnsynFake();
      worker.use(...einnsynHandlers(fake, EINNSYN_API));
      clearBasket(EINNSYN_API);
      localStorage.removeItem(draftStorageKey(EINNSYN_API));
      try {
        // fixtureSync: fixture() waits for a frame the wrapper div may never get in a background tab.
        const page = fixtureSync<HTMLDivElement>(html`<div>
          <innsyn-journal-search api-kind="einnsyn" publisher="eksempel-kommune" request-href="#innsynskrav"></innsyn-journal-search>
          <innsyn-access-request id="innsynskrav" api-kind="einnsyn" publisher="eksempel-kommune" min-fill-seconds="0"></innsyn-access-request>
        </div>`);
        const search = page.querySelector('innsyn-journal-search')!;
        const form = page.querySelector('innsyn-access-request')!;
        await until(shadow(search), () => shadow(search).querySelectorAll('.basket-toggle').length >= 2, 'no entries to choose', 10000);
        const toggles = [...shadow(search).querySelectorAll<HTMLButtonElement>('.basket-toggle')].slice(0, 2);
        for (const toggle of toggles) toggle.click();
        await until(shadow(form), () => shadow(form).querySelectorAll('.chosen__item').length === 2, 'the form does not show the two chosen entries');
        expect(shadow(search).querySelector<HTMLAnchorElement>('a.basket__send')!.getAttribute('href')).to.equal('#innsynskrav');
        const input = shadow(form).querySelector<HTMLInputElement>('#email')!;
        input.value = 'ola@example.no';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        shadow(form).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await until(shadow(form), () => shadow(form).querySelector('#receipt-heading'), 'no receipt');
        expect(text(form)).to.contain('eInnsyn har sendt en e-post til ola@example.no');
        expect(fake.orders).to.have.length(1);
        expect(fake.orders[0]!.innsynskrav).to.have.length(2);
        expect(fake.requests.every((url) => url.origin === EINNSYN_API)).to.equal(true);
        expect(readBasket(EINNSYN_API)).to.deep.equal([], 'the sent entries left the basket');
      } finally {
        clearBasket(EINNSYN_API);
        localStorage.removeItem(draftStorageKey(EINNSYN_API));
      }
    });

    it('a second request within the hour asks the citizen to confirm the first, and sends nothing more', async () => {
      const fake = createEinnsynFake();
      worker.use(...einnsynHandlers(fake));
      fake.orders.push({ email: 'ola@example.no', innsynskrav: [], at: Date.now() });
      addToBasket(EINNSYN_BASE, { kind: 'journal-entry', id: journalposter[1]!.id, title: 'Svar på innspill' });
      const el = await sendAs('ola@example.no');
      await until(shadow(el), () => shadow(el).querySelector('#send-error'), 'no error');
      expect(text(el)).to.contain('Bekreft det med lenken i e-posten');
      expect(fake.orders.length).to.equal(1);
      expect(readBasket(EINNSYN_BASE).length).to.equal(1, 'the basket is kept');
      await expect(el).to.be.accessible();
    });

    it('an agenda item says in our words what to do instead, and nothing is sent', async () => {
      const fake = createEinnsynFake();
      worker.use(...einnsynHandlers(fake));
      addToBasket(EINNSYN_BASE, { kind: 'agenda-item', id: 'ms_01jx0000000000000000000503', title: 'Tilsetting av *****' });
      const el = await sendAs('kari@example.no');
      await until(shadow(el), () => text(el).includes('Finn journalposten i postjournalen'), 'no explanation');
      expect(text(el)).not.to.contain('eInnsyn takes requests');
      expect(fake.orders.length).to.equal(0);
    });
  });

  describe('OParl', () => {
    it('the calendar lists the month across paginated lists, the cancelled meeting says so', async () => {
      worker.use(...oparlHandlers());
      const el = await fixture(html`<innsyn-meeting-calendar api=${OPARL_BASE} api-kind="oparl" month="2026-06" view="list"></innsyn-meeting-calendar>`);
      await settled(el, 'calendar');
      await waitUntil(() => text(el).includes('Stadtrat'), 'no meeting shown', { timeout: 8000 });
      expect(text(el)).to.contain('Finanzausschuss');
      expect(shadow(el).querySelector('[part~="subscribe"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a meeting without agenda items still shows its documents from auxiliaryFile, with their http:// address', async () => {
      worker.use(...oparlHandlers());
      const el = await fixture(html`<innsyn-agenda api=${OPARL_BASE} api-kind="oparl" meeting=${meetingQuirky.id}></innsyn-agenda>`);
      await settled(el, 'agenda');
      await waitUntil(() => text(el).includes('Finanzausschuss'), 'no meeting shown', { timeout: 8000 });
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
      expect(links).to.include('http://ris.beispielstadt.example/files/5.pdf');
      await expect(el).to.be.accessible();
    });
  });
});
