/**
 * Reporting cues: the verbs and nouns that tie a source to what it said ("said", "told reporters",
 * "accused", "denials", "according to"), inflected from the lemmas in data/lexicon/reporting-verbs.json.
 */
import type { Lexicon } from './lexicon.js';
import { inflect } from './verb-forms.js';
import type { ClaimKind } from './types.js';

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
  const multi: Array<{ re: RegExp; kind: ClaimKind }> = [];
  for (const [lemma, kind] of lex.verbKinds) {
    if (lemma.includes(' ')) {
      const [head, ...rest] = lemma.split(' ');
      if (head === 'be') {
        multi.push({ re: new RegExp(`\\b(?:is|was|were|are|been|being)\\s+${rest.join('\\s+')}\\b`, 'gi'), kind: kind as ClaimKind });
      } else {
        const forms = inflect(head!).join('|');
        multi.push({ re: new RegExp(`\\b(?:${forms})\\s+(?:\\w+\\s+)?${rest.join('\\s+')}\\b`, 'gi'), kind: kind as ClaimKind });
      }
      continue;
    }
    for (const form of inflect(lemma)) if (!verbForm.has(form)) verbForm.set(form, { kind: kind as ClaimKind, participle: form.endsWith('ing'), base: form === lemma });
  }
  const nounForm = new Map<string, ClaimKind>();
  for (const [noun, kind] of lex.nounKinds) {
    nounForm.set(noun, kind as ClaimKind);
    if (!noun.endsWith('s')) nounForm.set(`${noun}s`, kind as ClaimKind);
  }
  const word = /[A-Za-z]+/g;
  return {
    find(text: string): Cue[] {
      const cues: Cue[] = [];
      for (const m of text.matchAll(word)) {
        const w = m[0].toLowerCase();
        // Part of a hyphenated compound ("state-of-the-state"): no cue.
        if (text[m.index - 1] === '-' || text[m.index + m[0].length] === '-') continue;
        const v = verbForm.get(w);
        // "press secretary", "report card": a noun compound, not a verb.
        const nextWord = /^\s+([a-z-]+)/.exec(text.slice(m.index + m[0].length))?.[1] ?? '';
        const compound = lex.roleNouns.has(nextWord) || lex.titles.has(nextWord);
        // "the dispute", "his claims", "Berg's state visit": after a determiner or a possessive the word is a noun.
        const afterDeterminer = /\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|no|any)\s+$|\p{L}['’]s\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index));
        if (afterDeterminer && v) {
          const n = nounForm.get(w);
          if (n) cues.push({ text: m[0], index: m.index, end: m.index + m[0].length, kind: n, form: 'noun', participle: false });
          continue;
        }
        // "a gala concert, state reception": a bare verb right after a comma starts a noun phrase, not a clause.
        const listed = v?.base === true && /,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
        if (v && /^[a-z]/.test(m[0]) && !compound && !listed) cues.push({ text: m[0], index: m.index, end: m.index + m[0].length, kind: v.kind, form: 'verb', participle: v.participle });
        else {
          const n = nounForm.get(w);
          if (n && /^[a-z]/.test(m[0])) cues.push({ text: m[0], index: m.index, end: m.index + m[0].length, kind: n, form: 'noun', participle: false });
        }
      }
      for (const { re, kind } of multi) {
        for (const m of text.matchAll(re)) {
          const overlapping = cues.findIndex((c) => c.index >= m.index && c.index < m.index + m[0].length);
          if (overlapping >= 0) cues.splice(overlapping, 1);
          cues.push({ text: m[0], index: m.index, end: m.index + m[0].length, kind, form: 'verb', participle: false });
        }
      }
      for (const m of text.matchAll(/\b(?:according to|in the words of)\b/gi)) {
        cues.push({ text: m[0], index: m.index, end: m.index + m[0].length, kind: 'statement', form: 'according', participle: false });
      }
      return cues.sort((a, b) => a.index - b.index);
    },
  };
}
