/**
 * Whether a model's sentence that attributes words or a position to someone ("X said Y ended the
 * talks", "According to X, ...", "..., X warned") says what the cited paragraphs show that source
 * saying. Names and numbers being in the article is not enough: the words must be the source's.
 * A sentence passes when, for each attribution in it, one of these names the same source and
 * carries the same content (most of its content words, in order, with the same negation, and
 * whoever the content names): a quote the parser tied to that source in a cited paragraph, a
 * claim of that source there, or a sentence of a cited paragraph read the same way (its reporting
 * verb's subject is that source) or, with no reporting verb the cue list knows ("The leaflet
 * read: ..."), naming the source itself. The subject-finding is a few rules of English word
 * order, not a parser: when it cannot tell, the sentence is dropped, never shown as checked.
 */
import { createCueFinder, type Cue, type CueFinder } from '../article/cues.js';
import { loadLexicon, type Lexicon } from '../article/lexicon.js';
import { splitSentences } from '../article/sentences.js';
import type { Actor, ParsedArticle } from '../article/types.js';
import { contentKey } from '../briefing/content-words.js';
import { foldedTokens } from '../briefing/text.js';

/** A cited paragraph, as grounding.ts checks it. */
export interface CitedParagraph {
  article: ParsedArticle;
  paragraph: number;
}

/** One attribution found in a model sentence: who, and what they are said to have said. */
export interface Attribution {
  /** The source as the sentence words it ("the ministry", "Roe", "he"). */
  source: string;
  /** The words attributed to it. */
  content: string;
}

/** Reporting cues and source words, read once from data/lexicon/. */
interface Resources {
  cues: CueFinder;
  lexicon: Lexicon;
}
let resources: Resources | undefined;
const load = (): Resources => {
  if (!resources) {
    const lexicon = loadLexicon();
    resources = { lexicon, cues: createCueFinder(lexicon) };
  }
  return resources;
};

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Words between a subject and its reporting verb ("has also said"). */
const AUXILIARIES =
  /(?:\b(?:has|have|had|was|were|is|are|also|previously|earlier|again|then|later|repeatedly|publicly|reportedly|once|separately|already|been)\s+)+$/i;
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'without']);

/** True when a phrase can be the one who says something: a name, a pronoun, or a word such as "officials". */
function looksLikeSource(phrase: string, lexicon: Lexicon): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return true;
  const capitalised = words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && lexicon.sentenceWords.has(w.toLowerCase())));
  const folded = foldedTokens(phrase);
  const sourceNoun = folded.some((t) => {
    const singular = t.replace(/s$/, '');
    return [t, singular].some((w) => lexicon.roleNouns.has(w) || lexicon.orgNouns.has(w) || lexicon.orgWords.has(w) || lexicon.groupNouns.includes(w));
  });
  return capitalised || sourceNoun;
}

/** The subject before a reporting verb: the clause's start, or the name before an appositive. */
function subjectBefore(before: string): { source: string; start: number } {
  const trimmed = before.replace(AUXILIARIES, '').trimEnd();
  const lastComma = trimmed.lastIndexOf(',');
  const tail = trimmed.slice(lastComma + 1).trim();
  if (tail !== '' || lastComma < 0) {
    // What follows the clause's last ';' or ':' (the start when there is none). The pattern this
    // replaces, /(?:^|[;:]|\b(?:and|but|...)\s)\s*([^;:]*)$/i, matched there first every time.
    const clause = trimmed.slice(lastComma + 1);
    const source = clause.slice(Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1).trim();
    return { source, start: trimmed.length - source.length };
  }
  // "Jane Roe, the adviser, said": the name that opens the sentence.
  const first = trimmed.indexOf(',');
  return { source: trimmed.slice(0, first).trim(), start: 0 };
}

/** The attributions in a model sentence: each reporting verb with a subject that can speak, and "according to". */
export function findAttributions(sentence: string): Attribution[] {
  const { cues, lexicon } = load();
  // A reporting verb without a subject that can speak ("less than expected") is part of the words;
  // a subject never reaches back past the previous reporting verb.
  const verbs = cues.find(sentence).filter((c) => (c.form === 'verb' && !c.participle) || c.form === 'according');
  const usable = verbs
    .map((cue, i) => {
      if (cue.form === 'according') return { cue, start: cue.index };
      const from = verbs[i - 1]?.end ?? 0;
      return { cue, start: from + subjectBefore(sentence.slice(from, cue.index)).start };
    })
    .filter(({ cue, start }) => cue.form === 'according' || looksLikeSource(sentence.slice(start, cue.index), lexicon));
  const found: Attribution[] = [];
  for (const [i, { cue }] of usable.entries()) {
    const read = (next: number) => (cue.form === 'according' ? accordingTo(sentence, cue, next) : reportedBy(sentence, cue, next));
    let attribution = read(usable[i + 1]?.start ?? sentence.length);
    // "X said Y denied it": what X said is the rest of the sentence.
    if (attribution && contentKeys(attribution.content).keys.length === 0) attribution = read(sentence.length);
    if (attribution && looksLikeSource(attribution.source, lexicon) && contentKeys(attribution.content).keys.length > 0) found.push(attribution);
  }
  return found;
}

