/**
 * `node --import tsx bench/parse-hashes.ts [OUT]`: parses every text the parser is held to (test
 * fixtures, data/articles, PolNeAR dev and train from the shared folder) and prints one line per text:
 * a hash of the parse as JSON with its attribution trace, then the file. A speed change must leave
 * this list unchanged: write it before, again after, and diff the two.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { createParserResources, parseArticle } from '../src/article/parse-article.js';
import type { AttributionTrace } from '../src/article/attribution/attribute-quotes.js';
import { findSharedFolder, repoRoot } from '../scripts/eval/shared-folder.js';

const walk = (dir: string): string[] => {
  try {
    return readdirSync(dir)
      .sort()
      .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  } catch {
    return [];
  }
};
const shared = findSharedFolder().dir;
const files = [
  ...walk(join(repoRoot, 'tests/fixtures')),
  ...walk(join(repoRoot, 'data/articles')),
  ...walk(join(shared, 'eval/polnear-dev/text')),
  ...walk(join(shared, 'eval/polnear-train/text')),
].filter((f) => /\.(?:txt|html)$/.test(f));
const resources = createParserResources();
const lines: string[] = [];
const all = createHash('sha256');
for (const file of files) {
  const trace: AttributionTrace = { quotes: [], mentions: [] };
  const parsed = parseArticle(readFileSync(file, 'utf8'), { source: relative(repoRoot, file), resources, trace, publishedAt: '2020-01-01' });
  const hash = createHash('sha256').update(JSON.stringify({ parsed, trace })).digest('hex').slice(0, 16);
  all.update(hash);
  lines.push(`${hash} ${relative(repoRoot, file)}`);
}
lines.push(`${all.digest('hex').slice(0, 16)} all ${files.length} texts`);
const out = process.argv[2];
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.at(-1)}\n`);
