/**
 * An actor of the whole corpus: one real-world entity with every article that mentions it.
 * The per-article actors of the parser are merged into these by the actor registry.
 */
import type { Actor, ActorKind, ParsedArticle } from '../article/types.js';
import { foldText } from './text.js';

/** One article's view of a corpus actor. */
export interface ActorAppearance {
  article: ParsedArticle;
  actor: Actor;
}

/** One entity across the corpus. `appearances` are newest article first. */
export interface CorpusActor {
  /** Unique within the corpus, e.g. `c17`. */
  readonly key: string;
  /** The fullest name any article gives. */
  name: string;
  kind: ActorKind;
  /** Distinct roles across articles, most frequent first. */
  roles: string[];
  /** Other names articles use, without the canonical one. */
  aliases: string[];
  /** Total mentions across articles. */
  mentions: number;
  appearances: ActorAppearance[];
  /** From an actor named only by a description ("a U.S. official"): never merged with another article's. */
  unnamed?: boolean;
}

/** Every folded name (canonical and aliases) an appearance contributes. */
export function appearanceNames(actor: Actor, fold: (text: string) => string = foldText): string[] {
  const names = new Set<string>();
  for (const name of [actor.name, ...actor.aliases]) {
    const folded = fold(name);
    if (folded !== '') names.add(folded);
  }
  return [...names];
}

/** Recomputes an actor's name, kind, roles, aliases and mentions from its appearances. */
export function summarizeActor(target: CorpusActor, fold: (text: string) => string = foldText): void {
  const nameCounts = new Map<string, { text: string; count: number }>();
  const roleCounts = new Map<string, { text: string; count: number }>();
  const aliasTexts = new Map<string, string>();
  const kindCounts = new Map<ActorKind, number>();
  let mentions = 0;
  for (const { actor } of target.appearances) {
    mentions += actor.mentions;
    kindCounts.set(actor.kind, (kindCounts.get(actor.kind) ?? 0) + 1);
    bump(nameCounts, fold(actor.name), actor.name, Math.max(1, actor.mentions));
    for (const role of actor.roles) bump(roleCounts, fold(role), role);
    for (const alias of actor.aliases) if (!aliasTexts.has(fold(alias))) aliasTexts.set(fold(alias), alias.trim());
  }
  // The canonical name is a full name rather than a lone surname, then the one most mentioned.
  const full = (text: string) => (wordCount(text) > 1 ? 1 : 0);
  const best = [...nameCounts.values()].sort(
    (a, b) => full(b.text) - full(a.text) || b.count - a.count || a.text.localeCompare(b.text),
  )[0];
  if (best) target.name = best.text;
  const canonical = fold(target.name);
  for (const [key, { text }] of nameCounts) if (!aliasTexts.has(key)) aliasTexts.set(key, text);
  aliasTexts.delete(canonical);
  target.aliases = orShared([...aliasTexts.values()].filter((a) => a !== ''));
  target.roles = orShared([...roleCounts.values()].sort((a, b) => b.count - a.count).map((r) => r.text));
  target.mentions = mentions;
  const kind = [...kindCounts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (kind) target.kind = kind[0];
}

// Most actors have no roles or no other names: one frozen empty list serves them all.
const NONE: readonly never[] = Object.freeze([]);

function orShared(list: string[]): string[] {
  return list.length === 0 ? (NONE as unknown as string[]) : list;
}

function bump(counts: Map<string, { text: string; count: number }>, key: string, text: string, weight = 1): void {
  if (key === '') return;
  const entry = counts.get(key);
  if (entry) entry.count += weight;
  else counts.set(key, { text: text.trim(), count: weight });
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** Whether two kinds may name the same entity: persons only match persons. */
export function kindsCompatible(a: ActorKind, b: ActorKind): boolean {
  return (a === 'person') === (b === 'person');
}

/** The distinct articles an actor appears in, newest first (at most `limit`). */
export function actorArticles(actor: CorpusActor, limit = Infinity): ParsedArticle[] {
  const articles: ParsedArticle[] = [];
  // Appearances are in article order, so one article's appearances sit next to each other.
  for (const { article } of actor.appearances) {
    if (articles.length >= limit) break;
    if (articles[articles.length - 1] !== article) articles.push(article);
  }
  return articles;
}

/** How many distinct articles an actor appears in. */
export function actorArticleCount(actor: CorpusActor): number {
  let count = 0;
  let previous: ParsedArticle | undefined;
  for (const { article } of actor.appearances) {
    if (article !== previous) count += 1;
    previous = article;
  }
  return count;
}
