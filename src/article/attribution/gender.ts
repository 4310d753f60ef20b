/**
 * What an actor's grammatical gender is, as far as the story tells: the words it describes them with
 * ("spokeswoman", "husband", "Mrs.") first, their given name second. Used to choose who "he" or
 * "she" points back to.
 */
import type { Lexicon } from '../lexicon.js';
import type { Actor } from '../types.js';

export type Gender = 'm' | 'f' | 'u';

const FEMININE =
  /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|wife|mother|daughter|sister|grandmother|aunt|niece|widow|queen|princess|actress|girl|woman|lady|ms\.?|mrs\.?)\b/;
const MASCULINE =
  /\b(?:spokesman|chairman|congressman|businessman|husband|father|son|brother|grandfather|uncle|nephew|widower|king|prince|actor|boy|man|mr\.?)\b/;

/** The gender that words said of someone give ("Mrs.", "the spokeswoman"), if they give one. */
export function wordsGender(words: string[]): 'm' | 'f' | null {
  const text = words.join(' ').toLowerCase();
  if (FEMININE.test(text)) return 'f';
  if (MASCULINE.test(text)) return 'm';
  return null;
}

/** The gender the article's descriptions give an actor; 'u' when they say nothing. */
export function describedGender(actor: Actor): Gender {
  if (actor.kind !== 'person') return 'u';
  // Someone known only by a description ("young man", "a spokeswoman") is described by their name.
  const description = /^\p{Ll}/u.test(actor.name) ? [actor.name] : [];
  return actor.gender ?? wordsGender([...actor.roles, ...description]) ?? 'u';
}

/** Described gender, else the given name's usual gender: a hint, never proof. */
export function actorGender(actor: Actor, lex: Lexicon): Gender {
  const described = describedGender(actor);
  if (described !== 'u' || actor.kind !== 'person') return described;
  // (A name of one word is a surname, whatever given name it spells: "Grant", "Lee".)
  const words = actor.name.split(' ');
  if (words.length < 2) return 'u';
  const g = lex.firstNames.get(words[0]!.toLowerCase());
  return g === 'm' || g === 'f' ? g : 'u';
}

/** Whether a pronoun can point to an actor of this kind and gender: 'agree', 'unknown' or 'clash'. */
export function pronounFit(word: string, actor: Actor, gender: Gender): 'agree' | 'unknown' | 'clash' {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'she' || w === 'i') {
    if (actor.kind !== 'person') return 'clash';
    if (w === 'i' || gender === 'u') return 'unknown';
    return (w === 'he') === (gender === 'm') ? 'agree' : 'clash';
  }
  if (w === 'it') return actor.kind === 'organization' || actor.kind === 'document' || actor.kind === 'group' ? 'agree' : 'clash';
  // "they", "we": groups and organisations, sometimes a person (singular they).
  return actor.kind === 'person' ? 'unknown' : actor.kind === 'place' ? 'clash' : 'agree';
}
