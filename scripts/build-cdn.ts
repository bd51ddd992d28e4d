// The script-tag files in dist/cdn: innsyn-elements.js is the autoloader; <element>.js registers one element; both
// load chunks/ (Lit and the shared code once, each element's code, one catalog per element and language, DOMPurify).
import { readFileSync } from 'node:fs';
import { build, type InlineConfig, type Rolldown } from 'vite';
import type { LoaderManifest } from '../src/loader/manifest.js';
import { VERSION } from '../src/version.js';
import { unlistedElementFolders } from './element-folders.js';
import { ELEMENTS } from './elements.js';
import { loaderManifest } from './loader-manifest.js';
import { minifyTemplatesPlugin } from './minify-templates.js';

/** The element build's entry with what the loader needs to start an element's first API requests (src/loader/first-requests.ts). */
const FIRST_REQUESTS = 'first-requests';

/**
 * What the loader needs to start an element's first API requests: a small chunk of its own, so the requests leave
 * as soon as it arrives instead of waiting for the whole data layer to download beside Lit and the element.
 */
const FIRST_REQUEST_MODULES = /\/src\/(loader\/first-requests|api\/(queries|request-url|prefetch|base-url|errors)|time\/(oslo|calendar-day)|journal-search\/page-size|meeting-calendar\/(queries|overview))\.ts$/;
/** The data layer (not the adapters, loaded only when chosen). */
const DATA_MODULES = /\/src\/api\/[\w-]+\.ts$/;

/** The journal's and access requests' operations and schemas: only the elements that use them load them (src/api/journal-api.ts). */
const JOURNAL_API = /\/src\/api\/journal-(api|schemas)\.ts$/;
/** The request basket and what only elements with one use (agenda, journal search, access request). */
const BASKET_MODULES = /\/src\/(shared\/basket\/[\w-]+|shared\/templates\/(basket-toggle|templates\.styles)|events\/(access-request-open|basket-change))\.ts$/;
/**
 * Lit, the data layer and our shared element code, which every element needs: one chunk, not several small ones, so it
 * compresses as a whole (two chunks cost about 0.5 kB gzip more).
 */
const SHARED_MODULES = /\/node_modules\/(lit|lit-html|lit-element|@lit\/[\w-]+)\/|\/src\/(shared|events)\/|\/src\/version\.ts$|@oxc-project\+runtime@[^/]+\/helpers\//;

const quiet: InlineConfig = { logLevel: 'warn', configFile: false };
// The script-tag bundles carry our dependencies' code; name them and their licences since minification drops headers.
const licenceOf = (licence = 'see its package') => (licence.startsWith('(') ? licence : `(${licence})`);
function licenceBanner(): string {
  const readPackage = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { license?: string; dependencies?: object };
  const included = Object.keys(readPackage('package.json').dependencies ?? {}).map(
    (name) => `${name} ${licenceOf(readPackage(`node_modules/${name}/package.json`).license)}`,
  );
  return `/*! innsyn-elements ${VERSION} (MIT). Includes ${included.join(', ')}. */`;
}
const banner = licenceBanner();

const cdnOutput = {
  // Vite's ES library mode keeps whitespace for tree-shaking by a later bundler; a script tag has none.
  minify: true,
  comments: false,
  // Entries (what a page's script tag or the loader imports) name what they include; chunks stay bare.
  postBanner: (chunk: { isEntry: boolean; name: string }) => (chunk.isEntry && chunk.name !== FIRST_REQUESTS ? banner : ''),
} as const;

