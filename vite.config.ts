// Library build for npm: entry points keep lit, @lit/task and dompurify external so an app bundles one copy.
// scripts/build.ts runs this and the self-contained script-tag bundles (dist/cdn) on top of it.
import { defineConfig } from 'vite';
import { ELEMENTS } from './scripts/elements.js';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';

const entries: Record<string, string> = {
  index: 'src/index.ts',
  'innsyn-elements': 'src/innsyn-elements.ts',
  // The conformance checker (Node): `innsyn-elements/check` and bin/innsyn-elements.js.
  check: 'src/api/check/index.ts',
};
for (const element of ELEMENTS) {
  entries[`${element}/${element}`] = `src/${element}/${element}.ts`;
  entries[`${element}/define`] = `src/${element}/define.ts`;
}

export default defineConfig({
  plugins: [minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist/npm',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    copyPublicDir: false,
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^dompurify$/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
