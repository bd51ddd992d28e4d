// The data layer is a leaf: elements and adapters build on src/api, so src/api may use only itself, src/time and
// valibot. A dependency the other way would drag Lit and the DOM into the Node server and every adapter.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*\(?\s*['"]([^'"]+)['"]/gm;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => (match[1] ?? match[2])!);
}

const allowedFrom = (dir: string, allowed: RegExp) =>
  sources(dir).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => !allowed.test(specifier))
      .map((specifier) => `${relative('.', file)} imports ${specifier}`),
  );

test('src/api imports nothing from src/shared or an element, only itself, src/time and valibot', () => {
  assert.deepEqual(allowedFrom('src/api', /^(\.\/|\.\.\/time\/|\.\.\/\.\.\/time\/|\.\.\/[a-z-]+\.js$|valibot$)/), []);
});

test('src/time imports nothing at all', () => {
  assert.deepEqual(allowedFrom('src/time', /^\.\//), []);
});
