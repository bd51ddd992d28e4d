// Kept apart from elements.ts, which browser tests and stories import: this one reads the file system.
import { existsSync, readdirSync } from 'node:fs';
import { ELEMENTS } from './elements.js';

/**
 * Element folders under src/ (with <name>.ts and define.ts) that ELEMENTS leaves out: the build refuses them, since the loader, the
 * per-element scripts and the package exports would all miss that element.
 */
export function unlistedElementFolders(srcDir = 'src'): string[] {
  const listed = new Set<string>(ELEMENTS);
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${srcDir}/${entry.name}/define.ts`) && existsSync(`${srcDir}/${entry.name}/${entry.name}.ts`) && !listed.has(entry.name))
    .map((entry) => entry.name);
}
