// `npm run build`: dist/npm (vite.config.ts), the type declarations (dist/types), the self-contained, minified
// script-tag bundles in dist/cdn (innsyn-elements.js registers every element, <element>.js one), then
// custom-elements.json (custom-elements-manifest.config.mjs) and vscode.html-custom-data.json from it.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build, type InlineConfig } from 'vite';
import { VERSION } from '../src/version.js';
import { missingPackageFiles } from './check-package-exports.js';
import { ELEMENTS } from './elements.js';
import { minifyCssTemplatesPlugin } from './minify-css-templates.js';
import { writeHtmlCustomData } from './vscode-data.js';

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

async function cdnBundle(name: string, entry: string, emptyOutDir: boolean): Promise<void> {
  await build({
    ...quiet,
    plugins: [minifyCssTemplatesPlugin()],
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir,
      sourcemap: true,
      minify: true,
      copyPublicDir: false,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rollupOptions: {
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Vite's ES library mode keeps whitespace for tree-shaking by a later bundler; a script tag has none.
          minify: true,
          comments: false,
          postBanner: banner,
        },
      },
    },
  });
}

function run(script: string, ...args: string[]): void {
  execFileSync(process.execPath, [script, ...args], { stdio: 'inherit' });
}

function emitDeclarations(): void {
  rmSync('dist/types', { recursive: true, force: true });
  run('node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json');
}

await build({ logLevel: 'warn' });
emitDeclarations();
await cdnBundle('innsyn-elements', 'src/innsyn-elements.ts', true);
for (const element of ELEMENTS) await cdnBundle(element, `src/${element}/define.ts`, false);
run('node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet');
writeHtmlCustomData();

const missing = missingPackageFiles();
if (missing.length) throw new Error(`package.json points at files the build did not write: ${missing.join(', ')}`);
console.log(`built dist/npm, dist/types, dist/cdn (innsyn-elements + ${ELEMENTS.length} element bundles), custom-elements.json, vscode.html-custom-data.json`);
