/**
 * `briefing parse FILE... [--json]`: one compact JSON object per file and line, in input order, or a
 * readable summary. A file that cannot be read gets one line on stderr naming it and the problem; the
 * others still print, and the exit code is 1.
 */
import type { Writable } from 'node:stream';
import { parseArticle, readArticleFile, createParserResources } from '../article/parse-article.js';
import { formatSummary } from '../article/summary.js';
import { holdsArticleText, NO_ARTICLE_PROBLEM } from '../article/article-text.js';
import { isoDateOrNull } from '../article/dates.js';

/** The one-line problem with a --date value, or null when it is a date. */
export function dateOptionProblem(value: string | undefined): string | null {
  if (value === undefined || isoDateOrNull(value)) return null;
  return `--date "${value}" is not a date: write it as YYYY-MM-DD, e.g. --date 2025-03-04`;
}

export async function runParse(files: string[], options: { json: boolean; date?: string }, out: Writable, err: Writable): Promise<number> {
  const dateProblem = dateOptionProblem(options.date);
  if (dateProblem) {
    err.write(`briefing parse: ${dateProblem}\n`);
    return 2;
  }
  const resources = createParserResources();
  let failed = false;
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
      const article = parseArticle(read.text, { source: file, resources, publishedAt: options.date ?? null });
      if (!holdsArticleText(article.paragraphs)) {
        err.write(`${file}: ${NO_ARTICLE_PROBLEM}\n`);
        failed = true;
        continue;
      }
      out.write(options.json ? `${JSON.stringify(article)}\n` : `${formatSummary(article)}\n`);
    } catch (e) {
      err.write(`${file}: could not be parsed (${e instanceof Error ? e.message : String(e)}): please report this file\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

