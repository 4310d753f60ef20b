/**
 * The near-duplicate properties ingest relies on, measured over a corpus of distinct stories: every
 * republished copy caught, no two different stories taken for one, few band candidates, a trimmed
 * copy still caught. `npm test` holds the invented articles to them (tests/ingest/fingerprint.test.ts);
 * `npm run eval` holds PolNeAR's real articles to the same limits.
 */
import { bodyWords, fingerprintOf, isNearDuplicate, overlap, shingles } from '../../src/ingest/fingerprint.js';

/** Two different stories on one topic stay below this shingle overlap. */
export const MAX_JACCARD_OF_DIFFERENT_STORIES = 0.2;
/** At most this share of pairs of different stories share a band (each one costs a lookup). */
export const MAX_CANDIDATE_RATE = 0.01;
/** A story this long is trimmed of its last paragraph for the trimmed-copy check. */
const LONG_STORY_PARAGRAPHS = 12;

export interface Story {
  name: string;
  paragraphs: string[];
}

export interface NearDuplicateFigures {
  stories: number;
  /** Stories whose republished copy shares no band with it or is not confirmed as a near-duplicate. */
  copiesMissed: string[];
  pairs: number;
  /** Pairs of different stories taken for one (`a / b`). */
  falseDuplicates: string[];
  highestJaccard: number;
  /** Pairs of different stories that share a band. */
  candidatePairs: number;
  /** Whether a long story trimmed of its last paragraph is still caught; null with no story that long. */
  trimmedCopyCaught: boolean | null;
}

/** The same story as another site would run it: its own header and footer, two words edited. */
export function republished(paragraphs: readonly string[]): string[] {
  const edited = [...paragraphs];
  const words = edited[1]?.split(' ') ?? [];
  if (words.length > 6) {
    words[2] = 'reportedly';
    words[5] = 'several';
    edited[1] = words.join(' ');
  }
  return ['Read more on Example Daily News, your trusted source.', ...edited, 'Copyright 2025 Example Daily. All rights reserved.'];
}

const bands = (fingerprint: string) => new Set(fingerprint.split(' '));
const shareBand = (a: string, b: string) => [...bands(a)].some((key) => bands(b).has(key));

/** Measures the properties over `stories`, which must all be different stories. */
export function measureNearDuplicates(stories: readonly Story[]): NearDuplicateFigures {
  const words = stories.map((story) => bodyWords(story.paragraphs));
  const sets = words.map((w) => shingles(w));
  const prints = words.map((w) => fingerprintOf(w));

  const copiesMissed = stories
    .filter((story, k) => {
      const copy = bodyWords(republished(story.paragraphs));
      return !shareBand(prints[k]!, fingerprintOf(copy)) || !isNearDuplicate(sets[k]!, shingles(copy));
    })
    .map((story) => story.name);

  const falseDuplicates: string[] = [];
  let pairs = 0;
  let candidatePairs = 0;
  let highestJaccard = 0;
  for (let i = 0; i < stories.length; i++) {
    for (let j = i + 1; j < stories.length; j++) {
      pairs++;
      if (isNearDuplicate(sets[i]!, sets[j]!)) falseDuplicates.push(`${stories[i]!.name} / ${stories[j]!.name}`);
      if (shareBand(prints[i]!, prints[j]!)) candidatePairs++;
      highestJaccard = Math.max(highestJaccard, overlap(sets[i]!, sets[j]!).jaccard);
    }
  }

  const long = stories.find((story) => story.paragraphs.length >= LONG_STORY_PARAGRAPHS);
  const trimmedCopyCaught = long ? isNearDuplicate(shingles(bodyWords(long.paragraphs)), shingles(bodyWords(long.paragraphs.slice(0, -1)))) : null;

  return { stories: stories.length, copiesMissed, pairs, falseDuplicates, highestJaccard, candidatePairs, trimmedCopyCaught };
}

/** What falls short of the limits, one line each; empty when every property holds. */
export function nearDuplicateProblems(figures: NearDuplicateFigures): string[] {
  const problems: string[] = [];
  if (figures.copiesMissed.length) problems.push(`republished copies missed: ${figures.copiesMissed.join(', ')}`);
  if (figures.falseDuplicates.length) problems.push(`different stories taken for one: ${figures.falseDuplicates.join(', ')}`);
  if (figures.highestJaccard >= MAX_JACCARD_OF_DIFFERENT_STORIES) {
    problems.push(`highest overlap of different stories ${figures.highestJaccard.toFixed(3)} >= ${MAX_JACCARD_OF_DIFFERENT_STORIES}`);
  }
  if (figures.candidatePairs / figures.pairs >= MAX_CANDIDATE_RATE) {
    problems.push(`band candidates ${figures.candidatePairs} of ${figures.pairs} pairs >= ${MAX_CANDIDATE_RATE * 100}%`);
  }
  if (figures.trimmedCopyCaught !== true) problems.push(figures.trimmedCopyCaught === null ? 'no story long enough to trim' : 'a trimmed copy was missed');
  return problems;
}
