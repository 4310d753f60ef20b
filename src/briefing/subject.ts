/**
 * What an optional "ACTOR or TOPIC" argument means, the articles the store selects for it, and the
 * claims, quotes and events it picks from them. An exact or word match on a name is an actor;
 * otherwise the words are a topic searched in the articles; a name with a typo is the last resort.
 * No argument means the newest articles.
 */
import type { ArticleEvent, ParsedArticle } from '../article/types.js';
import type { ActorRecord } from '../store/corpus-queries.js';
import { findActors } from './actor-search.js';
import type { Corpus, CorpusView } from './corpus.js';
import { isClaimBy, nameMatcher, type ClaimRef, type QuoteRef } from './statements.js';
import { foldText, searchableQuery } from './text.js';

/** What the user asked about. */
export type Subject =
  | { kind: 'recent' }
  | { kind: 'actor'; actor: ActorRecord }
  | { kind: 'topic'; keys: string[]; label: string }
  | { kind: 'none'; label: string; suggestions: ActorRecord[] };

/** An event with the article it comes from. */
export interface EventRef {
  article: ParsedArticle;
  event: ArticleEvent;
}

/** How many of an actor's or a topic's newest articles a command reads at most. */
const ARTICLES_READ = 40;
/**
 * How many it reads first: a reply whose first page these fill reads no more (a reply's cost is
 * the parses it reads, nearly exactly; docs/measurements.md, eighth session).
 */
export const FIRST_ARTICLES_READ = 10;

/** Resolves a searchable argument to a subject; `label` is how replies name it (echo-safe). */
export async function resolveSubject(corpus: Corpus, query: string, label: string = query): Promise<Subject> {
  if (query.trim() === '') return { kind: 'recent' };
  // Remembered until any article changes: telling a topic from a name takes several index reads.
  const subject = await corpus.memo(`subject:${query}`, () => lookUpSubject(corpus, query));
  return subject.kind === 'topic' || subject.kind === 'none' ? { ...subject, label } : subject;
}

async function lookUpSubject(corpus: Corpus, query: string): Promise<Subject> {
  const lookup = await findActors(corpus, query);
  if (lookup.kind === 'found' && lookup.how !== 'loose') return { kind: 'actor', actor: lookup.actor };
  // A full name several actors carry is still a name, never words to search for: the first of them.
  const folded = foldText(searchableQuery(query));
  if (lookup.kind === 'ambiguous' && folded.includes(' ') && foldText(lookup.actors[0]!.name) === folded) return { kind: 'actor', actor: lookup.actors[0]! };
  const keys: string[] = [];
  for (const key of corpus.contentKeys(query)) if ((await corpus.queries.keyCount(key, 1)) > 0) keys.push(key);
  if (keys.length > 0 && (await corpus.queries.articlesWithKeys(keys, 1)).length > 0) return { kind: 'topic', keys, label: query };
  if (lookup.kind === 'found') return { kind: 'actor', actor: lookup.actor };
  if (lookup.kind === 'ambiguous') return { kind: 'actor', actor: lookup.actors[0]! };
  return { kind: 'none', label: query, suggestions: lookup.suggestions };
}

/**
 * What a reply about a subject shows: anything ('all'), its quotes, its claims or its dated events.
 * Quotes and claims also choose the articles (those where the actor is quoted, or makes claims,
 * first); the three are read as rows for an actor or a topic.
 */
export type SubjectFocus = 'all' | 'quotes' | 'claims' | 'events';

/** What a subject reads: at most `limit` articles, only those ingested after `since` when given. */
export interface SubjectReading {
  focus?: SubjectFocus;
  since?: string | null;
  limit?: number;
  /**
   * Whether a view of the newest FIRST_ARTICLES_READ articles already answers (fills the reply's
   * first page); only when it does not are the rest read. Decided by the articles alone, never by
   * the page asked for, so every page of a list is cut from the same view.
   */
  enough?: (view: CorpusView) => boolean;
  /**
   * What else an actor's view reads when the newest do not do (`enough`): the rest of its articles
   * ('all', the default), or only the actor's quotes and claims (and those naming them) in those
   * where the actor is quoted or makes a claim, read as rows ('spoken'), when what is missing is the
   * actor's own words (/who: a place or a party named in thousands of articles, and speaking in few,
   * read 40 whole parses for them, then up to 30 whole parses of the older ones where they spoke).
   */
  rest?: 'all' | 'spoken';
  /**
   * Which actors an actor's view links to corpus actors: all of each article's ('all', the default),
   * or only the actor and those its quotes and claims name ('said': /who shows no one else).
   */
  linking?: 'all' | 'said';
}

/**
 * The ids of the articles a subject reads, newest first: the newest (or those ingested after
 * `since`); an actor's newest appearances (and, with a focus, the newest where they are quoted or
 * make claims); a topic's newest matches.
 */
export async function subjectArticleIds(corpus: Corpus, subject: Subject, options: SubjectReading = {}): Promise<string[]> {
  const { focus = 'all', since = null, limit = ARTICLES_READ } = options;
  const q = corpus.queries;
  const ids = (key: string, find: () => Promise<string[]>) => corpus.memo(`ids:${key}:${since ?? ''}:${limit}`, find);
  switch (subject.kind) {
    case 'recent':
      return since ? ids('new', async () => (await q.newestArticles(limit, since)).map((a) => a.id)) : corpus.recentIds();
    case 'actor': {
      const id = subject.actor.id;
      const appearances = ids(`actor:${id}`, () => q.actorArticleIds(id, limit, since));
      if (focus === 'all' || focus === 'events' || since) return appearances;
      // Both index reads at once: one wait, not two.
      const [own, said] = await Promise.all([
        appearances,
        ids(`${focus}:${id}`, () => (focus === 'quotes' ? q.quotedArticleIds(id, limit) : q.claimArticleIds(id, limit))),
      ]);
      // Where they spoke first, then their other newest articles, `limit` in all.
      return [...new Set([...said, ...own])].slice(0, limit);
    }
    case 'topic':
      return ids(`topic:${subject.keys.join(' ')}`, () => q.articlesWithKeys(subject.keys, limit, since));
    case 'none':
      return [];
  }
}

