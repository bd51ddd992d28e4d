// Builds dist/npm (vite.config.ts), then the self-contained, minified script-tag bundles in dist/cdn:
// innsyn-elements.js registers every element, <element>.js registers one.
import { build, type InlineConfig } from 'vite';
import { ELEMENTS } from './elements.js';

const quiet: InlineConfig = { logLevel: 'warn', configFile: false };

async function cdnBundle(name: string, entry: string, emptyOutDir: boolean): Promise<void> {
  await build({
    ...quiet,
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir,
      sourcemap: true,
      minify: true,
      copyPublicDir: false,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
}

await build({ logLevel: 'warn' });
await cdnBundle('innsyn-elements', 'src/innsyn-elements.ts', true);
for (const element of ELEMENTS) await cdnBundle(element, `src/${element}/define.ts`, false);
console.log(`built dist/npm and dist/cdn (innsyn-elements + ${ELEMENTS.length} element bundles)`);
