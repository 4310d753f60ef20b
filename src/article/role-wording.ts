/**
 * Roles that read well: what the parser found near a name ("Mr.", "of Mr.", "former minister who is a
 * critic of Mr", "North Korea's leader" beside "North Korean leader") turned into the roles a reader
 * expects: no forms of address, no verbs or relative clauses, one wording per role.
 */
import type { Lexicon } from './lexicon.js';
import { ROLE_MODIFIERS } from './roles.js';
import { trimEndChars } from './text-window.js';

/** Forms of address: they say how to address someone, not what they do. */
const ADDRESS = /^(?:mr|mrs|ms|miss|mx|messrs|mmes|sir|madam)\.?$/i;
const DETERMINER = /^(?:the|a|an|his|her|their|its|our)\s+/i;
/** A number or quantifier in front of a plural role ("two", "both", "several", "12"). */
const COUNT_WORD = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both|several|many|some|other|fellow|all)$/i;
/** An adverb of time in front of a role ("now the Senate majority leader"): about when, not what. */
const TIME_ADVERB = /^(?:now|then|also|still|currently|once)\s+(?:(?:the|a|an)\s+)?/i;

/** The key two wordings of one role share: lower case, no determiner, "North Korea's" as "north korean". */
function roleKey(role: string, countryDemonym: Map<string, string>): string {
  let key = role.toLowerCase().replace(DETERMINER, '');
  key = key.replace(/^(.+?)['’]s\s+/, (whole, owner: string) => {
    const demonym = countryDemonym.get(owner);
    return demonym ? `${demonym} ` : whole;
  });
  return key.replace(/\s+/g, ' ').trim();
}

const demonymCache = new WeakMap<Lexicon, Map<string, string>>();
/** Country (lower case) -> its first demonym ("north korea" -> "north korean"). */
function countryDemonyms(lex: Lexicon): Map<string, string> {
  let map = demonymCache.get(lex);
  if (!map) {
    map = new Map();
    for (const [demonym, country] of lex.demonyms) if (!map.has(country.toLowerCase())) map.set(country.toLowerCase(), demonym);
    for (const [surface, entry] of lex.gazetteer)
      if (entry.kind === 'place' && map.has(entry.name.toLowerCase()) && !map.has(surface)) map.set(surface, map.get(entry.name.toLowerCase())!);
    demonymCache.set(lex, map);
  }
  return map;
}

/** One role as it should read, or null when it is no role ("Mr.", "forcefully told reporters"). */
function tidyRole(role: string, lex: Lexicon): string | null {
  let r = role
    .trim()
    .replace(/^(?:of|as|and|but)\s+/i, '')
    .replace(TIME_ADVERB, '');
  // A relative clause or an aside is about the person, not their role.
  r = trimEndChars(r.split(/ (?:who|which|whose|whom) | [—–] /)[0]!, (c) => c === ',' || c === ';' || c === ':' || /\s/.test(c));
  const words = r.split(/\s+/);
  if (!r || words.every((w) => ADDRESS.test(w))) return null;
  // "forcefully told", "said": a verb or an adverb is a clause, not a role.
  // A word that is also a role's modifier ("state" in "State Sen.", "spokesman for the state
  // department") is no verb there.
  if (/^\p{Ll}+ly$/u.test(words[0]!) || words.some((w) => lex.speechVerbs.has(w.toLowerCase()) && !ROLE_MODIFIERS.has(w.toLowerCase()))) return null;
  // Cut short before the name it belonged to ("the Crown's", "a longtime aide to Mrs"): no role.
  const last = words.at(-1)!;
  if (/['’]s$/i.test(last) || ADDRESS.test(last)) return null;
  return spellOut(singularHead(words, lex), lex).join(' ');
}

/**
 * Abbreviated titles spelt out ("State Sen." -> "State Senator"); one that follows another role
 * noun is the person's other title and goes ("Committee Chairman Rep." -> "Committee Chairman").
 */
function spellOut(words: string[], lex: Lexicon): string[] {
  const out = words.map((w) => lex.titleAbbreviations.get(w.toLowerCase()) ?? w);
  const lastAbbreviated = out.length > 1 && out.at(-1) !== words.at(-1);
  const pair = out.slice(-2).join(' ').toLowerCase();
  // "Attorney Gen." is one title, "Attorney General", not two.
  return lastAbbreviated && lex.roleNouns.has(out.at(-2)!.toLowerCase()) && !lex.titles.has(pair) ? out.slice(0, -1) : out;
}

/** One person's role in the singular ("presidential candidates" -> "presidential candidate"). */
function singularHead(words: string[], lex: Lexicon): string[] {
  const head = words.at(-1)!;
  const lower = head.toLowerCase();
  if (lex.roleNouns.has(lower) || !lower.endsWith('s')) return words;
  const singular = [lower.slice(0, -1), lower.endsWith('es') ? lower.slice(0, -2) : null].find((w) => w !== null && lex.roleNouns.has(w));
  if (!singular) return words;
  // "two council members": how many there were is no part of one person's role.
  const from = COUNT_WORD.test(words[0]!) ? 1 : 0;
  return [...words.slice(from, -1), head.slice(0, singular.length)];
}

/** The roles of one actor, tidied and each wording once (the longer where one holds the other). */
export function wordRoles(found: string[], lex: Lexicon): string[] {
  const demonyms = countryDemonyms(lex);
  const kept: Array<{ role: string; key: string }> = [];
  for (const raw of found) {
    const role = tidyRole(raw, lex);
    if (!role) continue;
    const key = roleKey(role, demonyms);
    if (kept.some((k) => k.key === key || k.key.endsWith(` ${key}`))) continue;
    // A longer wording of a role already kept replaces it ("leader" -> "North Korean leader").
    const shorter = kept.findIndex((k) => key.endsWith(` ${k.key}`));
    if (shorter >= 0) kept.splice(shorter, 1, { role, key });
    else kept.push({ role, key });
  }
  return kept.map((k) => k.role);
}
