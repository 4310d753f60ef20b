/**
 * Quotations and who said them. Every span inside quotation marks is found (an opening mark left
 * open runs to the end of its paragraph, wire style); its speaker comes from the cue after it
 * ('," Berg said'; '," said Marek Olsen'; '," he wrote'), before it ('Berg said: "'; 'promised to
 * "...'; 'U.S. accusations that ... "...'), or, for a paragraph that is all quote, from the
 * quote before it. Scare quotes and titles, which nobody is reported to have said, are left out.
 */
import type { Cue, CueFinder } from './cues.js';
import type { SpeakerFinder } from './speakers.js';
import type { Quote } from './types.js';
import type { Sentence } from './sentences.js';
import { excerptAround, insideAny, startingBetween, startOfLastWords, trimEndChars } from './text-window.js';

/** Sentences longer than this (the longest around a quote on PolNeAR is 1,384) are cut around the quote. */
const QUOTE_SENTENCE_MAX = 2000;
/** Characters kept either side of the quote when its sentence is cut. */
const QUOTE_CONTEXT = 150;

/** The sentence around a quote, or an excerpt of it around the quote when it is very long. */
const quoteContext = (paragraph: string, start: number, end: number, span: { start: number; end: number }) => {
  const sentence = paragraph.slice(start, end).trim();
  if (sentence.length <= QUOTE_SENTENCE_MAX) return sentence;
  return excerptAround(paragraph.slice(start, end), Math.max(0, span.start - 1 - start), Math.min(end, span.end + 1) - start, QUOTE_CONTEXT);
};

/** A quote's trailing spaces and commas become one comma if there was one: `replace(/[\s,]+$/, ...)`. */
const closeWithComma = (text: string) => {
  const kept = trimEndChars(text, (c) => c === ',' || /\s/.test(c));
  return kept.length < text.length && text.slice(kept.length).includes(',') ? `${kept},` : kept;
};

export interface QuoteSpan {
  start: number;
  end: number;
  /** No closing mark before the paragraph's end. */
  runOn: boolean;
}

/** Spans inside double quotation marks in one paragraph (text already normalised to straight quotes). */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < paragraph.length; i++) {
    if (paragraph[i] !== '"') continue;
    const prev = paragraph[i - 1];
    const next = paragraph[i + 1];
    const canOpen = prev === undefined || /[\s(\[—–\-:,;/]/.test(prev);
    const canClose = next === undefined || /[\s.,;:!?)\]—–\-']/.test(next);
    if (open < 0 && (canOpen || !canClose)) open = i + 1;
    else if (open >= 0 && (canClose || !canOpen)) {
      if (i > open) spans.push({ start: open, end: i, runOn: false });
      open = -1;
    }
  }
  if (open >= 0 && paragraph.length - open > 1) spans.push({ start: open, end: paragraph.length, runOn: true });
  return spans;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const isTitleCase = (s: string) => {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.every((w) => /^\p{Lu}|^(?:of|the|and|a|an|in|on|to|for|with|at|by|from)$/u.test(w)) && !/[.!?,]$/.test(s.trim());
};

export interface QuoteContext {
  /** The person actor whose name holds this word ("WALLACE" -> Chris Wallace), if exactly one. */
  personNamed: (word: string) => string | null;
  paragraphs: string[];
  sentences: Sentence[][];
  cues: CueFinder;
  speakers: SpeakerFinder;
}

const AFTER_WINDOW = 120;
/** Verbs that report what someone said, as opposed to verbs that describe or judge. */
const SAYING = /^(?:said|says|say|told|tells|wrote|writes|added|adds|noted|notes|argued|argues|insisted|insists|claimed|claims|stated|states|announced|explained|suggested|predicted|warned|acknowledged|recalled|testified|asserted|contended|maintained|declared|tweeted)$/i;

/** A speaker found for a quote, with the cue that tied them. */
interface Attribution {
  speakerId: string;
  cue: string;
}

/** Where a quote sits: its paragraph, span, sentence and the paragraph's cues and quote spans. */
interface QuoteSite {
  p: number;
  paragraph: string;
  span: QuoteSpan;
  raw: string;
  sentence: Sentence;
  sentenceEnd: number;
  cues: Cue[];
  spans: QuoteSpan[];
}

const found = (speakerId: string | null, cue: string): Attribution | null => (speakerId ? { speakerId, cue } : null);

/** A transcript inside the quote: '"WALLACE: But, Governor ..."'. */
function transcriptLabel(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const label = /^\s*([\p{Lu}][\p{Lu}'’.-]+(?:\s[\p{Lu}][\p{Lu}'’.-]+)?):\s/u.exec(site.raw);
  return label ? found(ctx.personNamed(label[1]!), ':') : null;
}

