/**
 * Claims: what each source said, accused, denied, promised, warned or urged, quoted or not, worded
 * as the article words it, with its kind taken from the cue.
 */
import type { CueFinder } from './cues.js';
import type { Sentence } from './sentences.js';
import type { SpeakerFinder } from './speakers.js';
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
const LEAD_IN = /^(?:\s*(?:on|last|this|next)\s+\p{L}+|\s*in\s+(?:a|an|the)\s+[^,]{0,40}?(?=\s+(?:that|it|he|she|they)\b)|\s*(?:late|early)\s+\p{L}+)?\s*(?:,\s*)?(?:that\s+)?/u;

/** Verbs that can follow what was said: "..., said Marek Olsen". */
const INVERTIBLE = /^(?:said|says|added|adds|wrote|writes|noted|notes|told|explained|argued|warned|insisted|continued|stated|declared|recalled|asked|replied|tweeted)$/i;

/** Verbs that only report speech; the claim reads well without them. */
const NEUTRAL_SAYING = /^(?:said|says|say|told|tells|tell|added|adds|noted|notes|stated|states|wrote|writes|explained|explains|continued|continues|recalled|replied|responded|answered|commented|remarked|tweeted|posted|declared|announced)$/i;

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s,:;-]+|[\s,;:-]+$/g, '');

/** Finds the claims of an article. */
export function extractClaims(ctx: ClaimContext): Claim[] {
  const claims: Claim[] = [];
  ctx.paragraphs.forEach((paragraph, p) => {
    const quoted = ctx.quoted[p] ?? [];
    const inQuote = (i: number) => quoted.some(([a, b]) => i >= a && i < b);
    const paragraphCues = ctx.cues.find(paragraph);
    for (const sentence of ctx.sentences[p]!) {
      const cues = paragraphCues.filter((c) => c.index >= sentence.start && c.end <= sentence.end && !inQuote(c.index));
      cues.forEach((cue, k) => {
        const next = cues[k + 1];
        const tail = paragraph.slice(cue.end, sentence.end);
        if (cue.form === 'verb' && NEEDS_COMPLEMENT.test(cue.text) && !/^\s+(?:that|to|of|on|for|him|her|them|it|the|a|an|this|his|its|their|\p{Lu})\b/u.test(tail)) return;
        // Attribution of a quote ('," Berg said in the article'): the quote is the claim.
        const head = paragraph.slice(sentence.start, cue.index);
        if (/\bas\s+$/.test(head) && /^say/i.test(cue.text)) return;
        // "resisting what he said was pressure": a reported aside inside another claim.
        if (/\bwhat\s+(?:he|she|they|it|\p{Lu}\S*)\s+$/u.test(head)) return;
        if (/[,.!?]"\s*,?\s*(?:(?:he|she|they|it|\S+(?:\s+\S+){0,6})\s+)?$/.test(head)) return;
        // Inverted attribution ends the sentence: "The deal is the largest in years, said Marek Olsen, ...".
        const tailWords = tail.split(/[.!?]\s*$/)[0]!.trim().split(/\s+/);
        const shortTail = tailWords.length <= 12 || /^\s+(?:\S+\s+){0,5}?\S+,/.test(tail);
        const inverted = cue.form === 'verb' && INVERTIBLE.test(cue.text) && /,\s*$/.test(head) && /^\s+(?:\p{Lu}|the\s|a\s|an\s)/u.test(tail) && shortTail && head.split(/\s+/).length >= 4;
        let sourceId: string | null;
        let text: string;
        // "..., the state news agency quoted Olsen as saying": the quoted person is the source.
        const quotedAs = cue.form === 'verb' && /^quot/i.test(cue.text) ? /^\s+(.{1,60}?)\s+as\s+say(?:ing|s)\b/.exec(tail) : null;
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
          else if (text.split(/\s+/).length < 3) text = clean(`${cue.text} ${text}`);
        }
        if (!sourceId || text.split(/\s+/).length < 2) return;
        let words = text.replace(/\.+$/, '').replace(/\."$/, '"');
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
  return claims.filter(
    (c, i) =>
      !claims.some(
        (o, j) =>
          o !== c && o.sourceId === c.sourceId && o.paragraph === c.paragraph && o.text.includes(c.text) && (o.text.length > c.text.length || j < i),
      ),
  );
}
