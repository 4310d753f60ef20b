#!/usr/bin/env node
// Entry point for `npx briefing` and `npm start`. Runs the compiled CLI in dist/ (`npm run build`, also
// run by `npm install` / `npm ci`) when its build stamp is at least as new as every file under src/,
// commands/, data/lexicon/ and data/models/: plain Node, without tsx's loader thread (~30 MB of memory). Otherwise
// loads the TypeScript sources through tsx (a dev dependency). Silent either way: stdout carries `parse --json` output.
import { fileURLToPath } from 'node:url';
import { builtAfterSources } from './build-stamp.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

let main;
if (builtAfterSources(root)) {
  ({ main } = await import(new URL('../../dist/src/cli/main.js', import.meta.url).href));
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    // An install without dev dependencies (npm ci --omit=dev) has no tsx: it needs a fresh build.
    process.stderr.write(
      'briefing: dist/ is missing or older than the sources, and tsx (a dev dependency) is not installed: run `npm run build`, or `npm install` with dev dependencies\n',
    );
    process.exit(1);
  }
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
