/** Parses article files with the real command line (`briefing parse FILES --json`), as a user or a scorer would. */
import { spawnSync } from 'node:child_process';
import type { ParsedArticle } from '../../src/article/types.js';
import { repoRoot } from './paths.js';

/** The parsed articles, one per file in input order; throws with the command's own message when it fails. */
export function parseWithCli(files: readonly string[]): ParsedArticle[] {
  const run = spawnSync(process.execPath, ['src/cli/bin.mjs', 'parse', ...files, '--json'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`briefing parse exited ${run.status}: ${run.stderr.trim()}`);
  return run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ParsedArticle);
}
