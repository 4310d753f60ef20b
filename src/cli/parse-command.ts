/**
 * `briefing parse FILE... [--json] [--model FILE]`: one compact JSON object per file and line, in input order, or a
 * readable summary. A file that cannot be read gets one line on stderr naming it and the problem; the
 * others still print, and the exit code is 1.
 */
import type { Writable } from 'node:stream';
import { loadAttributionModel } from '../article/attribution/model.js';
import { loadLexicon } from '../article/lexicon.js';
import { parseArticle, readArticleFile, createParserResources, type ParserResources } from '../article/parse-article.js';
import { formatSummary } from '../article/summary.js';
import { holdsArticleText, NO_ARTICLE_PROBLEM } from '../article/article-text.js';

export async function runParse(files: string[], options: { json: boolean; model?: string }, out: Writable, err: Writable): Promise<number> {
  let resources: ParserResources;
  try {
    resources = createParserResources(loadLexicon(), loadAttributionModel(options.model));
  } catch (e) {
    err.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
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
      const article = parseArticle(read.text, { source: file, resources });
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

