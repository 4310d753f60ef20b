/**
 * Sources without a proper name: "a U.S. official said", "according to the report", "said a
 * spokeswoman for the ministry", "the campaign said", "officials said". Only descriptions that stand
 * as the speaker of a reporting verb are taken, so that the story's other nouns stay nouns. A
 * definite description that points back ("the senator", "the official") is the person or unnamed
 * source it points back to when the story has one; otherwise each becomes an actor whose name is the
 * description: a person, a group (plural), an organisation or a document ("the report").
 */
import { isDiscovery, isNaming, isPassive, isRulesNoun } from './claim-shapes.js';
import { directionOf } from './date-tense.js';
import type { Cue } from './cues.js';
import { isPeoplePlural, PARTY_MEMBER, PEOPLE_COUNTS } from './groups.js';
import type { Lexicon } from './lexicon.js';
import type { QuoteSpan } from './quotes.js';
import type { Sentence } from './sentences.js';
import type { PlacedMention } from './speakers.js';
import { lastPiece } from './text-window.js';
import { insideQuotes, sentenceStartOf, within } from './attribution/window.js';
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
  /**
   * A sentence's subject away from any cue ("The mayor later spoke to reporters"): a mention of the
   * person it points back to, never an actor of its own.
   */
  linkOnly?: boolean;
  /** Where "obtained by X" starts after the description: X only saw it, and speaks for no one here. */
  seenFrom?: number;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'this', 'that', 'these', 'those', 'two', 'three', 'four', 'several', 'some', 'many', 'other']);
