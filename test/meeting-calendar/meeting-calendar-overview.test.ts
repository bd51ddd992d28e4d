// The first view: the next meetings and the latest minutes, before any month is chosen.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/meeting-calendar/define.js';
import type { InnsynMeetingCalendar } from '../../src/meeting-calendar/meeting-calendar.js';
import type { MeetingDetail } from '../../src/api/types.js';
import { API, doc, meetings, miniDataset } from '../fixtures/mini-dataset.js';
import { resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { until } from '../kit/until.js';

const shadow = (el: Element) => el.shadowRoot!;
const day = 24 * 60 * 60 * 1000;
const at = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString();

function relativeMeetings(): MeetingDetail[] {
  const base = meetings[0]!;
  return [
    { ...base, id: 'next-1', start: at(9), end: null, status: 'planned', minutes: null, body: { id: 'formannskapet', name: 'Formannskapet' } },
    { ...base, id: 'next-2', start: at(20), end: null, status: 'planned', minutes: null },
    { ...base, id: 'held-1', start: at(-30), end: null, status: 'held', minutes: doc('min-1', 'Protokoll fra møtet', 'minutes', at(-25)) },
    { ...base, id: 'held-no-minutes', start: at(-3), end: null, status: 'held', minutes: null },
  ];
}

describe('<innsyn-meeting-calendar> first view', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    resetApi();
  });

  it('opens on the next meetings and the latest minutes, and is accessible', async () => {
    serveDataset(miniDataset({ meetings: relativeMeetings() }));
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} agenda-href="/mote?id={id}"></innsyn-meeting-calendar>`);
    const overview = await until(shadow(el), () => shadow(el).querySelector('.overview'), 'no first view');
    const next = [...overview.querySelectorAll('[aria-labelledby="overview-next"] .meeting__body')].map((n) => n.textContent);
    expect(next).to.deep.equal(['Formannskapet', 'Kommunestyret']);
    const minutes = overview.querySelector('[aria-labelledby="overview-minutes"]')!;
    expect(minutes.querySelectorAll('.meeting')).to.have.length(1);
    expect(minutes.querySelector('.meeting__minutes a')!.textContent).to.contain('Protokoll fra møtet');
    const heading = overview.querySelector('[role="heading"]')!;
    expect(heading.textContent!.trim()).to.equal('Neste møter');
    // Before the month heading, so at its level, not below it.
    expect(heading.getAttribute('aria-level')).to.equal('2');
    await expect(el).to.be.accessible();
  });

  it('says when nothing is scheduled, instead of an empty box', async () => {
    serveDataset(miniDataset({ meetings: [] }));
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API}></innsyn-meeting-calendar>`);
    const overview = await until(shadow(el), () => shadow(el).querySelector('.overview'), 'no first view');
    expect(overview.textContent).to.contain('Ingen møter er satt opp det nærmeste halvåret.');
  });

  it('comes back with "I dag" after the citizen has gone to other months, with this month below it', async () => {
    serveDataset(miniDataset({ meetings: relativeMeetings() }));
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API}></innsyn-meeting-calendar>`);
    await until(shadow(el), () => shadow(el).querySelector('.overview'), 'no first view');
    const button = (label: string) =>
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.nav-buttons button')].find((b) => b.textContent!.includes(label))!;
    const heading = () => shadow(el).querySelector('#month-heading')!.textContent!.trim();
    const thisMonth = heading();
    button('Neste måned').click();
    button('Neste måned').click();
    await until(shadow(el), () => !shadow(el).querySelector('.overview') && heading() !== thisMonth, 'did not go to another month');
    button('I dag').focus();
    button('I dag').click();
    await until(shadow(el), () => shadow(el).querySelector('.overview'), 'the first view did not come back');
    expect(heading()).to.equal(thisMonth);
    expect(shadow(el).activeElement?.textContent).to.contain('I dag');
  });

  it('gives way to the month once the citizen has chosen one', async () => {
    serveDataset(miniDataset({ meetings: relativeMeetings() }));
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`);
    await until(shadow(el), () => shadow(el).querySelector('.toolbar select option:nth-child(2)'), 'not loaded');
    expect(shadow(el).querySelector('.overview')).to.equal(null);
  });
});
