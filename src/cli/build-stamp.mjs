// Whether dist/ holds a build of the current sources: what src/cli/bin.mjs checks before running
// dist/ on plain Node instead of the sources through tsx (and what the deploy tests check before
// running the image's start command from dist/). Plain JavaScript, so bin.mjs can load it first.
import { readdirSync, readFileSync, statSync } from 'node:fs';

/** True when dist/.built-at (the time the last good build started) is not older than any source under `root`. */
export function builtAfterSources(root) {
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
