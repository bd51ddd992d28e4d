// Transfer sizes of the built script-tag bundles and, for comparison, of Lit alone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface Size {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export function measure(name: string, code: Uint8Array): Size {
  return {
    name,
    raw: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.byteLength,
      },
    }).byteLength,
  };
}

/** Entry bundles first, then chunks that an entry loads only when needed (dynamic imports). */
export function bundleSizes(dir = 'dist/cdn'): Size[] {
  const files = (folder: string) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.js') && statSync(join(folder, file)).isFile())
      .sort((a, b) => (a === 'innsyn-elements.js' ? -1 : b === 'innsyn-elements.js' ? 1 : a.localeCompare(b)))
      .map((file) => join(folder, file));
  const chunks = statSync(join(dir, 'chunks'), { throwIfNoEntry: false }) ? files(join(dir, 'chunks')) : [];
  return [...files(dir), ...chunks].map((path) => measure(path, readFileSync(path)));
}

/** Lit as an app would ship it: the whole `lit` package, bundled and minified by esbuild. */
export async function litSize(): Promise<Size> {
  const version = (JSON.parse(readFileSync('node_modules/lit/package.json', 'utf8')) as { version: string }).version;
  const result = await build({
    stdin: { contents: "export * from 'lit';", resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return measure(`lit ${version} (esbuild --minify)`, result.outputFiles[0]!.contents);
}
