/**
 * The parts of a briefing that decide what it leads with, as pure functions: key actors ranked by
 * what they said and did in the period (sources before the merely mentioned, places last), the
 * dateline ("CITY (Agency) -") taken off a summary sentence, and the period's top claims.
 */
import type { Claim } from '../article/types.js';

/** What one actor did in the period's articles. */
export interface ActorActivity<A> {
  actor: A;
  kind: string;
  /** Quotes attributed to them. */
  quotes: number;
  /** Claims they are the source (or a co-source) of. */
  claims: number;
  mentions: number;
}

/**
 * Key actors, best first: those who said something (quotes count a little more than claims), then
 * people, organisations and groups by mentions, places last; at most `limit`.
 * @example rankKeyActors([{ actor: 'Ana', kind: 'person', quotes: 2, claims: 1, mentions: 4 }, ...], 6)
 */
export function rankKeyActors<A>(activity: readonly ActorActivity<A>[], limit: number): ActorActivity<A>[] {
  const said = (a: ActorActivity<A>) => a.quotes * 1.5 + a.claims;
  const placeLast = (a: ActorActivity<A>) => (a.kind === 'place' ? 1 : 0);
  return [...activity]
    .filter((a) => a.mentions > 0 || said(a) > 0)
    .sort((a, b) => Number(said(b) > 0) - Number(said(a) > 0) || said(b) - said(a) || placeLast(a) - placeLast(b) || b.mentions - a.mentions)
    .slice(0, limit);
}

/** "2 quotes, 1 claim": what an actor said in the period, '' when nothing. */
export function activityNote(activity: Pick<ActorActivity<unknown>, 'quotes' | 'claims'>): string {
  const parts = [
    activity.quotes > 0 ? `${activity.quotes} quote${activity.quotes === 1 ? '' : 's'}` : '',
    activity.claims > 0 ? `${activity.claims} claim${activity.claims === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

// "SEOUL/MOSCOW (Reuters) -", "LONDON, June 3 (AP) —", "LYON, France (AFP) -", "WASHINGTON —":
// capitals, an optional region or date after a comma, an optional agency in brackets, then a dash.
const AFTER_PLACE = String.raw`(?:,\s*[A-Z][\w.'’ ]{0,30}?)?\s*(?:\([^()]{1,40}\))?\s*[-–—]+\s+`;
const DATELINE = new RegExp(String.raw`^\s*[A-Z][A-Z.'’ /-]*[A-Z.]` + AFTER_PLACE);
const AFTER_DATELINE = new RegExp(String.raw`^[,.]?` + AFTER_PLACE.replace(String.raw`(?:,\s*`, String.raw`(?:\s*`));

/**
 * The sentence without the article's dateline at its start; `dateline` (the parser's, e.g.
 * "SEOUL/MOSCOW") makes the match sure, and without it only an all-capitals place before a dash counts.
 * @example withoutDateline('HARBOURTON (Reuters) - The board met.', 'HARBOURTON') // 'The board met.'
 */
export function withoutDateline(sentence: string, dateline: string | null): string {
  let text = sentence;
  if (dateline) {
    if (!text.trimStart().toLowerCase().startsWith(dateline.toLowerCase())) return sentence;
    const rest = text.trimStart().slice(dateline.length);
    const after = AFTER_DATELINE.exec(rest);
    if (after) text = rest.slice(after[0].length);
  } else {
    const match = DATELINE.exec(text);
    if (match) text = text.slice(match[0].length);
  }
  return text === sentence ? sentence : text.replace(/^./, (c) => c.toUpperCase());
}

// Claims that move a story: accusations, denials, warnings and promises before plain statements.
const KIND_WEIGHT: Record<string, number> = { accusation: 3, denial: 3, warning: 2.5, promise: 2, call: 2, concern: 1.5, assessment: 1.2 };

/**
 * The period's top claims, best first: those with a named source, of the kinds that move a story,
 * early in their article; one per source, at most `limit`.
 */
export function topClaims<R extends { claim: Claim; articleRank: number }>(refs: readonly R[], sourceOf: (ref: R) => string | null, limit: number): R[] {
  const scored = refs
    .map((ref) => {
      const named = sourceOf(ref) !== null ? 2 : 0;
      const kind = KIND_WEIGHT[ref.claim.kind] ?? 1;
      const early = 1 / (1 + ref.claim.paragraph / 4);
      return { ref, score: named + kind + early - ref.articleRank * 0.5 };
    })
    .sort((a, b) => b.score - a.score);
  const sources = new Set<string>();
  const out: R[] = [];
  for (const { ref } of scored) {
    const source = sourceOf(ref) ?? `#${out.length}`;
    if (sources.has(source)) continue;
    sources.add(source);
    out.push(ref);
    if (out.length === limit) break;
  }
  return out;
}
