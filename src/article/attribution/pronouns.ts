/**
 * Everyone a "he", "she", "it" or "they" could point back to, each described for the ranker: how
 * recent among those who fit (gender and kind), how recent among those who stood as a subject,
 * whether the rules heard them speak last, whether the resolver in speakers.ts picked them. The
 * ranker weighs these instead of trusting one resolver.
 */
import type { PlacedMention, SpeakerFinder } from '../speakers.js';
import { sourcesBefore, type CandidateContext } from './candidates.js';
import { actorGender, describedGender, pronounFit } from './gender.js';

/** A pronoun found as the subject of a cue or rule, and the actor the resolver gave it. */
export type ResolvedPronoun = NonNullable<SpeakerFinder['lastPronoun']>;

const rankName = (k: number) => (k <= 2 ? `${k}` : '3+');
const ROLE_AFTER = /^,\s+(?:the|a|an|who)\b/i;

/** The antecedents of a pronoun, up to three paragraphs back, each with its features. */
export function antecedents(ctx: CandidateContext, pronoun: ResolvedPronoun, recentSpeakers: string[]): Array<{ actorId: string; features: string[] }> {
  const out: Array<{ actorId: string; features: string[] }> = [];
  const seen = new Set<string>();
  let subjects = 0;
  const sources = sourcesBefore(ctx.cueSubjects, pronoun.p, pronoun.offset, true);
  for (let q = pronoun.p; q >= Math.max(0, pronoun.p - 3); q--) {
    const mentions = ctx.mentionsIn(q).filter((m) => !m.insideQuote && (q < pronoun.p || m.end <= pronoun.offset));
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m: PlacedMention = mentions[k]!;
      if (seen.has(m.actorId)) continue;
      const actor = ctx.actors.get(m.actorId);
      if (!actor) continue;
      // What the story says of someone ("spokeswoman") rules them out; a given name only hints.
      if (pronounFit(pronoun.word, actor, describedGender(actor)) === 'clash') continue;
      const fit = pronounFit(pronoun.word, actor, actorGender(actor, ctx.lexicon));
      seen.add(m.actorId);
      const subject = !m.possessive && ctx.speakers.isSubject(q, m);
      const features = ['ant', `ant:fit=${fit}`, `ant:rank${rankName(out.length)}`, `ant:back${Math.min(pronoun.p - q, 2)}`];
      if (subject) features.push(`ant:subject-rank${rankName(subjects++)}`);
      if (m.possessive) features.push('ant:possessive');
      if (ROLE_AFTER.test(ctx.paragraphs[q]!.slice(m.end, m.end + 8))) features.push('ant:introduced');
      const heard = recentSpeakers.indexOf(m.actorId);
      if (heard >= 0) features.push(`ant:heard${rankName(heard)}`);
      if (pronoun.actorId === m.actorId) features.push('ant:resolver');
      const source = sources.indexOf(m.actorId);
      if (source >= 0) features.push(`ant:source${rankName(source)}`);
      features.push(`ant:word=${pronoun.word.toLowerCase()}`);
      out.push({ actorId: m.actorId, features });
    }
  }
  return out;
}
