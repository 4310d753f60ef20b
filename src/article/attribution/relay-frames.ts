/**
 * Relay constructions: the words of a sentence that say through whom a statement reached the
 * article. "Interfax quoted Berg as saying", "Berg told Harbour Radio", "according to the Courier,
 * Berg said", "Berg said in an interview with X", "in an article published by X", "X reported,
 * citing Y", "Berg said in a statement posted on X". Each becomes a frame naming the relayer (and
 * the speaker, where the construction names one); relay-chains.ts decides which statements a frame
 * belongs to. Every look stays inside the sentence, on the text outside quotation marks.
 */
import type { Cue, CueFinder } from '../cues.js';
import type { Lexicon } from '../lexicon.js';
import { findQuoteSpans } from '../quotes.js';
import type { Sentence } from '../sentences.js';
import type { PlacedMention, SpeakerFinder } from '../speakers.js';
import type { Actor } from '../types.js';
import { endsWithMediaNoun, looksLikeOutlet, namesOutlet, type NewsMediaLexicon } from './news-media.js';
import { trimEndChars } from '../text-window.js';
import { insideQuotes, sentenceStartOf, within } from './window.js';

/** The construction a frame was read from. */
export type RelayKind = 'quoted-as' | 'citing' | 'according' | 'told' | 'interview' | 'published' | 'posted' | 'reported';
/** What carried the words, for a later "in the article" or "in the same interview". */
export type Medium = 'article' | 'interview' | 'statement' | 'post';

/** One relay construction in a sentence. */
export interface RelayFrame {
  kind: RelayKind;
  p: number;
  /** Where the construction starts and ends in its paragraph. */
  at: number;
  end: number;
  /** Who relayed the words; null only for "in the article" pointing back to an earlier frame. */
  relayerId: string | null;
  /** The speaker the construction names ("quoted Berg as saying", "citing officials"), or null. */
  speakerId: string | null;
  /** Who the construction says spoke to the relayer ("Berg told X": Berg), when known. */
  subjectId: string | null;
  medium: Medium | null;
  /** Relays only when the relayer is a news outlet: "told Harbour Radio", not "told the council". */
  needsOutlet: boolean;
  /** Reports a report ("X reported that Berg said", "A, citing B, said Z told"): it wraps the chain. */
  outer: boolean;
}

