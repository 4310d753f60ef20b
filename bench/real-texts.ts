/**
 * The real articles the benchmarks measure on: the default article, plus PolNeAR-dev's texts from the
 * shared folder (`../shared` beside the project, or SHARED_DIR) when it is there. Benchmarks are not
 * tests: without the shared folder they still run, and `skipped` says what they left out.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findSharedFolder, repoRoot } from '../scripts/eval/shared-folder.js';

export const DEFAULT_ARTICLE = join(repoRoot, 'data/articles/putin-north-korea.txt');

export interface RealTexts {
  /** The default article first, then the PolNeAR-dev texts in name order. */
  files: string[];
  /** What was left out and why, or null when nothing was. */
  skipped: string | null;
}

export function realTexts(): RealTexts {
  const dir = join(findSharedFolder().dir, 'eval/polnear-dev/text');
  try {
    const polnear = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(dir, name));
    return { files: [DEFAULT_ARTICLE, ...polnear], skipped: null };
  } catch {
    return {
      files: [DEFAULT_ARTICLE],
      skipped: `skipped the PolNeAR-dev texts: no ${dir} (set SHARED_DIR to the shared folder); measured on the default article alone`,
    };
  }
}
