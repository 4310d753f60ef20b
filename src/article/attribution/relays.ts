/**
 * The relay stage, after quotes and claims: finds the relay constructions of the article
 * (relay-frames.ts), gives every quote and claim its chain (relay-chains.ts) as `via`, moves a
 * statement credited to its relayer to its speaker, and drops the relayer's claim that only reported
 * another's ("Harbour Radio said Berg told the council ..." is Berg's claim, via Harbour Radio).
 */
import type { Cue } from '../cues.js';
import type { Sentence } from '../sentences.js';
import type { Actor, Claim, Quote } from '../types.js';
import type { PlacedQuotes } from './attribute-quotes.js';
import { traceRelayChains, type ChainContext, type StatementAt } from './relay-chains.js';
import { findRelayFrames, type RelayContext } from './relay-frames.js';
import { outletsByContext } from './relay-parties.js';

/** Where each claim stood, as extractClaims reported it. */
export type PlacedClaims = Map<Claim, { sentence: Sentence; cue: Cue }>;

/** Rules under which a quote carries on the one before it with no cue of its own. */
const CONTINUING_RULES = new Set(['continued', 'listed']);

/**
 * Sets `via` on the quotes and claims that reached the article through others, corrects their
 * speakers, and returns the claims without those that only reported another's claim.
 */
export function traceRelays(
  ctx: RelayContext & Omit<ChainContext, 'cuesIn' | 'describedOutlets'>,
  quotes: Quote[],
  placedQuotes: PlacedQuotes,
  claims: Claim[],
  placedClaims: PlacedClaims,
): Claim[] {
  const frames = findRelayFrames(ctx);
  if (!frames.length) return claims;
  const statements: Array<{ at: StatementAt; item: Quote | Claim }> = [];
  for (const quote of quotes) {
    const placed = placedQuotes.get(quote);
    if (!placed) continue;
    const { site, rule } = placed;
    statements.push({
      item: quote,
      at: {
        p: site.p,
        from: site.sentence.start,
        to: Math.max(site.sentenceEnd, site.span.end + 1),
        start: site.span.start - 1,
        speakerId: quote.speakerId,
        continues: CONTINUING_RULES.has(rule ?? ''),
        kind: 'quote',
      },
    });
  }
  for (const claim of claims) {
    const placed = placedClaims.get(claim);
    if (!placed) continue;
    statements.push({
      item: claim,
      at: {
        p: claim.paragraph,
        from: placed.sentence.start,
        to: placed.sentence.end,
        start: placed.cue.index,
        speakerId: claim.sourceId,
        continues: false,
        kind: 'claim',
      },
    });
  }
  statements.sort((a, b) => a.at.p - b.at.p || a.at.start - b.at.start);
  const outcomes = traceRelayChains(
    { ...ctx, cuesIn: (p) => ctx.cues.find(ctx.paragraphs[p]!), describedOutlets: outletsByContext(ctx) },
    frames,
    statements.map((s) => s.at),
  );

  const relayersOf = new Map<Claim, string[]>();
  statements.forEach(({ item }, k) => {
    const { speakerId, via, relayers } = outcomes[k]!;
    if ('speakerId' in item) item.speakerId = speakerId;
    else {
      item.sourceId = speakerId;
      if (relayers.length) relayersOf.set(item, relayers);
    }
    if (via.length) item.via = via;
    // "In an article published by X, Berg promised ...": X carried the words, it did not say them too.
    if ('coSourceIds' in item && relayers.length) item.coSourceIds = item.coSourceIds.filter((id) => !relayers.includes(id));
  });

  // A relayed claim reads without its relay: "a local newspaper the crews were tired" is "the crews were tired".
  for (const [claim, relayers] of relayersOf)
    claim.text = withoutRelays(
      claim.text,
      relayers.map((id) => ctx.actors.get(id)!),
    );

  // A claim of a relayer that holds another's relayed claim of its sentence is that claim's report;
  // "according to the Courier" beside the Courier's relayed claim is the relay, not a claim.
  // Grouped by sentence and relayer; a sentence that never ends is compared a bounded number of times.
  const relayedBy = new Map<string, Claim[]>();
  const keyOf = (claim: Claim, relayer: string | null) => `${claim.paragraph}:${placedClaims.get(claim)?.sentence.start}\u0000${relayer}`;
  for (const claim of claims) {
    for (const id of relayersOf.get(claim) ?? []) {
      const list = relayedBy.get(keyOf(claim, id));
      if (list) list.push(claim);
      else relayedBy.set(keyOf(claim, id), [claim]);
    }
  }
  return claims.filter((claim) => {
    const relayed = (relayedBy.get(keyOf(claim, claim.sourceId)) ?? []).slice(0, MAX_COMPARED);
    const according = placedClaims.get(claim)?.cue.form === 'according';
    return !relayed.some((other) => other !== claim && (according || claim.text.includes(other.text)));
  });
}

/** Relayed claims of one sentence a relayer's claim is compared with at most. */
const MAX_COMPARED = 50;

/**
 * Where what was said starts after a relay opening `lower` (a claim's words, lower-cased) that ends
 * with `name` or its last words: after "the Courier ", "state television ", "in remarks broadcast on
 * state TV "; 0 when the words do not open with one.
 */
function leadingRelay(lower: string, name: string): number {
  const words = name.split(' ');
  for (let k = 0; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    const lead = /^(?:(?:the|a|an) )?/.exec(lower)![0].length;
    if (lower.startsWith(`${tail} `, lead)) return lead + tail.length + 1;
  }
  // "in remarks broadcast on X ", "in an interview with X ", "on X ": a phrase of up to 80 characters.
  const opening = /^(?:in|on) [^,;"]{0,80}?$/;
  const at = lower.indexOf(` ${name} `);
  return at > 0 && at < 90 && opening.test(lower.slice(0, at)) ? at + name.length + 2 : 0;
}

/** Lower-cased names of an actor with and without a leading "the", longest first. */
const namesOf = (actor: Actor) =>
  [...new Set([actor.name, ...actor.aliases].flatMap((n) => [n, n.replace(/^the /i, '')]).map((n) => n.toLowerCase()))].sort((a, b) => b.length - a.length);

/**
 * A claim's words without the relays around them: a relayer told ("the Courier that the ice ...")
 * at the start, "according to the Courier" or ", the Courier reported" at the end.
 */
function withoutRelays(text: string, relayers: Actor[]): string {
  let out = text;
  for (const actor of relayers) {
    for (const name of namesOf(actor)) {
      // "the Courier that ...", "state television that ..." (the start of the name already cut), "in
      // remarks broadcast on state TV that ...": the relay before what was said.
      const lower = out.toLowerCase();
      const at = leadingRelay(lower, name);
      if (at > 0) {
        out = out.slice(at).replace(/^(?:that )?/, '');
        break;
      }
      for (const tail of [
        `, according to ${name}`,
        `, according to the ${name}`,
        `, ${name} reported`,
        `, the ${name} reported`,
        `, ${name} said`,
        `, the ${name} said`,
      ]) {
        const at = lower.lastIndexOf(tail);
        if (at > 0 && at + tail.length >= out.length - 2) out = out.slice(0, at);
      }
    }
  }
  return out.trim() || text;
}
