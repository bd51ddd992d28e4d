import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startWorker, worker } from '../mocks/worker.js';

describe('msw in the browser', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());
  it('intercepts a fetch', async () => {
    worker.use(http.get('https://api.example/ping', () => HttpResponse.json({ ok: true })));
    const res = await fetch('https://api.example/ping');
    expect(await res.json()).to.deep.equal({ ok: true });
  });
});
