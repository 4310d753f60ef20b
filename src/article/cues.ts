/**
 * Reporting cues: the verbs and nouns that tie a source to what it said ("said", "told reporters",
 * "accused", "denials", "according to"), inflected from the lemmas in data/lexicon/reporting-verbs.json.
 */
import type { Lexicon } from './lexicon.js';
import { allMatches } from './text-window.js';
import { inflect, verbClasses } from './verb-forms.js';
import type { ClaimKind } from './types.js';

/** After "see X as": words that make a comparison of amount, not a view ("saw prices as high as"). */
const NOT_A_VIEW = '(?!\\s+(?:high|low|much|many|well|long|far|soon|early|late|little|few|good|bad|part|usual|expected|planned|a result)\\b)';

/** A cue found in text. */
export interface Cue {
  text: string;
  index: number;
  end: number;
  kind: ClaimKind;
  /** 'verb' ("said"), 'noun' ("accusations"), or 'according' ("according to"). */
  form: 'verb' | 'noun' | 'according';
  /** -ing form, whose subject is the clause's subject ("..., calling them"). */
  participle: boolean;
}

/** What a word (in lower case) may start: phrasal cues, a verb form, a noun. */
interface WordReading {
  word: string;
  phrases: Array<{ rest: RegExp; kind: ClaimKind }> | null;
  verb: { kind: ClaimKind; participle: boolean; base: boolean } | null;
  noun: ClaimKind | null;
}

const HYPHEN = 45;
const ACCORDING = /\b(?:according to|in the words of)\b/gi;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export interface CueFinder {
  find(text: string): Cue[];
}

