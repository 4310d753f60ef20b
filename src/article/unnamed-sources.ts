/**
 * Sources without a proper name: "a U.S. official said", "according to the report", "said a
 * spokeswoman for the ministry", "the campaign said", "officials said". Only descriptions that stand
 * as the speaker of a reporting verb are taken, so that the story's other nouns stay nouns. A
 * definite description that points back ("the senator", "the official") is the person or unnamed
 * source it points back to when the story has one; otherwise each becomes an actor whose name is the
 * description: a person, a group (plural), an organisation or a document ("the report").
 */
import type { Cue } from './cues.js';
import type { Lexicon } from './lexicon.js';
import type { QuoteSpan } from './quotes.js';
import type { Sentence } from './sentences.js';
import type { Actor } from './types.js';

/** A description standing as a source. */
export interface SourceDescription {
  paragraph: number;
  start: number;
  end: number;
  /** As written: "a senior U.S. official". */
  text: string;
  /** Without its determiner: "senior U.S. official". */
  name: string;
  head: string;
  kind: 'person' | 'group' | 'document' | 'organization';
  /** "the official", "the report": refers back to someone or something already mentioned. */
  definite: boolean;
  /** Where the reporting cue stands: a name between the description and it ("a top aide, Jo Berg, said") is the source instead. */
  cue: number;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'this', 'that', 'these', 'those', 'two', 'three', 'four', 'several', 'some', 'many', 'other']);
/** Words that cannot sit inside a description: they open or join clauses. */
const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'as', 'if', 'because', 'said', 'says', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'no']);
const HELPERS = /(?:\s+(?:has|have|had|also|then|later|again|would|will|previously|repeatedly|\p{Ll}+ly))+$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;

/** Plural of a source noun that the lexicon lists in the singular ("officials" from "official"). */
function nounKind(word: string, lex: Lexicon): { head: string; kind: SourceDescription['kind'] } | null {
  const w = word.toLowerCase();
  const direct = lex.sourceNouns.get(w);
  const singular = w.endsWith('s') ? lex.sourceNouns.get(w.slice(0, -1)) : undefined;
  const kind = direct ?? singular;
  if (!kind) return null;
  const plural = (w.endsWith('s') && !!singular) || w === 'people' || w === 'spokespeople';
  return { head: w, kind: plural && kind !== 'document' ? 'group' : kind };
}

