/**
 * Reporting cues: the verbs and nouns that tie a source to what it said ("said", "told reporters",
 * "accused", "denials", "according to"), inflected from the lemmas in data/lexicon/reporting-verbs.json.
 */
import type { Lexicon } from './lexicon.js';
import type { ClaimKind } from './types.js';

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'written', 'writes', 'writing'],
  swear: ['swore', 'sworn', 'swears', 'swearing'], think: ['thought', 'thinks', 'thinking'], find: ['found', 'finds', 'finding'],
  read: ['reads', 'reading'], deny: ['denied', 'denies', 'denying'], cry: ['cried', 'cries', 'crying'], reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies', 'testifying'], criticize: ['criticized', 'criticizes', 'criticizing'], criticise: ['criticised', 'criticises', 'criticising'],
  undertake: ['undertook', 'undertaken', 'undertakes'], forecast: ['forecasts', 'forecasting'], quip: ['quipped', 'quips', 'quipping'],
  commit: ['committed', 'commits', 'committing'], rebut: ['rebutted'], admit: ['admitted', 'admits', 'admitting'], plead: ['pleaded', 'pled', 'pleads', 'pleading'],
  be: [], worry: ['worried', 'worries', 'worrying'], signal: ['signaled', 'signalled', 'signals', 'signaling'], muse: ['mused', 'muses'],
  post: ['posted', 'posts', 'posting'], chant: ['chanted', 'chants'], offer: ['offered', 'offers', 'offering'], question: ['questioned', 'questions'],
  ask: ['asked', 'asks', 'asking'], slam: ['slammed', 'slams', 'slamming'], fault: ['faulted', 'faults'], quote: ['quoted', 'quotes', 'quoting'],
  print: ['printed', 'prints'], publish: ['published', 'publishes', 'publishing'], predict: ['predicted', 'predicts', 'predicting'],
  report: ['reported', 'reports', 'reporting'], propose: ['proposed', 'proposes', 'proposing'], dispute: ['disputed', 'disputes', 'disputing'],
  see: ['saw', 'seen', 'sees', 'seeing'], put: ['puts', 'putting'], cut: ['cuts', 'cutting'], shorten: ['shortened', 'shortens'], lengthen: ['lengthened', 'lengthens'],
  lower: ['lowered', 'lowers', 'lowering'],
};

/** After "see X as": words that make a comparison of amount, not a view ("saw prices as high as"). */
const NOT_A_VIEW = '(?!\\s+(?:high|low|much|many|well|long|far|soon|early|late|little|few|good|bad|part|usual|expected|planned|a result)\\b)';

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]!];
  const forms = [lemma];
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma}s`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ied`, `${lemma.slice(0, -1)}ies`, `${lemma}ing`);
  else if (/(?:s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}ed`, `${lemma}es`, `${lemma}ing`);
  else forms.push(`${lemma}ed`, `${lemma}s`, `${lemma}ing`);
  return forms;
}

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
  const verbForm = new Map<string, { kind: ClaimKind; participle: boolean }>();
  // A multi-word cue is looked for only where its first word stands ("called for", "see ... as").
  const multi: Array<{ re: RegExp; kind: ClaimKind; gate?: RegExp }> = [];
  for (const [lemma, kind] of lex.verbKinds) {
    if (lemma.includes(' ')) {
      const [head, ...rest] = lemma.split(' ');
      if (head === 'be') {
        multi.push({ re: new RegExp(`\\b(?:is|was|were|are|been|being)\\s+${rest.join('\\s+')}\\b`, 'gi'), kind: kind as ClaimKind });
      } else if (rest[0] === '*') {
        // "see * as": up to five words between ("see the new trade deal as").
        const forms = inflect(head!).join('|');
        const after = rest.slice(1).join('\\s+');
        multi.push({ re: new RegExp(`\\b(?:${forms})\\s+(?:(?!${after}\\b)[\\w'’-]+\\s+){1,5}?${after}\\b${after === 'as' ? NOT_A_VIEW : ''}`, 'gi'), kind: kind as ClaimKind, gate: new RegExp(`\\b(?:${forms})\\b`, 'i') });
      } else {
        const forms = inflect(head!).join('|');
        multi.push({ re: new RegExp(`\\b(?:${forms})\\s+(?:\\w+\\s+)?${rest.join('\\s+')}\\b`, 'gi'), kind: kind as ClaimKind, gate: new RegExp(`\\b(?:${forms})\\b`, 'i') });
      }
      continue;
    }
    for (const form of inflect(lemma)) if (!verbForm.has(form)) verbForm.set(form, { kind: kind as ClaimKind, participle: form.endsWith('ing') });
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
        // "the dispute", "his claims": after a determiner the word is a noun.
        const afterDeterminer = /\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|no|any)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
        if (afterDeterminer && v) {
          const n = nounForm.get(w);
          if (n) cues.push({ text: m[0], index: m.index, end: m.index + m[0].length, kind: n, form: 'noun', participle: false });
          continue;
        }
        if (v && /^[a-z]/.test(m[0]) && !compound) cues.push({ text: m[0], index: m.index, end: m.index + m[0].length, kind: v.kind, form: 'verb', participle: v.participle });
        else {
          const n = nounForm.get(w);
          if (n && /^[a-z]/.test(m[0])) cues.push({ text: m[0], index: m.index, end: m.index + m[0].length, kind: n, form: 'noun', participle: false });
        }
      }
      for (const { re, kind, gate } of multi) {
        if (gate && !gate.test(text)) continue;
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
