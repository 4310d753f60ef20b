/**
 * Chooses which paragraphs go into a prompt, so a large corpus never becomes a huge (and costly)
 * prompt: for a question, the paragraphs sharing the most words with it; for a digest, the
 * opening paragraphs of each article.
 */
import type { ParsedArticle } from '../article/types.js';
import type { ArticleExcerpt } from './fence-articles.js';

/** A paragraph and how well it matches a question. */
export interface ScoredPassage {
  article: ParsedArticle;
  paragraph: number;
  score: number;
}

const stopWords = new Set(
  (
    'the and for with what who whom whose did does was were are about from that this have has had how why when where ' +
    'which say said says tell told into over than then them they their there will would could should can not any all ' +
    'its his her our your you also been being more most some such only just very much many after before'
  ).split(' '),
);

/** Lower-case, accent-free word stems of at least three letters, stop words removed. */
export function terms(text: string): Set<string> {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]{3,}/g);
  // A six-letter prefix is a cheap stem: "visits"/"visited", "accusation"/"accused" meet.
  return new Set((words ?? []).filter((w) => !stopWords.has(w)).map((w) => w.slice(0, 6)));
}

/** Every paragraph sharing at least one term with the question, best first. */
export function rankPassages(question: string, articles: ParsedArticle[]): ScoredPassage[] {
  const wanted = terms(question);
  if (wanted.size === 0) return [];
  const scored: ScoredPassage[] = [];
  for (const article of articles) {
    const headlineHits = countHits(wanted, terms(article.headline));
    article.paragraphs.forEach((text, paragraph) => {
      const hits = countHits(wanted, terms(text));
      if (hits > 0) scored.push({ article, paragraph, score: hits + headlineHits * 0.25 });
    });
  }
  return scored.sort((a, b) => b.score - a.score || a.paragraph - b.paragraph);
}

function countHits(wanted: Set<string>, have: Set<string>): number {
  let hits = 0;
  for (const term of wanted) if (have.has(term)) hits += 1;
  return hits;
}

/**
 * Paragraphs for a question, within `maxChars`: the best-matching ones and the paragraph after
 * each, grouped by article in reading order. When nothing matches, the opening paragraphs of the first articles.
 */
export function selectForQuestion(question: string, articles: ParsedArticle[], maxChars = 12_000): ArticleExcerpt[] {
  const ranked = rankPassages(question, articles);
  if (ranked.length === 0) return selectForDigest(articles, maxChars, 4);
  const chosen = new Map<ParsedArticle, Set<number>>();
  let used = 0;
  const take = (article: ParsedArticle, paragraph: number): void => {
    const list = chosen.get(article) ?? new Set<number>();
    const text = article.paragraphs[paragraph];
    if (text === undefined || list.has(paragraph)) return;
    if (used + text.length + 8 > maxChars && used > 0) return;
    used += text.length + 8;
    list.add(paragraph);
    chosen.set(article, list);
  };
  for (const passage of ranked) {
    take(passage.article, passage.paragraph);
    // The next paragraph often goes on with "He said ...": the answer may be there.
    take(passage.article, passage.paragraph + 1);
  }
  return [...chosen].map(([article, paragraphs]) => ({ article, paragraphs: [...paragraphs].sort((a, b) => a - b) }));
}

/** The opening paragraphs of up to `maxArticles` articles, sharing `maxChars` between them. */
export function selectForDigest(articles: ParsedArticle[], maxChars = 16_000, maxArticles = 8): ArticleExcerpt[] {
  const picked = articles.filter((a) => a.paragraphs.length > 0).slice(0, maxArticles);
  const share = picked.length > 0 ? Math.floor(maxChars / picked.length) : 0;
  return picked.map((article) => {
    const paragraphs: number[] = [];
    let used = 0;
    for (let index = 0; index < article.paragraphs.length; index += 1) {
      const length = article.paragraphs[index]!.length + 8;
      if (used + length > share && paragraphs.length > 0) break;
      used += length;
      paragraphs.push(index);
    }
    return { article, paragraphs };
  });
}
