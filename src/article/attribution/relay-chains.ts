/**
 * The relay chain of each quote and claim: which of its sentence's relay frames (relay-frames.ts)
 * belong to it, in order from the speaker outwards. "the Norland News Agency quoted Berg as saying" gives
 * Berg's words via [Norland News Agency]; "Harbour Radio, citing the port, said Berg told ..." gives [port, Harbour
 * Radio]; a statement credited to the relayer itself ("X reported, citing Y") goes to the one cited.
 * A quote that carries on the one before shares its chain, and "said in the article" points back to
 * the same speaker's last article. The article's own agency is never a relay: it heard the words.
 */
import type { Cue } from '../cues.js';
import type { SpeakerFinder } from '../speakers.js';
import type { Actor } from '../types.js';
import { endsWithMediaNoun, isOwnAgency, looksLikeOutlet, type NewsMediaLexicon } from './news-media.js';
import type { Medium, RelayFrame } from './relay-frames.js';
import { within } from './window.js';

/** A quote or claim as the chain finder sees it. */
export interface StatementAt {
  p: number;
  /** Its sentence: the frames in it are the candidates. */
  from: number;
  to: number;
  /** Where its words start (a quote's opening mark; a claim's cue). */
  start: number;
  speakerId: string | null;
  /** Carries on the quote before it with no cue of its own: shares that quote's chain. */
  continues: boolean;
  kind: 'quote' | 'claim';
}

/** What the chain finder decided for a statement. */
export interface RelayOutcome {
  /** The speaker, corrected where the relayer had been credited ("X reported, citing Y": Y). */
  speakerId: string | null;
  /** Relayers, nearest the speaker first; empty when the article heard the words itself. */
  via: string[];
  /** Every relayer the sentence names for it, the article's own agency and repeated outlets included. */
  relayers: string[];
}

export interface ChainContext {
  actors: Map<string, Actor>;
  media: NewsMediaLexicon;
  /** The article's agency or publisher ("Harbour Wire"), never a relay of its own story. */
  agency: string | null;
  speakers: SpeakerFinder;
  /** A paragraph's reporting cues in text order. */
  cuesIn: (p: number) => Cue[];
  /** Actors the article's own words call news outlets ("the state news agency Tidings"). */
  describedOutlets: ReadonlySet<string>;
}

/** How far from a statement's start its relays are looked for, and how many of them at most. */
const FRAME_REACH = 2000;
const MAX_FRAMES = 64;

