// Vite plugin: minifies the css`` and html`` templates of our sources (minify-css-templates.ts,
// minify-html-templates.ts), which no JS minifier touches. Both keep every line's number, so no source map is needed.
import type { Plugin } from 'vite';
import { minifyCssTemplates } from './minify-css-templates.js';
import { minifyHtmlTemplates } from './minify-html-templates.js';

export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'innsyn-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let minified = code;
      if (minified.includes('css`')) minified = minifyCssTemplates(minified, id);
      if (minified.includes('html`')) minified = minifyHtmlTemplates(minified, id);
      return minified === code ? null : { code: minified, map: null };
    },
  };
}
