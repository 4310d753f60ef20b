/**
 * Who a relay construction names: the relayer in the words after "told", "interview with",
 * "published by", "posted on", "according to" (an outlet named, described by a media noun, pointed
 * back to, or a name the name stages left alone), and the speaker after "quoted" or "citing" (a name,
 * a pronoun, or a description of an unnamed source). Descriptions become actors through
 * `RelayContext.actorFor`. Every look stays within the phrase it is given.
 */
import type { CueFinder } from '../cues.js';
import type { Lexicon } from '../lexicon.js';
import type { QuoteSpan } from '../quotes.js';
import type { Sentence } from '../sentences.js';
import type { PlacedMention, SpeakerFinder } from '../speakers.js';
import { trimEndChars } from '../text-window.js';
import type { Actor } from '../types.js';
import { endsWithMediaNoun, looksLikeOutlet, namesOutlet, type NewsMediaLexicon } from './news-media.js';
import { within } from './window.js';

/** What the frame finder reads of the parsed article. */
export interface RelayContext {
  paragraphs: string[];
  /** Each paragraph's quoted spans (findQuoteSpans), found once per parse. */
  quoteSpans: QuoteSpan[][];
  sentences: Sentence[][];
  cues: CueFinder;
  speakers: SpeakerFinder;
  mentionsIn: (p: number) => PlacedMention[];
  actors: Map<string, Actor>;
  lexicon: Lexicon;
  media: NewsMediaLexicon;
  /** The actor a description or an outlet's bare name stands for, made when the article has none. */
  actorFor: (description: { p: number; start: number; end: number; name: string; kind: Actor['kind']; unnamed: boolean; outlet: boolean }) => string;
}

/** Object pronouns as the subject pronouns the resolver reads ("quoted him as saying"). */
const SUBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they', it: 'it', he: 'he', she: 'she', they: 'they' };

/** A word, as the frames read words: letters, digits, inner apostrophes, periods and hyphens. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
const DETERMINER = /^(?:a|an|the|one|two|three|four|several|some|many|its|his|her|their)$/i;
/** A word without the full stop that ends its sentence (an initialism like "U.S." keeps its dots). */
const bare = (word: string) => (/^(?:\p{L}\.)+$/u.test(word) ? word : trimEndChars(word, (c) => c === '.'));

/** How a phrase may name its relayer. */
interface RelayerOptions {
  /** The relayer must stand at the start of the phrase (after a determiner and modifiers). */
  atStart?: boolean;
  /** Any named actor will do (an interviewer, a ministry's website), not only an outlet. */
  anyActor?: boolean;
}

/**
 * The relayer a phrase names: an outlet named in it; else an outlet described by a media noun
 * ("state television", "a local newspaper", "the agency" pointing back); else, when any actor will
 * do, the first one named that is not a place.
 */
