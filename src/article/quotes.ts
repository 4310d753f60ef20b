/**
 * Quotations and the rules that say who said them. Every span inside quotation marks is found (an
 * opening mark left open runs to the end of its paragraph, wire style; handles and titles after "the
 * podcast" are marked as names). The rules read a speaker from the cue after a quote ('," Berg said';
 * '," said Marek Olsen'; '," he wrote'), before it ('Berg said: "'; 'promised to "...'; 'U.S.
 * accusations that ... "...'), a passive's agent, a list of quotes, or the quote before it; they
 * propose, and the learned model in attribution/ decides (and tells speech from scare quotes).
 */
import type { Cue, CueFinder } from './cues.js';
import type { SpeakerFinder } from './speakers.js';
import type { Sentence } from './sentences.js';
import { excerptAround, insideAny, lastWords, startingBetween, trimEndChars } from './text-window.js';
import { verbClasses } from './verb-forms.js';

/** Sentences longer than this (the longest around a quote on PolNeAR is 1,384) are cut around the quote. */
const QUOTE_SENTENCE_MAX = 2000;
/** Characters kept either side of the quote when its sentence is cut. */
const QUOTE_CONTEXT = 150;

/** The sentence around a quote, or an excerpt of it around the quote when it is very long. */
export const quoteContext = (paragraph: string, start: number, end: number, span: { start: number; end: number }) => {
  const sentence = paragraph.slice(start, end).trim();
  if (sentence.length <= QUOTE_SENTENCE_MAX) return sentence;
  return excerptAround(paragraph.slice(start, end), Math.max(0, span.start - 1 - start), Math.min(end, span.end + 1) - start, QUOTE_CONTEXT);
};

/** A quote's trailing spaces and commas become one comma if there was one: `replace(/[\s,]+$/, ...)`. */
export const closeWithComma = (text: string) => {
  const kept = trimEndChars(text, (c) => c === ',' || /\s/.test(c));
  return kept.length < text.length && text.slice(kept.length).includes(',') ? `${kept},` : kept;
};

export interface QuoteSpan {
  start: number;
  end: number;
  /** No closing mark before the paragraph's end. */
  runOn: boolean;
  /** Quoted as a name, not as speech: an account handle, a web address, a title after "the show", "titled". */
  notSpeech?: boolean;
}

/** Words after which quotation marks hold a name, a title or printed words ("the podcast "..."", "dubbed "..."", "a banner "..."", "beside the words "...""). */
const NAMED_BEFORE =
  /\b(?:titled|entitled|named|dubbed|nicknamed|codenamed|code-named|known as|hashtag|handle|show|podcast|book|film|movie|documentary|newsletter|column|album|song|slogan|motto|banner|placard|poster|captioned|headlined|emblazoned with|(?:beside|next to|alongside|under|above|below|bearing|showing|displaying) the words)(?: ?,)? ?$/;
/** Unless a verb of calling makes the quote a judgement: 'called the show "a disgrace"'. */
const CALLED_BEFORE = /\b(?:call|calls|called|calling|described|describing|labeled|labelled|branded|termed|deemed)\b/i;
/** Text that is only a handle, a hashtag or an address, whoever quotes it. */
const NAME_INSIDE = /^(?:[@#]\w+|https?:\/\/\S+|www\.\S+)$/;

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
      if (i > open) spans.push(markName(paragraph, { start: open, end: i, runOn: false }));
      open = -1;
    }
  }
  if (open >= 0 && paragraph.length - open > 1) spans.push(markName(paragraph, { start: open, end: paragraph.length, runOn: true }));
  return spans;
}

