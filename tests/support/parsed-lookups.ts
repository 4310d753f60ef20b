/**
 * What the article tests ask of a parse, by name: an actor's kind and roles, and who spoke a quote.
 * One copy for the batch test files, which each defined their own.
 */
import type { ParsedArticle } from '../../src/article/types.js';

/** The kind of the actor named `name` (or, with `aliases`, also called so), if there is one. */
export function kindOf(article: ParsedArticle, name: string, options: { aliases?: boolean } = {}): string | undefined {
  return article.actors.find((a) => a.name === name || (options.aliases === true && a.aliases.includes(name)))?.kind;
}

/** The roles of the actor named `name`; none when there is no such actor. */
export function rolesOf(article: ParsedArticle, name: string): string[] {
  return article.actors.find((a) => a.name === name)?.roles ?? [];
}

/** The speaker of the quote whose text is `text`: a name, null when it has none, undefined when there is no such quote. */
export function speakerOf(article: ParsedArticle, text: string): string | null | undefined {
  const quote = article.quotes.find((q) => q.text === text);
  return quote ? (article.actors.find((a) => a.id === quote.speakerId)?.name ?? null) : undefined;
}
