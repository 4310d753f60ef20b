/**
 * Merges the per-article actors of the parser into corpus actors and indexes them by folded name
 * and by name word, so lookups are map reads rather than scans of the corpus.
 *
 * Two article actors are one entity when (persons only with persons):
 * - a full name or alias of one equals a full name or alias of the other, or
 * - both are persons whose names agree on first and last word ("Vladimir Putin", "Vladimir V. Putin"), or
 * - one is a lone surname and exactly one known person carries it.
 */
import type { Actor, ParsedArticle } from '../article/types.js';
import {
  appearanceNames,
  kindsCompatible,
  summarizeActor,
  type ActorAppearance,
  type CorpusActor,
} from './corpus-actor.js';
import { createFolder } from './text.js';
import { createTokenIndex, type TokenIndex } from './token-index.js';

/** The actor side of the corpus. */
export interface ActorRegistry {
  readonly tokens: TokenIndex;
  /** Links every actor of the article to a corpus actor; returns them aligned with `article.actors`. */
  addArticle(article: ParsedArticle, order: (a: ParsedArticle) => number): CorpusActor[];
  /** Unlinks an article's appearances; actors left with none disappear. */
  removeArticle(article: ParsedArticle, linked: readonly CorpusActor[]): void;
  /** Recomputes names and roles of actors changed since the last flush. */
  flush(): void;
  /** Gives back the spare room lists grew while a bulk load filled them. */
  trim(): void;
  /** Actors whose full name or an alias folds to exactly `folded`. */
  byName(folded: string): readonly CorpusActor[];
  /** Actors with `token` as one word of a name or alias. */
  byToken(token: string): readonly CorpusActor[];
  /** Number of corpus actors. */
  readonly size: number;
  all(): IterableIterator<CorpusActor>;
}

/** Creates an empty registry. */
export function createActorRegistry(): ActorRegistry {
  const nameIndex = new Map<string, CorpusActor[]>();
  const tokenIndex = new Map<string, CorpusActor[]>();
  // Multi-word names by "first last" and by last word: the person-matching rules read these.
  const firstLastIndex = new Map<string, CorpusActor[]>();
  const surnameIndex = new Map<string, CorpusActor[]>();
  // How many appearances give an actor each name, so a name leaves the index with its last source.
  const nameRefs = new Map<CorpusActor, NameCounts>();
  const actors = new Set<CorpusActor>();
  const dirty = new Set<CorpusActor>();
  const tokens = createTokenIndex();
  let fold = createFolder();
  let nextKey = 1;

  const indexName = (target: CorpusActor, folded: string): void => {
    const refs = nameRefs.get(target)!;
    if (addCount(refs, folded, 1) > 1) return;
    pushTo(nameIndex, folded, target);
    const key = firstLastKey(folded);
    if (key) {
      if (!hasKeyElsewhere(refs, key, folded)) pushTo(firstLastIndex, key, target);
      const last = lastWord(folded);
      if (!hasLastElsewhere(refs, last, folded)) pushTo(surnameIndex, last, target);
    }
    for (const token of new Set(folded.split(' '))) {
      if (!hasTokenElsewhere(refs, token, folded)) {
        pushTo(tokenIndex, token, target);
        tokens.add(token);
      }
    }
  };

  const unindexName = (target: CorpusActor, folded: string): void => {
    const refs = nameRefs.get(target)!;
    if (addCount(refs, folded, -1) > 0) return;
    pullFrom(nameIndex, folded, target);
    const key = firstLastKey(folded);
    if (key) {
      if (!hasKeyElsewhere(refs, key, folded)) pullFrom(firstLastIndex, key, target);
      const last = lastWord(folded);
      if (!hasLastElsewhere(refs, last, folded)) pullFrom(surnameIndex, last, target);
    }
    for (const token of new Set(folded.split(' '))) {
      if (!hasTokenElsewhere(refs, token, folded)) {
        pullFrom(tokenIndex, token, target);
        tokens.remove(token);
      }
    }
  };

  const findMatch = (actor: Actor, names: string[]): CorpusActor | undefined => {
    const compatible = (c: CorpusActor) => !c.unnamed && kindsCompatible(c.kind, actor.kind);
    const full = names[0] ?? '';
    const words = full.split(' ');
    const isPerson = actor.kind === 'person';
    // A lone word ("Kim") shared by several actors says nothing about which one is meant.
    const exact = (nameIndex.get(full) ?? []).filter(compatible);
    if (exact.length === 1 || (exact.length > 1 && words.length > 1)) return mostMentioned(exact);
    if (isPerson && words.length > 1) {
      const agreeing = (firstLastIndex.get(firstLastKey(full)!) ?? []).filter((c) => c.kind === 'person' && !c.unnamed);
      if (agreeing.length > 0) return mostMentioned(agreeing);
    }
    for (const alias of names.slice(1)) {
      if (isPerson && !alias.includes(' ')) continue;
      const hits = (nameIndex.get(alias) ?? []).filter(compatible);
      if (hits.length === 1) return hits[0];
    }
    if (isPerson && words.length === 1) {
      const bySurname = (surnameIndex.get(full) ?? []).filter((c) => c.kind === 'person' && !c.unnamed);
      if (bySurname.length === 1) return bySurname[0];
    }
    return undefined;
  };

  return {
    tokens,
    get size() {
      return actors.size;
    },
    all: () => actors.values(),
    byName: (folded) => nameIndex.get(folded) ?? [],
    byToken: (token) => tokenIndex.get(token) ?? [],
    addArticle(article, order) {
      return article.actors.map((actor) => {
        const names = appearanceNames(actor, fold);
        // "A U.S. official" in one story and in another are not known to be one person.
        let target = names.length > 0 && !actor.unnamed ? findMatch(actor, names) : undefined;
        if (!target) {
          target = {
            key: `c${nextKey++}`,
            name: actor.name,
            kind: actor.kind,
            roles: [],
            aliases: [],
            mentions: 0,
            appearances: [],
            ...(actor.unnamed ? { unnamed: true } : {}),
          };
          actors.add(target);
          nameRefs.set(target, []);
        }
        insertAppearance(target.appearances, { article, actor }, order);
        for (const name of names) indexName(target, name);
        dirty.add(target);
        return target;
      });
    },
    removeArticle(article, linked) {
      article.actors.forEach((actor, i) => {
        const target = linked[i];
        if (!target) return;
        target.appearances = target.appearances.filter((a) => a.article !== article || a.actor !== actor);
        for (const name of appearanceNames(actor, fold)) unindexName(target, name);
        if (target.appearances.length === 0) {
          actors.delete(target);
          nameRefs.delete(target);
          dirty.delete(target);
        } else {
          dirty.add(target);
        }
      });
    },
    flush() {
      for (const target of dirty) summarizeActor(target, fold);
      dirty.clear();
    },
    trim() {
      // A grown array keeps up to half again its length (and at least 16 slots) in reserve; a copy is exact.
      for (const target of actors) target.appearances = target.appearances.slice();
      for (const [target, refs] of nameRefs) nameRefs.set(target, refs.slice());
      for (const index of [nameIndex, tokenIndex, firstLastIndex, surnameIndex]) {
        for (const [key, list] of index) index.set(key, list.slice());
      }
      // The memo of folded names served the bulk load; later additions are few.
      fold = createFolder();
    },
  };
}