function markName(paragraph: string, span: QuoteSpan): QuoteSpan {
  const before = paragraph.slice(Math.max(0, span.start - 40), span.start - 1);
  const named = NAMED_BEFORE.test(before) && !CALLED_BEFORE.test(before);
  const inside = trimEndChars(paragraph.slice(span.start, span.end).trim(), (c) => c === ',' || c === '.');
  return NAME_INSIDE.test(inside) || named ? { ...span, notSpeech: true } : span;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const isTitleCase = (s: string) => {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // A comma or full stop American style puts inside the marks ('on "Meet the Voters."') still ends a title.
  const text = s.trim().replace(/[.,]$/, '');
  return (
    words.length >= 2 && words.every((w) => /^\p{Lu}|^(?:of|the|and|a|an|in|on|to|for|with|at|by|from)$/u.test(w.replace(/[.,]$/, ''))) && !/[.!?,]$/.test(text)
  );
};

export interface QuoteContext {
  /** The person actor whose name holds this word ("WALLACE" -> Chris Wallace), if exactly one. */
  personNamed: (word: string) => string | null;
  /** The speaker a label gives the words at (p, offset): a transcript turn or a roundup line (labelled-speech.ts). */
  labelled?: (p: number, offset: number) => Attribution | null;
  paragraphs: string[];
  /** Each paragraph's quoted spans (findQuoteSpans), found once per parse. */
  quoteSpans: QuoteSpan[][];
  sentences: Sentence[][];
  cues: CueFinder;
  speakers: SpeakerFinder;
}

const AFTER_WINDOW = 120;
/** Verbs that report what someone said, as opposed to verbs that describe or judge (from the lexicon). */
const reportsSpeech = (word: string) => verbClasses().reporting.has(word.toLowerCase());

/** A speaker found for a quote, with the cue that tied them. */
export interface Attribution {
  speakerId: string;
  cue: string;
}

/** Where a quote sits: its paragraph, span, sentence and the paragraph's cues and quote spans. */
export interface QuoteSite {
  p: number;
  paragraph: string;
  span: QuoteSpan;
  raw: string;
  /** The quoted words, trimmed. */
  text: string;
  words: number;
  /** The quote is the whole paragraph. */
  wholeParagraph: boolean;
  sentence: Sentence;
  sentenceEnd: number;
  cues: Cue[];
  spans: QuoteSpan[];
}

const found = (speakerId: string | null, cue: string): Attribution | null => (speakerId ? { speakerId, cue } : null);

/** A transcript inside the quote: '"WALLACE: But, Governor ..."'. */
export function transcriptLabel(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const label = /^\s*([\p{Lu}][\p{Lu}'’.-]+(?:\s[\p{Lu}][\p{Lu}'’.-]+)?):\s/u.exec(site.raw);
  return label ? found(ctx.personNamed(label[1]!), ':') : null;
}

