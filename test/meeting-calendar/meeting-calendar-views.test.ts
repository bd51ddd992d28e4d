// The calendar as a citizen meets it: honest states in the grid, real links, a layout that follows its own width,
// aligned controls, and paper.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/meeting-calendar/define.js';
import type { InnsynMeetingCalendar } from '../../src/meeting-calendar/meeting-calendar.js';
import { API } from '../fixtures/mini-dataset.js';
import { failWith, hang, resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const gridText = (el: Element) => $(el, 'table')!.textContent!.replace(/\s+/g, ' ');
const loaded = (el: Element) => waitUntil(() => $(el, '[data-day="2026-03-12"] .chip') || $(el, '.list .meeting'), 'no meetings', { timeout: 5000 });

describe('<innsyn-meeting-calendar> views', () => {
  before(startWorker);
  afterEach(async () => {
    worker.resetHandlers();
    resetApi();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('never says "no meetings" for a day while the month is loading: the grid is busy and the panel says loading', async () => {
    hang();
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="month"></innsyn-meeting-calendar>`);
    await waitUntil(() => $(el, 'table'), 'no grid');
    expect(gridText(el)).not.to.contain('Ingen møter');
    expect($(el, 'table')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '.day-panel')!.textContent).to.contain('Laster møter');
    expect($(el, '.day-panel')!.textContent).not.to.contain('Ingen møter');
  });

  it('never says "no meetings" for a day after an error; the error and its retry say what happened', async () => {
    failWith(500);
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="month"></innsyn-meeting-calendar>`);
    await waitUntil(() => $(el, '[role="alert"] button'), 'no error with retry', { timeout: 5000 });
    expect(gridText(el)).not.to.contain('Ingen møter');
    expect($(el, '.day-panel')!.textContent).not.to.contain('Ingen møter');
  });

  it('makes grid meetings real links with the full body name, which a screen reader lists', async () => {
    serveDataset();
    const el = await fixture<InnsynMeetingCalendar>(
      html`<innsyn-meeting-calendar api=${API} month="2026-03" view="month" agenda-href="/mote?id={id}"></innsyn-meeting-calendar>`,
    );
    await loaded(el);
    const link = $<HTMLAnchorElement>(el, '[data-day="2026-03-12"] a.chip__link')!;
    expect(link.href).to.equal(new URL('/mote?id=m-kst-2026-03-12', location.href).href);
    expect(link.closest('[aria-hidden="true"]')).to.equal(null);
    expect(link.textContent).to.contain('Kommunestyret');
    const body = link.querySelector<HTMLElement>('.chip__body')!;
    expect(body.scrollWidth, 'the name is not cut').to.be.at.most(body.clientWidth + 1);
  });

  it('shows the list by default in a narrow container, even on a wide screen', async () => {
    await setViewport({ width: 1200, height: 800 });
    serveDataset();
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03" style="width:380px"></innsyn-meeting-calendar>`);
    await waitUntil(() => $(el, '.list .meeting'), 'no list in a narrow container', { timeout: 5000 });
    expect($(el, 'table')).to.equal(null);
    expect($(el, '.view-switch [aria-pressed="true"]')!.textContent!.trim()).to.equal('Liste');
  });

  it('keeps the grid as the default in a wide container, and the citizen\'s choice in a narrow one', async () => {
    serveDataset();
    const wide = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03" style="width:760px"></innsyn-meeting-calendar>`);
    await waitUntil(() => $(wide, 'table .chip'), 'no grid in a wide container', { timeout: 5000 });
    const narrow = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03" style="width:380px"></innsyn-meeting-calendar>`);
    await waitUntil(() => $(narrow, '.list'), 'no list', { timeout: 5000 });
    $<HTMLButtonElement>(narrow, '.view-switch button')!.click();
    await waitUntil(() => $(narrow, 'table'), 'the citizen chose the month grid');
  });

  it('lays the grid out by its own width: a 380 px grid on a wide screen uses the narrow layout', async () => {
    await setViewport({ width: 1200, height: 800 });
    serveDataset();
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="month" style="width:380px"></innsyn-meeting-calendar>`);
    await waitUntil(() => $(el, '[data-day="2026-03-12"].day--has-meetings'), 'no meetings', { timeout: 5000 });
    expect(getComputedStyle($(el, '.day__meetings')!).display).to.equal('none');
  });

  it('lines the view buttons up with the body filter beside them', async () => {
    serveDataset();
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03" style="width:760px"></innsyn-meeting-calendar>`);
    await loaded(el);
    const select = $(el, 'select')!.getBoundingClientRect();
    const toggle = $(el, '.view-switch button')!.getBoundingClientRect();
    expect(Math.abs(toggle.bottom - select.bottom)).to.be.at.most(1);
  });

  it('leaves no empty band at the bottom of a meeting card', async () => {
    serveDataset();
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="list"></innsyn-meeting-calendar>`);
    await loaded(el);
    const card = $(el, '.list .meeting')!.getBoundingClientRect();
    const text = $(el, '.list .meeting .meeting__body')!.getBoundingClientRect();
    const link = $(el, '.list .meeting .meeting__link')!.getBoundingClientRect();
    // The text sits in the middle of its touch target, and the card adds no more than its padding below it.
    expect(Math.abs((link.bottom - text.bottom) - (text.top - link.top))).to.be.at.most(2);
    expect(card.bottom - link.bottom).to.be.at.most(5);
  });

  it('prints the month at a glance, without controls or the day panel', async () => {
    serveDataset();
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03" view="month"></innsyn-meeting-calendar>`);
    await loaded(el);
    await emulateMedia({ media: 'print' });
    for (const selector of ['.nav-buttons', '.toolbar__options', '.day-panel']) {
      expect(getComputedStyle($(el, selector)!).display, selector).to.equal('none');
    }
    expect(getComputedStyle($(el, 'table')!).display).not.to.equal('none');
  });

  describe('subscribing', () => {
    const realClipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', realClipboard));
    const clipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });

    it('subscribes through a webcal: link to the chosen body\'s feed, with help for Google, Outlook and Apple', async () => {
      serveDataset();
      const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03" body="kommunestyret"></innsyn-meeting-calendar>`);
      await waitUntil(() => $(el, '[part="subscribe"]'), 'no subscription', { timeout: 5000 });
      const link = $<HTMLAnchorElement>(el, '[part="subscribe"]')!;
      expect(link.href).to.equal('webcal://api.test/eksempel/meetings.ics?body=kommunestyret');
      expect(link.hasAttribute('download')).to.equal(false);
      const help = $(el, '.subscribe__help')!.textContent!;
      for (const calendar of ['Google', 'Outlook', 'Apple']) expect(help).to.contain(calendar);
    });

    it('copies the https address of the feed and confirms it in a live region', async () => {
      serveDataset();
      const copied: string[] = [];
      clipboard(async (text) => void copied.push(text));
      const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`);
      await waitUntil(() => $(el, '.subscribe__copy button'), 'no copy button', { timeout: 5000 });
      $<HTMLButtonElement>(el, '.subscribe__copy button')!.click();
      await waitUntil(() => $(el, '.subscribe__copied')!.textContent!.includes('Adressen er kopiert'), 'no confirmation');
      expect(copied).to.deep.equal(['https://api.test/eksempel/meetings.ics']);
      expect($(el, '.subscribe__copied')!.getAttribute('role')).to.equal('status');
    });

    it('shows the address to copy by hand where the browser refuses the clipboard', async () => {
      serveDataset();
      clipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`);
      await waitUntil(() => $(el, '.subscribe__copy button'), 'no copy button', { timeout: 5000 });
      $<HTMLButtonElement>(el, '.subscribe__copy button')!.click();
      const input = await waitUntil(() => $<HTMLInputElement>(el, '.subscribe__address input'), 'no address to copy').then(
        () => $<HTMLInputElement>(el, '.subscribe__address input')!,
      );
      expect(input.value).to.equal('https://api.test/eksempel/meetings.ics');
      expect(input.readOnly).to.equal(true);
    });
  });
});
