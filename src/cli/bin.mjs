#!/usr/bin/env node
// Entry point for `npx briefing` and `npm start`. Runs the compiled CLI in dist/ (`npm run build`, also
// run by `npm install` / `npm ci`) when its build stamp is at least as new as every file under src/,
// commands/ and data/lexicon/: plain Node, without tsx's loader thread (~30 MB of memory). Otherwise
// loads the TypeScript sources through tsx. Silent either way: stdout carries `parse --json` output.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

let main;
if (builtAfterSources()) {
  ({ main } = await import(new URL('../../dist/src/cli/main.js', import.meta.url).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));

/** True when dist/.built-at (the time the last good build started) is not older than any source. */
function builtAfterSources() {
  try {
    const builtAt = Number(readFileSync(`${root}dist/.built-at`, 'utf8'));
    statSync(`${root}dist/src/cli/main.js`);
    // Directories count too: their mtime changes when a file is added, removed or renamed.
    for (const dir of ['src', 'commands', 'data/lexicon']) {
      const base = `${root}${dir}/`;
      if (statSync(base).mtimeMs > builtAt) return false;
      for (const name of readdirSync(base, { recursive: true })) {
        if (statSync(base + name).mtimeMs > builtAt) return false;
      }
    }
    return Number.isFinite(builtAt);
  } catch {
    return false;
  }
}