/** A clause or a colon within six words of a verb: " on social media that", " reporters that", ":". */
export const CLAUSE_SOON = /^(?:\s+[^\s.,;:!?"]+){0,6}?(?:\s+that\b|\s*:)/u;

/** A quotation mark near a word: the words it reports stand beside it. */
const QUOTE_NEAR = /["“”]/;

/** Builds the cue finder from the lexicon's verb and noun lists. */
export function createCueFinder(lex: Lexicon): CueFinder {
  const verbForm = new Map<string, { kind: ClaimKind; participle: boolean; base: boolean }>();
  const inflectedOnlyLemmas = verbClasses().inflectedOnly;
  const needsClause = verbClasses().needsClause;
  // Phrasal cues ("weigh in", "be concerned"), looked up by their first word and then matched at that
  // word only: one pass over the text, however many phrases the lexicon lists.
  const phrasesByHead = new Map<string, Array<{ rest: RegExp; kind: ClaimKind }>>();
  for (const [lemma, kind] of lex.verbKinds) {
    if (lemma.includes(' ')) {
      const [head, ...rest] = lemma.split(' ');
      const forms = head === 'be' ? ['is', 'was', 'were', 'are', 'been', 'being'] : inflect(head!);
      let tail: string;
      if (head === 'be')
        tail = rest.join('\\s+'); // "be concerned": the words as they stand
      else if (rest[0] === '*') {
        // "see * as": up to five words between ("see the new trade deal as").
        const after = rest.slice(1).join('\\s+');
        tail = `(?:(?!${after}\\b)[\\w'’-]+\\s+){1,5}?${after}\\b${after === 'as' ? NOT_A_VIEW : ''}`;
      } else tail = `(?:[A-Za-z]+\\s+)?${rest.join('\\s+')}`; // "call for" allows one word between ("called them for")
      const phrase = { rest: new RegExp(`\\s+${tail}\\b`, 'iy'), kind: kind as ClaimKind };
      for (const form of forms) phrasesByHead.set(form, [...(phrasesByHead.get(form) ?? []), phrase]);
      continue;
    }
    // ("post": "posted", "posting", never "a Facebook post" or "her posts".)
    const inflectedOnly = inflectedOnlyLemmas.has(lemma);
    for (const form of inflect(lemma))
      if (!verbForm.has(form) && !(inflectedOnly && (form === lemma || form === `${lemma}s`)))
        verbForm.set(form, { kind: kind as ClaimKind, participle: form.endsWith('ing'), base: form === lemma });
  }
  const nounForm = new Map<string, ClaimKind>();
  for (const [noun, kind] of lex.nounKinds) {
    nounForm.set(noun, kind as ClaimKind);
    if (!noun.endsWith('s')) nounForm.set(`${noun}s`, kind as ClaimKind);
  }
  const nextWordAt = /\s+([a-z-]+)/y;
  // "continued to anger the crews": an aspect verb before "to" and a verb reports nothing.
  const aspectual = verbClasses().aspectual;
  const TO_A_VERB = /\s+to\s+[a-z]/y;
  // "the dispute", "his claims", "every figure", "Berg's state visit": after a determiner or a possessive the word is a noun.
  const DETERMINED = /(?:\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|no|any|every|each|another|either|neither)|[a-z]['’]s)\s+$/i;
  // "ready for talks", "amid reports", "in many states": an "-s" form after a preposition or a
  // quantity is a plural noun, no verb.
  const AFTER_PREPOSITION =
    /(?:\b(?:for|about|of|with|without|from|into|over|against|amid|despite|among|to|by|on|after|before|across|within|between|throughout|in|at|many|several|some|most|all|both|other|few|numerous|various|multiple)|\d)\s+$/i;
  // What a word may be, by its letters in lower case, in a table keyed by a hash of those letters
  // computed as the text is scanned: no word is cut out of the text or lower-cased unless the
  // lexicon knows it (most words of a text it does not).
  const readings = new Map<number, WordReading[]>();
  for (const w of new Set([...phrasesByHead.keys(), ...verbForm.keys(), ...nounForm.keys()])) {
    if (!/^[a-z]+$/.test(w)) continue; // never a run of letters, so never looked up
    let h = 0;
    for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
    const reading = { word: w, phrases: phrasesByHead.get(w) ?? null, verb: verbForm.get(w) ?? null, noun: nounForm.get(w) ?? null };
    readings.set(h, [...(readings.get(h) ?? []), reading]);
  }
  /** The reading of text[start, end) (letters only, hashed to `h` in lower case), or null. */
  const readingAt = (text: string, start: number, end: number, h: number): WordReading | null => {
    const list = readings.get(h);
    if (!list) return null;
    outer: for (const r of list) {
      if (r.word.length !== end - start) continue;
      for (let k = 0; k < r.word.length; k++) if (r.word.charCodeAt(k) !== (text.charCodeAt(start + k) | 32)) continue outer;
      return r;
    }
    return null;
  };
  return {
    find(text: string): Cue[] {
      const cues: Cue[] = [];
      let phraseEnd = -1;
      const length = text.length;
      // The words of the text, as /[A-Za-z]+/g finds them, by a scan over character codes.
      for (let start = 0; start < length;) {
        if (!isAsciiLetter(text.charCodeAt(start))) {
          start++;
          continue;
        }
        let h = text.charCodeAt(start) | 32;
        let end = start + 1;
        // No character is read outside the text: a read past either end deoptimised this function
        // ("out of bounds") four times before it settled.
        for (; end < length; end++) {
          const c = text.charCodeAt(end);
          if (!isAsciiLetter(c)) break;
          h = (Math.imul(h, 31) + (c | 32)) | 0;
        }
        const wordStart = start;
        start = end;
        // Inside a phrasal cue already taken, or part of a hyphenated compound ("state-of-the-state").
        if (wordStart < phraseEnd || (wordStart > 0 && text.charCodeAt(wordStart - 1) === HYPHEN) || (end < length && text.charCodeAt(end) === HYPHEN))
          continue;
        const reading = readingAt(text, wordStart, end, h);
        if (!reading) continue;
        const raw = text.slice(wordStart, end);
        const phrase = reading.phrases?.find((ph) => ((ph.rest.lastIndex = end), ph.rest.test(text)));
        if (phrase) {
          phraseEnd = phrase.rest.lastIndex;
          cues.push({ text: text.slice(wordStart, phraseEnd), index: wordStart, end: phraseEnd, kind: phrase.kind, form: 'verb', participle: false });
          continue;
        }
        // Only a word in lower case is a verb or a noun cue.
        if (raw.charCodeAt(0) < 97) continue;
        const v = reading.verb;
        const n = reading.noun;
        if (!v && !n) continue;
        if (v) {
          const pluralNoun = !v.base && !v.participle && raw.endsWith('s') && AFTER_PREPOSITION.test(text.slice(Math.max(0, wordStart - 11), wordStart));
          if (pluralNoun || DETERMINED.test(text.slice(Math.max(0, wordStart - 8), wordStart))) {
            if (n) cues.push({ text: raw, index: wordStart, end, kind: n, form: 'noun', participle: false });
            continue;
          }
          TO_A_VERB.lastIndex = end;
          if (aspectual.has(raw) && TO_A_VERB.test(text)) continue;
          // "press secretary", "report card": a noun compound, not a verb.
          nextWordAt.lastIndex = end;
          const nextWord = nextWordAt.exec(text)?.[1] ?? '';
          // (Only a form that can be a noun: "said spokesman Tom Roe" is a verb and its inverted subject.)
          const compound = (v.base || v.participle || raw.endsWith('s')) && (lex.roleNouns.has(nextWord) || lex.titles.has(nextWord));
          // "a gala concert, state reception": a bare verb right after a comma starts a noun phrase, not a clause.
          const listed = v.base && /,\s*$/.test(text.slice(Math.max(0, wordStart - 3), wordStart));
          // "posted on social media that", '"...," she posted.': a verb that reports only with a clause
          // after it or a quotation beside it ("a video posted to its account" reports nothing).
          const unclaused =
            needsClause.has(raw) && !CLAUSE_SOON.test(text.slice(end, end + 80)) && !QUOTE_NEAR.test(text.slice(Math.max(0, wordStart - 30), end + 4));
          if (unclaused) continue;
          if (!compound && !listed) {
            cues.push({ text: raw, index: wordStart, end, kind: v.kind, form: 'verb', participle: v.participle });
            continue;
          }
        }
        if (n) cues.push({ text: raw, index: wordStart, end, kind: n, form: 'noun', participle: false });
      }
      for (const m of allMatches(ACCORDING, text)) {
        cues.push({ text: m[0], index: m.index, end: m.index + m[0].length, kind: 'statement', form: 'according', participle: false });
      }
      return cues.sort((a, b) => a.index - b.index);
    },
  };
}