/** One catalog chunk per element and language, named so a look at chunks/ tells what each is. */
function chunkFileName(chunk: { name: string; facadeModuleId: string | null; moduleIds: string[] }): string {
  if (['basket', 'journal-api', FIRST_REQUESTS].includes(chunk.name)) return `chunks/${chunk.name}-[hash].js`;
  const catalog = chunk.facadeModuleId?.match(/src\/(.+)\/messages\/([a-z]+)\.ts$/);
  if (catalog) return `chunks/${catalog[1]!.replaceAll('/', '-')}.${catalog[2]}-[hash].js`;
  // Rolldown names a shared chunk after one of its modules; "shared" says what it is (Lit, the data layer, src/shared).
  if (!chunk.facadeModuleId && chunk.moduleIds.some((id) => id.includes('/src/shared/'))) return 'chunks/shared-[hash].js';
  // What the eInnsyn and OParl adapters share, loaded only with one of them.
  if (!chunk.facadeModuleId && chunk.moduleIds.every((id) => id.includes('/src/api/adapters/'))) return 'chunks/adapter-support-[hash].js';
  // The data layer on its own (elements and the eInnsyn/OParl adapters share it): "data", not the module it is named after.
  if (chunk.moduleIds.some((id) => id.includes('/src/api/')) && !chunk.facadeModuleId?.includes('/src/api/adapters/')) return 'chunks/data-[hash].js';
  return 'chunks/[name]-[hash].js';
}

/** Every element's script (dist/cdn/<element>.js) in one build, so Lit and the shared code are chunks they share. */
async function cdnElements(): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    ...quiet,
    plugins: [minifyTemplatesPlugin()],
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: true,
      sourcemap: true,
      minify: true,
      copyPublicDir: false,
      lib: {
        entry: { ...Object.fromEntries(ELEMENTS.map((element) => [element, `src/${element}/define.ts`])), [FIRST_REQUESTS]: 'src/loader/first-requests.ts' },
        formats: ['es'],
      },
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          ...cdnOutput,
          chunkFileNames: chunkFileName,
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              { name: FIRST_REQUESTS, test: FIRST_REQUEST_MODULES, priority: 4 },
              { name: 'journal-api', test: JOURNAL_API, priority: 3 },
              { name: 'basket', test: BASKET_MODULES, priority: 2, minShareCount: 2 },
              {
                name: 'shared',
                test: (id: string) => (SHARED_MODULES.test(id) || DATA_MODULES.test(id)) && !JOURNAL_API.test(id),
                priority: 1,
                minShareCount: 2,
              },
            ],
          },
          // Not a script tag of its own: the loader imports it to start the elements' first requests early. The elements'
          // code imports the same chunk (preserveEntrySignatures allows it to export more), so it is fetched once.
          entryFileNames: (chunk) => (chunk.name === FIRST_REQUESTS ? `chunks/${FIRST_REQUESTS}-[hash].js` : '[name].js'),
        },
      },
    },
  });
  return (Array.isArray(result) ? result : [result])
    .flatMap((output) => ('output' in output ? output.output : []))
    .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
}

/** dist/cdn/innsyn-elements.js, the script tag of the README: src/loader/script-tag.ts with the element build's manifest. */
async function cdnLoader(manifest: LoaderManifest): Promise<void> {
  await build({
    ...quiet,
    // Replaced in the code, so the loader and its source map name no temporary file and no path of the build machine.
    define: { INNSYN_LOADER_MANIFEST: JSON.stringify(manifest) },
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      copyPublicDir: false,
      lib: { entry: { 'innsyn-elements': 'src/loader/script-tag.ts' }, formats: ['es'] },
      // The loader holds none of our dependencies' code, so its banner names only us.
      rollupOptions: { output: { ...cdnOutput, postBanner: `/*! innsyn-elements ${VERSION} (MIT) */` } },
    },
  });
}

export async function buildCdn(): Promise<void> {
  const unlisted = unlistedElementFolders();
  if (unlisted.length) throw new Error(`src/${unlisted.join(', src/')} is an element folder missing from ELEMENTS in scripts/elements.ts`);
  const elementChunks = await cdnElements();
  await cdnLoader(loaderManifest(elementChunks, Object.fromEntries(ELEMENTS.map((element) => [`innsyn-${element}`, element])), FIRST_REQUESTS));
}
