/**
 * Everyone a "he", "she", "it" or "they" could point back to, each described for the ranker: how
 * recent among those who fit (gender and kind), how recent among those who stood as a subject,
 * whether the rules heard them speak last, whether they were the last named source, whether the
 * resolver in speakers.ts picked them, how many sentences back they stand, whether they were the
 * subject of the sentence just before, and whether someone else stood as a subject since they were
 * last heard. The ranker weighs these instead of trusting one resolver.
 */
import { ownsBodyFor } from '../pronoun-resolver.js';
import type { PlacedMention } from '../speakers.js';
import type { CandidateContext, HeardSpeaker } from './candidates.js';
import { sourcesBefore } from './cue-subjects.js';
import { actorGender, describedGender, pronounFit } from './gender.js';
import type { ResolvedPronoun } from './rules.js';
import { bin, EARLIER_ITEMS, within } from './window.js';

const rankName = (k: number) => (k <= 2 ? `${k}` : '3+');
const ROLE_AFTER = /^,\s?(?:the|a|an|who)\b/i;
/** How far back in the pronoun's own paragraph names are looked for, and how many antecedents at most. */
const PRONOUN_WINDOW = 1200;
const MAX_ANTECEDENTS = 8;

/** The antecedents of a pronoun, up to three paragraphs back, each with its features. */
export function antecedents(
  ctx: CandidateContext,
  pronoun: ResolvedPronoun,
  recentSpeakers: string[],
  heardSpeakers: HeardSpeaker[] = [],
): Array<{ actorId: string; features: string[] }> {
  const out: Array<{ actorId: string; features: string[] }> = [];
  const sentencesBack = sentenceDistance(ctx, pronoun);
  const seen = new Set<string>();
  let subjects = 0;
  const sources = sourcesBefore(ctx.cueSubjects, pronoun.p, pronoun.offset, true, 4);
  for (let q = pronoun.p; q >= Math.max(0, pronoun.p - 3) && out.length < MAX_ANTECEDENTS; q--) {
    const all = ctx.mentionsIn(q);
    const mentions =
      q === pronoun.p ? within(all, pronoun.offset - PRONOUN_WINDOW, pronoun.offset).filter((m) => m.end <= pronoun.offset) : all.slice(-EARLIER_ITEMS);
    for (let k = mentions.length - 1; k >= 0 && out.length < MAX_ANTECEDENTS; k--) {
      const m: PlacedMention = mentions[k]!;
      if (m.insideQuote || seen.has(m.actorId)) continue;
      const actor = ctx.actors.get(m.actorId);
      if (!actor) continue;
      // "Lund's office ... it said": "it" stands for the body the person's name owns, and so for them.
      const forBody = ownsBodyFor(pronoun.word, ctx.paragraphs[q]!, m, actor, ctx.lexicon);
      // What the story says of someone ("spokeswoman") rules them out; a given name only hints.
      if (!forBody && pronounFit(pronoun.word, actor, describedGender(actor)) === 'clash') continue;
      const fit = forBody ? 'agree' : pronounFit(pronoun.word, actor, actorGender(actor, ctx.lexicon));
      seen.add(m.actorId);
      const subject = !m.possessive && ctx.isSubject(q, m);
      const features = ['ant', `ant:fit=${fit}`, `ant:rank${rankName(out.length)}`, `ant:back${Math.min(pronoun.p - q, 2)}`];
      const back = sentencesBack(q, m.start);
      features.push(`ant:sentences${bin(back, [0, 1, 2, 4])}`);
      if (subject && back === 1) features.push('ant:subject-previous-sentence');
      // Since this one was last heard speaking, another person stood as the subject of a sentence:
      // the story has moved on to them.
      let lastHeard: HeardSpeaker | undefined;
      for (let h = heardSpeakers.length - 1, looked = 0; h >= 0 && !lastHeard && looked < 50; h--, looked++)
        if (heardSpeakers[h]!.actorId === m.actorId) lastHeard = heardSpeakers[h];
      if (lastHeard && otherSubjectBetween(ctx, m.actorId, lastHeard, pronoun)) features.push('ant:rival-since-heard');
      if (subject) features.push(`ant:subject-rank${rankName(subjects++)}`);
      if (m.possessive) features.push('ant:possessive');
      if (ROLE_AFTER.test(ctx.paragraphs[q]!.slice(m.end, m.end + 8))) features.push('ant:introduced');
      const heard = recentSpeakers.indexOf(m.actorId);
      if (heard >= 0) features.push(`ant:heard${rankName(heard)}`);
      if (pronoun.actorId === m.actorId) features.push('ant:resolver');
      const source = sources.indexOf(m.actorId);
      if (source >= 0) features.push(`ant:source${rankName(source)}`);
      features.push(`ant:word=${pronoun.word.toLowerCase()}`);
      // The last named source and the nearest fitting name are each a good guess; which one this is, together.
      features.push(`ant:source${source >= 0 ? rankName(source) : '-'}&rank${rankName(out.length)}`);
      out.push({ actorId: m.actorId, features });
    }
  }
  return out;
}

/** Sentences from a point in paragraph q back to the pronoun: 0 in the same sentence. */
function sentenceDistance(ctx: CandidateContext, pronoun: ResolvedPronoun): (q: number, offset: number) => number {
  const indexIn = (q: number, offset: number) => {
    const list = ctx.sentences[q] ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  };
  const at = indexIn(pronoun.p, pronoun.offset);
  return (q, offset) => {
    let n = at;
    for (let r = q; r < pronoun.p; r++) n += ctx.sentences[r]?.length ?? 1;
    return n - indexIn(q, offset);
  };
}

/** Whether a person other than `actorId` stands as a subject between a point and the pronoun. */
function otherSubjectBetween(ctx: CandidateContext, actorId: string, from: { p: number; offset: number }, pronoun: ResolvedPronoun): boolean {
  for (let r = from.p; r <= pronoun.p; r++) {
    const all = ctx.mentionsIn(r);
    const list = within(all, r === from.p ? from.offset : 0, r === pronoun.p ? pronoun.offset : Infinity);
    if (list.some((m) => m.actorId !== actorId && !m.insideQuote && !m.possessive && ctx.actors.get(m.actorId)?.kind === 'person' && ctx.isSubject(r, m)))
      return true;
  }
  return false;
}
