// Vite plugin: collapses whitespace and comments inside Lit's css`` templates in our sources, which no JS minifier
// touches. Quoted strings and ${…} interpolations are left as they are; newlines are kept so source maps stay right.
import type { Plugin } from 'vite';

const CSS_TEMPLATE = /\bcss`([^`]*)`/g;
const INTERPOLATION = /(\$\{[^}]*\})/;
const QUOTED = /('[^'\n]*'|"[^"\n]*")/;

function minifyCssText(text: string): string {
  return text
    .split(QUOTED)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return part
        .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
        .replace(/[ \t]*\n\s*/g, (run) => '\n'.repeat(run.split('\n').length - 1))
        .replace(/[ \t]+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, (match, char: string) => char + match.replace(/[^\n]/g, ''))
        .replace(/: /g, ':');
    })
    .join('');
}

export function minifyCssTemplates(text: string): string {
  return text.replace(CSS_TEMPLATE, (_whole, body: string) => {
    const parts = body.split(INTERPOLATION).map((part, index) => (index % 2 === 1 ? part : minifyCssText(part)));
    return `css\`${parts.join('')}\``;
  });
}

export function minifyCssTemplatesPlugin(): Plugin {
  return {
    name: 'innsyn-minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
