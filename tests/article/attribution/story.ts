/** Helpers the attribution tests share: an invented one-story article, and who a quote is credited to. */
import { parseArticle } from '../../../src/article/parse-article.js';

/** A one-story article from paragraphs; every name and sentence in the tests is invented. */
export const story = (...paragraphs: string[]) => parseArticle(['Valley news', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));

/** Who the parser credits with the quote that starts with `start` (undefined: no such quote, null: nobody). */
export const speakerOf = (article: ReturnType<typeof parseArticle>, start: string) => {
  const quote = article.quotes.find((q) => q.text.startsWith(start));
  if (!quote) return undefined;
  return quote.speakerId === null ? null : (article.actors.find((a) => a.id === quote.speakerId)?.name ?? null);
};
