// The journal's stories that act (grouped view, opened entry) show what their names promise.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import meta, { GroupedByCase, OpenedEntry } from '../../stories/journal-search.stories.js';
import { journalDataset } from '../fixtures/mini-journal.js';
import { resetApi, serveDataset } from '../mocks/publication-api.js';
import { startWorker, worker } from '../mocks/worker.js';
import { API } from '../fixtures/mini-journal.js';
import { until } from '../kit/until.js';

describe('journal search stories', () => {
  let canvas: HTMLElement;
  before(startWorker);
  beforeEach(() => {
    serveDataset(journalDataset());
    canvas = document.createElement('div');
    document.body.append(canvas);
    render(meta.render!({ ...meta.args, api: API } as never, {} as never) as never, canvas);
  });
  afterEach(() => {
    canvas.remove();
    worker.resetHandlers();
    resetApi();
  });
  const root = () => canvas.querySelector('innsyn-journal-search')!.shadowRoot!;

  it('GroupedByCase shows the entries under their cases', async () => {
    await GroupedByCase.play!({ canvasElement: canvas } as never);
    await until(root(), () => root().querySelectorAll('.case').length === 2, 'not grouped');
    expect(root().querySelector('.case__heading')!.textContent).to.contain('2026/120');
  });

  it('OpenedEntry shows one entry\'s detail and permalink', async () => {
    await OpenedEntry.play!({ canvasElement: canvas } as never);
    await until(root(), () => root().querySelector('.entry__panel:not([hidden]) a[part="permalink"]'), 'no entry opened');
    expect(root().querySelectorAll('.entry__panel:not([hidden])')).to.have.length(1);
  });
});
