// Server commands for the end-to-end tests: the real sample publication API as a Node child process (the same
// `npm run api` a municipality would try), stopped and started again on the same port to cut the network, its store
// and outbox read from disk, and a link opened and a button clicked in a real browser tab.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readyUrl } from './ready-url.mjs';

const READY = /Sample publication API at (http:\/\/\S+)/;

export function sampleServerPlugin() {
  let child;
  let dataDir;
  let port = 0;
  let url;

  async function start() {
    dataDir ??= await mkdtemp(join(tmpdir(), 'innsyn-e2e-'));
    child = spawn(process.execPath, ['--import', 'tsx', 'sample/server/main.ts'], {
      env: { ...process.env, PORT: String(port), INNSYN_DATA_DIR: dataDir, SMTP_URL: '', DATABASE_URL: '', INNSYN_JOURNAL_SIZE: '500' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await readyUrl(child, READY, 'the sample server');
    port = Number(new URL(url).port);
    return { url };
  }

  async function stop() {
    if (!child || child.exitCode !== null) return {};
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    return {};
  }

  /**
   * The store as the server wrote it, read from its database by `npm run api -- --list-requests`. The embedded
   * database belongs to one process, so a running server is stopped for the read (`start` brings it back).
   */
  async function requests() {
    if (!dataDir) return [];
    await stop();
    const listed = await new Promise((resolve, reject) => {
      const lister = spawn(process.execPath, ['--import', 'tsx', 'sample/server/main.ts', '--list-requests'], {
        env: { ...process.env, INNSYN_DATA_DIR: dataDir, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      lister.stdout.on('data', (chunk) => (output += chunk));
      lister.once('exit', (code) => (code === 0 ? resolve(JSON.parse(output.trim().split('\n').pop() || '[]')) : reject(new Error(`--list-requests exited ${code}`))));
    });
    return listed;
  }

  async function outbox() {
    const { readdir } = await import('node:fs/promises');
    const { simpleParser } = await import('mailparser');
    const folder = join(dataDir, 'outbox');
    let files = [];
    try {
      files = (await readdir(folder)).filter((file) => file.endsWith('.eml')).sort();
    } catch {
      return [];
    }
    return Promise.all(files.map(async (file) => {
      const mail = await simpleParser(await readFile(join(folder, file)));
      return { to: mail.to?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '', links: (mail.text ?? '').match(/https?:\/\/[^\s<>"]+/g) ?? [] };
    }));
  }

  /** Opens a link in a new tab of the test browser, clicks the button whose text is given, and returns the heading. */
  async function clickThrough({ link, button }, session) {
    const page = await session.browser.getPage(session.id).browser().newPage();
    try {
      await page.goto(link);
      const [clicked] = await page.$$(`xpath/.//button[normalize-space(.)=${JSON.stringify(button)}]`);
      if (!clicked) return { error: `no button "${button}" on ${link}`, html: await page.content() };
      await Promise.all([page.waitForNavigation(), clicked.click()]);
      return { heading: await page.$eval('h1', (h1) => h1.textContent), text: await page.$eval('main', (main) => main.textContent) };
    } finally {
      await page.close();
    }
  }

  const commands = { start, stop, requests, outbox, 'click-through': clickThrough };

  return {
    name: 'innsyn-sample-server',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('sample-server:')) return undefined;
      const run = commands[command.slice('sample-server:'.length)];
      if (!run) throw new Error(`unknown command ${command}`);
      return run(payload ?? {}, session);
    },
    // The first start fills the server's database (seconds on a busy machine, longer than a test command may take);
    // done here, before the tests, so the tests' starts only open it.
    async serverStart() {
      await start();
      await stop();
    },
    async serverStop() {
      await stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
