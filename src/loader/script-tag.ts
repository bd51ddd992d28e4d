// dist/cdn/innsyn-elements.js, the script tag of the README: the autoloader with the element build's manifest, which
// scripts/build-cdn.ts puts in place of INNSYN_LOADER_MANIFEST.
import { startAutoloader } from './autoloader.js';
import type { LoaderManifest } from './manifest.js';

declare const INNSYN_LOADER_MANIFEST: LoaderManifest;

startAutoloader(INNSYN_LOADER_MANIFEST, new URL(/* @vite-ignore */ '.', import.meta.url));