function firstLastKey(folded: string): string | null {
  const space = folded.indexOf(' ');
  return space < 0 ? null : `${folded.slice(0, space)}|${lastWord(folded)}`;
}

function lastWord(folded: string): string {
  return folded.slice(folded.lastIndexOf(' ') + 1);
}

/**
 * An actor's folded names with how many appearances give each: `[name, count, name, count, ...]`.
 * Most actors have one to three names; a flat list holds them in a fraction of a Map's room.
 */
type NameCounts = (string | number)[];

/** Adds `delta` to a name's count, dropping the name at zero; returns the new count. */
function addCount(refs: NameCounts, name: string, delta: number): number {
  for (let i = 0; i < refs.length; i += 2) {
    if (refs[i] !== name) continue;
    const count = (refs[i + 1] as number) + delta;
    if (count > 0) refs[i + 1] = count;
    else refs.splice(i, 2);
    return count;
  }
  if (delta > 0) refs.push(name, delta);
  return Math.max(0, delta);
}

function* namesOf(refs: NameCounts): Generator<string> {
  for (let i = 0; i < refs.length; i += 2) yield refs[i] as string;
}

function hasKeyElsewhere(refs: NameCounts, key: string, except: string): boolean {
  for (const name of namesOf(refs)) if (name !== except && firstLastKey(name) === key) return true;
  return false;
}

function hasLastElsewhere(refs: NameCounts, last: string, except: string): boolean {
  for (const name of namesOf(refs)) if (name !== except && name.includes(' ') && lastWord(name) === last) return true;
  return false;
}

function hasTokenElsewhere(refs: NameCounts, token: string, except: string): boolean {
  for (const name of namesOf(refs)) {
    if (name !== except && (name === token || name.split(' ').includes(token))) return true;
  }
  return false;
}

function mostMentioned(candidates: CorpusActor[]): CorpusActor | undefined {
  let best: CorpusActor | undefined;
  for (const c of candidates) if (!best || c.appearances.length > best.appearances.length) best = c;
  return best;
}

function pushTo<K>(index: Map<K, CorpusActor[]>, key: K, target: CorpusActor): void {
  // Callers push an actor under a key only when it was not there yet.
  const list = index.get(key);
  if (!list) index.set(key, [target]);
  else list.push(target);
}

function pullFrom<K>(index: Map<K, CorpusActor[]>, key: K, target: CorpusActor): void {
  const list = index.get(key);
  if (!list) return;
  const next = list.filter((c) => c !== target);
  if (next.length === 0) index.delete(key);
  else index.set(key, next);
}

// Appearances stay newest first; articles usually arrive newest last, so search from the end.
function insertAppearance(
  list: ActorAppearance[],
  item: ActorAppearance,
  order: (a: ParsedArticle) => number,
): void {
  const key = order(item.article);
  let i = list.length;
  while (i > 0 && order(list[i - 1]!.article) < key) i -= 1;
  list.splice(i, 0, item);
}
