/**
 * `briefing parse FILE... [--json]`: one compact JSON object per file and line, in input order, or a
 * readable summary. Parses run in the worker pool with its time budget and memory cap, as at ingest.
 * A file that cannot be read or parsed gets one line on stderr naming it and the problem; the others
 * still print, and the exit code is 1.
 */
import type { Writable } from 'node:stream';
import { readArticleFile } from '../article/parse-article.js';
import { formatSummary } from '../article/summary.js';
import { holdsArticleText, NO_ARTICLE_PROBLEM } from '../article/article-text.js';
import { ConfigError, loadParseLimits } from '../config.js';
import { createParsePool, ParseRefusedError } from '../ingest/parse-pool.js';

export async function runParse(files: string[], options: { json: boolean }, out: Writable, err: Writable, env: Record<string, string | undefined> = process.env): Promise<number> {
  let limits;
  try {
    limits = loadParseLimits(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    err.write(`${e.message}\n`);
    return 1;
  }
  const pool = createParsePool(limits);
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
        const article = await pool.parse(read.text, { source: file });
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
