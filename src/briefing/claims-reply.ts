/**
 * The /claims answer: disputes first (an accusation beside the denials that answer it), then the
 * other claims grouped by who made them.
 */
import type { CorpusView } from './corpus.js';
import { findDisputes, type Dispute } from './disputes.js';
import type { Reply, ReplySection } from './reply.js';
import { buildReply } from './reply-builder.js';
import { claimLine, claimSourceName, withoutNestedClaims, type ClaimRef } from './statements.js';

const MAX_SOURCES = 8;
const MAX_PER_SOURCE = 5;
const MAX_DISPUTES = 5;

/** Builds the /claims reply for the selected claims (already filtered by actor or topic). */
export function buildClaimsReply(view: CorpusView, title: string, selected: readonly ClaimRef[], scope: string, extra: ReplySection[] = []): Reply {
  const claims = withoutNestedClaims(view, selected);
  if (claims.length === 0) {
    return buildReply({ title, description: `No claims found ${scope}.`, ephemeral: true, tone: 'notice' });
  }
  const disputes = findDisputes(view, claims).slice(0, MAX_DISPUTES);
  const inDispute = new Set(disputes.flatMap((d) => [d.accusation, ...d.denials]));
  const groups = new Map<string, ClaimRef[]>();
  for (const ref of claims) {
    if (inDispute.has(ref)) continue;
    const source = claimSourceName(view, ref);
    groups.set(source, [...(groups.get(source) ?? []), ref]);
  }
  const bySource: ReplySection[] = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, MAX_SOURCES)
    .map(([source, refs]) => ({
      title: source,
      lines: refs.slice(0, MAX_PER_SOURCE).map((ref) => claimLine(view, ref, { withSource: false })),
    }));
  const sources = new Set(claims.map((c) => claimSourceName(view, c))).size;
  const articles = new Set(claims.map((c) => c.article.id)).size;
  const disputed = disputes.length > 0 ? ` ${disputes.length} disputed.` : '';
  return buildReply({
    title,
    description: `${claims.length} claim${claims.length === 1 ? '' : 's'} from ${sources} source${sources === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}.${disputed}`,
    sections: [...disputeSections(view, disputes), ...bySource, ...extra],
  });
}

/** Each dispute as a section: the accusation, then each denial right under it. */
export function disputeSections(view: CorpusView, disputes: readonly Dispute[]): ReplySection[] {
  return disputes.map((d) => {
    const accuser = claimSourceName(view, d.accusation);
    const deniers = [...new Set(d.denials.map((x) => claimSourceName(view, x)))].join('; ');
    return {
      title: `Disputed: ${accuser} vs ${deniers}`,
      lines: [claimLine(view, d.accusation), ...d.denials.map((x) => claimLine(view, x))],
    };
  });
}
