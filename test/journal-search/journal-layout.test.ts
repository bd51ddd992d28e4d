// The journal keeps the height of its first page of results while it loads, so the host page below does not jump
// when they arrive (the bench measures the layout shift itself; this proves the space kept is the right size).
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/journal-search/define.js';
import { generateSample } from '../../sample/generate/index.js';
import { API, journalDataset } from '../fixtures/mini-journal.js';
import { resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { JournalSearchHarness } from './journal-search-harness.js';

/** The demo's journal: the latest entries of Eksempel kommune, a typical first page. */
const typical = generateSample({ seed: 1, baseUrl: API, today: new Date('2026-03-15T12:00:00+01:00'), journalSize: 2000 });

describe('<innsyn-journal-search> layout while loading', () => {
  let release: () => void = () => {};

  before(startWorker);
  beforeEach(() => {
    serveDataset(typical);
    const held = new Promise<void>((resolve) => (release = resolve));
    // Holds the searches until the loading view has been measured, then lets the dataset's handler answer.
    worker.use(http.get(`${API}/journal`, async () => {
      await held;
      return undefined;
    }));
  });
  afterEach(() => {
    release();
    worker.resetHandlers();
    resetApi();
  });

  for (const width of ['380px', '760px']) {
    it(`keeps about the height of the first page while it loads, ${width} wide`, async () => {
      const el = document.createElement('innsyn-journal-search');
      el.setAttribute('api', API);
      el.setAttribute('lang', 'nb');
      el.style.width = width;
      // A typical site's text: the bench's page and the demo use the system font at 16 px.
      el.style.font = '16px/1.5 system-ui, sans-serif';
      document.body.append(el);
      const h = new JournalSearchHarness(el as never);
      await h.untilText('Søker i postjournalen');
      const loading = el.getBoundingClientRect().height;
      release();
      await h.loaded(25);
      const loaded = el.getBoundingClientRect().height;
      // Within 1 % on the machine that calibrated it; the margin is for other fonts wrapping titles differently.
      // Without the kept space the loading view was a twentieth of the loaded one.
      expect(Math.abs(loading - loaded) / loaded, `loading ${loading} px, loaded ${loaded} px`).to.be.lessThan(0.15);
      el.remove();
    });
  }
});

describe('<innsyn-journal-search> layout while a later search runs', () => {
  let release: () => void = () => {};
  before(startWorker);
  afterEach(() => {
    release();
    worker.resetHandlers();
    resetApi();
  });

  it('keeps as many rows as the search before showed, not a whole page', async () => {
    serveDataset(journalDataset());
    const el = document.createElement('innsyn-journal-search');
    el.setAttribute('api', API);
    el.setAttribute('lang', 'nb');
    document.body.append(el);
    const h = new JournalSearchHarness(el as never);
    try {
      await h.loaded(5);
      const held = new Promise<void>((resolve) => (release = resolve));
      worker.use(http.get(`${API}/journal`, async () => {
        await held;
        return undefined;
      }));
      h.tick('Inngående');
      await h.untilText('Søker i postjournalen');
      expect(h.$$('.reserved-entry')).to.have.length(5);
      release();
      await h.loaded(2);
      expect(h.$$('.reserved-entry')).to.have.length(0);
    } finally {
      el.remove();
    }
  });
});
