// One msw worker per test file; tests add handlers with `worker.use(...)` and they are reset after each test.
import { setupWorker } from 'msw/browser';

export const worker = setupWorker();

let started: Promise<unknown> | undefined;

export function startWorker(): Promise<unknown> {
  started ??= worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'error',
    quiet: true,
  });
  return started;
}
