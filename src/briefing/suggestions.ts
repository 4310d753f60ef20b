/**
 * Claims a language model suggested at ingest (OPENAI_INGEST_SUGGESTIONS), shown apart from the
 * parser's findings and marked as suggestions, each line citing its paragraph.
 */
import type { Claim, ParsedArticle } from '../article/types.js';
import type { CorpusView } from './corpus.js';
import type { ReplySection } from './reply.js';
import { claimLine } from './statements.js';

/** At most this many suggestion lines in a reply. */
const MAX_SUGGESTIONS = 5;

/**
 * A section of suggested claims from the given articles, or null when there are none.
 * `keep` selects the ones that belong to the reply (an actor's, a topic's).
 */
export function suggestedClaimsSection(
  view: CorpusView,
  articles: Iterable<ParsedArticle>,
  keep: (article: ParsedArticle, claim: Claim) => boolean = () => true,
): ReplySection | null {
  const lines = [];
  const models = new Set<string>();
  for (const article of articles) {
    for (const claim of article.suggestions?.claims ?? []) {
      if (!keep(article, claim)) continue;
      models.add(article.suggestions!.model);
      lines.push(claimLine(view, { article, claim }));
      if (lines.length >= MAX_SUGGESTIONS) break;
    }
    if (lines.length >= MAX_SUGGESTIONS) break;
  }
  if (lines.length === 0) return null;
  return { title: `Suggested by a language model (${[...models].join(', ')}), found in the article text`, lines };
}
