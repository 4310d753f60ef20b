/**
 * Puts article text into prompts as fenced data: each article inside an <article id="..."> block,
 * one numbered paragraph per line, with anything that could close or open a fence escaped, so an
 * article cannot step outside its block and pass for instructions.
 */
import type { ParsedArticle } from '../article/types.js';

/** The paragraphs of one article chosen for a prompt, by index. */
export interface ArticleExcerpt {
  article: ParsedArticle;
  paragraphs: number[];
}

/** Escapes tag openings (`<article`, `</question`, `<system>` ...) and folds line breaks to spaces. */
export function escapeFencedText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/<(?=\s*(?:\/\s*)?[A-Za-z!?])/g, '&lt;');
}

/** Keeps ids safe to print inside an attribute: ids are hashes, but a store could hold anything. */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_.:-]/g, '_');
}

/** Renders excerpts as fenced blocks, paragraph numbers in square brackets. */
export function fenceArticles(excerpts: ArticleExcerpt[]): string {
  return excerpts
    .map(({ article, paragraphs }) => {
      const head = [
        `<article id="${safeId(article.id)}">`,
        `headline: ${escapeFencedText(article.headline)}`,
        article.publishedAt ? `published: ${escapeFencedText(article.publishedAt)}` : null,
        article.agency ? `agency: ${escapeFencedText(article.agency)}` : null,
      ].filter((line): line is string => line !== null);
      const body = paragraphs.map((index) => `[${index}] ${escapeFencedText(article.paragraphs[index] ?? '')}`);
      return [...head, ...body, '</article>'].join('\n');
    })
    .join('\n\n');
}

/** Fences a user's question the same way, cut to `maxLength` characters. */
export function fenceQuestion(question: string, maxLength = 500): string {
  return `<question>\n${escapeFencedText(question.slice(0, maxLength))}\n</question>`;
}

/** The id as it appears in a prompt, to map citations back to articles. */
export function promptArticleId(article: ParsedArticle): string {
  return safeId(article.id);
}
