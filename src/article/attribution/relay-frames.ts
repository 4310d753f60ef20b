/**
 * Relay constructions: the words of a sentence that say through whom a statement reached the
 * article. "Norland News quoted Berg as saying", "Berg told Harbour Radio", "according to the Courier,
 * Berg said", "Berg said in an interview with X", "in an article published by X", "X reported,
 * citing Y", "Berg said in a statement posted on X". Each becomes a frame naming the relayer (and
 * the speaker, where the construction names one); relay-chains.ts decides which statements a frame
 * belongs to. Every look stays inside the sentence, on the text outside quotation marks.
 */
import { accordingSplit } from '../claim-shapes.js';
import type { Cue } from '../cues.js';
import { outletBefore, outletDescribedBefore, relayerIn, speakerAfter, type RelayContext } from './relay-parties.js';
import { insideQuotes, sentenceStartOf, within } from './window.js';

export type { RelayContext } from './relay-parties.js';

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

/** Nouns that name a piece of writing or speech and what kind of medium it is. */
const MEDIUM_NOUNS: Record<string, Medium> = {
  article: 'article',
  articles: 'article',
  'op-ed': 'article',
  column: 'article',
  essay: 'article',
  piece: 'article',
  commentary: 'article',
  editorial: 'article',
  letter: 'article',
  report: 'article',
  interview: 'interview',
  interviews: 'interview',
  statement: 'statement',
  communique: 'statement',
  release: 'statement',
  transcript: 'statement',
  speech: 'statement',
  address: 'statement',
  remarks: 'statement',
  comments: 'statement',
  post: 'post',
  posts: 'post',
  video: 'post',
  message: 'post',
  tweet: 'post',
  broadcast: 'post',
  podcast: 'post',
  livestream: 'post',
};

