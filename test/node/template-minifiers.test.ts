// The build's minifiers for Lit's css`` and html`` templates: smaller script tags, the same page, the same line numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssTemplates } from '../../scripts/minify-css-templates.js';
import { minifyHtmlTemplates } from '../../scripts/minify-html-templates.js';

const lines = (text: string) => text.split('\n').length;

test('css templates lose comments (with apostrophes in them) and white space, and keep their line count', () => {
  const source = [
    'const styles = css`',
    "  /* About the month grid's height on a phone; a list of a month's meetings is longer. */",
    '  :host {',
    '    display: block;',
    "    font-family: 'Open Sans', sans-serif;",
    '  }',
    '  @container (min-width: 40em) {',
    '    .grid { gap : 1em ; }',
    '  }',
    '`;',
    'export const after = 1;',
  ].join('\n');
  const minified = minifyCssTemplates(source);
  assert.match(minified, /^const styles = css`:host\{font-family:Open Sans,sans-serif;display:block\}@container \(width>=40em\)\{\.grid\{gap:1em\}\}`\n/);
  assert.doesNotMatch(minified, /height on a phone/);
  assert.equal(lines(minified), lines(source));
  assert.equal(minified.split('\n').at(-1), 'export const after = 1;');
});

test('a css template with an interpolation is left as it is', () => {
  const source = 'const s = css`\n  .a { color: ${unsafeCSS(colour)}; }\n`;';
  assert.equal(minifyCssTemplates(source), source);
});

test('css the minifier cannot read stops the build instead of shipping broken styles', () => {
  assert.throws(() => minifyCssTemplates('const s = css`\n  .a { color: red; }\n  }\n`;', 'broken.ts'), /broken\.ts/);
});

test('html templates lose their indentation, keep their line breaks, and keep spaces within a line', () => {
  const source = [
    'const view = html`',
    '  <ul class="list">',
    '    ${items.map((item) => html`',
    '      <li>${item.name}  <span>${item.note}</span></li>`)}',
    '  </ul>',
    '`;',
    'const text = `',
    '  an ordinary template string keeps its indentation',
    '`;',
  ].join('\n');
  const minified = minifyHtmlTemplates(source);
  assert.equal(
    minified,
    [
      'const view = html`',
      '<ul class="list">',
      '${items.map((item) => html`',
      '<li>${item.name}  <span>${item.note}</span></li>`)}',
      '</ul>',
      '`;',
      'const text = `',
      '  an ordinary template string keeps its indentation',
      '`;',
    ].join('\n'),
  );
});
