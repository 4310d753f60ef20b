/**
 * The /quote answer: quotes with speaker, role, the sentence around them, article and date;
 * ranked so whole statements by named people come first.
 */
import type { CorpusView } from './corpus.js';
import type { Reply } from './reply.js';
import { moreChoice, pageOf, showingNote, type ListRequest } from './paging.js';
import { buildReply, commandChoice } from './reply-builder.js';
import { quoteScore, replyQuote, type QuoteRef } from './statements.js';
import { foldText } from './text.js';

/** Most quotes one reply shows. */
export const MAX_QUOTES = 5;
/** Selected quotes that fill the first page: a view holding as many reads no older articles. */
export const QUOTES_FILLING_A_PAGE = MAX_QUOTES;

/** The most notable quotes among `refs`, distinct texts only, best first. */
export function notableQuotes(refs: readonly QuoteRef[], limit: number): QuoteRef[] {
  const articleRank = new Map<string, number>();
  for (const ref of refs) if (!articleRank.has(ref.article.id)) articleRank.set(ref.article.id, articleRank.size);
  const seen = new Set<string>();
  return refs
    .map((ref) => ({ ref, score: quoteScore(ref, articleRank.get(ref.article.id) ?? 0) }))
    .sort((a, b) => b.score - a.score)
    .filter(({ ref }) => {
      const key = foldText(ref.quote.text);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit)
    .map(({ ref }) => ref);
}

/**
 * Builds the /quote reply: page `request.page` of the quotes, most notable first (or in the given
 * order when `ordered`), the total counting each distinct quote once, and `more` for the next page.
 */
export function buildQuoteReply(
  view: CorpusView,
  title: string,
  refs: readonly QuoteRef[],
  scope: string,
  options: { ordered?: boolean; request?: ListRequest; reported?: { count: number; query: string } } = {},
): Reply {
  const ranked = options.ordered ? [...refs] : notableQuotes(refs, refs.length);
  const page = pageOf(ranked, options.request?.page, MAX_QUOTES);
  if (page.items.length === 0) {
    // Words given in reported speech ("she said the deal ...") are statements, not quotes: point there.
    const reported = options.reported && options.reported.count > 0 ? options.reported : undefined;
    return buildReply({
      title,
      description: reported
        ? `No quotes in quotation marks ${scope}, but ${reported.count} reported statement${reported.count === 1 ? '' : 's'}.`
        : `No quotes found ${scope}.`,
      choices: reported ? [commandChoice(`See the ${reported.count === 1 ? 'statement' : 'statements'}`, 'claims', { about: reported.query })] : [],
      ephemeral: true,
      tone: 'notice',
    });
  }
  const more = moreChoice(options.request, page, 'quotes', MAX_QUOTES);
  return buildReply({
    title,
    description: `${page.total} quote${page.total === 1 ? '' : 's'} ${scope}.${showingNote(page)}`,
    quotes: page.items.map((ref) => replyQuote(view, ref)),
    ...(more ? { more } : {}),
  });
}
