// Proves, on the built script tag, that the loader starts an element's first API requests while the element's code
// loads, and that the element then uses every one of them instead of asking again: no request is made twice.
// One test per element, each the first of its tag on this page (the loader starts nothing for a tag already defined).
import { expect } from '@open-wc/testing';
import { journalDataset } from '../fixtures/mini-journal.js';
import { API } from '../fixtures/mini-dataset.js';
import { serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { until } from '../kit/until.js';
import { appendMarkup } from '../kit/append-markup.js';

const LOADER = '/dist/cdn/innsyn-elements.js';
const STORE = Symbol.for('innsyn-elements.prefetched');

/** The loader's hand-off map, recording what was put in it. */
class RecordingMap<K, V> extends Map<K, V> {
  readonly added: K[] = [];
  override set(key: K, value: V): this {
    this.added.push(key);
    return super.set(key, value);
  }
}

describe('the loader\'s early API requests', () => {
  const asked: string[] = [];
  const record = ({ request }: { request: Request }) => {
    if (request.url.startsWith(API)) asked.push(`${request.headers.get('accept-language')} ${request.url}`);
  };
  let store: RecordingMap<string, unknown>;
  const added: Element[] = [];

  before(async () => {
    await startWorker();
    serveDataset(journalDataset());
    worker.events.on('request:start', record);
    await import(/* @vite-ignore */ LOADER);
  });
  after(() => worker.events.removeListener('request:start', record));
  beforeEach(() => {
    asked.length = 0;
    store = new RecordingMap();
    (globalThis as Record<symbol, unknown>)[STORE] = store;
  });
  afterEach(() => added.splice(0).forEach((element) => element.remove()));

  const append = (markup: string): HTMLElement => appendMarkup(added, markup);

  /** Everything started early was taken by the element, and nothing was asked of the API twice. */
  async function expectEveryEarlyRequestUsedOnce(el: HTMLElement, count: number): Promise<void> {
    await until(el, () => store.added.length >= count && store.size === 0, 'early requests left unused', 4000).catch(() => {
      throw new Error(`early requests left unused: ${[...store.keys()].join(', ')}`);
    });
    expect(store.added, 'started by the loader').to.have.length(count);
    for (const key of store.added) expect(asked.filter((request) => request === key), key).to.have.length(1);
    expect(new Set(asked).size, asked.join('\n')).to.equal(asked.length);
  }

  it('a calendar\'s service document, bodies, month and first view', async () => {
    const el = append(`<innsyn-meeting-calendar lang="nn" api="${API}/" body="kommunestyret"></innsyn-meeting-calendar>`);
    await until(el, () => el.shadowRoot?.querySelector('.overview'), 'no first view');
    await expectEveryEarlyRequestUsedOnce(el, 4);
    expect(store.added.every((key) => key.startsWith(`nn ${API}`))).to.equal(true);
  });

  it('an agenda\'s meeting and service document', async () => {
    const el = append(`<innsyn-agenda lang="en" api="${API}" meeting="m-kst-2026-03-12"></innsyn-agenda>`);
    await until(el, () => el.shadowRoot?.querySelector('#meeting-heading'), 'no meeting heading');
    await expectEveryEarlyRequestUsedOnce(el, 2);
  });

  it('a journal search\'s service document, units and first page', async () => {
    const el = append(`<innsyn-journal-search lang="nb" api="${API}" page-size="10"></innsyn-journal-search>`);
    await until(el, () => el.shadowRoot?.querySelector('.entry'), 'no journal entries');
    await expectEveryEarlyRequestUsedOnce(el, 3);
  });
});
