/** Whether parsed paragraphs hold an article at all. */

/**
 * At least one sentence of words: a file of numbers, symbols or a word or two is no article.
 * @example holdsArticleText(['!!!']) // false
 */
export function holdsArticleText(paragraphs: string[]): boolean {
  const words = paragraphs.join(' ').match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 6 && paragraphs.some((p) => (p.match(/\p{L}{2,}/gu) ?? []).length >= 4);
}

/** The one-line problem for a file that holds no article. */
export const NO_ARTICLE_PROBLEM = 'holds no article text (no sentences of words found): pass a news article';