/**
 * The articles a subject reads (subjectArticleIds), as a view; with a focus on quotes or claims,
 * a view linking only the actors those name (what a reply about them shows). With `enough`, the
 * newest few first, and the rest only when those do not fill the reply.
 */
export async function subjectView(corpus: Corpus, subject: Subject, options: SubjectReading = {}): Promise<CorpusView> {
  const ids = await subjectArticleIds(corpus, subject, options);
  const focus = options.focus ?? 'all';
  // An actor's or a topic's quotes, claims or events are read as rows, those it shows only, from all
  // of its articles at once. The newest articles' are not: their parses repeat from one reply to the
  // next and stay cached, where all their rows would be read each time (measured: /claims 1.6x slower as rows).
  if (focus !== 'all' && subject.kind === 'actor') return corpus.itemsView(ids, focus, { actor: subject.actor.id });
  if (focus !== 'all' && subject.kind === 'topic') return corpus.itemsView(ids, focus, { words: subject.keys });
  const said = options.linking === 'said' && subject.kind === 'actor';
  const reading = said ? 'said' : focus === 'events' ? 'all' : focus;
  const also = said ? [subject.actor.id] : [];
  if (options.enough && ids.length > FIRST_ARTICLES_READ) {
    // Where the actor spoke is asked beside the first read (two index reads), not after it.
    const spokenIn = options.rest === 'spoken' && subject.kind === 'actor' ? spokenArticleIds(corpus, subject.actor.id, ids.length) : null;
    const first = await corpus.view(ids.slice(0, FIRST_ARTICLES_READ), reading, also);
    if (options.enough(first)) return first;
    if (spokenIn && subject.kind === 'actor') {
      // The newest again (cached), and only the actor's words from the older ones where they spoke.
      const spoken = new Set(await spokenIn);
      const older = ids.slice(FIRST_ARTICLES_READ).filter((id) => spoken.has(id));
      return corpus.viewWithSaid(ids.slice(0, FIRST_ARTICLES_READ), older, subject.actor.id, reading, also);
    }
  }
  return corpus.view(ids, reading, also);
}

/** The newest articles where an actor is quoted or makes a claim (from the indexes), at most `limit` of each. */
function spokenArticleIds(corpus: Corpus, actorId: number, limit: number): Promise<string[]> {
  return corpus.memo(`spoken:${actorId}:${limit}`, async () =>
    (await Promise.all([corpus.queries.quotedArticleIds(actorId, limit), corpus.queries.claimArticleIds(actorId, limit)])).flat(),
  );
}

/** Claims a subject selects: made by or naming the actor, or using the topic's words. */
export function subjectClaims(view: CorpusView, subject: Subject, limit: number): ClaimRef[] {
  const matches = itemMatcher(view, subject);
  const out: ClaimRef[] = [];
  for (const article of view.articles) {
    for (const claim of article.claims) {
      const ref = { article, claim };
      const by = subject.kind === 'actor' && isClaimBy(view, ref, subject.actor);
      if (by || matches(`${claim.sourceText ?? ''} ${claim.text}`)) out.push(ref);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Quotes a subject selects: spoken by the actor first, then naming it; or using the topic's words. */
export function subjectQuotes(view: CorpusView, subject: Subject, limit: number): QuoteRef[] {
  const matches = itemMatcher(view, subject);
  const spoken: QuoteRef[] = [];
  const other: QuoteRef[] = [];
  for (const article of view.articles) {
    for (const quote of article.quotes) {
      const speaker = subject.kind === 'actor' ? view.actorOf(article, quote.speakerId) : undefined;
      if (speaker && subject.kind === 'actor' && speaker.id === subject.actor.id) spoken.push({ article, quote });
      else if (matches(quote.text)) other.push({ article, quote });
    }
    if (spoken.length >= limit) break;
  }
  return [...spoken, ...other].slice(0, limit);
}

/** Dated events a subject selects: where the actor is named, or using the topic's words. */
export function subjectEvents(view: CorpusView, subject: Subject, limit: number): EventRef[] {
  const matches = itemMatcher(view, subject);
  const actor = subject.kind === 'actor' ? view.actor(subject.actor.id) : undefined;
  const out: EventRef[] = [];
  for (const article of view.articles) {
    const named = new Set((actor?.appearances ?? []).filter((a) => a.article === article).flatMap((a) => a.actor.paragraphs));
    for (const event of article.events) {
      if (named.has(event.paragraph) || matches(event.text)) out.push({ article, event });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

// Recent: everything; actor: text naming it; topic: text using every topic word.
function itemMatcher(view: CorpusView, subject: Subject): (text: string) => boolean {
  switch (subject.kind) {
    case 'recent':
      return () => true;
    case 'actor':
      return nameMatcher(subject.actor);
    case 'topic':
      return (text) => {
        const words = view.contentKeys(text);
        return subject.keys.every((k) => words.has(k));
      };
    case 'none':
      return () => false;
  }
}
