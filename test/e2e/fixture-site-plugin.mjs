// Server command for the end-to-end test of the demo's eInnsyn page: starts test/e2e/fixture-site.ts (the demo's pages
// and the fixture APIs over real HTTP, on a free port) once for the run, and says where it listens.
import { spawn } from 'node:child_process';
import { readyUrl } from './ready-url.mjs';

const READY = /Fixture site at (http:\/\/\S+)/;

export function fixtureSitePlugin() {
  let child;
  let url;

  async function start() {
    if (url && child?.exitCode === null) return { url };
    child = spawn(process.execPath, ['--import', 'tsx', 'test/e2e/fixture-site.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
    url = await readyUrl(child, READY, 'the fixture site');
    return { url };
  }

  return {
    name: 'innsyn-fixture-site',
    async executeCommand({ command }) {
      if (command !== 'fixture-site:start') return undefined;
      return start();
    },
    async serverStop() {
      if (child && child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
