// `npm run build`: dist/npm (vite.config.ts), the type declarations (dist/types), the minified script-tag files in
// dist/cdn (innsyn-elements.js is the autoloader, <element>.js registers one element; both load chunks/), then
// custom-elements.json (custom-elements-manifest.config.mjs) and vscode.html-custom-data.json from it.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { buildCdn } from './build-cdn.js';
import { missingPackageFiles } from './check-package-exports.js';
import { ELEMENTS } from './elements.js';
import { writeHtmlCustomData } from './vscode-data.js';

function run(script: string, ...args: string[]): void {
  execFileSync(process.execPath, [script, ...args], { stdio: 'inherit' });
}

function emitDeclarations(): void {
  rmSync('dist/types', { recursive: true, force: true });
  run('node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json');
}

await build({ logLevel: 'warn' });
emitDeclarations();
await buildCdn();
run('node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet');
writeHtmlCustomData();

const missing = missingPackageFiles();
if (missing.length) throw new Error(`package.json points at files the build did not write: ${missing.join(', ')}`);
console.log(`built dist/npm, dist/types, dist/cdn (the loader innsyn-elements.js + ${ELEMENTS.length} element scripts and their chunks), custom-elements.json, vscode.html-custom-data.json`);
