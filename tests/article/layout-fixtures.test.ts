/**
 * The invented articles of tests/fixtures/layouts/, one per page layout (AP and Reuters pages, BBC,
 * a newsletter, a press wire, a live-blog entry, a saved HTML page, a transcript, a roundup), each
 * parsed by the real command line and scored against its own gold with the vendored scorer.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithCli } from '../support/parse-cli.js';
import { fixturesDir } from '../support/paths.js';
import { scoreParse } from '../support/score.js';

const dir = path.join(fixturesDir, 'layouts');
const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
const articleOf = (gold: string) => {
  const stem = gold.replace(/\.gold\.json$/, '');
  return path.join(dir, readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && !f.endsWith('.gold.json'))!);
};

describe('articles in every layout', () => {
  const parsed = parseWithCli(golds.map(articleOf));

  it('has a fixture for each layout the parser is held to', () => {
    expect(golds.length).toBeGreaterThanOrEqual(9);
  });

  it.each(golds.map((gold, k) => [gold.replace(/\.gold\.json$/, ''), k] as const))('scores %s at least 0.95 overall against its gold', (_name, k) => {
    const score = scoreParse(parsed[k], path.join(dir, golds[k]!), { overall: 0.95 });
    expect(score.short, score.output).toEqual([]);
  });
});
