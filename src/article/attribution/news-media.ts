/**
 * Which actors of an article are news outlets: the relays through which words reach an article
 * ("told Harbour Radio", "the agency reported that ..."). An outlet is named in
 * data/lexicon/news-media.json, carries a media word in its name ("Harbour Times") or role ("the
 * party's mouthpiece"), or stands next to a media noun in the text ("the Nordic news agency NTB",
 * "Kestrel News Agency"). The article's own agency is an outlet too, but never a relay: words it
 * heard itself reached the article directly.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../types.js';

/** data/lexicon/news-media.json: media nouns, words that make a name an outlet's, well-known outlets. */
export interface NewsMediaLexicon {
  /** Lower-cased nouns naming news media ("newspaper", "news agency", "state media"), one or two words. */
  nouns: Set<string>;
  /** Lower-cased descriptions of a medium at large, never one outlet ("social media"). */
  mediums: Set<string>;
  /** Outlet names as written ("Associated Press", "AP"). */
  outlets: Set<string>;
  /** Lower-cased outlet names of four letters or more, matched in any case. */
  outletsAnyCase: Set<string>;
  /** Capitalised words that make a name an outlet's ("Times", "Gazette", "Radio"). */
  nameWords: Set<string>;
  /** An outlet's names by outletKey, to the first of its group ("ap" -> "associated press"). */
  sameOutlet: Map<string, string>;
}

interface NewsMediaFile {
  nouns: string[];
  mediums: string[];
  outlets: string[];
  nameWords: string[];
  sameOutlet: string[][];
}

let cached: NewsMediaLexicon | null = null;

/** Reads data/lexicon/news-media.json once. */
export function loadNewsMedia(): NewsMediaLexicon {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../../data/lexicon/news-media.json', import.meta.url)), 'utf8')) as NewsMediaFile;
  cached = {
    nouns: new Set(file.nouns.map((n) => n.toLowerCase())),
    mediums: new Set(file.mediums),
    outlets: new Set(file.outlets),
    outletsAnyCase: new Set(file.outlets.filter((o) => o.length >= 4).map((o) => o.toLowerCase())),
    nameWords: new Set(file.nameWords),
    sameOutlet: new Map(file.sameOutlet.flatMap((group) => group.map((name): [string, string] => [outletKey(name), outletKey(group[0]!)]))),
  };
  return cached;
}

/** A name without a leading "the", lower-cased, for comparing outlet names ("The Times" = "the times" = "Times"). */
export const outletKey = (name: string): string => name.trim().replace(/^the /i, '').toLowerCase();

/** Whether a name is a well-known outlet's: exact for short names ("AP", "X"), in any case from four letters. */
export function namesOutlet(media: NewsMediaLexicon, name: string): boolean {
  const bare = name.trim().replace(/^the /i, '');
  return media.outlets.has(bare) || media.outlets.has(name.trim()) || (bare.length >= 4 && media.outletsAnyCase.has(bare.toLowerCase()));
}

/** Whether a run of words ends in a media noun ("state news agency", "local newspaper"). */
export function endsWithMediaNoun(media: NewsMediaLexicon, words: string[]): boolean {
  const last = words.at(-1)?.toLowerCase() ?? '';
  const before = words.length >= 2 ? `${words.at(-2)!.toLowerCase()} ` : null;
  // "agencies", "broadcasters": the plural of a listed noun.
  return singularForms(last).some((form) => media.nouns.has(form) || (before !== null && media.nouns.has(before + form)));
}

/** A word and, when it looks plural, its singular forms ("agencies" -> agency, "outlets" -> outlet). */
function singularForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('es')) forms.push(word.slice(0, -2), word.slice(0, -1));
  else if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/** Whether an actor is, by its own names and roles, a news outlet. */
export function looksLikeOutlet(media: NewsMediaLexicon, actor: Actor): boolean {
  if (actor.kind === 'person' || actor.kind === 'place') return false;
  // A name that is only "TV", "Radio" or "Press" names a medium; an unnamed "the newspaper" is one.
  if (!actor.unnamed && !actor.name.trim().replace(/^the /i, '').includes(' ') && media.nouns.has(outletKey(actor.name)) && !namesOutlet(media, actor.name))
    return false;
  for (const name of [actor.name, ...actor.aliases]) {
    if (namesOutlet(media, name)) return true;
    const words = name.split(/\s+/);
    if (words.some((w) => media.nameWords.has(w))) return true;
    if (endsWithMediaNoun(media, words)) return true;
  }
  return actor.roles.some((role) => endsWithMediaNoun(media, role.split(/\s+/)));
}

/**
 * Whether an actor is the article's own agency or publisher ("Harbour Wire" in a Harbour Wire
 * story; "The Associated Press" in an AP one).
 */
export function isOwnAgency(media: NewsMediaLexicon, actor: Actor, agency: string | null): boolean {
  if (!agency) return false;
  const one = (name: string) => media.sameOutlet.get(outletKey(name)) ?? outletKey(name);
  const own = one(agency);
  return [actor.name, ...actor.aliases].some((n) => one(n) === own);
}
