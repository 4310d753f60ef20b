/**
 * Reporting cues: the verbs and nouns that tie a source to what it said ("said", "told reporters",
 * "accused", "denials", "according to"), inflected from the lemmas in data/lexicon/reporting-verbs.json.
 */
import type { Lexicon } from './lexicon.js';
import { inflect } from './verb-forms.js';
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

export interface CueFinder {
  find(text: string): Cue[];
}

/** Builds the cue finder from the lexicon's verb and noun lists. */
export function createCueFinder(lex: Lexicon): CueFinder {
  const verbForm = new Map<string, { kind: ClaimKind; participle: boolean; base: boolean }>();
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
    for (const form of inflect(lemma))
      if (!verbForm.has(form)) verbForm.set(form, { kind: kind as ClaimKind, participle: form.endsWith('ing'), base: form === lemma });
  }
  const nounForm = new Map<string, ClaimKind>();
  for (const [noun, kind] of lex.nounKinds) {
    nounForm.set(noun, kind as ClaimKind);
    if (!noun.endsWith('s')) nounForm.set(`${noun}s`, kind as ClaimKind);
  }
  const word = /[A-Za-z]+/g;
  const nextWordAt = /\s+([a-z-]+)/y;
  // "the dispute", "his claims", "Berg's state visit": after a determiner or a possessive the word is a noun.
  const DETERMINED = /(?:\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|no|any)|[a-z]['’]s)\s+$/i;
  return {
    find(text: string): Cue[] {
      const cues: Cue[] = [];
      let phraseEnd = -1;
      for (const m of text.matchAll(word)) {
        const raw = m[0];
        const start = m.index;
        const end = start + raw.length;
        // Inside a phrasal cue already taken, or part of a hyphenated compound ("state-of-the-state").
        if (start < phraseEnd || text[start - 1] === '-' || text[end] === '-') continue;
        const w = raw.toLowerCase();
        const phrase = phrasesByHead.get(w)?.find((ph) => ((ph.rest.lastIndex = end), ph.rest.test(text)));
        if (phrase) {
          phraseEnd = phrase.rest.lastIndex;
          cues.push({ text: text.slice(start, phraseEnd), index: start, end: phraseEnd, kind: phrase.kind, form: 'verb', participle: false });
          continue;
        }
        const v = verbForm.get(w);
        const n = nounForm.get(w);
        if ((!v && !n) || !/^[a-z]/.test(raw)) continue;
        if (v) {
          if (DETERMINED.test(text.slice(Math.max(0, start - 8), start))) {
            if (n) cues.push({ text: raw, index: start, end, kind: n, form: 'noun', participle: false });
            continue;
          }
          // "press secretary", "report card": a noun compound, not a verb.
          nextWordAt.lastIndex = end;
          const nextWord = nextWordAt.exec(text)?.[1] ?? '';
          const compound = lex.roleNouns.has(nextWord) || lex.titles.has(nextWord);
          // "a gala concert, state reception": a bare verb right after a comma starts a noun phrase, not a clause.
          const listed = v.base && /,\s*$/.test(text.slice(Math.max(0, start - 3), start));
          if (!compound && !listed) {
            cues.push({ text: raw, index: start, end, kind: v.kind, form: 'verb', participle: v.participle });
            continue;
          }
        }
        if (n) cues.push({ text: raw, index: start, end, kind: n, form: 'noun', participle: false });
      }
      for (const m of text.matchAll(/\b(?:according to|in the words of)\b/gi)) {
        cues.push({ text: m[0], index: m.index, end: m.index + m[0].length, kind: 'statement', form: 'according', participle: false });
      }
      return cues.sort((a, b) => a.index - b.index);
    },
  };
}
