#!/usr/bin/env node
// `npx innsyn-elements check <base-url>`: the publication API conformance checker (src/api/check, built to dist/npm).
import { runCli } from '../dist/npm/check.js';

process.exitCode = await runCli(process.argv.slice(2));
