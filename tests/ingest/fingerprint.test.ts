import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyWords, fingerprintOf, isNearDuplicate, overlap, shingles } from '../../src/ingest/fingerprint.js';

// Real news on overlapping topics (PolNeAR dev split: 84 articles, 2016 US election, one paragraph per line).
const corpusDir = join(process.cwd(), '..', 'shared', 'eval', 'polnear-dev', 'text');
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(corpusDir, name), 'utf8').split('\n').filter((line) => line.trim() !== ''));

/** The same story as another site would run it: its own header and footer, two words edited. */
function republished(paragraphs: string[]): string[] {
  const edited = paragraphs.map((p) => p);
  const words = edited[1]?.split(' ') ?? [];
  if (words.length > 6) {
    words[2] = 'reportedly';
    words[5] = 'several';
    edited[1] = words.join(' ');
  }
  return ['Read more on Example Daily News, your trusted source.', ...edited, 'Copyright 2016 Example Daily. All rights reserved.'];
}

const bands = (fingerprint: string) => new Set(fingerprint.split(' '));
const shareBand = (a: string, b: string) => [...bands(a)].some((key) => bands(b).has(key));

describe('near-duplicate fingerprints', () => {
  it('ignores case, accents and punctuation when reading words', () => {
    expect(bodyWords(['Zürich’s MAYOR — said: “Yes.”'])).toEqual(['zurich', 's', 'mayor', 'said', 'yes']);
  });

  it('gives the same body the same fingerprint and an empty body none', () => {
    const words = bodyWords(corpus[0]!);
    expect(fingerprintOf(words)).toBe(fingerprintOf([...words]));
    expect(fingerprintOf(words).split(' ')).toHaveLength(32);
    expect(fingerprintOf([])).toBe('');
  });

  it('finds every republished copy with a new header, footer and two edited words', () => {
    expect(corpus.length).toBeGreaterThan(50);
    for (const paragraphs of corpus) {
      const original = bodyWords(paragraphs);
      const copy = bodyWords(republished(paragraphs));
      expect(shareBand(fingerprintOf(original), fingerprintOf(copy))).toBe(true);
      expect(isNearDuplicate(shingles(original), shingles(copy))).toBe(true);
    }
  });

  it('never takes two different stories on the same topic for one', () => {
    const sets = corpus.map((paragraphs) => shingles(bodyWords(paragraphs)));
    let highest = 0;
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        expect(isNearDuplicate(sets[i]!, sets[j]!)).toBe(false);
        highest = Math.max(highest, overlap(sets[i]!, sets[j]!).jaccard);
      }
    }
    expect(highest).toBeLessThan(0.2);
  });

  it('rarely makes different stories band candidates, so lookups stay small', () => {
    const prints = corpus.map((paragraphs) => fingerprintOf(bodyWords(paragraphs)));
    let candidatePairs = 0;
    let pairs = 0;
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) {
        pairs++;
        if (shareBand(prints[i]!, prints[j]!)) candidatePairs++;
      }
    }
    expect(candidatePairs / pairs).toBeLessThan(0.01);
  });

  it('counts a copy trimmed of its last paragraphs as the same story', () => {
    const long = corpus.find((paragraphs) => paragraphs.length >= 12)!;
    const trimmed = long.slice(0, long.length - 1);
    expect(isNearDuplicate(shingles(bodyWords(long)), shingles(bodyWords(trimmed)))).toBe(true);
  });
});