/** "According to X, CONTENT" or "CONTENT, according to X". */
function accordingTo(sentence: string, cue: Cue, next: number): Attribution | null {
  const after = sentence.slice(cue.end, next);
  const comma = after.indexOf(',');
  const source = dropFinalMarks(comma < 0 ? after : after.slice(0, comma)).trim();
  const content = `${sentence.slice(0, cue.index)} ${comma < 0 ? '' : after.slice(comma + 1)}`;
  return source === '' ? null : { source, content };
}

/** What may follow a post-posed reporting verb: nothing, or when, where and to whom ("on Tuesday"). */
const ADJUNCT = /^(?:(?:on|in|at|during|late|earlier|last|this|after|before|while|when|from|via|through|by|to)\b|$)/i;

/** "X said CONTENT", "CONTENT, X said (on Monday)." and "CONTENT, said X." */
function reportedBy(sentence: string, cue: Cue, next: number): Attribution | null {
  const before = sentence.slice(0, cue.index);
  const after = sentence.slice(cue.end, next);
  const trailing = dropEnd(after, (c) => /[.!?"'\s]/.test(c)).trim();
  const atEnd = next === sentence.length;
  // "..., said Roe." (not "Jane Roe, the adviser, said Doe left": a name opens that one)
  const inverted = trailing.split(/\s(?:on|in|at|during)\b/i)[0]!.trim();
  const opening = before.slice(0, before.indexOf(',')).trim().split(/\s+/).length;
  if (atEnd && /,\s*$/.test(before) && /^\p{Lu}/u.test(inverted) && inverted.split(/\s+/).length <= 4 && opening >= 4) {
    return { source: inverted, content: before };
  }
  const { source, start } = subjectBefore(before);
  const lastComma = before.lastIndexOf(',', start);
  // "..., Roe said (on Monday)." and "..., Roe told reporters."
  const toldWhom = /^tel|^told/i.test(cue.text) && trailing.split(/\s+/).length <= 2;
  if (atEnd && lastComma > 0 && start > lastComma && (ADJUNCT.test(trailing) || toldWhom)) {
    return { source, content: before.slice(0, lastComma) };
  }
  return { source, content: after.replace(/^\s*(?:that|to)\b/i, '') };
}

/** Content keys in order, and where negations fall among them. */
function contentKeys(text: string): { keys: string[]; negationsBefore: number[]; negations: number } {
  const keys: string[] = [];
  const negationsBefore: number[] = [];
  let negations = 0;
  const tokens = foldedTokens(text);
  for (const [i, token] of tokens.entries()) {
    if (NEGATORS.has(token) || (token === 't' && tokens[i - 1]?.endsWith('n'))) {
      negations += 1;
      continue;
    }
    const key = /^\d/.test(token) ? token : contentKey(token);
    if (key === null) continue;
    keys.push(key);
    negationsBefore.push(negations);
  }
  return { keys, negationsBefore, negations };
}

/** True when `evidence` carries the claim's content: most of its keys in order, negated alike. */
export function carriesContent(content: string, evidence: string): boolean {
  const claim = contentKeys(content);
  const source = contentKeys(evidence);
  const n = claim.keys.length;
  if (n === 0) return true;
  // Longest common subsequence of the two key lists, remembering the evidence span it covers.
  const table = Array.from({ length: n + 1 }, () => new Array<number>(source.keys.length + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = source.keys.length - 1; j >= 0; j--) {
      table[i]![j] = claim.keys[i] === source.keys[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const matched: number[] = [];
  for (let i = 0, j = 0; i < n && j < source.keys.length;) {
    if (claim.keys[i] === source.keys[j]) {
      matched.push(j);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  const needed = n <= 2 ? n : Math.ceil((n * 2) / 3);
  if (matched.length < needed) return false;
  // Negations from just after the word before the match to its last word ("that no ferry routes would be cut").
  const first = matched[0]!;
  const negatedInSpan = source.negationsBefore[matched.at(-1)!]! - (first > 0 ? source.negationsBefore[first - 1]! : 0) > 0;
  return negatedInSpan === claim.negations > 0;
}

/**
 * The actors of the cited articles that a phrase names (by name or alias). For a source, a
 * possessive name only describes it: "the mayor's adviser Ann Lee" names Ann Lee.
 */
// Tried only where a run of capitalised words starts (not after a capital in the same word, nor after a
// capitalised word and spaces): a start further in could only match if that start did, so the matches
// are the same, and a long run of capitalised words is no longer rescanned from each of its words.
const POSSESSIVE_NAME = /(?=\p{Lu})(?<!\p{Lu}[\p{L}.-]*?\s*?)(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*['\u2019]s\b/gu;

function actorsNamed(phrase: string, refs: CitedParagraph[], possessives: 'skip' | 'count' = 'skip'): Actor[] {
  const head = possessives === 'count' ? phrase : phrase.replace(POSSESSIVE_NAME, ' ');
  const folded = ` ${foldedTokens(head).join(' ')} `;
  const named: Actor[] = [];
  for (const actor of new Set(refs.flatMap((r) => r.article.actors))) {
    const names = [actor.name, ...actor.aliases].map((n) => foldedTokens(n).join(' ')).filter((n) => n.length > 1);
    if (names.some((n) => folded.includes(` ${n} `))) named.push(actor);
  }
  return named;
}

/** The source of an attribution, resolved against the cited articles' actors. */
interface ResolvedSource {
  /** "he", "she", "they": any source in the cited paragraphs may be meant. */
  pronoun: boolean;
  actorIds: Set<string>;
  /** Content words of a source that is no known actor ("the ministry" -> ministry). */
  phraseKeys: string[];
}

function resolveSource(phrase: string, refs: CitedParagraph[]): ResolvedSource {
  const pronoun = PRONOUNS.has(phrase.trim().toLowerCase());
  const actorIds = new Set(pronoun ? [] : actorsNamed(phrase, refs).map((a) => a.id));
  return { pronoun, actorIds, phraseKeys: pronoun || actorIds.size > 0 ? [] : contentKeys(phrase).keys };
}

/** True when the evidence's source (an actor id, or a phrase as the article words it) is the claimed one. */
function sameSource(claimed: ResolvedSource, refs: CitedParagraph[], evidence: { ids?: Array<string | null>; phrase?: string }): boolean {
  if (claimed.pronoun) return true;
  if ((evidence.ids ?? []).some((id) => id !== null && claimed.actorIds.has(id))) return true;
  if (evidence.phrase === undefined) return false;
  if (actorsNamed(evidence.phrase, refs).some((a) => claimed.actorIds.has(a.id))) return true;
  const keys = new Set(contentKeys(evidence.phrase).keys);
  return claimed.phraseKeys.length > 0 && claimed.phraseKeys.every((k) => keys.has(k));
}

/** True when the cited paragraphs show the attribution's source saying its content. */
export function isAttributionBacked(attribution: Attribution, refs: CitedParagraph[]): boolean {
  const claimed = resolveSource(attribution.source, refs);
  // Whoever the content names must be named in the evidence too: "the union approved" is not "the council approved".
  const named = actorsNamed(attribution.content, refs, 'count');
  const says = (text: string) => {
    if (!carriesContent(attribution.content, text)) return false;
    const there = new Set(actorsNamed(text, refs, 'count').map((a) => a.id));
    return named.every((a) => there.has(a.id));
  };
  for (const { article, paragraph } of refs) {
    const quoted = article.quotes.some(
      (q) => q.paragraph === paragraph && sameSource(claimed, refs, { ids: [q.speakerId] }) && says(`${q.text} ${q.sentence}`),
    );
    const claimedThere = article.claims.some(
      (c) => c.paragraph === paragraph && sameSource(claimed, refs, { ids: [c.sourceId, ...c.coSourceIds], phrase: c.sourceText }) && says(c.text),
    );
    // The paragraph's own sentences, read the way the model's was: who says what. One without a
    // reporting verb the cue list knows ("The leaflet read: ...") must name the source itself.
    const reported = splitSentences(article.paragraphs[paragraph] ?? '').some(({ text }) => {
      const found = findAttributions(text);
      if (found.length > 0) return found.some((f) => sameSource(claimed, refs, { phrase: f.source }) && says(f.content));
      return !claimed.pronoun && sameSource(claimed, refs, { phrase: text }) && says(text);
    });
    if (quoted || claimedThere || reported) return true;
  }
  return false;
}

/** `text` without the characters at its end that `drop` accepts, read from the end. */
function dropEnd(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `text.replace(/[.!?]+\s*$/, '')`: the final marks and the spaces after them off, read from the end. */
function dropFinalMarks(text: string): string {
  const trimmed = text.trimEnd();
  const kept = dropEnd(trimmed, (c) => c === '.' || c === '!' || c === '?');
  return kept.length < trimmed.length ? kept : text;
}
