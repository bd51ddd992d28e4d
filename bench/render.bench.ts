// Render timings of the built script-tag bundle in headless Chromium, reported to bench/run.ts (no assertions on time).
import { executeServerCommand } from '@web/test-runner-commands';
import { API, meetings as miniMeetings, miniDataset } from '../test/fixtures/mini-dataset.js';
import { worker, startWorker } from '../test/mocks/worker.js';
import { publicationApiHandlers } from '../sample/handlers.js';
import type { MeetingDetail } from '../src/api/types.js';

const RUNS = 15;
const MEETINGS = 40;
const BODIES = ['kommunestyret', 'formannskapet', 'eldreradet'];

function monthOfMeetings(): MeetingDetail[] {
  const template = miniMeetings[0]!;
  return Array.from({ length: MEETINGS }, (_, i): MeetingDetail => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const hour = String(9 + (i % 9)).padStart(2, '0');
    const body = BODIES[i % BODIES.length]!;
    return {
      ...template,
      id: `bench-${i}`,
      body: { id: body, name: body },
      start: `2026-03-${day}T${hour}:00:00+01:00`,
      end: null,
      status: i % 10 === 0 ? 'cancelled' : 'planned',
    };
  }).sort((a, b) => a.start.localeCompare(b.start));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Resolves as soon as the element's shadow root holds `count` meeting chips: no polling interval in the figure. */
function chipsRendered(el: HTMLElement, count: number): Promise<void> {
  const root = el.shadowRoot!;
  const done = () => root.querySelectorAll('.chip').length === count;
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

describe('render benchmark', () => {
  before(async () => {
    await startWorker();
    await import(/* @vite-ignore */ '/dist/cdn/innsyn-elements.js' as string);
  });

  it(`renders a month of ${MEETINGS} meetings`, async function () {
    this.timeout(120000);
    const dataset = miniDataset({ meetings: monthOfMeetings() });
    const firstRender: number[] = [];
    const rerender: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh API address per run, so the client's cache never answers the first render.
      const api = `${API}/bench-${run}`;
      worker.use(...publicationApiHandlers(api, dataset));
      const el = document.createElement('innsyn-meeting-calendar');
      el.setAttribute('api', api);
      el.setAttribute('month', '2026-03');
      el.setAttribute('lang', 'nb');
      const start = performance.now();
      document.body.append(el);
      await chipsRendered(el, MEETINGS);
      firstRender.push(performance.now() - start);

      el.setAttribute('month', '2026-04');
      await chipsRendered(el, 0);
      const again = performance.now();
      el.setAttribute('month', '2026-03');
      await chipsRendered(el, MEETINGS);
      rerender.push(performance.now() - again);
      el.remove();
    }
    const result = { runs: RUNS, meetings: MEETINGS, firstRenderMs: median(firstRender), rerenderMs: median(rerender) };
    console.log(`render benchmark: ${JSON.stringify(result)}`);
    await executeServerCommand('innsyn-bench-result', result);
  });
});
