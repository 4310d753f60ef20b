/**
 * Claims: what each source said, accused, denied, promised, warned or urged, quoted or not, worded
 * as the article words it, with its kind taken from the cue.
 */
import type { CueFinder } from './cues.js';
import type { Sentence } from './sentences.js';
import type { SpeakerFinder } from './speakers.js';
import { hasPieces, insideAny, startingBetween, startOfLastWords, trimChars } from './text-window.js';
import type { Claim, ClaimKind } from './types.js';

export interface ClaimContext {
  paragraphs: string[];
  sentences: Sentence[][];
  cues: CueFinder;
  speakers: SpeakerFinder;
  /** Ranges inside quotation marks per paragraph, where cues belong to the speaker's words. */
  quoted: Array<Array<[number, number]>>;
  /** Other actors coordinated with a source ("Brazil and Chile say"). */
  coSources: (paragraph: number, sourceStart: number, cueIndex: number) => string[];
}

/** Verbs that report only when followed by what was reported. */
const NEEDS_COMPLEMENT = /^(?:appeal|appealed|appeals|appealing|find|found|finds|read|reads|post|posted|posts|offer|offered|offers|commit|committed|consider|considered|expect|expected|expects|hope|hoped|press|pressed|continue|continued|continues|question|questioned|attack|attacked|charge|charged|publish|published|print|printed|report|reports|reporting|call|called|calling|calls|answer|answered|agree|agreed|ask|asked|read|judge|judged|signal|signaled|mention|mentioned|quoted|quote|describe|described|praise|praised|praising|accept|sing|sang)$/i;
// Paragraphs are single-spaced (layout.ts joins every run of whitespace into one space), so the
// patterns below that read paragraph text match one space where a run of them could be ambiguous.
const LEAD_IN = /^(?: ?(?:on|last|this|next) \p{L}+| ?in (?:a|an|the) [^,]{0,40}?(?= (?:that|it|he|she|they)\b)| ?(?:late|early) \p{L}+)? ?(?:, ?)?(?:that )?/u;
/** How many claims of one source and paragraph either side a claim is compared with for overlap. */
const COMPARED_CLAIMS = 300;
/** Claims longer than this (a sentence that never ends) are cut at a word: output stays bounded. */
const CLAIM_MAX = 1000;

/** Verbs that can follow what was said: "..., said Marek Olsen". */
const INVERTIBLE = /^(?:said|says|added|adds|wrote|writes|noted|notes|told|explained|argued|warned|insisted|continued|stated|declared|recalled|asked|replied|tweeted)$/i;

/** Verbs that only report speech; the claim reads well without them. */
const NEUTRAL_SAYING = /^(?:said|says|say|told|tells|tell|added|adds|noted|notes|stated|states|wrote|writes|explained|explains|continued|continues|recalled|replied|responded|answered|commented|remarked|tweeted|posted|declared|announced)$/i;

const clean = (s: string) => trimChars(s.replace(/\s+/g, ' '), (c) => /[\s,:;-]/.test(c));
/** At most CLAIM_MAX characters from the start of `text`, ending at a word. */
const capStart = (text: string) => (text.length <= CLAIM_MAX ? text : text.slice(0, text.lastIndexOf(' ', CLAIM_MAX) + 1 || CLAIM_MAX));
/** At most CLAIM_MAX characters from the end of `text`, starting at a word. */
const capEnd = (text: string) => (text.length <= CLAIM_MAX ? text : text.slice(text.indexOf(' ', text.length - CLAIM_MAX) + 1 || text.length - CLAIM_MAX));
/** How many periods end `text`. */
const trailingDots = (text: string) => {
  let k = text.length;
  while (k > 0 && text[k - 1] === '.') k--;
  return text.length - k;
};
/** `/,\s*$/.test(text)` without scanning the whole text. */
const endsWithComma = (text: string) => text.trimEnd().endsWith(',');
/** Words in what follows a cue, without the sentence's final mark: at most `max + 1` are counted. */
const wordsUpTo = (tail: string, max: number) => {
  const trimmed = tail.trimEnd();
  const body = /[.!?]$/.test(trimmed) ? tail.slice(0, trimmed.length - 1) : tail;
  let words = 0;
  for (const _ of body.matchAll(/\S+/g)) if (++words > max) break;
  return Math.max(1, words);
};

