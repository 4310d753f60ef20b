/**
 * Where the team's shared read-only folder is: SHARED_DIR when set, else `../shared` beside the
 * project (as in CI). Only `npm run eval` and the benchmarks read it; `npm test` never does.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts/eval/ is two levels below it). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SharedFolder {
  dir: string;
  present: boolean;
  /** How it was chosen, for messages: `SHARED_DIR` or `../shared beside the project`. */
  chosenBy: string;
}

export function findSharedFolder(env: NodeJS.ProcessEnv = process.env): SharedFolder {
  const fromEnv = env.SHARED_DIR?.trim();
  const dir = fromEnv ? path.resolve(fromEnv) : path.resolve(repoRoot, '../shared');
  return { dir, present: existsSync(dir), chosenBy: fromEnv ? 'SHARED_DIR' : '../shared beside the project' };
}
