/**
 * A small stand-in parser for ingest tests that need to count or vary parsing: first line is the
 * headline, each further line a paragraph. Passed in as `parse`, the way callers inject it.
 */
import type { ParsedArticle } from '../../src/article/types.js';
import { emptyParsedArticle } from '../fixtures/parsed-article.js';

export interface CountingParser {
  parse: (raw: string, options?: { source?: string }) => ParsedArticle;
  /** Sources parsed so far, the version probe left out. */
  parsed: string[];
}

export function simpleParser(version = 1): CountingParser {
  const parsed: string[] = [];
  return {
    parsed,
    parse(raw, options = {}) {
      if (options.source !== 'version-probe') parsed.push(options.source ?? '');
      if (raw.includes('MAKE-THE-PARSER-THROW')) throw new Error('unexpected token\nat line 3');
      const lines = raw
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return emptyParsedArticle({
        headline: lines[0] ?? '',
        paragraphs: lines.slice(1),
        layout: 'line-per-paragraph',
        source: options.source ?? null,
        parserVersion: version,
      });
    },
  };
}
