/**
 * Article texts for the ingest measurements: each made of five generated invented stories (their
 * own spokespeople, towns and figures, tests/support/generated-articles.ts) under one headline,
 * about 350 words, so no two are near-duplicates and each is parsed and stored in full.
 */
import { generatedArticle } from '../tests/support/generated-articles.js';

/** Bench article `i` (distinct for i below 800). */
export function benchArticleText(i: number): string {
  const parts = [0, 1, 2, 3, 4].map((k) => generatedArticle(i * 5 + k).split('\n'));
  const [headline = '', date = '', byline = ''] = parts[0]!;
  return [headline, date, byline, '', ...parts.flatMap((lines) => lines.slice(4))].join('\n');
}
