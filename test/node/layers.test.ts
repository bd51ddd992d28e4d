// The data layer is a leaf: elements and adapters build on src/api, so src/api may use only itself and src/time. A
// dependency the other way would drag Lit and the DOM into the Node server and every adapter.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

/** Imports of files under `dir` that leave the folders (or packages) allowed; relative paths are resolved, so subfolders count. */
const allowedFrom = (dir: string, folders: string[], packages: RegExp = /^$/) =>
  sources(dir).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => {
        if (!specifier.startsWith('.')) return !packages.test(specifier);
        const target = relative('.', resolve(dirname(file), specifier));
        return !folders.some((folder) => target.startsWith(`${folder}/`));
      })
      .map((specifier) => `${relative('.', file)} imports ${specifier}`),
  );

test('src/api imports nothing from src/shared, an element or a package, only itself and src/time', () => {
  assert.deepEqual(allowedFrom('src/api', ['src/api', 'src/time']), []);
});

test('src/time imports nothing at all', () => {
  assert.deepEqual(allowedFrom('src/time', ['src/time']), []);
});