/** Possessive pronouns that stand as the determiner of a body's description ("their union"). */
const POSSESSIVE_PRONOUNS = new Set(['their', 'its', 'his', 'her', 'our']);
/** Words that cannot sit inside a description: they open or join clauses. */
const CLAUSE_WORDS = new Set(
  'and or but that which who whom whose when while as if because to of in on at by for with from he she they it we i you his her their its is was are were be been has have had not no would will could can should may might must do does did'.split(
    ' ',
  ),
);
/** Nouns by which a story points back to the company it is about ("the company said"). */
const COMPANY_NOUNS = new Set([
  'company',
  'firm',
  'carmaker',
  'automaker',
  'lender',
  'airline',
  'insurer',
  'retailer',
  'manufacturer',
  'chipmaker',
  'brewer',
  'conglomerate',
  'truckmaker',
  'miner',
  'shipper',
]);
/** Words between a subject and its verb: "has", "also", "flatly". */
const HELPER = /^(?:has|have|had|also|then|later|again|would|will|previously|repeatedly|\p{Ll}+ly)$/u;
/** Prepositions that open a description's complement ("a spokeswoman for the union"). */
const COMPLEMENT = /^(?:for|of|at|with|from|in|across|around|near)$/;
/** What ends the words after an inverted cue ('said a spokeswoman.', 'said a source, who ...'). */
const CLAUSE_END = /^\s*(?:[,.;:!?)"]|$)/;

/** The text with its last words dropped while they are helpers ("the official has also" -> "the official"). */
/** A time standing between a subject and its verb: "on Tuesday", "late Monday", "on March 3", "last week", "earlier". */
const WHEN_BEFORE_VERB =
  /(?<=\p{L})\s+(?:(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|yesterday|today|earlier|last\s+(?:week|month|night))$/u;

/** A time right after a subject, before its verb: " on Tuesday", " late Monday", " earlier". */
const WHEN_AFTER_SUBJECT =
  /^\s+(?:(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|earlier|last\s+(?:week|month|night))(?=\s\p{Ll})/u;

function withoutHelpers(text: string): string {
  // "Lawmakers on Tuesday accused ...": a time between the subject and its verb is no part of the subject.
  let rest = text.trimEnd().replace(WHEN_BEFORE_VERB, '');
  for (let word = lastPiece(rest); word && HELPER.test(word); word = lastPiece(rest)) rest = rest.slice(0, rest.length - word.length).trimEnd();
  return rest;
}

/** A participle and its agent closing a subject: " obtained by the Courier", " seen by Reuters". */
const SEEN_BY_END =
  /\s(?:seen|obtained|reviewed|received|leaked|released|published|prepared|commissioned|drafted|written|circulated|shared)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4}$/u;
/** An aside between dashes ending the words before a cue: "Berg — who is listed as a lawyer — told". */
const DASH_ASIDE_END = /\s?[—–]\s?[^—–"]{2,120}\s?[—–]$/;

/** Where a complement ("for the water board") starts in `text`, if `text` ends with one of 2 to 60 characters. */
function complementStart(text: string): number {
  const words = [...text.slice(Math.max(0, text.length - 70)).matchAll(WORD)];
  for (let k = words.length - 2; k >= 0; k--) {
    const at = Math.max(0, text.length - 70) + words[k]!.index;
    const rest = text.length - (at + words[k]![0].length);
    if (rest > 62) break;
    // A dash or "but" opens an aside or a clause of its own: no complement runs across them.
    if (rest < 3 || /[,;:"—–]|\bbut\b/.test(text.slice(at))) continue;
    // "a person familiar with the talks", "an official close to the leadership": the word that takes
    // the preposition is part of the complement, not the description's head.
    const taker = words[k - 1];
    if (taker && POSTMODIFIER.test(taker[0]) && /^(?:with|in|to|on|about|for)$/.test(words[k]![0])) return Math.max(0, text.length - 70) + taker.index;
    if (COMPLEMENT.test(words[k]![0])) return at;
  }
  return -1;
}

/** Words that take a preposition after a description's head: "familiar with", "involved in", "close to", "briefed on". */
const POSTMODIFIER = /^(?:familiar|involved|close|briefed|knowledgeable|connected|loyal|allied|aligned|opposed|sympathetic)$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;

/** Plural of a source noun that the lexicon lists in the singular ("officials" from "official"). */
function nounKind(word: string, lex: Lexicon): { head: string; kind: SourceDescription['kind'] } | null {
  const w = word.toLowerCase();
  const direct = lex.sourceNouns.get(w);
  // ("families" -> family: people only; "authorities" and "companies" stay as they were.)
  const iesPerson = w.endsWith('ies') && lex.sourceNouns.get(`${w.slice(0, -3)}y`) === 'person';
  const singular = iesPerson ? 'person' : w.endsWith('s') ? lex.sourceNouns.get(w.slice(0, -1)) : undefined;
  const kind = direct ?? singular;
  // "Hauliers", "Fishermen", "Commuters": a plural that names people by what they do is a group.
  if (!kind) return isPeoplePlural(w) ? { head: w, kind: 'group' } : null;
  // "Police said", "Staff said": a collective noun for people is a group.
  const plural = (w.endsWith('s') && !!singular) || w === 'people' || w === 'spokespeople' || lex.collectiveNouns.has(w);
  return { head: w, kind: plural && kind !== 'document' ? 'group' : kind };
}

/** Whether the last words are an office the lexicon lists as a title, with "the" before it: "the Prime Minister", "the Treasurer". */
function officeAfterThe(words: readonly string[], lex: Lexicon): boolean {
  for (let n = 1; n <= 4 && n < words.length; n++) {
    if (/^the$/i.test(words[words.length - n - 1]!) && lex.titles.has(words.slice(-n).join(' ').toLowerCase())) return true;
  }
  return false;
}

/** Prepositions after which a district is a place: "in the district", "across the district". */
const AREA_PREPOSITION = /^(?:in|of|at|from|across|near|around|outside|throughout|for|to|into|within)$/i;

/** The description ending right at `end` (a head noun, modifiers, a determiner), if it is one. */
function descriptionBefore(text: string, end: number, paragraph: number, lex: Lexicon, from = 0): SourceDescription | null {
  const start = Math.max(from, end - 120);
  const words = [...text.slice(start, end).matchAll(WORD)].map((m) => ({ w: m[0], start: m.index + start }));
  const head = words.at(-1);
  const opensSentence = (at: number) => /(?:^|[.!?:"]\s*)$/.test(text.slice(Math.max(0, at - 3), at).trimEnd());
  if (!head || head.start + head.w.length !== end) return null;
  // "The Prime Minister said", "met the Treasurer": an office in capitals after "the" is whoever holds
  // it, as in lower case; any other capitalised head is a name's.
  const capitalised = /^\p{Lu}/u.test(head.w) && !opensSentence(head.start);
  const office =
    capitalised &&
    officeAfterThe(
      words.map((w) => w.w),
      lex,
    );
  // "one Republican involved in the talks said", "a senior Democrat said": one member of a party.
  const member = /^\p{Lu}/u.test(head.w) && PARTY_MEMBER.test(head.w);
  if (capitalised && !office && !member) return null;
  // "The Kestrel Bay school district said": a district named by the service it runs is a body that
  // speaks; "the district" alone is only an area ("residents of the district").
  const serviceDistrict =
    /^districts?$/i.test(head.w) && words.length >= 2 && lex.districtServices.has(words.at(-2)!.w.toLowerCase())
      ? { head: `${words.at(-2)!.w.toLowerCase()} district`, kind: head.w.toLowerCase() === 'districts' ? ('group' as const) : ('organization' as const) }
      : null;
  // "The district said": a district standing as the subject of a verb of saying is the body that
  // runs it (the one the story named, when it did), though "in the district" is only an area.
  const bareDistrict =
    !serviceDistrict && head.w === 'district' && /^the$/i.test(words.at(-2)?.w ?? '') && !AREA_PREPOSITION.test(words.at(-3)?.w ?? '')
      ? { head: 'district', kind: 'organization' as const }
      : null;
  // "a leaked cabinet paper", "the white paper": a two-word noun the lexicon lists, before its head alone.
  const pair = words.length >= 2 ? `${words.at(-2)!.w} ${head.w}`.toLowerCase() : '';
  const pairKind = pair ? lex.sourceNouns.get(pair) : undefined;
  const noun =
    (pairKind ? { head: pair, kind: pairKind } : null) ??
    nounKind(head.w, lex) ??
    serviceDistrict ??
    bareDistrict ??
    (office || member ? { head: head.w.toLowerCase(), kind: 'person' as const } : null);
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
    // "their union said", "its board says": a body belonging to those just named, as a source.
    // (Not "her husband said": read as the person the story named in that post, it cost PolNeAR
    // attribution about 12 quotes out of fold, as a new "disagree" cue did about 14; both left out.)
    if (noun.kind === 'organization' && POSSESSIVE_PRONOUNS.has(lower)) {
      determiner = 'the';
      k--;
      break;
    }
    // "her lawyers said", "his aides say": those who speak for the one just named, a source of their own
    // (their words are not the client's).
    if (noun.kind === 'group' && REPRESENTATIVES.test(noun.head) && POSSESSIVE_PRONOUNS.has(lower)) {
      determiner = 'possessive';
      k--;
      break;
    }
    if (CLAUSE_WORDS.has(lower) || lex.speechVerbs.has(lower) || (w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w))) break;
  }
  const first = words[k + 1]!;
  // "the Ohio Republican", "the Democrat": a party's member named definitely is someone the story
  // has named, whose party no role records; only "a"/"one Republican ..." is a source of its own.
  if (member && determiner !== 'a' && determiner !== 'an' && determiner !== 'one' && determiner !== 'another') return null;
  // A singular description needs a determiner ("a spokeswoman"); a plural one may go without ("officials said").
  if (!determiner && noun.kind !== 'group') return null;
  if (!determiner) {
    const before = text.slice(0, first.start).trimEnd();
    if (before && !/[,;:.!?"(—–-]$|\b(?:and|but|while|as|when|by)$/.test(before) && !QUANTITY_BEFORE.test(before)) return null;
  }
  // "Rescue teams in the town said": a body named by a place noun speaks only as the subject itself.
  if (lex.bodyNouns.has(noun.head) && k >= 0 && /^(?:in|of|at|from|across|near|around|outside|throughout|for)$/i.test(words[k]!.w)) return null;
  const phrase = text.slice(first.start, end);
  let name = determiner && determiner !== 'possessive' ? phrase.slice(phrase.indexOf(' ') + 1) : phrase;
  // "Officials said": a capital that only opens the sentence is not part of the name; "Wall Street
  // analysts", whose next word is capitalised too, open with a name.
  const opening = name.split(' ')[0]!.toLowerCase();
  const nameOpens = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(name);
  if (!determiner && !nameOpens && opensSentence(first.start) && !lex.gazetteer.has(opening) && !lex.demonyms.has(opening))
    name = name[0]!.toLowerCase() + name.slice(1);
  return {
    paragraph,
    start: first.start,
    end,
    text: phrase,
    name,
    head: noun.head,
    kind: noun.kind,
    definite: determiner === 'the' || determiner === 'this' || determiner === 'that',
    cue: end,
  };
}

/** The description right after `start` ("said a U.S. official", "according to the report"), if it ends its clause. */
function descriptionAfter(text: string, start: number, paragraph: number, lex: Lexicon): SourceDescription | null {
  // A determiner, up to five words, and a head noun that ends the clause or opens a complement.
  // A word's final period ends the sentence unless the word is an initialism ("U.S.").
  const words = [...text.slice(start, start + 120).matchAll(WORD)].map((m) => {
    const w = m[0].endsWith('.') && !/^(?:\p{L}\.)+$/u.test(m[0]) ? m[0].slice(0, -1) : m[0];
    return { w, end: start + m.index + w.length };
  });
  if (
    !words.length ||
    !/^(?:a|an|the|one|another|two|three|several)$/i.test(words[0]!.w) ||
    !/^\s+$/.test(text.slice(start, words[0]!.end - words[0]!.w.length))
  )
    return null;
  for (let k = 1; k < Math.min(words.length, 7); k++) {
    const { end } = words[k]!;
    const next = words[k + 1]?.w ?? '';
    const postmodified = POSTMODIFIER.test(next) && /^(?:with|in|to|on|about|for)$/.test(words[k + 2]?.w ?? '');
    if (!(CLAUSE_END.test(text.slice(end, end + 3)) || /^(?:who|with|for|of|at|from|in)$/.test(next) || postmodified)) continue;
    const found = descriptionBefore(text, end, paragraph, lex, start);
    if (!found) return null;
    // "said a spokeswoman for the water board.", "said a person familiar with the talks.": the
    // complement belongs to the description.
    if (!COMPLEMENT.test(next) && !postmodified) return found;
    const close = words.slice(k + 2).find((x) => CLAUSE_END.test(text.slice(x.end, x.end + 3)));
    if (!close || close.end - end > 62 || /[,;:.!?"()]/.test(text.slice(end, close.end))) return found;
    return { ...found, end: close.end, text: text.slice(found.start, close.end), name: `${found.name}${text.slice(end, close.end)}` };
  }
  return null;
}

/**
 * The agent of a passive cue when it is a description: "accused by local fishermen of ...", "was
 * criticised by a former harbour master for ...". Up to the preposition, comma or stop that ends it.
 */
function passiveAgent(text: string, cueEnd: number, paragraph: number, lex: Lexicon): SourceDescription | null {
  const by = /^\s+by\s+/.exec(text.slice(cueEnd, cueEnd + 8));
  if (!by) return null;
  const from = cueEnd + by[0].length;
  const end = /^[^,.;:!?"]{1,60}?(?=\s+(?:of|for|over|in|at|on|after|to)\b|[,.;:!?]|$)/.exec(text.slice(from, from + 70));
  if (!end) return null;
  return descriptionBefore(text, from + end[0].length, paragraph, lex, from);
}

/** A word after a sentence's subject that can be its verb: lower case, no preposition or conjunction. */
const VERB_NEXT = /^ (?!(?:of|for|at|in|on|with|from|by|to|and|or|but|who|which|that|whose)\b)\p{Ll}+\b/u;

/** A count of people opening a subject: "Hundreds of", "Dozens of", "Some of the". */
const QUANTITY_OF = new RegExp(`^(?:${PEOPLE_COUNTS}) of (?:the )?(?=\\p{Ll})`, 'u');
const QUANTITY_BEFORE = new RegExp(`(?:^|[.!?"]\\s*)(?:${PEOPLE_COUNTS}) of(?: the)?$`, 'u');
/** A complement's preposition right after a word ("workers at the plant"). */
const COMPLEMENT_NEXT = /^ (?:for|of|at|with|from|in|across|around|near)\b/;
/** A finite verb of the subject: a past tense ("walked", "kept") or an auxiliary. */
const isFiniteVerb = (word: string) => directionOf(word) === 'past' || /^(?:has|have|is|are|will|would|could|can)$/.test(word);
/** The words that open a clause of its own inside a description's complement. */
const CLAUSE_OPENERS = 'if|unless|when|whenever|while|because|although|though|since|until|after|before|where|whether|that|who|which';
const CLAUSE_OPENER = new RegExp(`^(?:${CLAUSE_OPENERS})$`, 'i');
const CLAUSE_OPENER_IN = new RegExp(`\\b(?:${CLAUSE_OPENERS})\\b`, 'i');
const NOT_BEFORE_VERB = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|for|of|at|with|from|in|across|around|near|on|by|to|and|or)$/i;

/**
 * A subject description extended by its complement up to its verb before `until` ("workers at the plant
 * in Arden" before "walked out"), or null when no verb follows within a short complement.
 */
function withComplement(text: string, d: SourceDescription, until: number): SourceDescription | null {
  const words = [...text.slice(d.end, Math.min(until, d.end + 70)).matchAll(WORD)].map((m) => ({ w: m[0], start: d.end + m.index }));
  for (let k = 2; k < words.length; k++) {
    const { w, start } = words[k]!;
    const prev = words[k - 1]!;
    if (/[,;:"()]/.test(text.slice(d.end, start))) return null;
    // "the court in Lyon if the city did not agree": a conjunction opens a clause of its own; its verb is not the subject's.
    if (CLAUSE_OPENER.test(prev.w)) return null;
    if (!/^\p{Ll}/u.test(w) || !isFiniteVerb(w) || NOT_BEFORE_VERB.test(prev.w)) continue;
    const end = prev.start + prev.w.length;
    if (end - d.end > 62) return null;
    const tail = text.slice(d.end, end);
    return { ...d, end, text: text.slice(d.start, end), name: `${d.name}${tail}` };
  }
  return null;
}

/**
 * The description that opens the sentence at `from` as its subject, up to six words ("The planning
 * board", "Local fishermen"), followed by a verb before `until`; null when the sentence opens otherwise.
 */
function subjectDescription(text: string, start: number, until: number, paragraph: number, lex: Lexicon): SourceDescription | null {
  // "Hundreds of nurses", "Dozens of parents": a count before the people is no part of who they are.
  const from = start + (QUANTITY_OF.exec(text.slice(start, start + 30))?.[0].length ?? 0);
  const words = [...text.slice(from, Math.min(until, from + 80)).matchAll(WORD)].slice(0, 6);
  for (const w of words) {
    const end = from + w.index + w[0].length;
    // "Workers at the plant in Arden walked out": a head noun, its complement, then the verb.
    if (COMPLEMENT_NEXT.test(text.slice(end, end + 12))) {
      const d = descriptionBefore(text, end, paragraph, lex, from);
      if (d?.start === from) return withComplement(text, d, until);
    }
    // "A court on Tuesday blocked the sale, saying ...": a time between the subject and its verb.
    const when = end + (WHEN_AFTER_SUBJECT.exec(text.slice(end, end + 40))?.[0].length ?? 0);
    if (!VERB_NEXT.test(text.slice(when, when + 20))) continue;
    // "Opposition leader Raj Patel ...": a role noun and a name after the word make it a modifier, no subject.
    const nextWord = /^ (\p{Ll}+) \p{Lu}/u.exec(text.slice(end, end + 30))?.[1] ?? '';
    if (lex.roleNouns.has(nextWord) || lex.titles.has(nextWord)) continue;
    const d = descriptionBefore(text, end, paragraph, lex, from);
    if (d) return d.start === from ? d : null;
  }
  return null;
}

/** A sentence opening with a name alone, then its age, set off by commas: "Maria Olsen, 34, ", "Ivo Sand, ". */
const NAME_THEN_APPOSITIVE = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*(?:,\s+\d{1,3})?,\s*$/u;

/** Finds the descriptions that stand as sources in one paragraph. */
export function findSourceDescriptions(
  paragraph: string,
  index: number,
  cues: Cue[],
  quoted: QuoteSpan[],
  sentences: Sentence[],
  lex: Lexicon,
): SourceDescription[] {
  const found: SourceDescription[] = [];
  const inQuote = (i: number) => insideQuotes(quoted, i);
  const starts = new Set<number>();
  for (const cue of cues) {
    if (cue.participle && !inQuote(cue.index) && /,\s*$/.test(paragraph.slice(Math.max(0, cue.index - 3), cue.index))) {
      // "The planning board voted to close it, saying ...": the participle's speaker is the sentence's
      // subject, here a description; it stands as a source where it opens the sentence.
      const d = subjectDescription(paragraph, sentenceStartOf(sentences, cue.index), cue.index, index, lex);
      if (d && !inQuote(d.start) && !starts.has(d.start)) {
        starts.add(d.start);
        found.push(d);
      }
      continue;
    }
    if (cue.form === 'noun' || cue.participle || inQuote(cue.index)) continue;
    // "a ferry company called X", "inspectors found the cracks": no one speaks, so no source.
    const after = paragraph.slice(cue.end, cue.end + 80);
    if (isNaming(cue, paragraph.slice(Math.max(0, cue.index - 60), cue.index), after) || isDiscovery(cue, after) || isRulesNoun(cue)) continue;
    let d: SourceDescription | null = null;
    const sentenceStart = sentenceStartOf(sentences, cue.index);
    if (cue.form === 'according') d = descriptionAfter(paragraph, cue.end, index, lex);
    else if (isPassive(cue, paragraph.slice(sentenceStart, cue.index), after)) d = passiveAgent(paragraph, cue.end, index, lex);
    else {
      let before = withoutHelpers(paragraph.slice(sentenceStart, cue.index));
      // "A senior official, who asked not to be named, said": the description before the aside.
      // A thousands comma ("about 18,000 people") is inside the aside.
      const aside = /,(?:[^,"]|(?<=\d),(?=\d)){2,120},$/.exec(before) ?? DASH_ASIDE_END.exec(before);
      if (aside) before = before.slice(0, aside.index).trimEnd();
      d = descriptionBefore(paragraph, sentenceStart + before.length, index, lex, sentenceStart);
      // "A report obtained by the Courier says", "documents seen by the paper show": the description
      // before the participle and its agent, who only saw or obtained it.
      const seenBy = d ? null : SEEN_BY_END.exec(before);
      if (seenBy) {
        const core = descriptionBefore(paragraph, sentenceStart + seenBy.index, index, lex, sentenceStart);
        if (core)
          d = {
            ...core,
            end: sentenceStart + before.length,
            text: paragraph.slice(core.start, sentenceStart + before.length),
            seenFrom: sentenceStart + seenBy.index,
          };
      }
      // "A spokeswoman for the union said": the description before its complement, which it keeps.
      // ("Families of the residents have accused": not "the residents", the object of "of".)
      const ofBefore = !!d && (d.kind === 'group' || d.kind === 'person') && /\s(?:of|for)\s+$/.test(paragraph.slice(sentenceStart, d.start));
      const complement = d && !ofBefore ? -1 : complementStart(before);
      if (complement > 0) {
        const core = descriptionBefore(paragraph, sentenceStart + before.slice(0, complement).trimEnd().length, index, lex, sentenceStart);
        // "Officials at the ministry declined to comment": the complement ends where a verb begins.
        // ("the court in Lyon if the city did not agree": a clause of its own between is no complement.)
        const between = core ? paragraph.slice(core.end, sentenceStart + before.length) : '';
        // (With no description before "of", the one after it stands.)
        if (core && !CLAUSE_OPENER_IN.test(between))
          d = withComplement(paragraph, core, sentenceStart + before.length) ?? {
            ...core,
            end: sentenceStart + before.length,
            text: paragraph.slice(core.start, sentenceStart + before.length),
            name: `${core.name}${paragraph.slice(core.end, sentenceStart + before.length)}`,
          };
      }
      // '"...," said a senior official.'
      if (!d && /[,"]\s*$/.test(paragraph.slice(Math.max(0, cue.index - 3), cue.index))) d = descriptionAfter(paragraph, cue.end, index, lex);
    }
    // "Maria Olsen, 52, a ferry pilot from Tarrow, Maine, says": a description set off after the name that
    // opens the sentence (and an age) is that person's appositive, no source of its own.
    if (d && NAME_THEN_APPOSITIVE.test(paragraph.slice(sentenceStart, d.start))) d = null;
    if (d && !inQuote(d.start) && !starts.has(d.start)) {
      starts.add(d.start);
      found.push({ ...d, cue: Math.max(d.end, cue.index) });
    }
  }
  // "The mayor later spoke to reporters.": a definite description of a person opening a sentence is
  // that person, for "she said" after it, though no cue stands at it.
  for (const sentence of sentences) {
    if (starts.has(sentence.start) || inQuote(sentence.start) || !/^the\s/i.test(paragraph.slice(sentence.start, sentence.start + 4))) continue;
    const d = subjectDescription(paragraph, sentence.start, sentence.end, index, lex);
    if (d && d.definite && d.kind === 'person' && d.start === sentence.start) {
      starts.add(d.start);
      found.push({ ...d, cue: d.end, linkOnly: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words that name a body no story calls "the company": a union, a public body, a party, a school. */
const NOT_A_COMPANY =
  /\b(?:Union|Brotherhood|Guild|Federation|Association|Council|Ministry|Department|Party|Committee|Commission|Court|Police|Government|Parliament|Congress|Senate|Assembly|University|College|School|Church|League|Coalition|Campaign)\b/;

/** Plural heads of those who speak for someone: "her lawyers", "his aides". */
const REPRESENTATIVES = /^(?:lawyers|attorneys|aides|advis[eo]rs|representatives|spokes(?:men|women|people|persons))$/;

/** Heads of descriptions through whom a body speaks ("the union's lawyer", "a ministry official"). */
const SPEAKS_FOR_BODY =
  /^(?:spokes(?:man|woman|person|people)|representatives?|lawyers?|attorneys?|counsel|aides?|advis[eo]rs?|officials?|executives?|staffers?|analysts?|economists?|strategists?|researchers?|scientists?)$/;

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
export function placeSourceDescriptions(descriptions: SourceDescription[], actors: Actor[], placed: PlacedMention[], lex: Lexicon): void {
  if (!descriptions.length) return;
  const byId = new Map(actors.map((a) => [a.id, a]));
  // The named mentions by paragraph, in text order, as they stood before any description.
  placed.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const named = new Map<number, PlacedMention[]>();
  for (const m of placed) {
    const list = named.get(m.paragraph);
    if (list) list.push(m);
    else named.set(m.paragraph, [m]);
  }
  const roles = new Map<Actor, Set<string>>();
  const rolesOf = (a: Actor) => roles.get(a) ?? (roles.set(a, roleWords(a, lex)), roles.get(a)!);
  /** The last actor named before a description that fits it, looking back at most 200 names. */
  const lastBefore = (d: SourceDescription, fits: (a: Actor) => boolean): string | undefined => {
    let looked = 0;
    for (let q = d.paragraph; q >= 0 && looked < 200; q--) {
      const list = q === d.paragraph ? within(named.get(q) ?? [], 0, d.start) : (named.get(q) ?? []);
      for (let k = list.length - 1; k >= 0 && looked < 200; k--, looked++) if (fits(byId.get(list[k]!.actorId)!)) return list[k]!.actorId;
    }
    return undefined;
  };
  /** The actor named most often before a description among those that fit it (the last named on a tie). */
  const mostNamedBefore = (d: SourceDescription, fits: (a: Actor) => boolean): string | undefined => {
    const counts = new Map<string, number>();
    const last = new Map<string, number>();
    let order = 0;
    for (let q = 0; q <= d.paragraph; q++)
      for (const m of q === d.paragraph ? within(named.get(q) ?? [], 0, d.start) : (named.get(q) ?? []))
        if (fits(byId.get(m.actorId)!)) {
          counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
          last.set(m.actorId, order++);
        }
    // On a tie the one named last, nearest the description, wins.
    let best: string | undefined;
    for (const [id, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && last.get(id)! > last.get(best)!)) best = id;
    return best;
  };
  const unnamedByHead = new Map<string, Actor>();
  const unnamedByName = new Map<string, Actor>();
  const removed = new Set<PlacedMention>();
  const added: PlacedMention[] = [];
  for (const d of descriptions) {
    // "A spokesperson for Examplecorp", "a State Department official": the named body speaks through
    // them, as speakers.ts credits it; a place inside ("a U.S. official") names no one.
    const near = within(named.get(d.paragraph) ?? [], d.start, d.cue + 1);
    // "The Republican lawmaker", "the Acme founder": a body named in a definite description of one
    // person, who does not merely speak for it, is that person's affiliation, not the speaker.
    const affiliation =
      d.definite && d.kind === 'person' && !SPEAKS_FOR_BODY.test(d.head)
        ? near.filter((m) => m.end <= d.start + d.text.length && byId.get(m.actorId)?.kind === 'organization')
        : [];
    // "A source in the Transport Ministry, who was not authorized to speak, said", "Workers at the
    // Tarrow plant said": a source, or people who do not speak for the body they are in, speak for
    // themselves, not for the body named inside.
    // (Only a body named after the head noun: "Rivers said" is a name, not people described.)
    const headAt = d.start + d.text.toLowerCase().lastIndexOf(d.head.toLowerCase());
    const anonymous = !d.definite && (/^sources?$/.test(d.head) || (d.kind === 'group' && !SPEAKS_FOR_BODY.test(d.head)));
    const blocking = near.filter(
      (m) => m.end <= d.cue && byId.get(m.actorId)?.kind !== 'place' && !affiliation.includes(m) && !(d.seenFrom !== undefined && m.start >= d.seenFrom),
    );
    if (blocking.length > 0 && !(anonymous && blocking.every((m) => m.start >= headAt + d.head.length))) continue;
    let actorId: string | undefined;
    if (d.definite) {
      actorId = unnamedByHead.get(d.head)?.id;
      if (!actorId && d.kind === 'person') actorId = lastBefore(d, (a) => a.kind === 'person' && rolesOf(a).has(d.head));
      if (!actorId && d.kind === 'organization') actorId = lastBefore(d, (a) => a.kind === 'organization' && a.name.toLowerCase().split(' ').includes(d.head));
      // "the company said" in a story about a named company: the organisation named most so far.
      if (!actorId && COMPANY_NOUNS.has(d.head)) actorId = mostNamedBefore(d, (a) => a.kind === 'organization' && !a.unnamed && !NOT_A_COMPANY.test(a.name));
      // "the senator said" about someone the story named without that word: leave it to the speaker
      // rules, without the affiliation's name to mislead them.
      if (!actorId && d.kind === 'person') {
        if (d.linkOnly) continue;
        for (const m of affiliation) removed.add(m);
        continue;
      }
    }
    // "An agency spokesperson", "a council spokeswoman": one who speaks for a body the story has named
    // ("the Riverways Agency", "Bellmoor Shire Council") is that body speaking, not a person of their own.
    let speaksFor: string | undefined;
    if (!actorId && !d.definite && SPEAKS_FOR_BODY.test(d.head)) {
      const modifiers = d.name.toLowerCase().split(/\s+/).slice(0, -1);
      const body = [...modifiers].reverse().find((w) => lex.orgNouns.has(w));
      if (body) speaksFor = lastBefore(d, (a) => a.kind === 'organization' && !a.unnamed && a.name.toLowerCase().split(/\s+/).includes(body));
      actorId = speaksFor;
    }
    actorId ??= unnamedByName.get(d.name.toLowerCase())?.id;
    if (!actorId) {
      const actor: Actor = { id: `a${actors.length + 1}`, name: d.name, kind: d.kind, roles: [], aliases: [], mentions: 0, paragraphs: [], unnamed: true };
      actors.push(actor);
      byId.set(actor.id, actor);
      unnamedByName.set(d.name.toLowerCase(), actor);
      actorId = actor.id;
    }
    const actor = byId.get(actorId)!;
    if (actor.unnamed) unnamedByHead.set(d.head, actor);
    // "The Kestrel Bay water district said ... The district said": the bare head points back to it.
    if (actor.unnamed && d.kind === 'organization' && d.head.endsWith(' district') && !unnamedByHead.has('district')) unnamedByHead.set('district', actor);
    actor.mentions++;
    if (!actor.paragraphs.includes(d.paragraph)) actor.paragraphs.push(d.paragraph);
    if (!speaksFor && d.text !== actor.name && !actor.aliases.includes(d.text)) actor.aliases.push(d.text);
    for (const m of near) if (m.end <= d.end) removed.add(m);
    added.push({ paragraph: d.paragraph, start: d.start, end: d.end, actorId, possessive: false, insideQuote: false });
  }
  const kept = placed.filter((m) => !removed.has(m));
  placed.length = 0;
  placed.push(...kept, ...added);
}
