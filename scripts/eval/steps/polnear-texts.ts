/** The text files of a PolNeAR split in the shared folder, in name order. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function polnearTexts(sharedDir: string, split: 'polnear-dev' | 'polnear-train'): string[] {
  const dir = path.join(sharedDir, 'eval', split, 'text');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}
