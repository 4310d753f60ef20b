/**
 * Claims: what each source said, accused, denied, promised, warned or urged, quoted or not, worded
 * as the article words it, with its kind taken from the cue. Every attributed statement gives one:
 * a reporting verb or noun with its source ("Berg denied that ..."), a trailing attribution ("The
 * deal is done, the minister said."), and a quote with its speaker ('"We will not pay," Berg said').
 */
import { isPassive, lacksComplement, trailingAttribution } from './claim-shapes.js';
import type { Cue, CueFinder } from './cues.js';
import type { Sentence } from './sentences.js';
import type { SpeakerFinder } from './speakers.js';
import type { Claim, ClaimKind, Quote } from './types.js';

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

const LEAD_IN = /^(?:\s*(?:on|last|this|next)\s+\p{L}+|\s*in\s+(?:a|an|the)\s+[^,]{0,40}?(?=\s+(?:that|it|he|she|they)\b)|\s*(?:late|early)\s+\p{L}+)?\s*(?:,\s*)?(?:that\s+)?/u;

/** Verbs that can follow what was said: "..., said Marek Olsen". */
const INVERTIBLE = /^(?:said|says|added|adds|wrote|writes|noted|notes|told|explained|argued|warned|insisted|continued|stated|declared|recalled|asked|replied|tweeted|testified)$/i;

/** Verbs that only report speech; the claim reads well without them. */
const NEUTRAL_SAYING = /^(?:said|says|say|told|tells|tell|added|adds|noted|notes|stated|states|wrote|writes|explained|explains|continued|continues|recalled|replied|responded|answered|commented|remarked|tweeted|posted|declared|announced|testified)$/i;

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s,:;-]+|[\s,;:-]+$/g, '');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Finds the claims of an article. */
export function extractClaims(ctx: ClaimContext): Claim[] {
  const claims: Claim[] = [];
  ctx.paragraphs.forEach((paragraph, p) => {
    const quoted = ctx.quoted[p] ?? [];
    const inQuote = (i: number) => quoted.some(([a, b]) => i >= a && i < b);
    const paragraphCues = ctx.cues.find(paragraph);
    for (const sentence of ctx.sentences[p]!) {
      const cues = paragraphCues.filter((c) => c.index >= sentence.start && c.end <= sentence.end && !inQuote(c.index));
      // "A said ..., B testified.": B's words hold A's; the cues inside them are B's report, not claims of their own.
      const trailing = trailingAttribution(paragraph, sentence.start, sentence.end, cues);
      if (trailing) {
        const sourceId = ctx.speakers.subjectOf(p, trailing.cue, trailing.subjectFrom) ?? ctx.speakers.namedAfter(p, trailing.cue.end, trailing.cue.end + 40);
        const text = finish(clean(trailing.content));
        if (sourceId && words(text) >= 3) {
          claims.push({ sourceId, sourceText: '', text, kind: trailing.cue.kind, cue: trailing.cue.text, paragraph: p, coSourceIds: [] });
        }
      }
      cues.forEach((cue, k) => {
        if (trailing && cue.index <= trailing.cue.index) return;
        const claim = claimAt(ctx, p, sentence, cues, k);
        if (claim) claims.push(claim);
      });
    }
  });
  return withoutOverlaps(claims);
}