/** The description ending right at `end` (a head noun, modifiers, a determiner), if it is one. */
function descriptionBefore(text: string, end: number, paragraph: number, lex: Lexicon, from = 0): SourceDescription | null {
  const start = Math.max(from, end - 120);
  const words = [...text.slice(start, end).matchAll(WORD)].map((m) => ({ w: m[0], start: m.index + start }));
  const head = words.at(-1);
  const opensSentence = (at: number) => /(?:^|[.!?:"]\s*)$/.test(text.slice(Math.max(0, at - 3), at).trimEnd());
  if (!head || head.start + head.w.length !== end || (/^\p{Lu}/u.test(head.w) && !opensSentence(head.start))) return null;
  const noun = nounKind(head.w, lex);
  if (!noun) return null;
  let k = words.length - 2;
  let determiner = '';
  for (let n = 0; k >= 0 && n < 5; k--, n++) {
    const w = words[k]!.w;
    const lower = w.toLowerCase();
    // Only spaces between the words of a description.
    if (!/^\s+$/.test(text.slice(words[k]!.start + w.length, words[k + 1]!.start))) break;
    if (DETERMINERS.has(lower)) {
      determiner = lower;
      k--;
      break;
    }
    if (/['’]s$|s['’]$/.test(w) && /^\p{Lu}/u.test(w)) {
      determiner = 'possessive';
      k--;
      break;
    }
    if (CLAUSE_WORDS.has(lower) || lex.speechVerbs.has(lower) || (w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w))) break;
  }
  const first = words[k + 1]!;
  // A singular description needs a determiner ("a spokeswoman"); a plural one may go without ("officials said").
  if (!determiner && noun.kind !== 'group') return null;
  if (!determiner) {
    const before = text.slice(0, first.start).trimEnd();
    if (before && !/[,;:.!?"(—–-]$|\b(?:and|but|while|as|when)$/.test(before)) return null;
  }
  const phrase = text.slice(first.start, end);
  let name = determiner && determiner !== 'possessive' ? phrase.slice(phrase.indexOf(' ') + 1) : phrase;
  // "Officials said": a capital that only opens the sentence is not part of the name.
  const opening = name.split(' ')[0]!.toLowerCase();
  if (!determiner && opensSentence(first.start) && !lex.gazetteer.has(opening) && !lex.demonyms.has(opening)) name = name[0]!.toLowerCase() + name.slice(1);
  return { paragraph, start: first.start, end, text: phrase, name, head: noun.head, kind: noun.kind, definite: determiner === 'the' || determiner === 'this' || determiner === 'that', cue: end };
}

/** The description right after `start` ("said a U.S. official", "according to the report"), if it ends its clause. */
function descriptionAfter(text: string, start: number, paragraph: number, lex: Lexicon): SourceDescription | null {
  const m = /^\s+(?:(?:a|an|the|one|another|two|three|several)\s+)(?:[\p{L}\p{N}.'’-]+\s+){0,5}?([\p{Ll}-]+)(?=\s*(?:[,.;:!?)"]|$|\s+(?:who|with|for|of|at|from|in)\b))/u.exec(text.slice(start, start + 120));
  if (!m) return null;
  const end = start + m[0].length;
  const found = descriptionBefore(text, end, paragraph, lex, start);
  if (!found) return null;
  // "said a spokeswoman for the water board.": the complement belongs to the description.
  const complement = /^\s+(?:for|of|at|with|from)\s+[^,;:.!?"()]{2,60}(?=[,;:.!?")]|$)/.exec(text.slice(end, end + 70));
  return complement ? { ...found, end: end + complement[0].length, text: text.slice(found.start, end + complement[0].length), name: `${found.name}${complement[0]}` } : found;
}

/** Finds the descriptions that stand as sources in one paragraph. */
export function findSourceDescriptions(paragraph: string, index: number, cues: Cue[], quoted: QuoteSpan[], sentences: Sentence[], lex: Lexicon): SourceDescription[] {
  const found: SourceDescription[] = [];
  const inQuote = (i: number) => quoted.some((q) => i >= q.start && i < q.end);
  for (const cue of cues) {
    if (cue.form === 'noun' || cue.participle || inQuote(cue.index)) continue;
    let d: SourceDescription | null = null;
    if (cue.form === 'according') d = descriptionAfter(paragraph, cue.end, index, lex);
    else {
      const sentenceStart = sentences.filter((s) => s.start <= cue.index).at(-1)?.start ?? 0;
      let before = paragraph.slice(sentenceStart, cue.index).replace(HELPERS, '').trimEnd();
      // "A senior official, who asked not to be named, said": the description before the aside.
      const aside = /,[^,"]{2,120},$/.exec(before);
      if (aside) before = before.slice(0, aside.index);
      d = descriptionBefore(paragraph, sentenceStart + before.length, index, lex, sentenceStart);
      // "A spokeswoman for the union said": the description before its complement, which it keeps.
      const complement = d ? null : /\s+(?:for|of|at|with|from)\s+[^,;:"]{2,60}$/.exec(before);
      if (complement) {
        const core = descriptionBefore(paragraph, sentenceStart + complement.index, index, lex, sentenceStart);
        if (core) d = { ...core, end: sentenceStart + before.length, text: paragraph.slice(core.start, sentenceStart + before.length), name: `${core.name}${complement[0]}` };
      }
      // '"...," said a senior official.'
      if (!d && /[,"]\s*$/.test(paragraph.slice(Math.max(0, cue.index - 3), cue.index))) d = descriptionAfter(paragraph, cue.end, index, lex);
    }
    if (d && !inQuote(d.start) && !found.some((f) => f.start === d!.start)) found.push({ ...d, cue: Math.max(d.end, cue.index) });
  }
  return found;
}

/** A mention placed in the text and the actor it names (the shape of speakers.ts's PlacedMention). */
interface Placed {
  paragraph: number;
  start: number;
  end: number;
  actorId: string;
  possessive: boolean;
  insideQuote: boolean;
}

/** The words of an actor's roles and titles, with abbreviated titles spelled out ("Sen." -> senator). */
function roleWords(actor: Actor, lex: Lexicon): Set<string> {
  const words = new Set<string>();
  for (const role of actor.roles) {
    for (const w of role.toLowerCase().split(/\s+/)) {
      words.add(w.replace(/[,;]$/, ''));
      for (const spelled of lex.titleNouns.get(w) ?? []) words.add(spelled);
    }
  }
  return words;
}

/**
 * Turns source descriptions into actors and places their mentions: a definite description is the
 * unnamed source or the person (by role) or organisation (by name) last mentioned that fits it; any
 * other description is a new actor named by it, the same one for the same words.
 */
export function placeSourceDescriptions(descriptions: SourceDescription[], actors: Actor[], placed: Placed[], lex: Lexicon): void {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const unnamed: Array<{ actor: Actor; head: string }> = [];
  const lastBefore = (d: SourceDescription, fits: (a: Actor) => boolean) =>
    placed
      .filter((m) => (m.paragraph < d.paragraph || (m.paragraph === d.paragraph && m.end <= d.start)) && fits(byId.get(m.actorId)!))
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
      .at(-1)?.actorId;
  for (const d of descriptions) {
    // "A spokesperson for Examplecorp", "a State Department official": the named body speaks through
    // them, as speakers.ts credits it; a place inside ("a U.S. official") names no one.
    const inside = placed.filter((m) => m.paragraph === d.paragraph && m.start >= d.start && m.end <= d.end);
    const named = placed.some((m) => m.paragraph === d.paragraph && m.start >= d.start && m.end <= d.cue && byId.get(m.actorId)?.kind !== 'place');
    if (named) continue;
    let actorId: string | undefined;
    if (d.definite) {
      const earlier = unnamed.filter((u) => u.head === d.head).at(-1);
      actorId = earlier?.actor.id;
      if (!actorId && d.kind === 'person') actorId = lastBefore(d, (a) => a.kind === 'person' && roleWords(a, lex).has(d.head));
      if (!actorId && d.kind === 'organization') actorId = lastBefore(d, (a) => a.kind === 'organization' && a.name.toLowerCase().split(/\s+/).includes(d.head));
      // "the senator said" about someone the story named without that word: leave it to the speaker rules.
      if (!actorId && d.kind === 'person') continue;
    }
    actorId ??= unnamed.find((u) => u.actor.name.toLowerCase() === d.name.toLowerCase())?.actor.id;
    if (!actorId) {
      const actor: Actor = { id: `a${actors.length + 1}`, name: d.name, kind: d.kind, roles: [], aliases: [], mentions: 0, paragraphs: [], unnamed: true };
      actors.push(actor);
      byId.set(actor.id, actor);
      unnamed.push({ actor, head: d.head });
      actorId = actor.id;
    }
    const actor = byId.get(actorId)!;
    actor.mentions++;
    if (!actor.paragraphs.includes(d.paragraph)) actor.paragraphs.push(d.paragraph);
    if (d.text !== actor.name && !actor.aliases.includes(d.text)) actor.aliases.push(d.text);
    for (const m of inside) placed.splice(placed.indexOf(m), 1);
    placed.push({ paragraph: d.paragraph, start: d.start, end: d.end, actorId, possessive: false, insideQuote: false });
  }
}
