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

// The dash that ends a dateline: "SEOUL/MOSCOW (Reuters) - ", "LONDON, June 3 (AP) — ".
const DASHES = [' - ', ' – ', ' — ', ' -- '];
// A place in capitals at the start: "SEOUL/MOSCOW", "PORT ELSBERG", "ST. LOUIS".
const CAPITALS = /^[A-Z][A-Z.'’/ -]{1,40}/;

/** Where the text after a dateline starts, or -1 when the opening is not "PLACE[, region or date] [(Agency)] -". */
function afterDateline(text: string, dateline: string | null): number {
  const dashes = DASHES.map((d) => ({ at: text.indexOf(d), length: d.length })).filter((d) => d.at > 0 && d.at < 100);
  if (dashes.length === 0) return -1;
  const dash = dashes.reduce((a, b) => (b.at < a.at ? b : a));
  let head = text.slice(0, dash.at).trim();
  if (dateline) {
    if (!head.toLowerCase().startsWith(dateline.toLowerCase())) return -1;
    head = head.slice(dateline.length);
  } else {
    const place = CAPITALS.exec(head)?.[0].trimEnd() ?? '';
    if (place.replace(/[^A-Z]/g, '').length < 2 || /[a-z]/.test(place)) return -1;
    head = head.slice(place.length);
  }
  // What may follow the place: an agency in brackets, and before it a region or date after a comma.
  head = head.trim();
  if (head.endsWith(')')) {
    const open = head.lastIndexOf('(');
    if (open < 0 || head.length - open > 42) return -1;
    head = head.slice(0, open).trim();
  }
  if (head.startsWith(',')) head = head.slice(1).trim();
  const region = head === '' || (head.length <= 30 && /^[A-Z]/.test(head) && !/[()]/.test(head));
  return region ? dash.at + dash.length : -1;
}

/**
 * The sentence without the article's dateline at its start; `dateline` (the parser's, e.g.
 * "SEOUL/MOSCOW") makes the match sure, and without it only a place in capitals before a dash counts.
 * @example withoutDateline('HARBOURTON (Reuters) - The board met.', 'HARBOURTON') // 'The board met.'
 */
export function withoutDateline(sentence: string, dateline: string | null): string {
  const start = afterDateline(sentence.trimStart(), dateline);
  if (start < 0) return sentence;
  return sentence
    .trimStart()
    .slice(start)
    .trimStart()
    .replace(/^./, (c) => c.toUpperCase());
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