/** A cue after the quote: '," Berg said', '," said Olsen', '," he wrote', '" ― Name'. */
export function cueAfter(ctx: QuoteContext, site: QuoteSite): Attribution | null {
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
    // A quote inside the quote may close with it: '... say, 'Well done,' " said Berg'.
    /[,.!?;:—–-]['’]?$/.test(raw.trimEnd()) ||
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
export function openingSayingVerb(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { p, paragraph, span, sentence, cues, spans } = site;
  // "When Clinton noted that ..., Trump boasted, "...": the opening clause is subordinate.
  if (/^\s*(?:when|while|after|before|as|although|though|if|because|since|once|until|unless|whereas)\b/i.test(sentence.text)) return null;
  const outer = cuesFrom(cues, sentence.start, span.start).find(
    (c) => c.form === 'verb' && c.end <= span.start && reportsSpeech(c.text) && !insideSpan(c, spans),
  );
  if (!outer) return null;
  const gap = paragraph.slice(outer.end, span.start - 1);
  // Paragraphs are single-spaced: one space where a run of them would make the pattern ambiguous.
  const reports = () => /^ (?:\S+ ){0,12}?(?:that|to|how|why|whether|if)\b|^ (?:[^,]+ )?(?:\p{Lu}|it|he|she|they|the|a|an)\b/u.test(gap);
  if (gap.length > 250 || /"/.test(gap) || !reports()) return null;
  return found(ctx.speakers.subjectOf(p, outer, sentence.start), outer.text);
}

/** The nearest cue before the quote in its sentence: 'Berg said: "', 'promised to "', 'U.S. accusations that ... "'. */
export function cueBefore(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { p, paragraph, span, sentence, cues, spans } = site;
  // The nearest cue first; a noun with no one in front of it ("calling the accusation") hands over
  // to the verb before it.
  const before = cuesFrom(cues, sentence.start, span.start)
    .reverse()
    .filter((c) => c.end <= span.start && !insideSpan(c, spans));
  for (const cue of before.slice(0, 3)) {
    const gap = paragraph.slice(cue.end, span.start - 1);
    if (gap.length > 160 || /"/.test(gap)) return null;
    const attribution = found(ctx.speakers.subjectOf(p, cue, sentence.start), cue.text);
    if (attribution || cue.form !== 'noun') return attribution;
  }
  return null;
}

/**
 * A sentence that closes on an inverted attribution reports all of itself, quotes inside included:
 * 'Varn "won easily" in the last race, said Orsk, a historian.' is Orsk's, not Varn's (whom the
 * quote describes). Only the sentence's last verb cue, standing after a comma with the name right
 * after it.
 */
export function closingAttribution(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { p, paragraph, span, sentenceEnd, cues } = site;
  const cue = cuesFrom(cues, span.end + 1, sentenceEnd + 1)
    .filter((c) => c.form === 'verb')
    .at(-1);
  if (!cue || !reportsSpeech(cue.text) || !/,\s+$/.test(paragraph.slice(Math.max(0, cue.index - 3), cue.index))) return null;
  return found(ctx.speakers.namedAfter(p, cue.end, cue.end + 60), cue.text);
}

/**
 * A quoted paragraph introduced by the paragraph before, which ends on a colon after a verb of saying:
 * 'Reyes said in a statement:' then '"We will rebuild ..."'. The verb must be in that paragraph's last
 * sentence, outside its quotes, with no quotation between it and the colon.
 */
export function introducedBefore(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { p, span } = site;
  if (p === 0 || span.start > 1) return null;
  const before = ctx.paragraphs[p - 1]!;
  const colon = before.trimEnd().length - 1;
  if (before[colon] !== ':') return null;
  const from = ctx.sentences[p - 1]?.at(-1)?.start ?? 0;
  const spans = ctx.quoteSpans[p - 1] ?? [];
  const cue = cuesFrom(ctx.cues.find(before), from, colon)
    .filter((c) => c.form === 'verb' && reportsSpeech(c.text) && !insideSpan(c, spans))
    .at(-1);
  if (!cue || /"/.test(before.slice(cue.end, colon))) return null;
  return found(ctx.speakers.subjectOf(p - 1, cue, from), cue.text);
}

/** An opening quote whose speaker is named later in its sentence: '"...," the minister told reporters.' */
export function cueLaterInSentence(ctx: QuoteContext, site: QuoteSite): Attribution | null {
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

/** Where every quotation of an article sits, in text order. */
export function findQuoteSites(ctx: Pick<QuoteContext, 'paragraphs' | 'quoteSpans' | 'sentences' | 'cues'>): QuoteSite[] {
  const sites: QuoteSite[] = [];
  ctx.paragraphs.forEach((paragraph, p) => {
    const spans = ctx.quoteSpans[p]!;
    const sentences = ctx.sentences[p]!;
    const cues = ctx.cues.find(paragraph);
    for (const span of spans) {
      const raw = paragraph.slice(span.start, span.end);
      const text = raw.trim();
      const words = wordCount(text);
      if (words === 0 || span.notSpeech) continue;
      // Sentences are in order and apart: the first one ending at or after a point is the only candidate.
      const opening = firstEndingFrom(sentences, span.start);
      const sentence = opening && opening.start <= span.start - 1 ? opening : sentences[0]!;
      const closing = firstEndingFrom(sentences, span.end);
      const sentenceEnd = Math.max(sentence.end, closing && closing.start <= span.end ? closing.end : 0);
      const wholeParagraph = span.start <= 1 && (span.runOn || paragraph.length - span.end <= 2);
      sites.push({ p, paragraph, span, raw, text, words, wholeParagraph, sentence, sentenceEnd, cues, spans });
    }
  });
  return sites;
}

/** The speaker of the quote before, as the rules saw it. */
export interface LastQuote {
  paragraph: number;
  speakerId: string | null;
  /** Where the quote ended in its paragraph (after its closing mark). */
  end: number;
}

/**
 * A quote in a list with the quote before it ('called the plan "rushed," "costly" and "unfair"'):
 * it shares that quote's speaker.
 */
export function listedAfter(site: QuoteSite, lastQuote: LastQuote | null): Attribution | null {
  if (!lastQuote?.speakerId || lastQuote.paragraph !== site.p || site.span.start - lastQuote.end > 12) return null;
  const between = site.paragraph.slice(lastQuote.end, site.span.start - 1);
  return /^[\s,]*(?:(?:and|or) )?$/.test(between) ? { speakerId: lastQuote.speakerId, cue: 'listed' } : null;
}

/** 'X was called "a fraud" by Y': the agent of a passive saying verb said it. */
export function passiveAgent(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { p, paragraph, span, sentence, cues, spans } = site;
  const cue = cuesFrom(cues, sentence.start, span.start)
    .reverse()
    .find((c) => c.form === 'verb' && c.end <= span.start && !insideSpan(c, spans));
  if (!cue || !/\b(?:was|were|been|being|is|are) $/.test(paragraph.slice(Math.max(0, cue.index - 7), cue.index))) return null;
  const by = /^[\s,]{0,3}by /.exec(paragraph.slice(span.end + 1, span.end + 8));
  if (!by) return null;
  const from = span.end + 1 + by[0].length;
  return found(ctx.speakers.namedAfter(p, from, from + 40), cue.text);
}

/** Titles of shows, books and articles are quoted, not said: "Water Matters Most". */
export const readsAsTitle = (site: QuoteSite): boolean => isTitleCase(site.text) && site.words <= 6;

/** "he said", "she told that": the text ends with a verb that reports the words, and maybe "that". */
function endsWithSayingVerb(text: string): boolean {
  const [a, b] = lastWords(text, 2);
  const verb = b?.toLowerCase() === 'that' ? a : b;
  return verbClasses().reporting.has((verb ?? '').toLowerCase());
}

/** A whole statement quoted, or a fragment woven into the reporter's sentence. */
export function quoteKind(site: QuoteSite): 'direct' | 'partial' {
  const before = site.paragraph.slice(site.sentence.start, site.span.start - 1).trim();
  const direct =
    /^[\p{Lu}"'(\d]/u.test(site.text) && (before === '' || before.endsWith(':') || before.endsWith(',') || endsWithSayingVerb(before)) && site.words >= 3;
  return direct ? 'direct' : 'partial';
}