/** A cue after the quote: '," Berg said', '," said Olsen', '," he wrote', '" ― Name'. */
function cueAfter(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { p, paragraph, span, raw, cues } = site;
  if (span.runOn) return null;
  const afterStart = span.end + 1;
  const afterText = paragraph.slice(afterStart, Math.min(paragraph.length, afterStart + AFTER_WINDOW));
  const dash = /^\s*[―—–-]+\s*/.exec(afterText);
  if (dash) {
    const byDash = found(ctx.speakers.namedAfter(p, afterStart + dash[0].length, afterStart + dash[0].length + 5), '—');
    if (byDash) return byDash;
  }
  // Only a quote that closes its clause ('...," she said'; '..." Berg said') takes a cue after it.
  const closesClause =
    /[,.!?;:—–-]$/.test(raw.trimEnd()) ||
    /^\s*[,:;—–]/.test(afterText) ||
    /^\s*(?:\p{Lu}[\p{L}.'-]*\s+){1,4}(?:has\s+|had\s+|also\s+)?\p{Ll}+/u.test(afterText) ||
    /^\s*(?:he|she|they|it|we|I)\s/u.test(afterText);
  if (!closesClause || !/^\s*(?:[,.!?]\s*)?\S/.test(afterText) || /^\s*[.!?]\s*$/.test(afterText.slice(0, 3))) return null;
  const nextQuote = afterText.indexOf('"');
  const afterLimit = afterStart + (nextQuote >= 0 ? nextQuote : afterText.length);
  const cue = cuesFrom(cues, afterStart, afterLimit).find((c) => c.form === 'verb' && c.index <= site.sentenceEnd + 1);
  if (!cue || !/^\s*(?:,\s*)?$|^[^"]{0,90}$/.test(paragraph.slice(afterStart, cue.index))) return null;
  const between = paragraph.slice(afterStart, cue.index);
  const inverted = /^\s*(?:,\s*)?(?:(?:also|then|later|again)\s+)?$/.test(between);
  // '"...," when Clinton blasted him': a subordinate clause, not the attribution.
  const subordinate = /\b(?:when|while|because|after|before|as|if|since|although|though|where|which|who|that|until|unless)\b/i.test(between);
  let speakerId = inverted ? ctx.speakers.namedAfter(p, cue.end, cue.end + 60) : subordinate ? null : ctx.speakers.subjectOf(p, cue, afterStart);
  // "quoted X as saying": X is the speaker.
  if (/^quoted$/i.test(cue.text) || /^\s+(?:\S+\s+){0,4}?as saying\b/.test(paragraph.slice(cue.end))) {
    speakerId = ctx.speakers.namedAfter(p, cue.end, cue.end + 60) ?? speakerId;
  }
  return found(speakerId, cue.text);
}

/**
 * A saying verb that opens the sentence owns the quotes in what it reports: "Trump said ... that
 * Clinton once described the deal as "the gold standard"" is Trump's report.
 */
function openingSayingVerb(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { p, paragraph, span, sentence, cues, spans } = site;
  // "When Clinton noted that ..., Trump boasted, "...": the opening clause is subordinate.
  if (/^\s*(?:when|while|after|before|as|although|though|if|because|since|once|until|unless|whereas)\b/i.test(sentence.text)) return null;
  const outer = cuesFrom(cues, sentence.start, span.start).find((c) => c.form === 'verb' && c.end <= span.start && SAYING.test(c.text) && !insideSpan(c, spans));
  if (!outer) return null;
  const gap = paragraph.slice(outer.end, span.start - 1);
  // Paragraphs are single-spaced: one space where a run of them would make the pattern ambiguous.
  const reports = () => /^ (?:\S+ ){0,12}?(?:that|to|how|why|whether|if)\b|^ (?:[^,]+ )?(?:\p{Lu}|it|he|she|they|the|a|an)\b/u.test(gap);
  if (gap.length > 250 || /"/.test(gap) || !reports()) return null;
  return found(ctx.speakers.subjectOf(p, outer, sentence.start), outer.text);
}

/** The nearest cue before the quote in its sentence: 'Berg said: "', 'promised to "', 'U.S. accusations that ... "'. */
function cueBefore(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { p, paragraph, span, sentence, cues, spans } = site;
  // The nearest cue first; a noun with no one in front of it ("calling the accusation") hands over
  // to the verb before it.
  const before = cuesFrom(cues, sentence.start, span.start).reverse().filter((c) => c.end <= span.start && !insideSpan(c, spans));
  for (const cue of before.slice(0, 3)) {
    const gap = paragraph.slice(cue.end, span.start - 1);
    if (gap.length > 160 || /"/.test(gap)) return null;
    const attribution = found(ctx.speakers.subjectOf(p, cue, sentence.start), cue.text);
    if (attribution || cue.form !== 'noun') return attribution;
  }
  return null;
}

/** An opening quote whose speaker is named later in its sentence: '"...," the minister told reporters.' */
function cueLaterInSentence(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { p, span, sentence, sentenceEnd, cues } = site;
  if (span.start > sentence.start + 2) return null;
  const cue = cuesFrom(cues, span.end + 1, sentenceEnd + 1).find((c) => c.form === 'verb');
  return cue ? found(ctx.speakers.subjectOf(p, cue, span.end + 1), cue.text) : null;
}

const spanTests = new WeakMap<QuoteSpan[], (offset: number) => boolean>();
const insideSpan = (cue: Cue, spans: QuoteSpan[]) => {
  let inside = spanTests.get(spans);
  if (!inside) spanTests.set(spans, (inside = insideAny(spans.map((o): [number, number] => [o.start, o.end]))));
  return inside(cue.index);
};
/** A paragraph's cues (in text order) that start in [from, to). */
const cuesFrom = (cues: Cue[], from: number, to: number) => startingBetween(cues, from, to, (c) => c.index);
/** The first sentence (in order) that ends at or after `offset`, by binary search. */
const firstEndingFrom = (sentences: Sentence[], offset: number): Sentence | undefined => {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo];
};

/** Finds the quotes of an article with their speakers. */
export function extractQuotes(ctx: QuoteContext): Quote[] {
  const quotes: Quote[] = [];
  let lastQuote: { paragraph: number; speakerId: string | null } | null = null;
  ctx.paragraphs.forEach((paragraph, p) => {
    const spans = findQuoteSpans(paragraph);
    const sentences = ctx.sentences[p]!;
    const cues = ctx.cues.find(paragraph);
    for (const span of spans) {
      const raw = paragraph.slice(span.start, span.end);
      const text = raw.trim();
      const words = wordCount(text);
      if (words === 0) continue;
      // Sentences are in order and apart: the first one ending at or after a point is the only candidate.
      const opening = firstEndingFrom(sentences, span.start);
      const sentence = opening && opening.start <= span.start - 1 ? opening : sentences[0]!;
      const closing = firstEndingFrom(sentences, span.end);
      const sentenceEnd = Math.max(sentence.end, closing && closing.start <= span.end ? closing.end : 0);
      const site: QuoteSite = { p, paragraph, span, raw, sentence, sentenceEnd, cues, spans };
      // A paragraph that is all quote continues the quote before it; so does a further quoted sentence
      // of the same paragraph with no cue of its own.
      const wholeParagraph = span.start <= 1 && (span.runOn || paragraph.length - span.end <= 2);
      const continuing =
        lastQuote?.speakerId &&
        ((wholeParagraph && p - lastQuote.paragraph <= 1) || (lastQuote.paragraph === p && span.start <= sentence.start + 2))
          ? { speakerId: lastQuote.speakerId, cue: 'continued' }
          : null;
      const attribution =
        transcriptLabel(ctx, site) ?? cueAfter(ctx, site) ?? openingSayingVerb(ctx, site) ?? cueBefore(ctx, site) ?? continuing ?? cueLaterInSentence(ctx, site);
      if (!attribution) {
        lastQuote = { paragraph: p, speakerId: null };
        continue;
      }
      // Titles of shows, books and articles are quoted, not said.
      if (isTitleCase(text) && words <= 6) continue;
      ctx.speakers.noteSpeaker(p, span.start, attribution.speakerId);
      const before = paragraph.slice(sentence.start, span.start - 1).trim();
      const direct = /^[\p{Lu}"'(\d]/u.test(text) && (before === '' || before.endsWith(':') || before.endsWith(',') || /\b(?:said|says|told|wrote|added|asked)\s*(?:that\s*)?$/.test(before.slice(startOfLastWords(before, 2)))) && words >= 3;
      quotes.push({
        text: closeWithComma(text).trim(),
        speakerId: attribution.speakerId,
        kind: direct ? 'direct' : 'partial',
        paragraph: p,
        sentence: quoteContext(paragraph, sentence.start, Math.max(sentenceEnd, span.end + 1), span),
        cue: attribution.cue,
      });
      lastQuote = { paragraph: p, speakerId: attribution.speakerId };
    }
  });
  return quotes;
}
