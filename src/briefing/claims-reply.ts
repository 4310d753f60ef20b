/**
 * The /claims answer: disputes first (an accusation beside the denials that answer it), then the
 * other claims grouped by who made them.
 */
import type { CorpusView } from './corpus.js';
import { findDisputes, type Dispute } from './disputes.js';
import type { Reply, ReplySection } from './reply.js';
import { moreChoice, showingNote, type ListRequest } from './paging.js';
import { buildReply } from './reply-builder.js';
import { claimLine, claimSourceName, withoutNestedClaims, type ClaimRef } from './statements.js';

const MAX_DISPUTES = 5;
/** Claims grouped by source shown on one page (after the disputes on the first). */
const CLAIMS_PER_PAGE = 15;
/** Selected claims that fill the first page: a view holding as many reads no older articles. */
export const CLAIMS_FILLING_A_PAGE = CLAIMS_PER_PAGE;

/**
 * Builds the /claims reply for the selected claims (already filtered by actor or topic): the
 * disputes first, then the other claims grouped by source (those with most claims first), a page
 * at a time. The total counts every claim, and the description says which of them are shown.
 */
export function buildClaimsReply(
  view: CorpusView,
  title: string,
  selected: readonly ClaimRef[],
  scope: string,
  extra: ReplySection[] = [],
  request?: ListRequest,
): Reply {
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
  // Disputes count as the first items of the first page; the grouped claims follow, in order.
  const disputed = inDispute.size;
  const grouped = [...groups.entries()].sort((a, b) => b[1].length - a[1].length).flatMap(([source, refs]) => refs.map((ref) => ({ source, ref })));
  const firstPage = Math.max(0, CLAIMS_PER_PAGE - disputed);
  const wanted = Math.max(1, Math.floor(request?.page ?? 1));
  const pages = 1 + Math.ceil(Math.max(0, grouped.length - firstPage) / CLAIMS_PER_PAGE);
  const pageNumber = Math.min(wanted, pages);
  const start = pageNumber === 1 ? 0 : firstPage + (pageNumber - 2) * CLAIMS_PER_PAGE;
  const onPage = grouped.slice(start, pageNumber === 1 ? firstPage : start + CLAIMS_PER_PAGE);
  const bySource: ReplySection[] = [];
  for (const { source, ref } of onPage) {
    const last = bySource[bySource.length - 1];
    const line = claimLine(view, ref, { withSource: false });
    if (last && last.title === source) last.lines.push(line);
    else bySource.push({ title: source, lines: [line] });
  }
  const shownDisputes = pageNumber === 1 ? disputes : [];
  const from = pageNumber === 1 ? 1 : disputed + start + 1;
  const page = { items: onPage, from, to: disputed + start + onPage.length, total: claims.length, page: pageNumber };
  const sources = new Set(claims.map((c) => claimSourceName(view, c))).size;
  const articles = new Set(claims.map((c) => c.article.id)).size;
  const disputeNote = disputes.length > 0 ? ` ${disputes.length} disputed.` : '';
  const more = moreChoice(request, page, 'claims', CLAIMS_PER_PAGE);
  return buildReply({
    title,
    description: `${claims.length} claim${claims.length === 1 ? '' : 's'} from ${sources} source${sources === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}.${disputeNote}${showingNote(page)}`,
    sections: [...disputeSections(view, shownDisputes), ...bySource, ...(pageNumber === 1 ? extra : [])],
    ...(more ? { more } : {}),
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