export function relayerIn(ctx: RelayContext, p: number, from: number, to: number, options: RelayerOptions = {}): string | null {
  const text = ctx.paragraphs[p]!;
  const mentions = within(ctx.mentionsIn(p), from, to).filter((m) => !m.insideQuote && m.end <= to + 1);
  const lead = /^(?:(?:the|a|an) )?/i.exec(text.slice(from, from + 4))![0].length;
  const nearStart = (m: PlacedMention) => !options.atStart || m.start - from <= lead + 1 || /^(?:[\p{L}'’-]+ ){0,3}$/u.test(text.slice(from, m.start));
  const outlet = mentions.find((m) => nearStart(m) && looksLikeOutlet(ctx.media, ctx.actors.get(m.actorId)!));
  if (outlet) return outlet.actorId;
  // "the ministry's website", "the union's channel": the owner relays.
  const site = /^(?:the )?([\p{L}][\p{L}.-]*(?: [\p{L}][\p{L}.-]*){0,3})['’]s? (?:official )?(?:website|site|account|channel|page|feed|newsletter)\b/u.exec(
    text.slice(from, to),
  );
  if (site) {
    const owner = within(mentions, from, from + site[0].length).find((m) => ctx.actors.get(m.actorId)!.kind !== 'place');
    if (owner) return owner.actorId;
    const start = from + site[0].indexOf(site[1]!);
    return ctx.actorFor({ p, start, end: start + site[1]!.length, name: site[1]!, kind: 'organization', unnamed: /^\p{Ll}/u.test(site[1]!), outlet: false });
  }
  const described = outletDescription(ctx, p, from, to);
  if (described) return described;
  // A name the name finder left alone or took for a place ("Harbour Gazette" after "interview with").
  const unplaced = nameAt(ctx, p, from, to, mentions);
  if (unplaced && (options.anyActor || namesOutletByWords(ctx, unplaced))) {
    return ctx.actorFor({ p, start: unplaced.start, end: unplaced.end, name: unplaced.name, kind: 'organization', unnamed: false, outlet: true });
  }
  if (!options.anyActor) {
    // A named actor the lexicon does not know as an outlet still relays once the caller checks it is one.
    const named = mentions.find(
      (m) => nearStart(m) && !m.possessive && ctx.actors.get(m.actorId)!.kind !== 'place' && ctx.actors.get(m.actorId)!.kind !== 'person',
    );
    return named?.actorId ?? null;
  }
  const named =
    mentions.find((m) => nearStart(m) && !m.possessive && ctx.actors.get(m.actorId)!.kind !== 'place') ??
    mentions.find((m) => nearStart(m) && ctx.actors.get(m.actorId)!.kind !== 'place');
  return named?.actorId ?? null;
}

/**
 * A capitalised name at `from` ("Harbour Gazette") longer than any actor placed there, so the name
 * finder did not take it whole; null when an actor covers it.
 */
function nameAt(ctx: RelayContext, p: number, from: number, to: number, mentions: PlacedMention[]): { name: string; start: number; end: number } | null {
  const text = ctx.paragraphs[p]!;
  const run = /^(?:the )?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})/u.exec(text.slice(from, to));
  if (!run) return null;
  const name = bare(run[1]!).replace(/['’]s$/, '');
  const start = from + run[0].length - run[1]!.length;
  const end = start + name.length;
  // A name the name stages placed (other than a place swallowed by a longer name) speaks for itself:
  // "Virginia Dockers President Ann Berg" is a person, not an outlet called that.
  if (mentions.some((m) => m.start < end && m.end > start && ctx.actors.get(m.actorId)!.kind !== 'place')) return null;
  // One word the lexicon knows as a place, a date word or a sentence word is no outlet's name.
  const lower = name.toLowerCase();
  if (!name.includes(' ') && (ctx.lexicon.gazetteer.has(lower) || ctx.lexicon.sentenceWords.has(lower) || ctx.lexicon.calendarWords.has(lower))) return null;
  return { name, start, end };
}

/** Whether a name reads as an outlet's by its words ("Radio Nord", "Daily Courier") or is a known one. */
const namesOutletByWords = (ctx: RelayContext, named: { name: string }) =>
  namesOutlet(ctx.media, named.name) || named.name.split(' ').some((w) => ctx.media.nameWords.has(w));

/**
 * An outlet named by words at `from` that the article has no actor for yet: a well-known name the
 * name finder left alone ("Telegram", "X"), or a description ending in a media noun.
 */
function outletDescription(ctx: RelayContext, p: number, from: number, to: number): string | null {
  const text = ctx.paragraphs[p]!;
  const words = [...text.slice(from, to).matchAll(WORD)].slice(0, 6).map((m) => ({ w: m[0].replace(/[.]$/, ''), start: from + m.index }));
  if (!words.length) return null;
  // A well-known outlet or platform, one to three capitalised words.
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const name = words
      .slice(0, n)
      .map((x) => x.w)
      .join(' ');
    const first = words[0]!;
    if (/^\p{Lu}/u.test(name) && namesOutlet(ctx.media, name) && /^ ?$/.test(text.slice(from, first.start))) {
      return ctx.actorFor({
        p,
        start: first.start,
        end: words[n - 1]!.start + words[n - 1]!.w.length,
        name,
        kind: 'organization',
        unnamed: false,
        outlet: true,
      });
    }
  }
  let k = DETERMINER.test(words[0]!.w) ? 1 : 0;
  const determiner = k === 1 ? words[0]!.w.toLowerCase() : '';
  if (/^(?:its|his|her|their)$/.test(determiner)) return null;
  const body: string[] = [];
  for (; k < words.length && body.length < 4; k++) {
    const w = words[k]!.w;
    const capitalised = /^\p{Lu}/u.test(w);
    // Lower-case words, a nationality ("Norwegian"), "State", or a media noun written in capitals ("TV").
    if (
      !/^[\p{Ll}\p{Lu}][\p{L}'’-]*$/u.test(w) ||
      (capitalised && !ctx.lexicon.demonyms.has(w.toLowerCase()) && !/^(?:State|National|Public)$/.test(w) && !ctx.media.nouns.has(w.toLowerCase()))
    )
      break;
    body.push(w);
    // "talk radio host Ola Brenn": the media noun only modifies the head that follows.
    const next = words[k + 1]?.w ?? '';
    const modifies =
      /^\p{Lu}/u.test(next) ||
      ctx.lexicon.roleNouns.has(next.toLowerCase()) ||
      ctx.lexicon.titles.has(next.toLowerCase()) ||
      ctx.lexicon.sourceNouns.has(next.toLowerCase());
    if (endsWithMediaNoun(ctx.media, body) && !(modifies && /^ $/.test(text.slice(words[k]!.start + w.length, words[k + 1]!.start)))) {
      // "the newspaper", "the agency": the outlet the story named last; "the TV", "the media": no one.
      if (body.length === 1 && (determiner === 'the' || !determiner))
        return determiner === 'the' && !MEDIUM_ONLY.has(w.toLowerCase()) ? lastOutletBefore(ctx, p, from) : null;
      if (body.length === 1 && GENERIC_MEDIA.has(w.toLowerCase())) return null;
      // "posted on social media that": a medium at large, no outlet that relayed the words.
      if (ctx.media.mediums.has(body.join(' ').toLowerCase())) return null;
      const end = words[k]!.start + w.length;
      const start = words[determiner ? 1 : 0]!.start;
      return ctx.actorFor({ p, start, end, name: body.join(' '), kind: 'organization', unnamed: true, outlet: true });
    }
  }
  return null;
}

/** Media nouns that name a medium, not an organisation: "said to the TV" points back to no outlet. */
const MEDIUM_ONLY = new Set(['tv', 'television', 'radio', 'media', 'press', 'website', 'blog', 'podcast']);
/** Media nouns that name the press at large, never one outlet, when they stand alone. */
const GENERIC_MEDIA = new Set(['media', 'press', 'outlets', 'newspapers', 'broadcasters']);
/** How many earlier names the back-reference of "the newspaper" looks through. */
const BACK_NAMES = 200;

/** The outlet the story named last before (p, offset), looking back through at most BACK_NAMES names. */
function lastOutletBefore(ctx: RelayContext, p: number, offset: number): string | null {
  let looked = 0;
  for (let q = p; q >= 0 && looked < BACK_NAMES; q--) {
    const list = q === p ? within(ctx.mentionsIn(q), 0, offset) : ctx.mentionsIn(q);
    for (let k = list.length - 1; k >= 0 && looked < BACK_NAMES; k--, looked++) {
      if (looksLikeOutlet(ctx.media, ctx.actors.get(list[k]!.actorId)!)) return list[k]!.actorId;
    }
  }
  return null;
}

/** An outlet named right before `to` ("Norland's Tidings news agency quoted", "in a Harbour Radio interview"). */
export function outletBefore(ctx: RelayContext, p: number, from: number, to: number, adjacent = false): string | null {
  const text = ctx.paragraphs[p]!;
  const last = within(ctx.mentionsIn(p), from, to)
    .filter((m) => !m.insideQuote && m.end <= to)
    .at(-1);
  if (!last || !looksLikeOutlet(ctx.media, ctx.actors.get(last.actorId)!)) return null;
  const gap = text.slice(last.end, to);
  return (adjacent ? /^(?:['’]s)? (?:[\p{Ll}-]+ )?$/u : /^(?:['’]s)? (?:[\p{Ll}-]+ ){0,3}$/u).test(gap) ? last.actorId : null;
}

/**
 * The speaker named at `from` ("quoted Berg as saying", "citing two officials", "quoted him"): a
 * name, a pronoun, or a description of an unnamed source, which becomes an actor.
 */
export function speakerAfter(ctx: RelayContext, p: number, from: number, to: number): string | null {
  const text = ctx.paragraphs[p]!;
  const pronoun = /^ ?(him|her|them|it|he|she|they)\b/i.exec(text.slice(from, Math.min(to, from + 12)));
  if (pronoun) return ctx.speakers.pronoun(p, from + pronoun.index + (pronoun[0].length - pronoun[1]!.length), SUBJECT_PRONOUN[pronoun[1]!.toLowerCase()]!);
  const named = within(ctx.mentionsIn(p), from, to).filter((m) => !m.insideQuote);
  const first = named[0];
  const described = describedSource(ctx, p, from, to);
  // "a union negotiator" where only "union" was placed: the whole description speaks.
  if (described && (!first || first.start >= described.end || (ctx.actors.get(first.actorId)!.unnamed && first.end < described.end))) return described.id();
  if (first && /^ ?(?:(?:the|a|an) )?(?:[\p{L}.'’-]+ ){0,3}$/u.test(text.slice(from, first.start))) {
    if (!first.possessive) return first.actorId;
    // "the ministry's spokeswoman, Ana Berg": the one named after it, else the owner speaking through
    // its spokeswoman; "Berg's blue-collar appeal" is no one who speaks.
    const owned = /^['’]?s? ([\p{L}-]+)/u.exec(text.slice(first.end, first.end + 40))?.[1]?.toLowerCase() ?? '';
    if (!ctx.lexicon.sourceNouns.has(owned) && !ctx.lexicon.roleNouns.has(owned)) return null;
    const next = named[1];
    if (next && next.start - first.end <= 40 && !/[.;"]/.test(text.slice(first.end, next.start))) return next.actorId;
    return ctx.actors.get(first.actorId)!.kind === 'place' ? null : first.actorId;
  }
  return null;
}

/**
 * A description of an unnamed source at `from` ("two officials familiar with the matter", "a union
 * negotiator"), up to its last source noun ("union negotiator", not "union"); `id` makes its actor.
 */
function describedSource(ctx: RelayContext, p: number, from: number, to: number): { end: number; id: () => string } | null {
  const text = ctx.paragraphs[p]!;
  const words = [...text.slice(from, to).matchAll(WORD)].slice(0, 6);
  const lead = words.length && DETERMINER.test(words[0]![0]) ? 1 : 0;
  let found: { k: number; kind: Actor['kind']; outlet: boolean } | null = null;
  for (let k = lead; k < words.length && k - lead < 4; k++) {
    const w = bare(words[k]![0]);
    if (!/^\p{Ll}/u.test(w) && !ctx.lexicon.demonyms.has(w.toLowerCase())) break;
    const head = w.toLowerCase();
    const singular = head.endsWith('s') ? head.slice(0, -1) : head;
    const kind = ctx.lexicon.sourceNouns.get(head) ?? ctx.lexicon.sourceNouns.get(singular);
    const plural = head !== singular && !ctx.lexicon.sourceNouns.has(head);
    if (kind) found = { k, kind: plural && kind !== 'document' ? 'group' : kind, outlet: false };
    else if (
      endsWithMediaNoun(
        ctx.media,
        words.slice(lead, k + 1).map((m) => m[0]),
      )
    )
      found = { k, kind: 'organization', outlet: true };
  }
  if (!found) return null;
  const { kind, outlet } = found;
  const start = from + words[lead]!.index;
  const end = from + words[found.k]!.index + bare(words[found.k]![0]).length;
  return { end, id: () => ctx.actorFor({ p, start, end, name: text.slice(start, end), kind, unnamed: true, outlet }) };
}

/**
 * A news outlet described right before `to` ("Norlandic news agencies quoted", "state media
 * reported"): the longest description of up to five words ending there.
 */
export function outletDescribedBefore(ctx: RelayContext, p: number, from: number, to: number): string | null {
  const text = ctx.paragraphs[p]!;
  const head = text.slice(Math.max(from, to - 80), to);
  if (!/ $/.test(head)) return null;
  const starts = [...head.matchAll(WORD)].map((m) => Math.max(from, to - 80) + m.index).slice(-5);
  for (const start of starts) {
    const described = outletDescription(ctx, p, start, to);
    if (described) return described;
  }
  return null;
}

/**
 * The actors the article itself calls news outlets, by the words beside a mention: "the state news
 * agency Tidings", "the newspaper Dagens Post", "Tidings news agency", "Kestrel, the daily".
 */
export function outletsByContext(ctx: RelayContext): Set<string> {
  const found = new Set<string>();
  ctx.paragraphs.forEach((text, p) => {
    for (const m of ctx.mentionsIn(p)) {
      if (found.has(m.actorId) || m.insideQuote) continue;
      const actor = ctx.actors.get(m.actorId)!;
      if (actor.kind === 'person' || actor.kind === 'place') continue;
      const before = text
        .slice(Math.max(0, m.start - 40), m.start)
        .trimEnd()
        .split(/\s+/)
        .slice(-4);
      const after = (/^(?:['’]s)? ((?:[\p{Ll}-]+ ?){1,3})/u.exec(text.slice(m.end, m.end + 40))?.[1] ?? '').trim().split(' ');
      const aside = /^, (?:a|an|the) ([\p{L} -]{1,40}?)[,.]/u.exec(text.slice(m.end, m.end + 50))?.[1]?.split(' ') ?? [];
      if (endsWithMediaNoun(ctx.media, before) || endsWithMediaNoun(ctx.media, after) || endsWithMediaNoun(ctx.media, aside)) found.add(m.actorId);
    }
  });
  return found;
}
