// From the element build's chunks to what the script-tag loader preloads per tag (src/loader/manifest.ts).
import type { Rolldown } from 'vite';
import { LOCALES, type Locale } from '../src/shared/locale.js';
import type { ElementFiles, LoaderManifest } from '../src/loader/manifest.js';

const CATALOG_MODULE = /\/messages\/([a-z]+)\.ts$/;

export function catalogLocale(chunk: Pick<Rolldown.OutputChunk, 'facadeModuleId'>): Locale | undefined {
  const locale = chunk.facadeModuleId?.match(CATALOG_MODULE)?.[1];
  return LOCALES.find((known) => known === locale);
}

export function loaderManifest(chunks: Rolldown.OutputChunk[], entries: Record<string, string>, requestsEntry: string): LoaderManifest {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const staticClosure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) staticClosure(imported, seen);
    return seen;
  };
  const requests = chunks.find((chunk) => chunk.isEntry && chunk.name === requestsEntry);
  if (!requests) throw new Error(`the element build wrote no entry for ${requestsEntry}`);
  const manifest: LoaderManifest = { elements: {}, requests: requests.fileName };
  for (const [tag, entryName] of Object.entries(entries)) {
    const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === entryName);
    if (!entry) throw new Error(`the element build wrote no entry for ${entryName}`);
    const closure = staticClosure(entry.fileName);
    const messages = Object.fromEntries(LOCALES.map((locale) => [locale, [] as string[]])) as ElementFiles['messages'];
    for (const file of closure) {
      for (const imported of byFile.get(file)?.dynamicImports ?? []) {
        const chunk = byFile.get(imported);
        const locale = chunk && catalogLocale(chunk);
        if (locale) messages[locale].push(...[...staticClosure(imported)].filter((path) => !closure.has(path)));
      }
    }
    // What the first requests need is fetched beside the element's code (it is mostly the element's own data layer).
    for (const file of staticClosure(requests.fileName)) closure.add(file);
    closure.delete(entry.fileName);
    manifest.elements[tag] = { entry: entry.fileName, chunks: [...closure], messages };
  }
  return manifest;
}
