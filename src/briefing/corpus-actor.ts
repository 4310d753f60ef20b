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
}

/** Every folded name (canonical and aliases) an appearance contributes. */
export function appearanceNames(actor: Actor): string[] {
  const names = new Set<string>();
  for (const name of [actor.name, ...actor.aliases]) {
    const folded = foldText(name);
    if (folded !== '') names.add(folded);
  }
  return [...names];
}

/** Recomputes an actor's name, kind, roles, aliases and mentions from its appearances. */
export function summarizeActor(target: CorpusActor): void {
  const nameCounts = new Map<string, { text: string; count: number }>();
  const roleCounts = new Map<string, { text: string; count: number }>();
  const aliasTexts = new Map<string, string>();
  const kindCounts = new Map<ActorKind, number>();
  let mentions = 0;
  for (const { actor } of target.appearances) {
    mentions += actor.mentions;
    kindCounts.set(actor.kind, (kindCounts.get(actor.kind) ?? 0) + 1);
    bump(nameCounts, actor.name, Math.max(1, actor.mentions));
    for (const role of actor.roles) bump(roleCounts, role);
    for (const alias of actor.aliases) if (!aliasTexts.has(foldText(alias))) aliasTexts.set(foldText(alias), alias.trim());
  }
  // The canonical name is a full name rather than a lone surname, then the one most mentioned.
  const full = (text: string) => (wordCount(text) > 1 ? 1 : 0);
  const best = [...nameCounts.values()].sort(
    (a, b) => full(b.text) - full(a.text) || b.count - a.count || a.text.localeCompare(b.text),
  )[0];
  if (best) target.name = best.text;
  const canonical = foldText(target.name);
  for (const { text } of nameCounts.values()) if (!aliasTexts.has(foldText(text))) aliasTexts.set(foldText(text), text);
  aliasTexts.delete(canonical);
  target.aliases = [...aliasTexts.values()].filter((a) => a !== '');
  target.roles = [...roleCounts.values()].sort((a, b) => b.count - a.count).map((r) => r.text);
  target.mentions = mentions;
  const kind = [...kindCounts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (kind) target.kind = kind[0];
}

function bump(counts: Map<string, { text: string; count: number }>, text: string, weight = 1): void {
  const key = foldText(text);
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

/** The distinct articles an actor appears in, newest first. */
export function actorArticles(actor: CorpusActor): ParsedArticle[] {
  const seen = new Set<string>();
  const articles: ParsedArticle[] = [];
  for (const { article } of actor.appearances) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    articles.push(article);
  }
  return articles;
}
