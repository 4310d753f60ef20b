/**
 * Compacts parsed articles for a long stay in memory. At ten thousand articles the parses are most
 * of the bot's heap, and much of it is repetition: the same short strings ("person", "said", "a3")
 * held once per use, empty arrays held once per field, and quotes, claims and events repeating
 * words of their paragraph. Values stay equal; only their storage changes.
 */
import type { ParsedArticle } from '../article/types.js';

/** Compacts articles in place, sharing short strings across every article it has seen. */
export interface ArticleCompactor {
  /** Compacts `article` in place (once; later calls return at once) and returns it. */
  compact(article: ParsedArticle): ParsedArticle;
}

// Frozen, so code that wrongly tried to add to a shared empty list fails loudly instead of
// changing every article at once.
const EMPTY: readonly never[] = Object.freeze([]);

// Longer texts rarely repeat, and a V8 string's header is small next to them.
const MAX_SHARED_LENGTH = 64;

/**
 * Creates a compactor. `maxShared` bounds the shared-string table, so a long-running bot fed new
 * names for months keeps a bounded table (strings beyond it are simply not shared).
 * @example const compactor = createArticleCompactor(); compactor.compact(parseArticle(text));
 */
export function createArticleCompactor(maxShared = 250_000): ArticleCompactor {
  const shared = new Map<string, string>();
  // Whole lists repeat too: an actor seen in paragraphs [0, 2], roles ["President"], aliases ["Putin"].
  const sharedLists = new Map<string, readonly (string | number)[]>();
  const done = new WeakSet<ParsedArticle>();

  const text = (value: string): string => {
    if (typeof value !== 'string' || value.length > MAX_SHARED_LENGTH) return value;
    const known = shared.get(value);
    if (known !== undefined) return known;
    if (shared.size < maxShared) shared.set(value, value);
    return value;
  };
  const textOrNull = (value: string | null): string | null => (value === null ? null : text(value));
  // Lists are shared by their content, frozen so no one article can change the others' copy.
  const sharedList = <T>(key: string, make: () => T[]): T[] => {
    const known = sharedLists.get(key);
    if (known !== undefined) return known as unknown as T[];
    const values = make();
    if (sharedLists.size >= maxShared) return values;
    sharedLists.set(key, Object.freeze(values) as readonly (string | number)[]);
    return values;
  };
  const texts = (values: string[]): string[] => {
    if (values.length === 0) return empty();
    if (!values.every(isShortText)) return values.map(text);
    return sharedList(values.join('\n'), () => values.map(text));
  };
  // "\u0001" keeps number lists apart from text lists (no shared text contains it).
  const numbers = (values: number[]): number[] => {
    if (values.length === 0) return empty();
    if (values.length > 16 || !values.every(Number.isInteger)) return values;
    return sharedList(`\u0001${values.join(',')}`, () => values);
  };
  // Objects in a list are compacted in place; only an empty list is swapped for the shared one.
  const list = <T>(values: T[], each: (value: T) => void): T[] => {
    if (values.length === 0) return empty();
    for (const value of values) each(value);
    return values;
  };

  return {
    compact(article) {
      if (done.has(article)) return article;
      done.add(article);
      const within = paragraphSlicer(article.paragraphs);
      article.publishedAt = textOrNull(article.publishedAt);
      article.agency = textOrNull(article.agency);
      article.dateline = textOrNull(article.dateline);
      article.layout = text(article.layout);
      article.bylines = texts(article.bylines);
      article.subheadings = texts(article.subheadings);
      article.credits = list(article.credits, (credit) => {
        credit.name = text(credit.name);
        credit.role = text(credit.role);
      });
      article.captions = list(article.captions, (caption) => {
        caption.credit = textOrNull(caption.credit);
      });
      article.actors = list(article.actors, (actor) => {
        actor.id = text(actor.id);
        actor.name = text(actor.name);
        actor.kind = text(actor.kind) as typeof actor.kind;
        actor.roles = texts(actor.roles);
        actor.aliases = texts(actor.aliases);
        actor.paragraphs = numbers(actor.paragraphs);
      });
      article.quotes = list(article.quotes, (quote) => {
        quote.text = within(quote.text, quote.paragraph);
        quote.sentence = within(quote.sentence, quote.paragraph);
        quote.speakerId = textOrNull(quote.speakerId);
        quote.kind = text(quote.kind) as typeof quote.kind;
        quote.cue = textOrNull(quote.cue);
      });
      article.claims = list(article.claims, (claim) => {
        claim.text = within(claim.text, claim.paragraph);
        claim.sourceText = text(claim.sourceText);
        claim.sourceId = textOrNull(claim.sourceId);
        claim.kind = text(claim.kind) as typeof claim.kind;
        claim.cue = text(claim.cue);
        claim.coSourceIds = texts(claim.coSourceIds);
      });
      article.events = list(article.events, (event) => {
        event.text = within(event.text, event.paragraph);
        event.date = text(event.date);
        event.expression = text(event.expression);
      });
      return article;
    },
  };
}

function isShortText(value: unknown): boolean {
  return typeof value === 'string' && value.length <= MAX_SHARED_LENGTH && !/[\n\u0001]/.test(value);
}

function empty<T>(): T[] {
  return EMPTY as unknown as T[];
}

/**
 * Points a text into its paragraph's string when it is a part of it: V8 keeps a slice of 13 or
 * more characters as a view of the longer string, so the words are held once.
 */
function paragraphSlicer(paragraphs: readonly string[]): (text: string, paragraph: number) => string {
  return (text, paragraph) => {
    const source = paragraphs[paragraph];
    if (!source || typeof text !== 'string' || text.length < 13) return text;
    const at = source.indexOf(text);
    return at < 0 ? text : source.slice(at, at + text.length);
  };
}