/** Where a phrase after a preposition ends: punctuation that closes the clause. */
const CLAUSE_STOP = /[,;:!?"()]/;
const PHRASE_MAX = 90;

/** A synthetic verb cue for a relay word the lexicon does not list ("citing", "cited"). */
const verbCue = (text: string, index: number): Cue => ({
  text,
  index,
  end: index + text.length,
  kind: 'statement',
  form: 'verb',
  participle: text.endsWith('ing'),
});

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
const RELAY_HINT =
  /\b(?:quot|cit|according|told|tell|interview|publish|print|carried|broadcast|aired|post|wr[io]t|report|said|says|speaking|talking|spoke|shared|uploaded|ran|run|appeared|in (?:the|that|this|his|her|its|their) )/i;

function framesOfParagraph(ctx: RelayContext, p: number): RelayFrame[] {
  const text = ctx.paragraphs[p]!;
  const spans = ctx.quoteSpans[p]!;
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

  // "Norland News quoted Berg as saying", "Berg was quoted by Norland News as saying", "cited Berg as saying".
  for (const m of masked.matchAll(/\b(?:quot(?:ed|es|ing)|cit(?:ed|es))\b/gi)) {
    const cue = within(cues, m.index, m.index + 1, (c) => c.index)[0] ?? verbCue(m[0], m.index);
    const before = masked.slice(Math.max(0, m.index - 8), m.index);
    const after = masked.slice(cue.end, cue.end + 100);
    const by = /^ by /.exec(after);
    if (by || /\b(?:was|were|been|being|is|are) $/.test(before)) {
      if (!by) continue;
      const from = cue.end + by[0].length;
      const relayerId = relayerIn(ctx, p, from, phraseEnd(from));
      if (relayerId)
        add({ kind: 'quoted-as', at: m.index, end: from, relayerId, speakerId: null, subjectId: null, medium: null, needsOutlet: false, outer: false });
      continue;
    }
    const as = /^ [^,;:"]{1,60}? as (?:having )?\p{L}+ing\b/u.exec(after);
    if (!as) continue;
    const speakerId = speakerAfter(ctx, p, cue.end, cue.end + as[0].length);
    const subject = subjectOf(cue);
    // "Norlandic news agencies quoted ...": no name, or only a place, stands before the verb.
    const relayerId =
      (subject && ctx.actors.get(subject)!.kind !== 'place' ? subject : null) ??
      outletBefore(ctx, p, clauseStart(cue.index), cue.index) ??
      outletDescribedBefore(ctx, p, clauseStart(cue.index), cue.index);
    if (relayerId && speakerId && relayerId !== speakerId) {
      add({
        kind: 'quoted-as',
        at: m.index,
        end: cue.end + as[0].length,
        relayerId,
        speakerId,
        subjectId: null,
        medium: null,
        needsOutlet: false,
        outer: false,
      });
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
      within(cues, Math.max(s.start, m.index - 60), m.index, (c) => c.index)
        .filter((c) => c.form === 'verb' && !c.participle && c.end <= m.index && /^(?: [^,"]{0,40})?, $/.test(masked.slice(c.end, m.index)))
        .at(-1) ?? within(cues, end, s.end, (c) => c.index).find((c) => c.form === 'verb' && !c.participle);
    const relayerId = governing ? subjectOf(governing) : null;
    if (relayerId && relayerId !== speakerId)
      add({ kind: 'citing', at: m.index, end, relayerId, speakerId, subjectId: null, medium: null, needsOutlet: false, outer: true });
  }

  for (const cue of cues) {
    const word = cue.text.toLowerCase();
    // "according to the Courier, Berg said": the Courier relays Berg's words (when Berg is not the Courier).
    if (cue.form === 'according') {
      // "Berg said A, and B, according to the centre.": the centre is B's source, relaying no one.
      const s = sentenceOf(cue.index);
      const verb = cues.find((c) => c.form === 'verb' && c.index >= s.start && c.index < cue.index);
      if (verb && accordingSplit(text, verb.end, cue, s.end)) continue;
      const end = phraseEnd(cue.end + 1);
      const relayerId = relayerIn(ctx, p, cue.end + 1, end, { anyActor: true });
      if (relayerId)
        add({ kind: 'according', at: cue.index, end, relayerId, speakerId: null, subjectId: null, medium: null, needsOutlet: false, outer: false });
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
        add({
          kind: 'told',
          at: cue.index,
          end,
          relayerId,
          speakerId: null,
          subjectId: subjectOf(cue),
          medium: interview ? 'interview' : null,
          needsOutlet: !interview,
          outer: false,
        });
      }
      continue;
    }
    // "Harbour Radio reported that Berg said ...": an outlet reporting what someone else said.
    if (!cue.participle && /^(?:reported|reports|said|says|wrote|writes|added|quoted|cited|carried|broadcast)$/.test(word)) {
      const subjectId = subjectOf(cue);
      if (subjectId)
        add({
          kind: 'reported',
          at: cue.index,
          end: cue.end,
          relayerId: subjectId,
          speakerId: null,
          subjectId: null,
          medium: null,
          needsOutlet: true,
          outer: true,
        });
    }
  }

  // "said to Harbour Radio", "speaking to the Courier", "in remarks to state television".
  for (const m of masked.matchAll(/\b(?:said|says|speaking|talking|spoke|spoken|talked|remarks|comments|interview) to /gi)) {
    const from = m.index + m[0].length;
    const relayerId = relayerIn(ctx, p, from, Math.min(phraseEnd(from), from + 45), { atStart: true });
    if (relayerId)
      add({
        kind: 'told',
        at: m.index,
        end: from,
        relayerId,
        speakerId: null,
        subjectId: null,
        medium: /^interview/i.test(m[0]) ? 'interview' : null,
        needsOutlet: !/^interview/i.test(m[0]),
        outer: false,
      });
  }

  // "in an interview with X", "interviewed by X", "in a Harbour Radio interview", "in the same interview".
  for (const m of masked.matchAll(/\binterview(?:s|ed)?\b/gi)) {
    const after = /^ (?:(?:published|aired|broadcast|conducted|given|carried) )?(with|to|on|by|in|for) /.exec(
      masked.slice(m.index + m[0].length, m.index + m[0].length + 40),
    );
    const from = m.index + m[0].length + (after ? after[0].length : 0);
    // "with X", "to X", "by X": whoever X is; "on X", "in X" only an outlet ("in an interview on Monday", "in Honolulu").
    const anyActor = !!after && !/^(?:on|in)$/.test(after[1]!);
    let relayerId = after ? relayerIn(ctx, p, from, Math.min(phraseEnd(from), from + 60), { atStart: true, anyActor }) : null;
    // "in a Harbour Radio interview": the outlet named right before the noun.
    relayerId ??= outletBefore(ctx, p, Math.max(0, m.index - 60), m.index, true);
    const before = masked.slice(Math.max(0, m.index - 20), m.index);
    if (relayerId)
      add({
        kind: 'interview',
        at: m.index,
        end: from,
        relayerId,
        speakerId: null,
        subjectId: null,
        medium: 'interview',
        needsOutlet: !!after && !anyActor,
        outer: false,
      });
    else if (/\b(?:the|that|this|same) $/i.test(before))
      add({
        kind: 'interview',
        at: m.index,
        end: from,
        relayerId: null,
        speakerId: null,
        subjectId: null,
        medium: 'interview',
        needsOutlet: false,
        outer: false,
      });
  }

  // "in an article published by X", "printed on the front page of X", "carried by X", "wrote in X".
  for (const m of masked.matchAll(
    /\b(published|printed|carried|broadcast|aired|ran|run|written|appeared|wrote|writes|writing)( on the front pages? of | on the pages of | in | by | on | for )/gi,
  )) {
    const verb = m[1]!.toLowerCase();
    const from = m.index + m[0].length;
    const medium = mediumBefore(masked, m.index);
    const writes = /^wr/.test(verb) && verb !== 'written';
    // "a report published by the institute" with no piece named: only an outlet relays.
    const needsOutlet = writes || !(medium || /^(?:printed|carried|broadcast|aired)$/.test(verb) || m[2]!.includes('page'));
    const relayerId = relayerIn(ctx, p, from, phraseEnd(from), { atStart: true, anyActor: !needsOutlet });
    if (relayerId)
      add({ kind: 'published', at: m.index, end: from, relayerId, speakerId: null, subjectId: null, medium: medium ?? 'article', needsOutlet, outer: false });
  }

  // "in a statement posted on X", "said on Telegram", "in an op-ed for the Courier".
  for (const m of masked.matchAll(
    /\b(posted|shared|uploaded|said|says|wrote|writes|announced|tweeted|statement|post|video|message|op-ed|column|essay|article|commentary|letter) (on|to|in|for) /gi,
  )) {
    const word = m[1]!.toLowerCase();
    const preposition = m[2]!.toLowerCase();
    // Posted on or to a site; said or put out on one; a piece written in or for a paper.
    const fits = /^(?:posted|shared|uploaded)$/.test(word)
      ? preposition === 'on' || preposition === 'to'
      : MEDIUM_NOUNS[word] === 'article'
        ? preposition === 'in' || preposition === 'for'
        : preposition === 'on';
    if (!fits) continue;
    const from = m.index + m[0].length;
    const posted = /^(?:posted|shared|uploaded)$/.test(word);
    const piece = MEDIUM_NOUNS[word];
    const relayerId = relayerIn(ctx, p, from, Math.min(phraseEnd(from), from + 60), { atStart: true, anyActor: posted });
    if (relayerId)
      add({
        kind: 'posted',
        at: m.index,
        end: from,
        relayerId,
        speakerId: null,
        subjectId: null,
        medium: piece ?? mediumBefore(masked, m.index) ?? 'post',
        needsOutlet: !posted,
        outer: false,
      });
  }

  // "said in the article", "in the same statement": the medium of an earlier frame, pointed back to.
  for (const m of masked.matchAll(
    /\bin (?:the|that|this|the same|his|her|its|their) (article|op-ed|column|essay|piece|commentary|editorial|letter|interview|statement|post|video|message)\b/gi,
  )) {
    if (!frames.some((f) => f.at >= m.index - 40 && f.at <= m.index + m[0].length + 40 && f.medium)) {
      add({
        kind: 'published',
        at: m.index,
        end: m.index + m[0].length,
        relayerId: null,
        speakerId: null,
        subjectId: null,
        medium: MEDIUM_NOUNS[m[1]!.toLowerCase()] ?? 'article',
        needsOutlet: false,
        outer: false,
      });
    }
  }
  return frames.sort((a, b) => a.at - b.at);
}

/** The medium noun within the three words before `at` ("an article published", "a statement posted"). */
function mediumBefore(text: string, at: number): Medium | null {
  const words = text
    .slice(Math.max(0, at - 40), at)
    .trim()
    .split(/\s+/)
    .slice(-3);
  for (const w of words.reverse()) {
    const medium = MEDIUM_NOUNS[w.toLowerCase()];
    if (medium) return medium;
  }
  return null;
}