/** The claim a cue introduces in its sentence, or null when it introduces none. */
function claimAt(ctx: ClaimContext, p: number, sentence: Sentence, cues: Cue[], k: number): Claim | null {
  const paragraph = ctx.paragraphs[p]!;
  const cue = cues[k]!;
  const next = cues[k + 1];
  const tail = paragraph.slice(cue.end, sentence.end);
  const head = paragraph.slice(sentence.start, cue.index);
  if (lacksComplement(cue, tail)) return null;
  // "quoted X as saying ...": the quoting cue below carries it.
  if (/\bas\s+$/.test(head) && /^say/i.test(cue.text)) return null;
  // "resisting what he said was pressure": a reported aside inside another claim.
  if (/\bwhat\s+(?:he|she|they|it|\p{Lu}\S*)\s+$/u.test(head)) return null;
  // Attribution of a quote ('," Berg said in the article'): the quote is the claim (claimsFromQuotes).
  if (/[,.!?]"\s*,?\s*(?:(?:he|she|they|it|\S+(?:\s+\S+){0,6})\s+)?$/.test(head)) return null;
  if (isPassive(cue, head, tail)) return passiveClaim(ctx, p, sentence, cue, tail);
  // Inverted attribution ends the sentence: "The deal is the largest in years, said Marek Olsen, ...".
  const tailWords = tail.split(/[.!?]\s*$/)[0]!.trim().split(/\s+/);
  const shortTail = tailWords.length <= 12 || /^\s+(?:\S+\s+){0,5}?\S+,/.test(tail);
  const inverted = cue.form === 'verb' && INVERTIBLE.test(cue.text) && /,\s*$/.test(head) && /^\s+(?:\p{Lu}|the\s|a\s|an\s)/u.test(tail) && shortTail && words(head) >= 4;
  // "..., the state news agency quoted Olsen as saying": the quoted person is the source.
  const quotedAs = cue.form === 'verb' && /^quot/i.test(cue.text) ? /^\s+(.{1,60}?)\s+as\s+say(?:ing|s)\b/.exec(tail) : null;
  if (quotedAs) {
    const sourceId = ctx.speakers.namedAfter(p, cue.end, cue.end + quotedAs[1]!.length + 2);
    const text = clean(head.slice(0, Math.max(0, head.lastIndexOf(','))));
    return sourceId && words(text) >= 3 ? { sourceId, sourceText: '', text, kind: 'statement', cue: 'quoted as saying', paragraph: p, coSourceIds: [] } : null;
  }
  let sourceId: string | null;
  let text: string;
  // The name must follow the verb at once; otherwise "X, a ..., said the river was low" is plain.
  const invertedSource = inverted ? ctx.speakers.namedAfter(p, cue.end, cue.end + 30) : null;
  if (invertedSource) {
    sourceId = invertedSource;
    text = clean(head.replace(/,\s*$/, ''));
  } else {
    sourceId = ctx.speakers.subjectOf(p, cue, sentence.start);
    const stop = next && next.form === 'verb' && next.index > cue.end && /\b(?:but|and|while)\s+(?:\p{L}+\s+){0,2}$/u.test(paragraph.slice(cue.end, next.index)) ? next.index : sentence.end;
    let body = paragraph.slice(cue.end, stop).replace(/\s+(?:but|and|while)\s+(?:\p{L}+\s+){0,2}$/u, '');
    // "According to X, the company must ...": what follows the source is the claim.
    if (cue.form === 'according') body = body.replace(/^[^,]{1,120},\s*/, '');
    if (cue.form === 'noun') body = body.replace(/^\s*(?:that|of|by\s+[^,]+?\s+that)\s+/, '').replace(/^\s*(?:from|by)\s+[^,]{1,80},\s*/, '');
    text = clean(body.replace(LEAD_IN, ''));
    // "vowed to deepen trade", "warned that the reef ...": a verb that says more than "said" stays,
    // with the words that follow it as they stand.
    if (cue.form === 'verb' && !NEUTRAL_SAYING.test(cue.text)) text = clean(`${cue.text} ${body}`);
    else if (words(text) < 3) text = clean(`${cue.text} ${text}`);
  }
  const worded = finish(text);
  if (!sourceId || words(worded) < 2) return null;
  if (/^"[^"]*"?$/.test(text.trim()) && worded.length < 3) return null;
  return {
    sourceId,
    sourceText: '',
    text: worded,
    kind: cue.kind,
    cue: cue.text,
    paragraph: p,
    coSourceIds: ctx.coSources(p, sentence.start, cue.index).filter((id) => id !== sourceId),
  };
}

/** "X was accused by Y of ...": Y's claim, worded as the sentence has it; with no agent, no claim. */
function passiveClaim(ctx: ClaimContext, p: number, sentence: Sentence, cue: Cue, tail: string): Claim | null {
  const by = /^\s+by\s+/.exec(tail);
  if (!by) return null;
  const sourceId = ctx.speakers.namedAfter(p, cue.end, cue.end + by[0].length + 40);
  if (!sourceId) return null;
  const text = finish(clean(ctx.paragraphs[p]!.slice(sentence.start, sentence.end)));
  return { sourceId, sourceText: '', text, kind: cue.kind, cue: cue.text, paragraph: p, coSourceIds: [] };
}

/** Trailing full stops off; quotation marks kept paired. */
function finish(text: string): string {
  let worded = text.replace(/\.+$/, '').replace(/\."$/, '"');
  if ((worded.match(/"/g) ?? []).length % 2 === 1) worded = worded.endsWith('"') ? worded.slice(0, -1) : `${worded}"`;
  return worded.trim();
}

/**
 * A quote with its speaker is a claim too ('"We will not pay," Berg said'), worded as quoted, with
 * the kind of its cue; unless a claim of the same source in the same paragraph already holds it.
 */
export function claimsFromQuotes(quotes: readonly Quote[], claims: readonly Claim[], kindOfCue: (cue: string) => ClaimKind): Claim[] {
  const added: Claim[] = [];
  for (const q of quotes) {
    const text = finish(clean(q.text.replace(/,\s*$/, '')));
    if (!q.speakerId || words(text) < 3) continue;
    const key = text.toLowerCase();
    if ([...claims, ...added].some((c) => c.sourceId === q.speakerId && c.paragraph === q.paragraph && c.text.toLowerCase().includes(key))) continue;
    added.push({ sourceId: q.speakerId, sourceText: '', text, kind: q.cue ? kindOfCue(q.cue) : 'statement', cue: q.cue ?? 'quoted', paragraph: q.paragraph, coSourceIds: [] });
  }
  return added;
}

/**
 * Two cues of one source in one sentence ("praising ..., calling them ...") give overlapping
 * wordings: keep the fuller one.
 */
function withoutOverlaps(claims: Claim[]): Claim[] {
  return claims.filter(
    (c, i) =>
      !claims.some(
        (o, j) =>
          o !== c && o.sourceId === c.sourceId && o.paragraph === c.paragraph && o.text.includes(c.text) && (o.text.length > c.text.length || j < i),
      ),
  );
}
