/**
 * The parser ingest uses, and its version: knowing the version up front is what lets unchanged
 * files skip parsing altogether.
 */
import { PARSER_VERSION, parseArticle } from '../article/parse-article.js';
import type { ParseArticle } from './ingest-article.js';

/** A parser with the version it stamps on its output. */
export interface VersionedParser {
  parse: ParseArticle;
  version: number;
}

/**
 * The project's parser, or an injected one (tests, benchmarks) whose version is given or learnt
 * by parsing a two-line probe.
 */
export async function resolveParser(parse?: ParseArticle, knownVersion?: number): Promise<VersionedParser> {
  if (!parse) return { parse: parseArticle, version: knownVersion ?? PARSER_VERSION };
  if (knownVersion !== undefined) return { parse, version: knownVersion };
  let version = Number.NaN;
  try {
    version = parse('Version probe\n\nA short body for the version probe.', { source: 'version-probe' }).parserVersion;
  } catch {
    // A parser that rejects the probe still works; every file is then parsed each time.
  }
  return { parse, version };
}
