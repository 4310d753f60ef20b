import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { bodyWords, fingerprintOf } from '../../src/ingest/fingerprint.js';
import { inventedArticles } from '../support/articles.js';
import { MAX_CANDIDATE_RATE, MAX_JACCARD_OF_DIFFERENT_STORIES, measureNearDuplicates, nearDuplicateProblems } from '../support/near-duplicates.js';

// Invented news in several shapes, two pairs of them on one topic (tests/fixtures/articles/), as ingest
// sees them: the paragraphs the parser finds. `npm run eval` holds PolNeAR's 84 real articles on
// overlapping topics to the same limits.
const stories = inventedArticles().map((article) => ({ name: article.name, paragraphs: parseArticle(article.text, { source: article.path }).paragraphs }));
const figures = measureNearDuplicates(stories);

describe('near-duplicate fingerprints', () => {
  it('ignores case, accents and punctuation when reading words', () => {
    expect(bodyWords(['Zürich’s MAYOR — said: “Yes.”'])).toEqual(['zurich', 's', 'mayor', 'said', 'yes']);
  });

  it('gives the same body the same fingerprint and an empty body none', () => {
    const words = bodyWords(stories[0]!.paragraphs);
    expect(fingerprintOf(words)).toBe(fingerprintOf([...words]));
    expect(fingerprintOf(words).split(' ')).toHaveLength(32);
    expect(fingerprintOf([])).toBe('');
  });

  it('finds every republished copy with a new header, footer and two edited words', () => {
    expect(figures.stories).toBeGreaterThanOrEqual(12);
    expect(figures.copiesMissed).toEqual([]);
  });

  it('never takes two different stories on the same topic for one', () => {
    expect(figures.falseDuplicates).toEqual([]);
    expect(figures.highestJaccard).toBeLessThan(MAX_JACCARD_OF_DIFFERENT_STORIES);
  });

  it('rarely makes different stories band candidates, so lookups stay small', () => {
    expect(figures.candidatePairs / figures.pairs).toBeLessThan(MAX_CANDIDATE_RATE);
  });

  it('counts a copy trimmed of its last paragraphs as the same story', () => {
    expect(figures.trimmedCopyCaught).toBe(true);
  });

  it('reports a story listed twice as taken for one, so the checks can fail', () => {
    const twice = measureNearDuplicates([stories[0]!, { ...stories[0]!, name: 'again' }, stories[1]!]);
    expect(twice.falseDuplicates).toEqual([`${stories[0]!.name} / again`]);
    expect(nearDuplicateProblems(twice)).not.toEqual([]);
  });
});
