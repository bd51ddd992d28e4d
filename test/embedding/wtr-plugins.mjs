// Dev-server plugins for the embedding proofs (test/embedding): a test page under a strict Content-Security-Policy
// header, and React (CommonJS only) served to the browser as one ES module.
import { build } from 'esbuild';

export const STRICT_CSP = "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

const CSP_MARKER = '<!-- innsyn-strict-csp -->';
const INLINE_SCRIPT = /<script( type="module")?>([\s\S]*?)<\/script>/g;

/** The test page of the `strict-csp` group: a harness script (first) and the test framework, both served by us. */
export function strictCspPage(testFramework) {
  return `<!DOCTYPE html>
<html lang="nb">
  <head>${CSP_MARKER}</head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`;
}

/**
 * Sends the strict policy as a real response header on the strict-csp group's page. The test runner injects its
 * configuration as inline scripts, which that policy forbids; they are moved to files served from this origin
 * ('self'), the way a site under such a policy ships its own scripts. Nothing else on the page changes.
 */
export function strictCspPlugin() {
  const scripts = new Map();
  return {
    name: 'innsyn-strict-csp',
    serve(context) {
      const code = scripts.get(context.path);
      if (code !== undefined) return { body: code, type: 'js' };
    },
    transform(context) {
      if (context.path !== '/' || typeof context.body !== 'string' || !context.body.includes(CSP_MARKER)) return;
      const body = context.body
        .replace(INLINE_SCRIPT, (_match, moduleType = '', code) => {
          const path = `/__innsyn-csp-inline__/${scripts.size}.js`;
          scripts.set(path, code);
          return `<script${moduleType} src="${path}"></script>`;
        })
        .replace('<head>', '<head><script src="/test/embedding/csp/harness.js"></script>');
      return { body, headers: { 'Content-Security-Policy': STRICT_CSP }, transformCache: false };
    },
  };
}

const REACT_URL = '/__innsyn-esm__/react.js';
const REACT_ENTRY = `
import React from 'react';
import { createRoot } from 'react-dom/client';
export const { createElement, useEffect, useRef, useState } = React;
export { createRoot };
export default React;
`;

/** `react` and `react-dom/client` resolve to one ES module bundled by esbuild, so both share one React. */
export function reactEsmPlugin() {
  let bundle;
  return {
    name: 'innsyn-react-esm',
    resolveImport({ source }) {
      if (source === 'react' || source === 'react-dom/client') return REACT_URL;
    },
    async serve(context) {
      if (context.path !== REACT_URL) return;
      bundle ??= build({
        stdin: { contents: REACT_ENTRY, resolveDir: process.cwd(), loader: 'js' },
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
