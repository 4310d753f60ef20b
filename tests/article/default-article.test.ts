import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { parseWithCli } from '../support/parse-cli.js';
import { defaultArticleGoldPath, defaultArticlePath } from '../support/paths.js';
import { DEFAULT_ARTICLE_FLOORS, scoreParse } from '../support/score.js';

// The gold and the scorer are copies of the shared ones (tests/fixtures/gold/, tests/support/score-article.mjs);
// `npm run eval` scores the same parse with the shared scorer and gold, and PolNeAR with its floors.
describe('the default article end to end', () => {
  const [parsed] = parseWithCli([defaultArticlePath]);

  it('scores at least 0.95 overall against its gold, with people, quotes found and attribution perfect', () => {
    const score = scoreParse(parsed, defaultArticleGoldPath, DEFAULT_ARTICLE_FLOORS);
    expect(score.short, score.output).toEqual([]);
    expect(score.passed, score.output).toBe(true);
    expect(score.figures.overall).toBeGreaterThanOrEqual(0.95);
  });

  it('falls short of those floors once its quotes are taken away, so the check can fail', () => {
    const score = scoreParse({ ...parsed, quotes: [] }, defaultArticleGoldPath, DEFAULT_ARTICLE_FLOORS);
    expect(score.passed).toBe(false);
    expect(score.short.join('; ')).toMatch(/quotes_found 0\.000 < 1/);
  });

  it('gives the same id and the same output for the same input', () => {
    const raw = readFileSync(defaultArticlePath, 'utf8');
    expect(JSON.stringify(parseArticle(raw))).toBe(JSON.stringify(parseArticle(raw)));
  });
});
