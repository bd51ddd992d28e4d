import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/meeting-calendar/define.js';
import type { InnsynMeetingCalendar } from '../../src/meeting-calendar/meeting-calendar.js';
import { API, bodies, meetings, miniDataset } from '../fixtures/mini-dataset.js';
import { failWith, hang, resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { HOSTILE, runStatesSuite } from '../kit/states-suite.js';
import { CalendarHarness } from './calendar-harness.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');
const cell = (el: Element, day: string) => shadow(el).querySelector<HTMLElement>(`[data-day="${day}"]`)!;
const focusedDay = (el: Element) => (shadow(el).activeElement as HTMLElement | null)?.dataset.day;

async function calendar(template = html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`) {
  const el = await fixture<InnsynMeetingCalendar>(template);
  await waitUntil(() => !shadow(el).querySelector('.status--loading'), 'calendar never finished loading', { timeout: 5000 });
  return el;
}

function press(el: Element, key: string, options: KeyboardEventInit = {}) {
  const target = shadow(el).activeElement ?? shadow(el).querySelector('[tabindex="0"]')!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...options }));
}

runStatesSuite({
  tag: 'innsyn-meeting-calendar',
  harness: CalendarHarness,
  attributes: { month: '2026-03', view: 'list' },
  dataset: () => miniDataset(),
  loaded: (h) => h.meetings().length === 4,
  loadingText: 'Laster møter',
  emptyDataset: () => miniDataset({ meetings: [] }),
  emptyText: 'Ingen møter i mars 2026',
  notFoundText: 'Fant ikke det du ba om',
  englishText: 'March 2026',
  hostileDataset: () => miniDataset({ meetings: [{ ...meetings[0]!, body: { id: 'kommunestyret', name: HOSTILE } }] }),
  hostileSelector: '.meeting__body',
});

describe('<innsyn-meeting-calendar>', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    resetApi();
    history.replaceState(null, '', location.pathname + location.search.replace(/[?&]innsyn-[^&]*/g, ''));
  });

  describe('states', () => {
    it('explains in Norwegian that the api attribute is missing, and is accessible', async () => {
      const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar></innsyn-meeting-calendar>`);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Adressen til innsynstjenesten mangler');
      expect(alert.querySelector('button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('refuses a javascript: api address with a config error instead of fetching it', async () => {
      const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api="javascript:alert(1)"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'));
      expect(text(el)).to.contain('mangler eller er ugyldig');
      expect(shadow(el).querySelector('table')).to.equal(null);
    });

    it('shows a loading message while the meetings are on their way, and is accessible', async () => {
      hang();
      const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('.status--loading'));
      expect(shadow(el).querySelector('.status--loading')!.textContent).to.contain('Laster møter');
      await expect(el).to.be.accessible();
    });

    it('places each meeting on its day in the month grid, and is accessible', async () => {
      serveDataset();
      const el = await calendar();
      await waitUntil(() => cell(el, '2026-03-12').textContent!.includes('Kommunestyret'));
      expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('mars 2026');
      expect(cell(el, '2026-03-05').textContent).to.contain('Formannskapet');
      expect(cell(el, '2026-03-12').textContent).to.contain('1 møte');
      expect(cell(el, '2026-03-13').textContent).to.contain('Ingen møter');
      expect(shadow(el).querySelectorAll('tbody [data-day]')).to.have.length(31);
      await expect(el).to.be.accessible();
    });

    it('says so when a month has no meetings, in the grid and in the list, and is accessible', async () => {
      serveDataset(miniDataset({ meetings: [] }));
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
      await waitUntil(() => text(el).includes('Ingen møter i mars 2026'));
      expect(shadow(el).querySelector('[role="status"][aria-live]')!.textContent).to.contain('Ingen møter i mars 2026');
      await expect(el).to.be.accessible();
    });

    it('shows its own words for a server error, never the API\'s free text, and recovers on retry, and is accessible', async () => {
      failWith(500, 'Ring 815 00 000 og oppgi BankID-koden din!');
      const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
      expect(text(el)).to.contain('Innsynstjenesten har en feil akkurat nå');
      expect(text(el)).not.to.contain('BankID');
      await expect(el).to.be.accessible();

      worker.resetHandlers();
      serveDataset();
      shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitUntil(() => cell(el, '2026-03-12')?.textContent!.includes('Kommunestyret'), 'retry did not load', { timeout: 5000 });
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    });

    it('says the service could not be reached when the network fails, with a retry', async () => {
      worker.use(http.all(/^https:\/\/api\.test\/eksempel(\/|$)/, () => HttpResponse.error()));
      const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
      expect(text(el)).to.contain('Fikk ikke kontakt med innsynstjenesten');
      expect(shadow(el).querySelector('[role="alert"] button')!.textContent).to.equal('Prøv igjen');
      await expect(el).to.be.accessible();
    });

    it('reports unreadable data from the API as a data error, not a crash', async () => {
      serveDataset();
      worker.use(http.get(`${API}/meetings`, () => HttpResponse.json({ items: { id: 7, start: 'soon' }, next: null })));
      const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
      expect(text(el)).to.contain('sendte data vi ikke kunne lese');
    });

    it('announces how many meetings the month holds', async () => {
      serveDataset();
      const el = await calendar();
      await waitUntil(() => shadow(el).querySelector('[aria-live]')!.textContent!.includes('4 møter i mars 2026'));
    });
  });

  describe('meetings', () => {
    beforeEach(() => serveDataset());

    it('marks a cancelled meeting as cancelled in words, not only by colour', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('.meeting--cancelled'));
      expect(shadow(el).querySelector('.meeting--cancelled .meeting__link')!.textContent).to.contain('Avlyst');
    });

    it('tells that a moved meeting was moved, and from when', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('.meeting--moved'));
      const moved = shadow(el).querySelector('.meeting--moved')!.textContent!.replace(/\s+/g, ' ');
      expect(moved).to.contain('Flyttet fra tirsdag 24. mars 2026 13:00');
      expect(moved).to.contain('13:00');
    });

    it('shows times in Oslo time, also for a viewer elsewhere, with place', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
      await waitUntil(() => text(el).includes('18:00–21:30'));
      expect(text(el)).to.contain('Kommunestyresalen, Rådhuset');
    });

    it('lists the month day by day in the list view', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelectorAll('.list__day').length === 4);
      const days = [...shadow(el).querySelectorAll('.list__day h3')].map((h) => h.textContent);
      expect(days).to.deep.equal(['torsdag 5. mars 2026', 'torsdag 12. mars 2026', 'torsdag 19. mars 2026', 'torsdag 26. mars 2026']);
      await expect(el).to.be.accessible();
    });

    it('fires innsyn-meeting-select with the meeting when a citizen picks one', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('.meeting__link'));
      const link = shadow(el).querySelector<HTMLButtonElement>('.meeting__link')!;
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'innsyn-meeting-select');
      expect(event.detail.meeting.id).to.equal('m-fsk-2026-03-05');
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('links to the agenda page from agenda-href, and lets the page take over with preventDefault', async () => {
      const el = await calendar(
        html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list" agenda-href="/moter/mote.html?id={id}"></innsyn-meeting-calendar>`,
      );
      await waitUntil(() => shadow(el).querySelector('a.meeting__link'));
      const link = shadow(el).querySelector<HTMLAnchorElement>('a.meeting__link')!;
      expect(link.href).to.equal(`${location.origin}/moter/mote.html?id=m-fsk-2026-03-05`);
      el.addEventListener('innsyn-meeting-select', (event) => event.preventDefault(), { once: true });
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
    });

    it('opens a meeting clicked in the month grid, as the same meeting in the day list would', async () => {
      const el = await calendar();
      await waitUntil(() => cell(el, '2026-03-12').querySelector('.chip'));
      setTimeout(() => cell(el, '2026-03-12').querySelector<HTMLElement>('.chip')!.click());
      const event = await oneEvent(el, 'innsyn-meeting-select');
      expect(event.detail.meeting.id).to.equal('m-kst-2026-03-12');
      await el.updateComplete;
      expect(cell(el, '2026-03-12').getAttribute('aria-selected')).to.equal('true');
    });

    it('never turns a javascript: agenda-href into a link', async () => {
      const el = await calendar(
        html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list" agenda-href="javascript:alert('{id}')"></innsyn-meeting-calendar>`,
      );
      await waitUntil(() => shadow(el).querySelector('.meeting__link'));
      expect(shadow(el).querySelector('a.meeting__link')).to.equal(null);
      expect(shadow(el).querySelector('button.meeting__link')).to.not.equal(null);
    });
  });

  describe('bodies and the calendar feed', () => {
    beforeEach(() => serveDataset());

    it('filters the meetings by the body the citizen chooses', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelectorAll('option').length > 4);
      const select = shadow(el).querySelector('select')!;
      select.value = 'formannskapet';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => shadow(el).querySelectorAll('.meeting').length === 2, 'filter not applied', { timeout: 5000 });
      expect(text(el)).to.not.contain('Kommunestyresalen');
    });

    it('puts bodies that no longer exist in their own group', async () => {
      const el = await calendar();
      await waitUntil(() => shadow(el).querySelector('optgroup'));
      const group = shadow(el).querySelector('optgroup')!;
      expect(group.label).to.equal('Tidligere utvalg');
      expect(group.textContent).to.contain('Administrasjonsutvalget');
    });

    it('offers a subscription feed for the chosen body', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" body="kommunestyret"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('[part="subscribe"]'));
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="subscribe"]')!;
      expect(link.textContent).to.equal('Abonner på møtene i Kommunestyret');
      expect(new URL(link.href).pathname).to.equal('/eksempel/meetings.ics');
      expect(new URL(link.href).searchParams.get('body')).to.equal('kommunestyret');
    });

    it('offers no subscription where the API has no calendar feed', async () => {
      worker.resetHandlers();
      const dataset = miniDataset();
      dataset.service = { ...dataset.service, capabilities: { ...dataset.service.capabilities, calendarFeed: false } };
      serveDataset(dataset);
      const el = await calendar();
      await waitUntil(() => shadow(el).querySelectorAll('option').length > 1);
      expect(shadow(el).querySelector('[part="subscribe"]')).to.equal(null);
    });

    it('renders hostile names from the API as plain text', async () => {
      worker.resetHandlers();
      const hostile = '<img src=x onerror="window.__pwned=1">';
      serveDataset(miniDataset({
        bodies: [{ ...bodies[0]!, name: hostile }],
        meetings: [{ ...meetings[0]!, body: { id: 'kommunestyret', name: hostile } }],
      }));
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelector('.meeting'));
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(shadow(el).querySelector('.meeting__body')!.textContent).to.equal(hostile);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('theming', () => {
    beforeEach(() => serveDataset());

    it('lets a site restyle pressed toggle buttons apart from other buttons, so the chosen view stays readable', async () => {
      const style = document.createElement('style');
      style.textContent = `
        innsyn-meeting-calendar::part(button) { color: rgb(0, 98, 186); background: white; }
        innsyn-meeting-calendar::part(button-pressed) { color: white; background: rgb(0, 98, 186); }`;
      document.head.append(style);
      try {
        const el = await calendar();
        const [month, list] = [...shadow(el).querySelectorAll<HTMLButtonElement>('.view-switch button')];
        expect(getComputedStyle(month!).color).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(month!).backgroundColor).to.equal('rgb(0, 98, 186)');
        expect(getComputedStyle(list!).color).to.equal('rgb(0, 98, 186)');
      } finally {
        style.remove();
      }
    });
  });

  describe('keyboard', () => {
    beforeEach(() => serveDataset());

    it('moves between days with the arrow keys, one tab stop for the whole grid', async () => {
      const el = await calendar();
      expect(shadow(el).querySelectorAll('[role="gridcell"][tabindex="0"]')).to.have.length(1);
      cell(el, '2026-03-01').focus();
      cell(el, '2026-03-01').click();
      await el.updateComplete;
      press(el, 'ArrowRight');
      await el.updateComplete;
      expect(focusedDay(el)).to.equal('2026-03-02');
      press(el, 'ArrowDown');
      await el.updateComplete;
      expect(focusedDay(el)).to.equal('2026-03-09');
      press(el, 'End');
      await el.updateComplete;
      expect(focusedDay(el)).to.equal('2026-03-15');
      press(el, 'Home');
      await el.updateComplete;
      expect(focusedDay(el)).to.equal('2026-03-09');
      expect(shadow(el).querySelectorAll('[role="gridcell"][tabindex="0"]')).to.have.length(1);
    });

    it('changes month with Page Down and when arrowing past the last day', async () => {
      const el = await calendar();
      cell(el, '2026-03-31').click();
      await el.updateComplete;
      cell(el, '2026-03-31').focus();
      press(el, 'ArrowRight');
      await el.updateComplete;
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('april 2026');
      expect(focusedDay(el)).to.equal('2026-04-01');
      press(el, 'PageDown');
      await el.updateComplete;
      await el.updateComplete;
      expect(focusedDay(el)).to.equal('2026-05-01');
      press(el, 'PageUp', { shiftKey: true });
      await el.updateComplete;
      await el.updateComplete;
      expect(focusedDay(el)).to.equal('2025-05-01');
    });

    it('takes the citizen to the chosen day\'s meetings with Enter', async () => {
      const el = await calendar();
      await waitUntil(() => cell(el, '2026-03-12').textContent!.includes('Kommunestyret'));
      cell(el, '2026-03-12').click();
      await el.updateComplete;
      cell(el, '2026-03-12').focus();
      press(el, 'Enter');
      const focused = shadow(el).activeElement!;
      expect(focused.classList.contains('meeting__link')).to.equal(true);
      expect(focused.textContent).to.contain('Kommunestyret');
    });
  });

  describe('language', () => {
    beforeEach(() => serveDataset());

    it('speaks English with lang="en"', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar lang="en" api=${API} month="2026-03"></innsyn-meeting-calendar>`);
      expect(text(el)).to.contain('Previous month');
      expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('March 2026');
    });

    it('speaks Nynorsk, with Nynorsk weekday names even where the browser lacks them', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar lang="nn" api=${API} month="2026-03"></innsyn-meeting-calendar>`);
      expect(text(el)).to.contain('Førre månad');
      expect(shadow(el).querySelector('thead')!.textContent).to.contain('måndag');
      expect(cell(el, '2026-03-07').textContent).to.contain('laurdag 7. mars 2026');
    });

    it('speaks Northern Sami with lang="se", including month names', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar lang="se" api=${API} month="2026-03"></innsyn-meeting-calendar>`);
      expect(text(el)).to.contain('Ovddit mánnu');
      expect(shadow(el).querySelector('[role="heading"]')!.textContent).to.contain('njukčamánnu');
      await expect(el).to.be.accessible();
    });

    it('follows the lang of an ancestor, and a later change of it', async () => {
      // A plain <div> as fixture root would wait for an animation frame, which background tabs throttle.
      const wrapper = document.createElement('div');
      wrapper.lang = 'en-GB';
      document.body.append(wrapper);
      const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`, { parentNode: wrapper });
      await el.updateComplete;
      expect(text(el)).to.contain('Next month');
      wrapper.lang = 'nb';
      await waitUntil(() => text(el).includes('Neste måned'));
    });

    it('falls back to Bokmål for a language it does not know', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar lang="de" api=${API} month="2026-03"></innsyn-meeting-calendar>`);
      expect(text(el)).to.contain('Forrige måned');
    });
  });

  describe('an agenda on the same page', () => {
    beforeEach(() => serveDataset());

    it('shows the month of the meeting an agenda shows, and marks that meeting as current', async () => {
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
      const april = meetings.find((meeting) => meeting.id === 'm-kst-2026-04-16')!;
      document.dispatchEvent(new CustomEvent('innsyn-meeting-shown', { detail: { meeting: april, api: 'https://elsewhere.test/api' } }));
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('mars 2026');
      document.dispatchEvent(new CustomEvent('innsyn-meeting-shown', { detail: { meeting: april, api: `${API}/` } }));
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('april 2026');
      await waitUntil(() => shadow(el).querySelector('[aria-current="true"]'), 'meeting not marked', { timeout: 5000 });
      const current = shadow(el).querySelectorAll('[aria-current="true"]');
      expect(current).to.have.length(1);
      expect(current[0]!.textContent).to.contain('Kommunestyret');
      expect(current[0]!.textContent).to.contain('18:00');
    });

    it('opens the grid on the day of that meeting', async () => {
      const el = await calendar();
      const moved = meetings.find((meeting) => meeting.id === 'm-eld-2026-03-26')!;
      document.dispatchEvent(new CustomEvent('innsyn-meeting-shown', { detail: { meeting: moved, api: API } }));
      await el.updateComplete;
      expect(cell(el, '2026-03-26').getAttribute('aria-selected')).to.equal('true');
      await waitUntil(() => shadow(el).querySelector('.day-panel [aria-current="true"]'), 'not marked in the day panel', { timeout: 5000 });
    });
  });

  describe('page URL', () => {
    beforeEach(() => serveDataset());

    it('opens on the month and body given in the page URL', async () => {
      history.replaceState(null, '', `${location.pathname}?innsyn-month=2026-03&innsyn-body=eldreradet&innsyn-view=list`);
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} url-state="query"></innsyn-meeting-calendar>`);
      await waitUntil(() => shadow(el).querySelectorAll('.meeting').length === 1, 'not filtered by URL', { timeout: 5000 });
      expect(text(el)).to.contain('Eldrerådet');
      expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('mars 2026');
    });

    it('writes the month to the URL when the citizen navigates, keeping the page\'s own parameters', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}side=politikk`);
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" url-state="query"></innsyn-meeting-calendar>`);
      shadow(el).querySelectorAll<HTMLButtonElement>('.nav-button')[1]!.click();
      await el.updateComplete;
      const params = new URLSearchParams(location.search);
      expect(params.get('innsyn-month')).to.equal('2026-04');
      expect(params.get('side')).to.equal('politikk');
      history.replaceState(null, '', location.pathname + location.search.replace(/[?&]side=politikk/, ''));
    });
  });
});
