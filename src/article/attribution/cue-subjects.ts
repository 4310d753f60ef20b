/**
 * Who the article reports as speaking, cue by cue: the subject of every reporting cue outside
 * quotation marks ("Berg said", "according to the ministry"), worked out once per paragraph. The
 * candidates of a quote read it for the cues around the quote and for "who spoke last"; pronoun
 * antecedents read it for the nearest named source before the pronoun.
 */
import { createCueFinder, type Cue, type CueFinder } from '../cues.js';
import type { Lexicon } from '../lexicon.js';
import type { QuoteContext } from '../quotes.js';
import { traced, type ResolvedPronoun } from './rules.js';
import { insideQuotes, sentenceStartOf, within } from './window.js';

/** The subject of a reporting cue outside quotation marks. */
export interface CueSubject {
  p: number;
  index: number;
  actorId: string;
  /** The "he"/"she" it was reached through, or null when named. */
  pronoun: ResolvedPronoun | null;
  /** Reported as taking a position ("Berg endorsed", "Berg made it clear"), not as saying words. */
  stance?: boolean;
}

/** The finder of the lexicon's stance verbs, built once per lexicon. */
const stanceFinders = new WeakMap<Lexicon, CueFinder>();
function stanceFinder(lexicon: Lexicon): CueFinder {
  let finder = stanceFinders.get(lexicon);
  if (!finder) {
    const verbKinds = new Map(lexicon.stanceVerbs.map((v) => [v, 'statement']));
    stanceFinders.set(lexicon, (finder = createCueFinder({ ...lexicon, verbKinds, nounKinds: new Map() })));
  }
  return finder;
}

/**
 * The subjects of a paragraph's reporting cues, in text order, worked out on first use; with them
 * the subjects of its stance verbs ("Berg endorsed", "Berg wants"), which attribution corpora count
 * as sources: who took a position last is whom a "he said" after it most often means.
 */
export function createCueSubjects(ctx: QuoteContext & { lexicon: Lexicon }): (p: number) => CueSubject[] {
  const stance = stanceFinder(ctx.lexicon);
  const memo = new Map<number, CueSubject[]>();
  return (p) => {
    let list = memo.get(p);
    if (list) return list;
    list = [];
    const paragraph = ctx.paragraphs[p]!;
    const spans = ctx.quoteSpans[p]!;
    for (const cue of ctx.cues.find(paragraph)) {
      if (insideQuotes(spans, cue.index)) continue;
      const from = sentenceStartOf(ctx.sentences[p]!, cue.index);
      const found = traced(ctx.speakers, () =>
        cue.form === 'according' ? ctx.speakers.namedAfter(p, cue.end, cue.end + 60) : ctx.speakers.subjectOf(p, cue, from),
      );
      if (found.id) list.push({ p, index: cue.index, actorId: found.id, pronoun: found.pronoun });
    }
    const stances = stance.find(paragraph).filter((cue) => !cue.participle && !insideQuotes(spans, cue.index));
    if (stances.length) {
      for (const cue of stances) {
        if (list.some((s) => s.index === cue.index)) continue;
        const found = traced(ctx.speakers, () => ctx.speakers.subjectOf(p, cue, sentenceStartOf(ctx.sentences[p]!, cue.index)));
        if (found.id) list.push({ p, index: cue.index, actorId: found.id, pronoun: found.pronoun, stance: true });
      }
      list.sort((a, b) => a.index - b.index);
    }
    memo.set(p, list);
    return list;
  };
}

/** The subject of one cue from its paragraph's list; none for a cue inside quotation marks. */
export function subjectOfCue(cueSubjects: (p: number) => CueSubject[], p: number, cue: Cue): { id: string | null; pronoun: ResolvedPronoun | null } {
  const found = within(cueSubjects(p), cue.index, cue.index + 1, (s) => s.index)[0];
  return found ? { id: found.actorId, pronoun: found.pronoun } : { id: null, pronoun: null };
}

/** Up to `max` distinct actors who spoke before a point, nearest first, up to three paragraphs back. */
export function sourcesBefore(cueSubjects: (p: number) => CueSubject[], p: number, offset: number, namedOnly: boolean, max: number): string[] {
  const out: string[] = [];
  for (let q = p; q >= Math.max(0, p - 3) && out.length < max; q--) {
    const list = q === p ? within(cueSubjects(q), 0, offset, (s) => s.index) : cueSubjects(q);
    // Bounded: repeated speakers aside, a few entries give the few distinct ones wanted.
    for (let k = list.length - 1, looked = 0; k >= 0 && out.length < max && looked < 50; k--, looked++) {
      const s = list[k]!;
      if ((namedOnly && s.pronoun) || out.includes(s.actorId)) continue;
      out.push(s.actorId);
    }
  }
  return out;
}