/** Finds the claims of an article. */
export function extractClaims(ctx: ClaimContext): Claim[] {
  const claims: Claim[] = [];
  ctx.paragraphs.forEach((paragraph, p) => {
    const quoted = ctx.quoted[p] ?? [];
    const inQuote = insideAny(quoted);
    const paragraphCues = ctx.cues.find(paragraph);
    for (const sentence of ctx.sentences[p]!) {
      // The cues are in text order: those of this sentence are found by binary search.
      const cues = startingBetween(paragraphCues, sentence.start, sentence.end, (c) => c.index).filter((c) => c.end <= sentence.end && !inQuote(c.index));
      cues.forEach((cue, k) => {
        const next = cues[k + 1];
        const tail = paragraph.slice(cue.end, sentence.end);
        if (cue.form === 'verb' && NEEDS_COMPLEMENT.test(cue.text) && !/^\s+(?:that|to|of|on|for|him|her|them|it|the|a|an|this|his|its|their|\p{Lu})\b/u.test(tail)) return;
        // Attribution of a quote ('," Berg said in the article'): the quote is the claim.
        const head = paragraph.slice(sentence.start, cue.index);
        if (/^say/i.test(cue.text) && /\bas\s+$/.test(head.slice(startOfLastWords(head, 1)))) return;
        // "resisting what he said was pressure": a reported aside inside another claim.
        if (/\bwhat (?:he|she|they|it|\p{Lu}\S*) $/u.test(head.slice(startOfLastWords(head, 2)))) return;
        if (/[,.!?]" ?,? ?(?:\S+(?: \S+){0,6} )?$/.test(head.slice(startOfLastWords(head, 10)))) return;
        // Inverted attribution ends the sentence: "The deal is the largest in years, said Marek Olsen, ...".
        const shortTail = () => wordsUpTo(tail, 12) <= 12 || /^\s+(?:\S+\s+){0,5}?\S+,/.test(tail);
        const inverted = cue.form === 'verb' && INVERTIBLE.test(cue.text) && endsWithComma(head) && /^\s+(?:\p{Lu}|the\s|a\s|an\s)/u.test(tail) && shortTail() && hasPieces(head, 4);
        let sourceId: string | null;
        let text: string;
        // "..., the state news agency quoted Olsen as saying": the quoted person is the source.
        const quotedAs = cue.form === 'verb' && /^quot/i.test(cue.text) ? /^ (.{1,60}?) as say(?:ing|s)\b/.exec(tail) : null;
        if (quotedAs) {
          sourceId = ctx.speakers.namedAfter(p, cue.end, cue.end + quotedAs[1]!.length + 2);
          text = clean(head.slice(0, Math.max(0, head.lastIndexOf(','))));
          if (sourceId && text.split(/\s+/).length >= 3) claims.push({ sourceId, sourceText: '', text, kind: 'statement', cue: 'quoted as saying', paragraph: p, coSourceIds: [] });
          return;
        }
        // The name must follow the verb at once; otherwise "X, a ..., said the river was low" is plain.
        const invertedSource = inverted ? ctx.speakers.namedAfter(p, cue.end, cue.end + 30) : null;
        if (invertedSource) {
          sourceId = invertedSource;
          const trimmed = head.trimEnd();
          text = clean(capEnd(trimmed.endsWith(',') ? trimmed.slice(0, -1) : head));
        } else {
          sourceId = ctx.speakers.subjectOf(p, cue, sentence.start);
          const stop = next && next.form === 'verb' && next.index > cue.end && /\b(?:but|and|while)\s+(?:\p{L}+\s+){0,2}$/u.test(paragraph.slice(cue.end, next.index)) ? next.index : sentence.end;
          let body = capStart(paragraph.slice(cue.end, stop));
          // A trailing "but"/"and"/"while" and up to two words: only the last three words can match.
          const lastWords = Math.max(0, startOfLastWords(body, 3) - 1);
          body = body.slice(0, lastWords) + body.slice(lastWords).replace(/ (?:but|and|while) (?:\p{L}+ ){0,2}$/u, '');
          // "According to X, the company must ...": what follows the source is the claim.
          if (cue.form === 'according') body = body.replace(/^[^,]{1,120},\s*/, '');
          if (cue.form === 'noun') body = body.replace(/^ ?(?:that|of|by [^,]+? that) /, '').replace(/^\s*(?:from|by)\s+[^,]{1,80},\s*/, '');
          text = clean(body.replace(LEAD_IN, ''));
          // "vowed to deepen trade", "warned that the reef ...": a verb that says more than "said" stays,
          // with the words that follow it as they stand.
          if (cue.form === 'verb' && !NEUTRAL_SAYING.test(cue.text)) text = clean(`${cue.text} ${body}`);
          else if (text.split(/\s+/).length < 3) text = clean(`${cue.text} ${text}`);
        }
        if (!sourceId || text.split(/\s+/).length < 2) return;
        let words = text.slice(0, text.length - trailingDots(text)).replace(/\."$/, '"');
        // Keep quotation marks paired: a claim that ends inside a quote closes it.
        if ((words.match(/"/g) ?? []).length % 2 === 1) words = words.endsWith('"') ? words.slice(0, -1) : `${words}"`;
        if (/^"[^"]*"?$/.test(text.trim()) && words.length < 3) return;
        claims.push({
          sourceId,
          sourceText: '',
          text: words.trim(),
          kind: cue.kind as ClaimKind,
          cue: cue.text,
          paragraph: p,
          coSourceIds: ctx.coSources(p, sentence.start, cue.index).filter((id) => id !== sourceId),
        });
      });
    }
  });
  // Two cues of one source in one sentence ("praising ..., calling them ...") give overlapping
  // wordings: keep the fuller one.
  // Only claims of the same source and paragraph are compared, and in a paragraph with hundreds of
  // them (hostile input) only the nearest hundreds, so this stays linear.
  const groups = new Map<string, number[]>();
  const positions: number[] = [];
  claims.forEach((c, i) => {
    const key = `${c.sourceId}\u0000${c.paragraph}`;
    const group = groups.get(key) ?? [];
    positions.push(group.length);
    group.push(i);
    groups.set(key, group);
  });
  const covered = (c: Claim, i: number) => {
    const group = groups.get(`${c.sourceId}\u0000${c.paragraph}`)!;
    const at = positions[i]!;
    const near = group.slice(Math.max(0, at - COMPARED_CLAIMS), at + COMPARED_CLAIMS + 1);
    return near.some((j) => j !== i && claims[j]!.text.includes(c.text) && (claims[j]!.text.length > c.text.length || j < i));
  };
  return claims.filter((c, i) => !covered(c, i));
}
