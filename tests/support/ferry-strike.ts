/**
 * One story carried by three invented outlets (tests/fixtures/articles/ferry-strike-*.txt): Harbour
 * Wire and Kestrel Courier on June 11, Nordlys Press a day later. Their quotes repeat each other,
 * one is given to a different speaker, one is worded differently, and words reach them through
 * others ("quoted ... as saying", "told Radio Skarvik", "citing"). A service over them, as stored.
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/article/parse-article.js';
import type { ParsedArticle } from '../../src/article/types.js';
import { createBriefingService } from '../../src/briefing/create-briefing-service.js';
import { silentLogger } from '../../src/logging.js';
import { corpusOver } from './corpus-over.js';

/** The three outlets' articles, parsed, in the order they were published. */
export function ferryStrikeArticles(): ParsedArticle[] {
  return ['harbour-wire', 'kestrel-courier', 'nordlys-press'].map((outlet) => {
    const path = `tests/fixtures/articles/ferry-strike-${outlet}.txt`;
    return parseArticle(readFileSync(path, 'utf8'), { source: path });
  });
}

/** The briefing service over the three articles, stored as at ingest, on the day after the strike began. */
export function ferryStrikeService() {
  const { corpus } = corpusOver(ferryStrikeArticles());
  return createBriefingService({ corpus, logger: silentLogger(), now: () => new Date('2025-06-12T18:00:00Z') });
}
