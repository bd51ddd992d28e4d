// What axe cannot see: the focus ring on any background, forced colours, and reflow at 320 CSS px.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/agenda/define.js';
import '../../src/meeting-calendar/define.js';
import type { InnsynMeetingCalendar } from '../../src/meeting-calendar/meeting-calendar.js';
import { API, item, meetings, miniDataset } from '../fixtures/mini-dataset.js';
import { resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { contrast, parseColor, ringColors } from './colors.js';

const shadow = (el: Element) => el.shadowRoot!;
const forcedColors = (active: boolean) => executeServerCommand('innsyn-forced-colors', { active });

async function calendar(template = html`<innsyn-meeting-calendar api=${API} month="2026-03"></innsyn-meeting-calendar>`) {
  const el = await fixture<InnsynMeetingCalendar>(template);
  await waitUntil(() => shadow(el).querySelector('[data-day="2026-03-12"] .chip'), 'calendar never loaded', { timeout: 5000 });
  return el;
}

describe('seen, not only heard', () => {
  before(startWorker);
  afterEach(async () => {
    worker.resetHandlers();
    resetApi();
    await forcedColors(false);
    await setViewport({ width: 800, height: 600 });
  });

  for (const background of ['#ffffff', '#111111', '#767676', '#0b3d91', '#ffd400']) {
    it(`draws a focus ring with 3:1 contrast on a ${background} page`, async () => {
      serveDataset();
      const el = await calendar(html`<innsyn-meeting-calendar api=${API} month="2026-03" style="background:${background}"></innsyn-meeting-calendar>`);
      // The ring as :focus-visible draws it, on a probe button in the element (real keyboard focus would take the
      // window's focus from test files running beside this one).
      const rule = [...shadow(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])].find(
        (candidate): candidate is CSSStyleRule => candidate instanceof CSSStyleRule && candidate.selectorText === ':focus-visible',
      )!;
      const button = document.createElement('button');
      button.textContent = 'probe';
      button.style.cssText = rule.style.cssText;
      shadow(el).querySelector('.toolbar')!.append(button);
      const rings = ringColors(getComputedStyle(button));
      const page = parseColor(background);
      // The ring touches the page with its outer colour and the button with its inner one; each pair must reach 3:1.
      expect(rings.length, 'two rings').to.equal(2);
      expect(Math.max(...rings.map((ring) => contrast(ring, page))), 'ring against the page').to.be.at.least(3);
      expect(contrast(rings[0]!, rings[1]!), 'the two rings against each other').to.be.at.least(3);
    });
  }

  it('keeps today\'s marker and the pressed view button visible in forced colours', async () => {
    serveDataset();
    const el = await fixture<InnsynMeetingCalendar>(html`<innsyn-meeting-calendar api=${API}></innsyn-meeting-calendar>`);
    await waitUntil(() => shadow(el).querySelector('.day--today'), 'no today', { timeout: 5000 });
    await forcedColors(true);
    await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colours not on');
    // Forced colours replace every background and colour (Chromium's computed style does not show it), so a marker
    // must live in what survives: an outline, a border, a decoration, or system colours with forced-color-adjust: none.
    const surviving = (node: Element) => {
      const style = getComputedStyle(node);
      const own = style.forcedColorAdjust === 'none' ? `${style.backgroundColor} ${style.color}` : '';
      return `${style.outlineStyle} ${style.outlineWidth} ${style.borderStyle} ${style.borderWidth} ${style.textDecorationLine} ${own}`;
    };
    const todayNumber = shadow(el).querySelector('.day--today .day__number')!;
    const otherNumber = shadow(el).querySelector('.day:not(.day--today) .day__number')!;
    expect(surviving(todayNumber), 'today').not.to.equal(surviving(otherNumber));
    const [month, list] = [...shadow(el).querySelectorAll('.view-switch button')];
    expect(surviving(month!), 'pressed view').not.to.equal(surviving(list!));
  });

  it('reflows at 320 CSS px: long compound words and item numbers wrap, nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const long = 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung';
    const meeting = {
      ...meetings[0]!,
      body: { id: 'kommunestyret', name: `Trafikksikkerhetsplanarbeidsgruppen ${long}` },
      agendaItems: [item({ id: 'r-1', number: 'PS 2026/000123456789', sequence: 1, title: `${long}${long}` })],
    };
    serveDataset(miniDataset({ meetings: [meeting] }));
    const cal = await fixture<InnsynMeetingCalendar>(
      html`<innsyn-meeting-calendar api=${API} month="2026-03" view="month" lang="se" style="width:320px"></innsyn-meeting-calendar>`,
    );
    const agenda = await fixture<HTMLElement>(html`<innsyn-agenda api=${API} meeting=${meeting.id} style="width:320px"></innsyn-agenda>`);
    await waitUntil(() => shadow(agenda).querySelector('article') && shadow(cal).querySelector('.chip'), 'not loaded', { timeout: 5000 });
    for (const host of [cal, agenda]) {
      const root = shadow(host).querySelector<HTMLElement>('.root')!;
      expect(root.scrollWidth, host.localName).to.be.at.most(root.clientWidth + 1);
      expect(host.getBoundingClientRect().width, host.localName).to.be.at.most(321);
    }
    for (const th of shadow(cal).querySelectorAll('th')) {
      expect(th.scrollWidth, `weekday header ${th.textContent}`).to.be.at.most(th.clientWidth + 1);
    }
  });
});
