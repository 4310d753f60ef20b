/**
 * The parser ingest uses, and its version: knowing the version up front is what lets unchanged
 * files skip parsing altogether.
 */
import { PARSER_VERSION } from '../article/parse-article.js';
import type { ParseArticle } from './ingest-article.js';
import { sharedParsePool } from './parse-pool.js';

/** A parser with the version it stamps on its output. */
export interface VersionedParser {
  parse: ParseArticle;
  version: number;
}

/**
 * The project's parser (in the worker pool, off the event loop), or an injected one (tests,
 * benchmarks) whose version is given or learnt by parsing a two-line probe.
 */
export async function resolveParser(parse?: ParseArticle, knownVersion?: number): Promise<VersionedParser> {
  if (!parse) {
    const pool = sharedParsePool();
    return { parse: (raw, options) => pool.parse(raw, options), version: knownVersion ?? PARSER_VERSION };
  }
  if (knownVersion !== undefined) return { parse, version: knownVersion };
  let version = Number.NaN;
  try {
    version = (await parse('Version probe\n\nA short body for the version probe.', { source: 'version-probe' })).parserVersion;
  } catch {
    // A parser that rejects the probe still works; every file is then parsed each time.
  }
  return { parse, version };
}
