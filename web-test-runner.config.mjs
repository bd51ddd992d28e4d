// Browser tests in a locally installed Chrome or Chromium (CHROME_PATH first); msw's worker is served at /mockServiceWorker.js.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { reactEsmPlugin, strictCspPage, strictCspPlugin } from './test/embedding/wtr-plugins.mjs';
import { sampleServerPlugin } from './test/e2e/sample-server-plugin.mjs';
import { fixtureSitePlugin } from './test/e2e/fixture-site-plugin.mjs';
import { forcedColorsPlugin } from './test/commands/forced-colors-plugin.mjs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
const executablePath = candidates.find((path) => path && existsSync(path));
if (!executablePath) {
  throw new Error('No Chrome or Chromium found. Install one, or set CHROME_PATH to its executable.');
}

/**
 * A port the system has free, not wtr's default 8000: when two runs share a machine, one run's pages could otherwise
 * reach the other's server (one listening on IPv4, one on IPv6), and msw's worker fails to update there (404) and
 * unregisters, so later pages lose their mocks. WTR_PORT fixes it when needed.
 */
const port = Number(process.env.WTR_PORT) || (await new Promise((resolve, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
}));

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default {
  port,
  files: ['test/**/*.test.ts', '!test/node/**', '!test/embedding/csp/**'],
  // The strict-CSP proof needs its own page: the policy arrives as a response header (see test/embedding/wtr-plugins.mjs).
  groups: [{ name: 'strict-csp', files: 'test/embedding/csp/**/*.test.ts', testRunnerHtml: strictCspPage }],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    {
      // msw's worker unregisters itself when the last page it controls closes. With two test files in parallel, one
      // closing while the other navigates to its next file left that file's page uncontrolled: every request of the
      // file went to the network and failed as "offline". In tests the worker stays registered.
      name: 'msw-worker-stays-registered',
      transform(context) {
        if (context.path === '/public/mockServiceWorker.js') {
          return { body: context.body.replace('self.registration.unregister()', 'void 0') };
        }
      },
    },
    strictCspPlugin(),
    reactEsmPlugin(),
    sampleServerPlugin(),
    fixtureSitePlugin(),
    forcedColorsPlugin(),
  ],
  middleware: [
    function serveMswWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...(asRoot ? ['--no-sandbox'] : []),
          '--disable-dev-shm-usage',
          // Test pages run in background tabs when files run in parallel; throttled timers and frames make tests hang.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
};
