/**
 * The parser ingest uses, and its version. The real parser is loaded on first use, so a caller
 * that injects its own (tests, benchmarks) never loads it.
 */
import type { ParseArticle } from './ingest-article.js';

/** A parser with the version it stamps on its output. */
export interface VersionedParser {
  parse: ParseArticle;
  version: number;
}

/**
 * Resolves `parse` (or the project's parser) and learns its version by parsing a two-line probe:
 * knowing it up front is what lets unchanged files skip parsing altogether.
 */
export async function resolveParser(parse?: ParseArticle, knownVersion?: number): Promise<VersionedParser> {
  const chosen = parse ?? (await import('../article/parse-article.js')).parseArticle;
  if (knownVersion !== undefined) return { parse: chosen, version: knownVersion };
  let version = Number.NaN;
  try {
    version = chosen('Version probe\n\nA short body for the version probe.', { source: 'version-probe' }).parserVersion;
  } catch {
    // A parser that rejects the probe still works; every file is then parsed each time.
  }
  return { parse: chosen, version };
}
