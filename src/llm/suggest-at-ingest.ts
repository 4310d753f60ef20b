/**
 * The optional LLM pass at ingest: claims and roles the rules missed, attached to the parse as
 * `suggestions`, apart from the parser's own findings and marked with the model's name. A failed
 * call leaves the article as the rules parsed it.
 */
import type { ParsedArticle } from '../article/types.js';
import type { Logger } from '../logging.js';
import type { Llm } from './types.js';

/**
 * Creates the ingest step that asks the model for what the rules missed.
 * @example const enrich = createIngestSuggester(llm, logger); const parsed2 = await enrich(parsed);
 */
export function createIngestSuggester(llm: Llm, logger: Logger): (article: ParsedArticle) => Promise<ParsedArticle> {
  return async (article) => {
    const outcome = await llm.proposeClaimsAndRoles(article);
    if (!outcome.ok) {
      logger.warn({ source: article.source, problem: outcome.problem }, 'LLM suggestions unavailable; article kept as parsed');
      return article;
    }
    const { claims, roles, dropped } = outcome.value;
    if (dropped > 0) logger.info({ source: article.source, dropped }, 'LLM suggestions not found in the article were dropped');
    return {
      ...article,
      suggestions: {
        model: llm.model,
        claims: claims.map(({ source: _llm, ...claim }) => claim),
        roles: roles.map(({ actorId, role, paragraph }) => ({ actorId, role, paragraph })),
      },
    };
  };
}