/** Decides the chain of every statement; `statements` in text order, outcomes in the same order. */
export function traceRelayChains(ctx: ChainContext, frames: RelayFrame[], statements: StatementAt[]): RelayOutcome[] {
  const byParagraph = new Map<number, RelayFrame[]>();
  for (const f of frames) {
    const list = byParagraph.get(f.p);
    if (list) list.push(f);
    else byParagraph.set(f.p, [f]);
  }
  // An actor that relayed in a construction that needs no outlet ("quoted ... as saying", "published
  // by") is an outlet for the ones that do ("told X", "X reported that ...").
  const provenOutlets = new Set(
    frames.filter((f) => !f.needsOutlet && f.relayerId && f.kind !== 'according' && f.kind !== 'interview').map((f) => f.relayerId!),
  );
  const outlet = (id: string) =>
    provenOutlets.has(id) ||
    ctx.describedOutlets.has(id) ||
    looksLikeOutlet(ctx.media, ctx.actors.get(id)!) ||
    isOwnAgency(ctx.media, ctx.actors.get(id)!, ctx.agency);
  const lastByMedium = new Map<string, string[]>();
  let lastQuote: { speakerId: string | null; via: string[] } | null = null;
  // Who speaks in each sentence, as attribution saw it: a relayer's claim next to a third party's is a report of it.
  const speakersOf = new Map<string, Set<string | null>>();
  for (const s of statements) {
    const key = `${s.p}:${s.from}`;
    speakersOf.set(key, (speakersOf.get(key) ?? new Set()).add(s.speakerId));
  }

  /** Whether a sentence has a speaker other than these two (and nobody). */
  const thirdParty = (key: string, a: string | null, b: string | null) => {
    const set = speakersOf.get(key);
    if (!set) return false;
    let known = set.has(null) ? 1 : 0;
    for (const id of new Set([a, b])) if (id !== null && set.has(id)) known++;
    return set.size > known;
  };

  return statements.map((s) => {
    // The frames of its sentence near it (a sentence that never ends holds many; its own are close by).
    const frames = within(byParagraph.get(s.p) ?? [], Math.max(s.from, s.start - FRAME_REACH), Math.min(s.to, s.start + FRAME_REACH), (f) => f.at);
    const inSentence = frames.slice(0, MAX_FRAMES).filter((f) => !f.needsOutlet || (f.relayerId && outlet(f.relayerId)));
    let speakerId = s.speakerId;
    // Credited to the one who relayed it: the speaker is the one the construction names, or for a
    // quote inside an outlet's report, the subject of the saying verb between the two. A claim of
    // the relayer beside a third party's in its sentence stays: it is the report of that claim.
    for (const f of inSentence) {
      if (!speakerId || speakerId !== f.relayerId) continue;
      const inner = f.outer && s.kind === 'quote' ? innerSpeaker(ctx, s, f) : null;
      const reportsAnother = s.kind === 'claim' && f.outer && thirdParty(`${s.p}:${s.from}`, f.relayerId, f.speakerId);
      if (inner) speakerId = inner;
      else if (f.speakerId && !reportsAnother) speakerId = f.speakerId;
    }
    const inner: string[] = [];
    const outer: string[] = [];
    let medium: Medium | null = null;
    for (const f of inSentence) {
      if (!f.relayerId || f.relayerId === speakerId) continue;
      if (f.kind === 'citing') {
        if (speakerId === f.speakerId) outer.push(f.relayerId);
        else if (speakerId && f.speakerId) outer.push(f.speakerId, f.relayerId);
      } else if (f.outer) outer.push(f.relayerId);
      else if (f.speakerId) {
        if (f.speakerId === speakerId) inner.push(f.relayerId);
      } else if (!f.subjectId || f.subjectId === speakerId) {
        inner.push(f.relayerId);
        medium ??= f.medium;
      }
    }
    const relayers = [...new Set([...inner, ...outer])].filter((id) => id !== speakerId);
    let via = relayers.filter((id) => !isOwnAgency(ctx.media, ctx.actors.get(id)!, ctx.agency));
    // "told the Vestby Herald ..., the newspaper reported": the bare noun is the outlet already named.
    if (via.some((id) => !ctx.actors.get(id)!.unnamed)) via = via.filter((id) => !bareMediaNoun(ctx, ctx.actors.get(id)!));
    const pointsBack = inSentence.find((f) => !f.relayerId && f.medium);
    if (!via.length && s.kind === 'quote' && s.continues && lastQuote && lastQuote.speakerId === speakerId) via = lastQuote.via;
    if (!via.length && pointsBack && speakerId) via = lastByMedium.get(`${speakerId}\u0000${pointsBack.medium}`) ?? [];
    if (via.length && speakerId) {
      lastByMedium.set(`${speakerId}\u0000${medium ?? pointsBack?.medium ?? 'article'}`, via);
      if (pointsBack?.medium) lastByMedium.set(`${speakerId}\u0000${pointsBack.medium}`, via);
    }
    if (s.kind === 'quote') lastQuote = { speakerId, via };
    return { speakerId, via, relayers };
  });
}

/** An unnamed actor named by one media noun alone ("newspaper", "the agency"). */
const bareMediaNoun = (ctx: ChainContext, actor: Actor) =>
  !!actor.unnamed && !actor.name.trim().replace(/^the /i, '').includes(' ') && endsWithMediaNoun(ctx.media, [actor.name.trim()]);

/**
 * The speaker of a quote inside an outlet's report: "Harbour Radio reported that Berg called it
 * "a fraud"": the subject of the last saying verb between the report's verb and the quote.
 */
function innerSpeaker(ctx: ChainContext, s: StatementAt, f: RelayFrame): string | null {
  const cues = within(ctx.cuesIn(s.p), f.end, s.start, (c) => c.index).filter((c) => c.form === 'verb' && c.end <= s.start);
  for (const cue of cues.reverse()) {
    const id = ctx.speakers.subjectOf(s.p, cue, f.end);
    if (id && id !== f.relayerId && id !== f.speakerId) return id;
  }
  return null;
}
