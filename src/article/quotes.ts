/**
 * Quotations and who said them. Every span inside quotation marks is found (an opening mark left
 * open runs to the end of its paragraph, wire style); its speaker comes from the cue after it
 * ('," Putin said'; '," said Victor Cha'; '," he wrote'), before it ('Putin said: "'; 'promised to
 * "...'; 'U.S. accusations that ... "...'), or, for a paragraph that is all quote, from the
 * quote before it. Scare quotes and titles, which nobody is reported to have said, are left out.
 */
import type { CueFinder } from './cues.js';
import type { SpeakerFinder } from './speakers.js';
import type { Quote } from './types.js';
import type { Sentence } from './sentences.js';

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

/** Finds the quotes of an article with their speakers. */
export function extractQuotes(ctx: QuoteContext): Quote[] {
  const quotes: Quote[] = [];
  let lastQuote: { paragraph: number; speakerId: string | null; runOn: boolean } | null = null;
  ctx.paragraphs.forEach((paragraph, p) => {
    const spans = findQuoteSpans(paragraph);
    const sentences = ctx.sentences[p]!;
    const cues = ctx.cues.find(paragraph);
    for (const span of spans) {
      const raw = paragraph.slice(span.start, span.end);
      const text = raw.trim();
      if (wordCount(text) === 0) continue;
      const sentence = sentences.find((s) => s.start <= span.start - 1 && s.end >= span.start) ?? sentences[0]!;
      const sentenceEnd = Math.max(sentence.end, sentences.find((s) => s.start <= span.end && s.end >= span.end)?.end ?? 0);
      // Cue after the quote: '," Putin said', '," said Cha', '," he wrote', '" ― Name'.
      let speakerId: string | null = null;
      let cueText: string | null = null;
      // A transcript inside the quote: '"WALLACE: But, Governor ..."'.
      const label = /^\s*([\p{Lu}][\p{Lu}'’.-]+(?:\s[\p{Lu}][\p{Lu}'’.-]+)?):\s/u.exec(raw);
      if (label) {
        speakerId = ctx.personNamed(label[1]!);
        cueText = speakerId ? ':' : null;
      }
      const afterStart = span.end + 1;
      const afterText = paragraph.slice(afterStart, Math.min(paragraph.length, afterStart + AFTER_WINDOW));
      const nextQuote = afterText.indexOf('"');
      const afterLimit = afterStart + (nextQuote >= 0 ? nextQuote : afterText.length);
      const dash = /^\s*[―—–-]+\s*/.exec(afterText);
      if (!span.runOn && dash) {
        speakerId = ctx.speakers.namedAfter(p, afterStart + dash[0].length, afterStart + dash[0].length + 5);
        cueText = speakerId ? '—' : null;
      }
      // Only a quote that closes its clause ('...," she said'; '..." Putin said') takes a cue after it.
      const closesClause = /[,.!?;:—–-]$/.test(raw.trimEnd()) || /^\s*[,:;—–]/.test(afterText) || /^\s*(?:\p{Lu}[\p{L}.'-]*\s+){1,4}(?:has\s+|had\s+|also\s+)?\p{Ll}+/u.test(afterText) || /^\s*(?:he|she|they|it|we|I)\s/u.test(afterText);
      if (!speakerId && !span.runOn && closesClause && /^\s*[,.!?]?\s*\S/.test(afterText) && !/^\s*[.!?]\s*$/.test(afterText.slice(0, 3))) {
        const cue = cues.find((c) => c.index >= afterStart && c.index < afterLimit && c.form === 'verb' && c.index <= sentenceEnd + 1);
        if (cue && /^\s*,?\s*$|^[^"]{0,90}$/.test(paragraph.slice(afterStart, cue.index))) {
          const between = paragraph.slice(afterStart, cue.index);
          const inverted = /^\s*,?\s*(?:(?:also|then|later|again)\s+)?$/.test(between);
          // '"...," when Clinton blasted him': a subordinate clause, not the attribution.
          const subordinate = /\b(?:when|while|because|after|before|as|if|since|although|though|where|which|who|that|until|unless)\b/i.test(between);
          speakerId = inverted ? ctx.speakers.namedAfter(p, cue.end, cue.end + 60) : subordinate ? null : ctx.speakers.subjectOf(p, cue, afterStart);
          // "quoted X as saying": X is the speaker.
          const asSaying = /^\s+(?:\S+\s+){0,4}?as saying\b/.test(paragraph.slice(cue.end));
          if (/^quoted$/i.test(cue.text) || asSaying) speakerId = ctx.speakers.namedAfter(p, cue.end, cue.end + 60) ?? speakerId;
          if (speakerId) cueText = cue.text;
        }
      }
      // A saying verb that opens the sentence owns the quotes in what it reports: "Trump said ... that
      // Clinton once described the deal as "the gold standard"" is Trump's report.
      if (!speakerId) {
        const outer = cues.find((c) => c.form === 'verb' && c.index >= sentence.start && c.end <= span.start && SAYING.test(c.text) && !spans.some((o) => c.index >= o.start && c.index < o.end));
        const gap = outer ? paragraph.slice(outer.end, span.start - 1) : '';
        // "When Clinton noted that ..., Trump boasted, "...": the opening clause is subordinate.
        const subordinateOpening = /^\s*(?:when|while|after|before|as|although|though|if|because|since|once|until|unless|whereas)\b/i.test(sentence.text);
        if (outer && !subordinateOpening && gap.length <= 250 && !/"/.test(gap) && /^\s+(?:\S+\s+){0,12}?(?:that|to|how|why|whether|if)\b|^\s+(?:[^,]+\s+)?(?:\p{Lu}|it|he|she|they|the|a|an)\b/u.test(gap)) {
          speakerId = ctx.speakers.subjectOf(p, outer, sentence.start);
          if (speakerId) cueText = outer.text;
        }
      }
      // Cue before the quote, in the same sentence.
      if (!speakerId) {
        const cue = [...cues].reverse().find((c) => c.end <= span.start && c.index >= sentence.start && !spans.some((o) => c.index >= o.start && c.index < o.end));
        if (cue) {
          const gap = paragraph.slice(cue.end, span.start - 1);
          const ok = gap.length <= 160 && !/"/.test(gap);
          if (ok) {
            speakerId = cue.form === 'noun' || cue.form === 'according' ? ctx.speakers.subjectOf(p, cue, sentence.start) : ctx.speakers.subjectOf(p, cue, sentence.start);
            if (speakerId) cueText = cue.text;
          }
        }
      }
      // A paragraph that is all quote continues the quote before it.
      const wholeParagraph = span.start <= 1 && (span.runOn || paragraph.length - span.end <= 2);
      if (!speakerId && wholeParagraph && lastQuote && p - lastQuote.paragraph <= 1 && lastQuote.speakerId) {
        speakerId = lastQuote.speakerId;
        cueText = 'continued';
      }
      // A second quoted sentence in the same paragraph, with no cue of its own, has the same speaker.
      if (!speakerId && lastQuote && lastQuote.paragraph === p && lastQuote.speakerId && span.start <= sentence.start + 2) {
        speakerId = lastQuote.speakerId;
        cueText = 'continued';
      }
      if (!speakerId) {
        // Speaker named later in the sentence for an opening quote: '"...," the minister told reporters.'
        const cue = cues.find((c) => c.index > span.end && c.index <= sentenceEnd && c.form === 'verb');
        if (cue && span.start <= sentence.start + 2) {
          speakerId = ctx.speakers.subjectOf(p, cue, span.end + 1);
          if (speakerId) cueText = cue.text;
        }
      }
      const words = wordCount(text);
      if (!speakerId) {
        lastQuote = { paragraph: p, speakerId: null, runOn: span.runOn };
        continue;
      }
      if (isTitleCase(text) && words <= 6) continue;
      ctx.speakers.noteSpeaker(p, span.start, speakerId);
      const before = paragraph.slice(sentence.start, span.start - 1).trim();
      const direct = /^[\p{Lu}"'(\d]/u.test(text) && (before === '' || /[:,]$/.test(before) || /\b(?:said|says|told|wrote|added|asked)\s*(?:that\s*)?$/.test(before)) && words >= 3;
      quotes.push({
        text: text.replace(/[\s,]+$/, (m) => (m.includes(',') ? ',' : '')).trim(),
        speakerId,
        kind: direct ? 'direct' : 'partial',
        paragraph: p,
        sentence: paragraph.slice(sentence.start, Math.max(sentenceEnd, span.end + 1)).trim(),
        cue: cueText,
      });
      lastQuote = { paragraph: p, speakerId, runOn: span.runOn };
    }
  });
  return quotes;
}
