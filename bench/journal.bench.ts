// Journal search figures from the built script tag in headless Chromium, reported to bench/run.ts (no assertions on
// time): from the last API answer to rendered results for 25, 100 and 500 entries, and the requests fired while a
// citizen types 20 characters.
import { executeServerCommand } from '@web/test-runner-commands';
import { publicationApiHandlers } from '../sample/handlers.js';
import { API } from '../test/fixtures/mini-dataset.js';
import { journalDataset, manyEntries } from '../test/fixtures/mini-journal.js';
import { startWorker, worker } from '../test/mocks/worker.js';

const RUNS = 7;
const SIZES = [25, 100, 500];
const TYPED = 'reguleringsplan stor';
/** A quick typist: about 8 characters a second. */
const KEY_INTERVAL_MS = 120;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function entriesRendered(el: HTMLElement, count: number): Promise<number> {
  // The script tag is an autoloader: the element's code arrives once the tag is on the page.
  await customElements.whenDefined('innsyn-journal-search');
  const root = el.shadowRoot!;
  const done = () => root.querySelectorAll('.entry').length === count && !root.querySelector('.status--loading');
  return new Promise((resolve) => {
    if (done()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

let lastJournalAnswer = 0;
let journalRequests = 0;

describe('journal search benchmark', () => {
  before(async () => {
    await startWorker();
    worker.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/journal')) journalRequests += 1;
    });
    worker.events.on('response:mocked', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/journal')) lastJournalAnswer = performance.now();
    });
    await import(/* @vite-ignore */ '/dist/cdn/innsyn-elements.js' as string);
  });

  it('renders results and counts requests while typing', async function () {
    this.timeout(300000);
    const renderMs: Record<number, number> = {};
    for (const size of SIZES) {
      const dataset = journalDataset(manyEntries(size));
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        // A fresh API address per run, so the client's cache never answers.
        const api = `${API}/bench-${size}-${run}`;
        worker.use(...publicationApiHandlers(api, dataset));
        history.replaceState(null, '', `${location.pathname}?innsyn-journal-pages=${Math.ceil(size / 100)}`);
        const el = document.createElement('innsyn-journal-search');
        el.setAttribute('api', api);
        el.setAttribute('lang', 'nb');
        el.setAttribute('url-state', 'query');
        el.setAttribute('page-size', String(Math.min(size, 100)));
        document.body.append(el);
        const rendered = await entriesRendered(el, size);
        times.push(rendered - lastJournalAnswer);
        el.remove();
      }
      renderMs[size] = median(times);
    }
    history.replaceState(null, '', location.pathname);

    const typing: number[] = [];
    const dataset = journalDataset(manyEntries(50));
    for (let run = 0; run < RUNS; run++) {
      const api = `${API}/bench-typing-${run}`;
      worker.use(...publicationApiHandlers(api, dataset));
      const el = document.createElement('innsyn-journal-search');
      el.setAttribute('api', api);
      el.setAttribute('lang', 'nb');
      document.body.append(el);
      await entriesRendered(el, 25);
      const field = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      journalRequests = 0;
      for (const char of TYPED) {
        field.value += char;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await sleep(KEY_INTERVAL_MS);
      }
      await sleep(1000);
      typing.push(journalRequests);
      el.remove();
    }
    const result = {
      bench: 'journal',
      runs: RUNS,
      renderMs,
      typedCharacters: TYPED.length,
      keyIntervalMs: KEY_INTERVAL_MS,
      requestsWhileTyping: { median: median(typing), max: Math.max(...typing) },
    };
    console.log(`journal benchmark: ${JSON.stringify(result)}`);
    await executeServerCommand('innsyn-bench-result', result);
  });
});
