/**
 * The real briefing service on the default article (data/articles/putin-north-korea.txt), parsed
 * by the real parser, optionally with changes to the article text for hostile-content tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../../src/article/parse-article.js';
import { createBriefingService } from '../../../src/briefing/create-briefing-service.js';
import { corpusOver } from '../../support/corpus-over.js';
import { silentLogger } from '../../../src/logging.js';

const ARTICLE_PATH = fileURLToPath(new URL('../../../data/articles/putin-north-korea.txt', import.meta.url));

/** The default article's raw text. */
export const defaultArticleText = (): string => readFileSync(ARTICLE_PATH, 'utf8');

/** The real service over the default article, or over `text` when given. */
export function createRealService(text: string = defaultArticleText()) {
  const article = parseArticle(text, { source: 'putin-north-korea.txt' });
  return createBriefingService({ corpus: corpusOver([article]).corpus, logger: silentLogger() });
}
