/**
 * `briefing parse FILE... [--json] [--date YYYY-MM-DD] [--model FILE]`: one compact JSON object per file
 * and line, in input order, or a readable summary. Parses run in the worker pool with its time budget
 * and memory cap, as at ingest; --model gives another attribution model file (training scores its
 * folds with it).
 * A file that cannot be read or parsed gets one line on stderr naming it and the problem; the others
 * still print, and the exit code is 1.
 */
import path from 'node:path';
import type { Writable } from 'node:stream';
import { AttributionModelError, loadAttributionModel } from '../article/attribution/model.js';
import { readArticleFile } from '../article/parse-article.js';
import { formatSummary } from '../article/summary.js';
import { holdsArticleText, NO_ARTICLE_PROBLEM } from '../article/article-text.js';
import { ConfigError, loadParseLimits } from '../config.js';
import { createParsePool, ParseRefusedError } from '../ingest/parse-pool.js';
import { isoDateOrNull } from '../article/dates.js';

/** The one-line problem with a --date value, or null when it is a date. */
export function dateOptionProblem(value: string | undefined): string | null {
  if (value === undefined || isoDateOrNull(value)) return null;
  return `--date "${value}" is not a date: write it as YYYY-MM-DD, e.g. --date 2025-03-04`;
}

export async function runParse(
  files: string[],
  options: { json: boolean; date?: string; model?: string },
  out: Writable,
  err: Writable,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const dateProblem = dateOptionProblem(options.date);
  if (dateProblem) {
    err.write(`briefing parse: ${dateProblem}\n`);
    return 2;
  }
  let limits;
  try {
    limits = loadParseLimits(env);
    // A model file that does not load is named here, once, rather than in every worker.
    if (options.model) loadAttributionModel(options.model);
  } catch (e) {
    if (!(e instanceof ConfigError) && !(e instanceof AttributionModelError)) throw e;
    err.write(`${e.message}\n`);
    return 1;
  }
  const pool = createParsePool(limits, options.model ? { attributionModel: path.resolve(options.model) } : {});
  let failed = false;
  try {
    for (const file of files) {
      const read = await readArticleFile(file);
      if (!read.ok) {
        err.write(`${file}: ${read.problem}\n`);
        failed = true;
        continue;
      }
      if (read.warning) {
        err.write(`${file}: ${read.warning}\n`);
        failed = true;
      }
      try {
        const article = await pool.parse(read.text, { source: file, ...(options.date ? { publishedAt: options.date } : {}) });
        if (!holdsArticleText(article.paragraphs)) {
          err.write(`${file}: ${NO_ARTICLE_PROBLEM}\n`);
          failed = true;
          continue;
        }
        out.write(options.json ? `${JSON.stringify(article)}\n` : `${formatSummary(article)}\n`);
      } catch (e) {
        const others = files.length > 1 ? '; the others are parsed' : '';
        if (e instanceof ParseRefusedError) err.write(`${file}: ${e.message}${others}\n`);
        else err.write(`${file}: could not be parsed (${e instanceof Error ? e.message : String(e)}): please report this file\n`);
        failed = true;
      }
    }
  } finally {
    await pool.close();
  }
  return failed ? 1 : 0;
}