/** What the frame finder reads of the parsed article. */
export interface RelayContext {
  paragraphs: string[];
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

/** Nouns that name a piece of writing or speech and what kind of medium it is. */
const MEDIUM_NOUNS: Record<string, Medium> = {
  article: 'article', articles: 'article', 'op-ed': 'article', column: 'article', essay: 'article', piece: 'article', commentary: 'article', editorial: 'article', letter: 'article', report: 'article',
  interview: 'interview', interviews: 'interview',
  statement: 'statement', communique: 'statement', release: 'statement', transcript: 'statement', speech: 'statement', address: 'statement', remarks: 'statement', comments: 'statement',
  post: 'post', posts: 'post', video: 'post', message: 'post', tweet: 'post', broadcast: 'post', podcast: 'post', livestream: 'post',
};

/** Object pronouns as the subject pronouns the resolver reads ("quoted him as saying"). */
const SUBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they', it: 'it', he: 'he', she: 'she', they: 'they' };

/** A word, as the frames read words: letters, digits, inner apostrophes, periods and hyphens. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
const DETERMINER = /^(?:a|an|the|one|two|three|four|several|some|many|its|his|her|their)$/i;
/** A word without the full stop that ends its sentence (an initialism like "U.S." keeps its dots). */
const bare = (word: string) => (/^(?:\p{L}\.)+$/u.test(word) ? word : trimEndChars(word, (c) => c === '.'));
/** Where a phrase after a preposition ends: punctuation that closes the clause. */
const CLAUSE_STOP = /[,;:!?"()]/;
const PHRASE_MAX = 90;

/** A synthetic verb cue for a relay word the lexicon does not list ("citing", "cited"). */
const verbCue = (text: string, index: number): Cue => ({ text, index, end: index + text.length, kind: 'statement', form: 'verb', participle: text.endsWith('ing') });

/** Finds every relay frame of an article, paragraph by paragraph. */
export function findRelayFrames(ctx: RelayContext): RelayFrame[] {
  const frames: RelayFrame[] = [];
  ctx.paragraphs.forEach((paragraph, p) => {
    if (!RELAY_HINT.test(paragraph)) return;
    frames.push(...framesOfParagraph(ctx, p));
  });
  return frames;
}

/** Words without which a paragraph holds no relay: checked first so most paragraphs cost one scan. */
const RELAY_HINT = /\b(?:quot|cit|according|told|tell|interview|publish|print|carried|broadcast|aired|post|wr[io]t|report|said|says|speaking|talking|spoke|shared|uploaded|ran|run|appeared|in (?:the|that|this|his|her|its|their) )/i;

function framesOfParagraph(ctx: RelayContext, p: number): RelayFrame[] {
  const text = ctx.paragraphs[p]!;
  const spans = findQuoteSpans(text);
  // The paragraph with the words inside quotation marks blanked: no construction is read from what was said.
  const pieces: string[] = [];
  let last = 0;
  for (const span of spans) {
    pieces.push(text.slice(last, span.start), ' '.repeat(span.end - span.start));
    last = span.end;
  }
  const masked = pieces.join('') + text.slice(last);
  const sentences = ctx.sentences[p]!;
  const cues = ctx.cues.find(text).filter((c) => !insideQuotes(spans, c.index));
  const frames: RelayFrame[] = [];
  const sentenceOf = (offset: number) => {
    const start = sentenceStartOf(sentences, offset);
    return within(sentences, start, start + 1)[0] ?? { start: 0, end: text.length, text };
  };
  /**
   * Where the clause of an offset starts: its sentence's start, or the end of the last quote before
   * it when that quote closes a statement ('"We are ready," Berg told ...'), not a phrase woven in.
   */
  const clauseStart = (offset: number) => {
    const s = sentenceOf(offset);
    // The last quote ending before the offset in its sentence (spans are in order, so by binary search).
    const before = within(spans, s.start, offset, (span) => span.end).at(-1);
    return before && /[,.!?]/.test(text[before.end - 1] ?? '') ? before.end + 1 : s.start;
  };
  /** Where a phrase starting at `from` ends: clause punctuation, " that ", the sentence end, or PHRASE_MAX. */
  const phraseEnd = (from: number) => {
    const limit = Math.min(sentenceOf(from).end, from + PHRASE_MAX);
    let k = from;
    while (k < limit && !CLAUSE_STOP.test(masked[k]!)) k++;
    const that = masked.slice(from, k).search(/ (?:that|as|after|before|when|while|because|but|and said) /);
    return that >= 0 ? from + that : k;
  };
  const subjectOf = (cue: Cue) => ctx.speakers.subjectOf(p, cue, clauseStart(cue.index));
  const add = (frame: Omit<RelayFrame, 'p'>) => frames.push({ ...frame, p });

  // "Interfax quoted Berg as saying", "Berg was quoted by Interfax as saying", "cited Berg as saying".
  for (const m of masked.matchAll(/\b(?:quot(?:ed|es|ing)|cit(?:ed|es))\b/gi)) {
    const cue = within(cues, m.index, m.index + 1, (c) => c.index)[0] ?? verbCue(m[0], m.index);
    const before = masked.slice(Math.max(0, m.index - 8), m.index);
    const after = masked.slice(cue.end, cue.end + 100);
    const by = /^ by /.exec(after);
    if (by || /\b(?:was|were|been|being|is|are) $/.test(before)) {
      if (!by) continue;
      const from = cue.end + by[0].length;
      const relayerId = relayerIn(ctx, p, from, phraseEnd(from));
      if (relayerId) add({ kind: 'quoted-as', at: m.index, end: from, relayerId, speakerId: null, subjectId: null, medium: null, needsOutlet: false, outer: false });
      continue;
    }
    const as = /^ [^,;:"]{1,60}? as (?:having )?\p{L}+ing\b/u.exec(after);
    if (!as) continue;
    const speakerId = speakerAfter(ctx, p, cue.end, cue.end + as[0].length);
    const relayerId = subjectOf(cue) ?? outletBefore(ctx, p, clauseStart(cue.index), cue.index);
    if (relayerId && speakerId && relayerId !== speakerId) {
      add({ kind: 'quoted-as', at: m.index, end: cue.end + as[0].length, relayerId, speakerId, subjectId: null, medium: null, needsOutlet: false, outer: false });
    }
  }

  // "X reported, citing Y", "X, citing Y, said", "Citing Y, X reported".
  for (const m of masked.matchAll(/\bciting\b/gi)) {
    const from = m.index + m[0].length + 1;
    const end = phraseEnd(from);
    const speakerId = speakerAfter(ctx, p, from, end);
    // "citing the release of prisoners": a reason given, not a source; only someone who speaks is cited.
    const cited = speakerId ? ctx.actors.get(speakerId)! : null;
    if (!cited || (cited.unnamed && cited.kind === 'document')) continue;
    const s = sentenceOf(m.index);
    const governing =
      within(cues, Math.max(s.start, m.index - 60), m.index, (c) => c.index).filter((c) => c.form === 'verb' && !c.participle && c.end <= m.index && /^(?: [^,"]{0,40})?, $/.test(masked.slice(c.end, m.index))).at(-1) ??
      within(cues, end, s.end, (c) => c.index).find((c) => c.form === 'verb' && !c.participle);
    const relayerId = governing ? subjectOf(governing) : null;
    if (relayerId && relayerId !== speakerId) add({ kind: 'citing', at: m.index, end, relayerId, speakerId, subjectId: null, medium: null, needsOutlet: false, outer: true });
  }

  for (const cue of cues) {
    const word = cue.text.toLowerCase();
    // "according to the Courier, Berg said": the Courier relays Berg's words (when Berg is not the Courier).
    if (cue.form === 'according') {
      const end = phraseEnd(cue.end + 1);
      const relayerId = relayerIn(ctx, p, cue.end + 1, end, { anyActor: true });
      if (relayerId) add({ kind: 'according', at: cue.index, end, relayerId, speakerId: null, subjectId: null, medium: null, needsOutlet: false, outer: false });
      continue;
    }
    if (cue.form !== 'verb') continue;
    // "Berg told Harbour Radio", "Berg told the paper in an interview".
    if (/^(?:told|tells|telling)$/.test(word)) {
      const from = cue.end + 1;
      const end = phraseEnd(from);
      const relayerId = relayerIn(ctx, p, from, Math.min(end, from + 45), { atStart: true });
      if (relayerId) {
        const interview = /^[^.;]{0,60}?\bin (?:an?|the) (?:\p{L}+ )?interview\b/u.test(masked.slice(from, from + 90));
        add({ kind: 'told', at: cue.index, end, relayerId, speakerId: null, subjectId: subjectOf(cue), medium: interview ? 'interview' : null, needsOutlet: !interview, outer: false });
      }
      continue;
    }
    // "Harbour Radio reported that Berg said ...": an outlet reporting what someone else said.
    if (!cue.participle && /^(?:reported|reports|said|says|wrote|writes|added|quoted|cited|carried|broadcast)$/.test(word)) {
      const subjectId = subjectOf(cue);
      if (subjectId) add({ kind: 'reported', at: cue.index, end: cue.end, relayerId: subjectId, speakerId: null, subjectId: null, medium: null, needsOutlet: true, outer: true });
    }
  }

  // "said to Harbour Radio", "speaking to the Courier", "in remarks to state television".
  for (const m of masked.matchAll(/\b(?:said|says|speaking|talking|spoke|spoken|talked|remarks|comments|interview) to /gi)) {
    const from = m.index + m[0].length;
    const relayerId = relayerIn(ctx, p, from, Math.min(phraseEnd(from), from + 45), { atStart: true });
    if (relayerId) add({ kind: 'told', at: m.index, end: from, relayerId, speakerId: null, subjectId: null, medium: /^interview/i.test(m[0]) ? 'interview' : null, needsOutlet: !/^interview/i.test(m[0]), outer: false });
  }

  // "in an interview with X", "interviewed by X", "in a Harbour Radio interview", "in the same interview".
  for (const m of masked.matchAll(/\binterview(?:s|ed)?\b/gi)) {
    const after = /^ (?:(?:published|aired|broadcast|conducted|given|carried) )?(?:with|to|on|by|in|for) /.exec(masked.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const from = m.index + m[0].length + (after ? after[0].length : 0);
    let relayerId = after ? relayerIn(ctx, p, from, Math.min(phraseEnd(from), from + 60), { atStart: true, anyActor: true }) : null;
    // "in a Harbour Radio interview": the outlet named right before the noun.
    relayerId ??= outletBefore(ctx, p, Math.max(0, m.index - 60), m.index, true);
    const before = masked.slice(Math.max(0, m.index - 20), m.index);
    if (relayerId) add({ kind: 'interview', at: m.index, end: from, relayerId, speakerId: null, subjectId: null, medium: 'interview', needsOutlet: false, outer: false });
    else if (/\b(?:the|that|this|same) $/i.test(before)) add({ kind: 'interview', at: m.index, end: from, relayerId: null, speakerId: null, subjectId: null, medium: 'interview', needsOutlet: false, outer: false });
  }

  // "in an article published by X", "printed on the front page of X", "carried by X", "wrote in X".
  for (const m of masked.matchAll(/\b(published|printed|carried|broadcast|aired|ran|run|written|appeared|wrote|writes|writing)( on the front pages? of | on the pages of | in | by | on | for )/gi)) {
    const verb = m[1]!.toLowerCase();
    const from = m.index + m[0].length;
    const medium = mediumBefore(masked, m.index);
    const writes = /^wr/.test(verb) && verb !== 'written';
    // "a report published by the institute" with no piece named: only an outlet relays.
    const needsOutlet = writes || !(medium || /^(?:printed|carried|broadcast|aired)$/.test(verb) || m[2]!.includes('page'));
    const relayerId = relayerIn(ctx, p, from, phraseEnd(from), { atStart: true, anyActor: !needsOutlet });
    if (relayerId) add({ kind: 'published', at: m.index, end: from, relayerId, speakerId: null, subjectId: null, medium: medium ?? 'article', needsOutlet, outer: false });
  }

  // "in a statement posted on X", "said on Telegram", "in an op-ed for the Courier".
  for (const m of masked.matchAll(/\b(posted|shared|uploaded|said|says|wrote|writes|announced|tweeted|statement|post|video|message|op-ed|column|essay|article|commentary|letter) (on|to|in|for) /gi)) {
    const word = m[1]!.toLowerCase();
    const preposition = m[2]!.toLowerCase();
    // Posted on or to a site; said or put out on one; a piece written in or for a paper.
    const fits = /^(?:posted|shared|uploaded)$/.test(word) ? preposition === 'on' || preposition === 'to' : MEDIUM_NOUNS[word] === 'article' ? preposition === 'in' || preposition === 'for' : preposition === 'on';
    if (!fits) continue;
    const from = m.index + m[0].length;
    const posted = /^(?:posted|shared|uploaded)$/.test(word);
    const piece = MEDIUM_NOUNS[word];
    const relayerId = relayerIn(ctx, p, from, Math.min(phraseEnd(from), from + 60), { atStart: true, anyActor: posted });
    if (relayerId) add({ kind: 'posted', at: m.index, end: from, relayerId, speakerId: null, subjectId: null, medium: piece ?? mediumBefore(masked, m.index) ?? 'post', needsOutlet: !posted, outer: false });
  }

  // "said in the article", "in the same statement": the medium of an earlier frame, pointed back to.
  for (const m of masked.matchAll(/\bin (?:the|that|this|the same|his|her|its|their) (article|op-ed|column|essay|piece|commentary|editorial|letter|interview|statement|post|video|message)\b/gi)) {
    if (!frames.some((f) => f.at >= m.index - 40 && f.at <= m.index + m[0].length + 40 && f.medium)) {
      add({ kind: 'published', at: m.index, end: m.index + m[0].length, relayerId: null, speakerId: null, subjectId: null, medium: MEDIUM_NOUNS[m[1]!.toLowerCase()] ?? 'article', needsOutlet: false, outer: false });
    }
  }
  return frames.sort((a, b) => a.at - b.at);
}

/** The medium noun within the three words before `at` ("an article published", "a statement posted"). */
function mediumBefore(text: string, at: number): Medium | null {
  const words = text.slice(Math.max(0, at - 40), at).trim().split(/\s+/).slice(-3);
  for (const w of words.reverse()) {
    const medium = MEDIUM_NOUNS[w.toLowerCase()];
    if (medium) return medium;
  }
  return null;
}

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
function relayerIn(ctx: RelayContext, p: number, from: number, to: number, options: RelayerOptions = {}): string | null {
  const text = ctx.paragraphs[p]!;
  const mentions = within(ctx.mentionsIn(p), from, to).filter((m) => !m.insideQuote && m.end <= to + 1);
  const lead = /^(?:(?:the|a|an) )?/i.exec(text.slice(from, from + 4))![0].length;
  const nearStart = (m: PlacedMention) => !options.atStart || m.start - from <= lead + 1 || /^(?:[\p{L}'’-]+ ){0,3}$/u.test(text.slice(from, m.start));
  const outlet = mentions.find((m) => nearStart(m) && looksLikeOutlet(ctx.media, ctx.actors.get(m.actorId)!));
  if (outlet) return outlet.actorId;
  // "the ministry's website", "the union's channel": the owner relays.
  const site = /^(?:the )?([\p{L}][\p{L}.-]*(?: [\p{L}][\p{L}.-]*){0,3})['’]s? (?:official )?(?:website|site|account|channel|page|feed|newsletter)\b/u.exec(text.slice(from, to));
  if (site) {
    const owner = within(mentions, from, from + site[0].length).find((m) => ctx.actors.get(m.actorId)!.kind !== 'place');
    if (owner) return owner.actorId;
    const start = from + site[0].indexOf(site[1]!);
    return ctx.actorFor({ p, start, end: start + site[1]!.length, name: site[1]!, kind: 'organization', unnamed: /^\p{Ll}/u.test(site[1]!), outlet: false });
  }
  const described = outletDescription(ctx, p, from, to);
  if (described) return described;
  // A name the name finder left alone or took for a place ("Skarvik Tidende" after "interview with").
  const unplaced = nameAt(ctx, p, from, to, mentions);
  if (unplaced && (options.anyActor || namesOutletByWords(ctx, unplaced))) {
    return ctx.actorFor({ p, start: unplaced.start, end: unplaced.end, name: unplaced.name, kind: 'organization', unnamed: false, outlet: true });
  }
  if (!options.anyActor) {
    // A named actor the lexicon does not know as an outlet still relays once the caller checks it is one.
    const named = mentions.find((m) => nearStart(m) && !m.possessive && ctx.actors.get(m.actorId)!.kind !== 'place' && ctx.actors.get(m.actorId)!.kind !== 'person');
    return named?.actorId ?? null;
  }
  const named = mentions.find((m) => nearStart(m) && !m.possessive && ctx.actors.get(m.actorId)!.kind !== 'place') ?? mentions.find((m) => nearStart(m) && ctx.actors.get(m.actorId)!.kind !== 'place');
  return named?.actorId ?? null;
}

/**
 * A capitalised name at `from` ("Skarvik Tidende") longer than any actor placed there, so the name
 * finder did not take it whole; null when an actor covers it.
 */
function nameAt(ctx: RelayContext, p: number, from: number, to: number, mentions: PlacedMention[]): { name: string; start: number; end: number } | null {
  const text = ctx.paragraphs[p]!;
  const run = /^(?:the )?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})/u.exec(text.slice(from, to));
  if (!run) return null;
  const name = bare(run[1]!).replace(/['’]s$/, '');
  const start = from + run[0].length - run[1]!.length;
  const end = start + name.length;
  if (mentions.some((m) => m.start <= start && m.end >= end && ctx.actors.get(m.actorId)!.kind !== 'place')) return null;
  // One word the lexicon knows as a place or a sentence word is no outlet's name.
  if (!name.includes(' ') && (ctx.lexicon.gazetteer.has(name.toLowerCase()) || ctx.lexicon.sentenceWords.has(name.toLowerCase()))) return null;
  return { name, start, end };
}

/** Whether a name reads as an outlet's by its words ("Radio Nord", "Daily Courier") or is a known one. */
const namesOutletByWords = (ctx: RelayContext, named: { name: string }) => namesOutlet(ctx.media, named.name) || named.name.split(' ').some((w) => ctx.media.nameWords.has(w));

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
    const name = words.slice(0, n).map((x) => x.w).join(' ');
    const first = words[0]!;
    if (/^\p{Lu}/u.test(name) && namesOutlet(ctx.media, name) && /^ ?$/.test(text.slice(from, first.start))) {
      return ctx.actorFor({ p, start: first.start, end: words[n - 1]!.start + words[n - 1]!.w.length, name, kind: 'organization', unnamed: false, outlet: true });
    }
  }
  let k = DETERMINER.test(words[0]!.w) ? 1 : 0;
  const determiner = k === 1 ? words[0]!.w.toLowerCase() : '';
  if (/^(?:its|his|her|their)$/.test(determiner)) return null;
  const body: string[] = [];
  for (; k < words.length && body.length < 4; k++) {
    const w = words[k]!.w;
    if (!/^[\p{Ll}\p{Lu}][\p{L}'’-]*$/u.test(w) || (/^\p{Lu}/u.test(w) && !ctx.lexicon.demonyms.has(w.toLowerCase()) && !/^(?:State|National|Public)$/.test(w))) break;
    body.push(w);
    // "talk radio host Rush Rimbold": the media noun only modifies the head that follows.
    const next = words[k + 1]?.w ?? '';
    const modifies = /^\p{Lu}/u.test(next) || ctx.lexicon.roleNouns.has(next.toLowerCase()) || ctx.lexicon.titles.has(next.toLowerCase()) || ctx.lexicon.sourceNouns.has(next.toLowerCase());
    if (endsWithMediaNoun(ctx.media, body) && !(modifies && /^ $/.test(text.slice(words[k]!.start + w.length, words[k + 1]!.start)))) {
      // "the newspaper", "the agency": the outlet the story named last, or no one ("the TV", "the media").
      if (body.length === 1 && (determiner === 'the' || !determiner)) return determiner === 'the' ? lastOutletBefore(ctx, p, from) : null;
      if (body.length === 1 && GENERIC_MEDIA.has(w.toLowerCase())) return null;
      const end = words[k]!.start + w.length;
      const start = words[determiner ? 1 : 0]!.start;
      return ctx.actorFor({ p, start, end, name: body.join(' '), kind: 'organization', unnamed: true, outlet: true });
    }
  }
  return null;
}

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

/** An outlet named right before `to` ("Russia's Interfax news agency quoted", "in a Harbour Radio interview"). */
function outletBefore(ctx: RelayContext, p: number, from: number, to: number, adjacent = false): string | null {
  const text = ctx.paragraphs[p]!;
  const last = within(ctx.mentionsIn(p), from, to).filter((m) => !m.insideQuote && m.end <= to).at(-1);
  if (!last || !looksLikeOutlet(ctx.media, ctx.actors.get(last.actorId)!)) return null;
  const gap = text.slice(last.end, to);
  return (adjacent ? /^(?:['’]s)? (?:[\p{Ll}-]+ )?$/u : /^(?:['’]s)? (?:[\p{Ll}-]+ ){0,3}$/u).test(gap) ? last.actorId : null;
}

/**
 * The speaker named at `from` ("quoted Berg as saying", "citing two officials", "quoted him"): a
 * name, a pronoun, or a description of an unnamed source, which becomes an actor.
 */
function speakerAfter(ctx: RelayContext, p: number, from: number, to: number): string | null {
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
    else if (endsWithMediaNoun(ctx.media, words.slice(lead, k + 1).map((m) => m[0]))) found = { k, kind: 'organization', outlet: true };
  }
  if (!found) return null;
  const { kind, outlet } = found;
  const start = from + words[lead]!.index;
  const end = from + words[found.k]!.index + bare(words[found.k]![0]).length;
  return { end, id: () => ctx.actorFor({ p, start, end, name: text.slice(start, end), kind, unnamed: true, outlet }) };
}
