// Back to a meeting puts focus on its heading; the page title names the meeting only when the site asks for it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/agenda/define.js';
import type { InnsynAgenda } from '../../src/agenda/agenda.js';
import { resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { until } from '../kit/until.js';
import { API, HELD_ID, agendaDataset } from './agenda-fixtures.js';

const shadow = (el: Element) => el.shadowRoot!;
const heading = (el: Element) => shadow(el).querySelector('#meeting-heading')?.textContent ?? '';

describe('<innsyn-agenda> navigation', () => {
  const title = document.title;
  // The test runner's own query (wtr-session-id) stays in the address: the runner needs it.
  const address = location.href;
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    resetApi();
    document.title = title;
    history.replaceState(null, '', address);
  });

  it('moves focus to the meeting heading when Back shows the previous meeting', async () => {
    serveDataset(agendaDataset());
    const url = new URL(address);
    url.searchParams.set('innsyn-meeting', HELD_ID);
    history.replaceState(null, '', url.href);
    const el = await fixture<InnsynAgenda>(html`<innsyn-agenda api=${API} url-state="query"></innsyn-agenda>`);
    await until(shadow(el), () => heading(el).includes('februar'), 'first meeting not shown');
    el.showMeeting('m-eld-2026-03-26');
    await until(shadow(el), () => heading(el).includes('Eldrerådet'), 'second meeting not shown');
    (shadow(el).activeElement as HTMLElement | null)?.blur();
    expect(shadow(el).activeElement).to.equal(null);

    history.back();
    await until(shadow(el), () => heading(el).includes('Kommunestyret'), 'Back did not return');
    await until(shadow(el), () => shadow(el).activeElement?.id === 'meeting-heading', 'focus stayed on <body>');
  });

  it('sets the page title to the meeting when asked, with the site\'s own words around it', async () => {
    serveDataset(agendaDataset());
    const el = await fixture<InnsynAgenda>(
      html`<innsyn-agenda api=${API} meeting=${HELD_ID} document-title="{meeting} – Eksempel kommune"></innsyn-agenda>`,
    );
    await until(shadow(el), () => shadow(el).querySelector('article'), 'meeting not shown');
    expect(document.title).to.equal('Kommunestyret torsdag 12. februar 2026 – Eksempel kommune');
  });

  it('leaves the page title alone by default', async () => {
    serveDataset(agendaDataset());
    const el = await fixture<InnsynAgenda>(html`<innsyn-agenda api=${API} meeting=${HELD_ID}></innsyn-agenda>`);
    await until(shadow(el), () => shadow(el).querySelector('article'), 'meeting not shown');
    expect(document.title).to.equal(title);
  });

  it('links the body\'s previous and next meeting with their dates, as real addresses with url-state', async () => {
    serveDataset(agendaDataset());
    const el = await fixture<InnsynAgenda>(html`<innsyn-agenda api=${API} meeting="m-kst-2026-03-12" url-state="query"></innsyn-agenda>`);
    await until(shadow(el), () => shadow(el).querySelector('nav.neighbours'), 'no links to other meetings');
    const nav = shadow(el).querySelector('nav.neighbours')!;
    expect(nav.getAttribute('aria-label')).to.equal('Andre møter i Kommunestyret');
    const [previous, next] = [...nav.querySelectorAll('a')];
    expect(previous!.textContent!.trim()).to.match(/^Forrige møte: .*12\. februar 2026$/);
    expect(next!.textContent!.trim()).to.match(/^Neste møte: .*16\. april 2026$/);
    expect(new URL(previous!.href).searchParams.get('innsyn-meeting')).to.equal(HELD_ID);
    expect(new URL(previous!.href).searchParams.has('wtr-session-id')).to.equal(true, 'the page\'s own parameters stay');
    await expect(el).to.be.accessible();

    previous!.click();
    await until(shadow(el), () => heading(el).includes('februar'), 'the previous meeting was not shown');
    await until(shadow(el), () => shadow(el).activeElement?.id === 'meeting-heading', 'focus did not move to the meeting');
    expect(new URL(location.href).searchParams.get('innsyn-meeting')).to.equal(HELD_ID);
    // The first meeting of the body has no previous one: only Next is offered.
    await until(shadow(el), () => shadow(el).querySelectorAll('nav.neighbours a').length === 1, 'a link to no meeting');
    expect(shadow(el).querySelector('nav.neighbours a')!.textContent).to.contain('Neste møte');
  });

  it('offers the same as buttons without url-state, in the page\'s language', async () => {
    serveDataset(agendaDataset());
    const el = await fixture<InnsynAgenda>(html`<innsyn-agenda api=${API} meeting="m-kst-2026-03-12" lang="en"></innsyn-agenda>`);
    await until(shadow(el), () => shadow(el).querySelector('nav.neighbours'), 'no links to other meetings');
    expect(shadow(el).querySelector('nav.neighbours')!.getAttribute('aria-label')).to.equal('Other meetings of Kommunestyret');
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('nav.neighbours button')];
    expect(buttons.map((button) => button.textContent!.trim().split(':')[0])).to.deep.equal(['Previous meeting', 'Next meeting']);
    buttons[1]!.click();
    await until(shadow(el), () => heading(el).includes('April'), 'the next meeting was not shown');
    expect(el.meeting).to.equal('m-kst-2026-04-16');
  });
});
