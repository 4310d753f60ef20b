/**
 * What an optional "ACTOR or TOPIC" argument means, and the claims, quotes and events it selects.
 * An exact or word match on a name is an actor; otherwise the words are a topic searched in the
 * articles; a name with a typo is the last resort. No argument means the newest articles.
 */
import type { ArticleEvent, ParsedArticle } from '../article/types.js';
import { findActors } from './actor-search.js';
import type { Corpus, CorpusActor } from './corpus.js';
import { recentArticles } from './recent.js';
import { isClaimBy, nameMatcher, type ClaimRef, type QuoteRef } from './statements.js';

/** What the user asked about. */
export type Subject =
  | { kind: 'recent' }
  | { kind: 'actor'; actor: CorpusActor }
  | { kind: 'topic'; keys: string[]; label: string }
  | { kind: 'none'; label: string; suggestions: CorpusActor[] };

/** An event with the article it comes from. */
export interface EventRef {
  article: ParsedArticle;
  event: ArticleEvent;
}

/** How many of an actor's or a topic's newest articles a command reads. */
const ARTICLES_READ = 40;

/** Resolves a searchable argument to a subject; `label` is how replies name it (echo-safe). */
export function resolveSubject(corpus: Corpus, query: string, label: string = query): Subject {
  if (query.trim() === '') return { kind: 'recent' };
  const lookup = findActors(corpus, query);
  if (lookup.kind === 'found' && lookup.how !== 'loose') return { kind: 'actor', actor: lookup.actor };
  const keys = [...corpus.contentKeys(query)].filter((k) => corpus.wordCount(k) > 0);
  if (keys.length > 0 && corpus.articlesWithWords(keys, 1).length > 0) return { kind: 'topic', keys, label };
  if (lookup.kind === 'found') return { kind: 'actor', actor: lookup.actor };
  if (lookup.kind === 'ambiguous') return { kind: 'actor', actor: lookup.actors[0]! };
  return { kind: 'none', label, suggestions: lookup.suggestions };
}

/** The articles a subject reads, newest first. */
export function subjectArticles(corpus: Corpus, subject: Subject): ParsedArticle[] {
  switch (subject.kind) {
    case 'recent':
      return recentArticles(corpus);
    case 'actor': {
      const seen = new Set<ParsedArticle>();
      for (const { article } of subject.actor.appearances) {
        seen.add(article);
        if (seen.size >= ARTICLES_READ) break;
      }
      return [...seen];
    }
    case 'topic':
      return corpus.articlesWithWords(subject.keys, ARTICLES_READ);
    case 'none':
      return [];
  }
}

/** Claims a subject selects: made by or naming the actor, or using the topic's words. */
export function subjectClaims(corpus: Corpus, subject: Subject, limit: number): ClaimRef[] {
  const matches = itemMatcher(corpus, subject);
  const out: ClaimRef[] = [];
  for (const article of subjectArticles(corpus, subject)) {
    for (const claim of article.claims) {
      const ref = { article, claim };
      const by = subject.kind === 'actor' && isClaimBy(corpus, ref, subject.actor);
      if (by || matches(`${claim.sourceText ?? ''} ${claim.text}`)) out.push(ref);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Quotes a subject selects: spoken by the actor first, then naming it; or using the topic's words. */
export function subjectQuotes(corpus: Corpus, subject: Subject, limit: number): QuoteRef[] {
  const matches = itemMatcher(corpus, subject);
  const spoken: QuoteRef[] = [];
  const other: QuoteRef[] = [];
  for (const article of subjectArticles(corpus, subject)) {
    for (const quote of article.quotes) {
      const speaker = subject.kind === 'actor' ? corpus.actorOf(article, quote.speakerId) : undefined;
      if (speaker && speaker === (subject as { actor: CorpusActor }).actor) spoken.push({ article, quote });
      else if (matches(quote.text)) other.push({ article, quote });
    }
    if (spoken.length >= limit) break;
  }
  return [...spoken, ...other].slice(0, limit);
}

/** Dated events a subject selects: where the actor is named, or using the topic's words. */
export function subjectEvents(corpus: Corpus, subject: Subject, limit: number): EventRef[] {
  const matches = itemMatcher(corpus, subject);
  const out: EventRef[] = [];
  for (const article of subjectArticles(corpus, subject)) {
    const named =
      subject.kind === 'actor'
        ? new Set(subject.actor.appearances.filter((a) => a.article === article).flatMap((a) => a.actor.paragraphs))
        : new Set<number>();
    for (const event of article.events) {
      if (named.has(event.paragraph) || matches(event.text)) out.push({ article, event });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

// Recent: everything; actor: text naming it; topic: text using every topic word.
function itemMatcher(corpus: Corpus, subject: Subject): (text: string) => boolean {
  switch (subject.kind) {
    case 'recent':
      return () => true;
    case 'actor':
      return nameMatcher(subject.actor);
    case 'topic':
      return (text) => {
        const words = corpus.contentKeys(text);
        return subject.keys.every((k) => words.has(k));
      };
    case 'none':
      return () => false;
  }
}
